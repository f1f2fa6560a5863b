// Types for the generated validate-archive.js (see scripts/generate.ts).
import type { Validator } from "../validate.ts";
export const validateArchivedSession: Validator;
