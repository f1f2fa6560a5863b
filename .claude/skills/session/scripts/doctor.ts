#!/usr/bin/env bun
// session doctor — check the state folder and, with --fix, repair it.
// Usage: session doctor [--fix] [--json]
import { launch } from "../lib/launch.ts";

await launch("doctor");
