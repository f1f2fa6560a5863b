#!/usr/bin/env bun
// session cleanup — remove old archives and archive sessions left untouched.
// Usage: session cleanup [--older-than 30d [--completed] [--archive DIR]] [--stale 7d] [--dry-run]
import { launch } from "../lib/launch.ts";

await launch("cleanup");
