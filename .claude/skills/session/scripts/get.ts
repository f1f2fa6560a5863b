#!/usr/bin/env bun
// session get — print a session's state as JSON (null when there is none).
// Usage: session get NAME|ID [--field PATH] [--raw] [--pretty] | session get --all
import { launch } from "../lib/launch.ts";

await launch("get");
