#!/usr/bin/env bun
// session save — archive a session to a dated markdown report and end it.
// Usage: session save NAME|ID [--status completed|failed|abandoned] [--notes TEXT] [--label TEXT]
import { launch } from "../lib/launch.ts";

await launch("save");
