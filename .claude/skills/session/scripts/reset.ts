#!/usr/bin/env bun
// session reset — delete a session's active state, without an archive.
// Usage: session reset NAME|ID
import { launch } from "../lib/launch.ts";

await launch("reset");
