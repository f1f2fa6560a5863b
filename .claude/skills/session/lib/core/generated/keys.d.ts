// Types for the generated keys.js (see scripts/generate.ts).
export const SESSION_KEYS: string[];
export const ARCHIVE_KEYS: string[];
