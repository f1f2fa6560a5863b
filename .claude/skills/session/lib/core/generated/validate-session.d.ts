// Types for the generated validate-session.js (see scripts/generate.ts).
import type { Validator } from "../validate.ts";
export const validateSession: Validator;
