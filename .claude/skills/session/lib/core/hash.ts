/** SHA-256, as the tool records it (segments, specs) and checks it (moved files): lowercase hex. */
export function sha256(data: string | Uint8Array): string {
  return new Bun.CryptoHasher("sha256").update(data).digest("hex");
}
