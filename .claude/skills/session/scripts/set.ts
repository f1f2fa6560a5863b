#!/usr/bin/env bun
// session set — enter a step and merge context into a session, creating it if absent.
// Usage: session set NAME STEP [CONTEXT_JSON|-] [--expect-rev N] [--status S] [--done] [--error MSG] ...
import { launch } from "../lib/launch.ts";

await launch("set");
