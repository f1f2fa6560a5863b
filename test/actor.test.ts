/** Every event records who wrote it: $SESSION_ACTOR, else git's user.name, else $USER; one line, bounded. */
import { describe, expect, test } from "bun:test";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseUserName } from "../.claude/skills/session/lib/git/actor.ts";
import { readState, runIn, tempProject } from "./helpers.ts";

describe("the writer of each event", () => {
  test.each([
    ["[user]\n\tname = Ann Lee\n", "Ann Lee"],
    ['[user]\n  name = "Ann \\"A\\" Lee" # a comment\n', 'Ann "A" Lee'],
    ["[core]\n\tname = not-me\n[user]\n\temail = a@b\n", undefined],
    ["[user]\nname = first\n[user]\nname = second\n", "second"],
    ['[includeIf "gitdir:~/w/"]\n\tpath = x\n[USER]\n\tNAME = Shouty\n', "Shouty"],
  ])("parseUserName(%p) = %p", (text, name) => {
    expect(parseUserName(text)).toBe(name);
  });

  test("SESSION_ACTOR first, then the repository's user.name, then $USER; control characters flattened", async () => {
    const p = tempProject();
    const last = () => readState(p, "w").events.at(-1).actor;
    await runIn(p, "set", ["w", "a"], { env: { USER: "unix-user" } });
    expect(last()).toBe("unix-user");
    writeFileSync(join(p, ".git", "config"), "[user]\n\tname = Ann Lee\n");
    await runIn(p, "set", ["w", "b"], { env: { USER: "unix-user" } });
    expect(last()).toBe("Ann Lee");
    await runIn(p, "log", ["w", "hello"], { env: { USER: "unix-user", SESSION_ACTOR: "agent-7\u202e\nx" } });
    expect(last()).toBe("agent-7  x");
  });

  test("no name anywhere: events carry no actor", async () => {
    const p = tempProject();
    mkdirSync(join(p, "home"));
    await runIn(p, "set", ["w", "a"], { env: { HOME: join(p, "home") } });
    expect(readState(p, "w").events.every((e: { actor?: string }) => e.actor === undefined)).toBe(true);
  });
});
