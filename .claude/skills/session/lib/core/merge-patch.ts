/** JSON Merge Patch (RFC 7396): objects merge deeply, `null` deletes, anything else replaces. */
import { isJsonObject, type Json, type JsonObject, setOwn } from "./json.ts";

export function mergePatch(target: Json | undefined, patch: Json): Json {
  if (!isJsonObject(patch)) return patch;
  const result: JsonObject = {};
  if (isJsonObject(target)) for (const [key, value] of Object.entries(target)) setOwn(result, key, value);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else setOwn(result, key, mergePatch(result[key], value));
  }
  return result;
}
