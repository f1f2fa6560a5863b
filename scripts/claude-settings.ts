/**
 * What the skill adds to a repository's `.claude/settings.json`: permission for
 * the session scripts (no prompt at every step), a prompt before the destructive
 * ones, and a SessionStart hook that reports interrupted workflows. Merged into
 * what is there, never clobbering it; on uninstall only the entries the install
 * added come out again. Pure: JSON in, JSON out.
 */
import { COMMANDS } from "../.claude/skills/session/lib/cli/registry.ts";

/** The commands that throw away recorded work: Claude Code asks before each run (the `ask` list), never allows them. */
export const DESTRUCTIVE = ["delete", "reset", "cleanup"];

const NO_BUN =
  "Workflow sessions: bun is not on PATH, so interrupted workflows were not checked (the session scripts need Bun: " +
  "https://bun.sh).";
const FAILED =
  "Workflow sessions: the report of interrupted workflows failed; run " +
  "bun run .claude/skills/session/scripts/pending.ts to see why.";

/**
 * The SessionStart hook. Claude Code runs it in the folder it was started in, which may be a subdirectory: so it
 * moves to `$CLAUDE_PROJECT_DIR` first (the scripts' paths are relative to it, as are the commands the report
 * prints). A missing `bun`, or a report that fails, is one line saying so, never silence (which would read as
 * "nothing to resume"); the agent's start never fails (exit 0).
 */
export const HOOK_COMMAND =
  `cd "\${CLAUDE_PROJECT_DIR:-.}" && if command -v bun >/dev/null 2>&1; then ` +
  `bun --no-install run .claude/skills/session/scripts/pending.ts 2>/dev/null || echo "${FAILED}"; ` +
  `else echo "${NO_BUN}"; fi; exit 0`;

/** Hook commands earlier versions installed: recognised as ours, and replaced by HOOK_COMMAND. */
export const OLD_HOOK_COMMANDS = ["bun --no-install run .claude/skills/session/scripts/pending.ts 2>/dev/null || true"];

const SCRIPTS = ".claude/skills/session/scripts";
/** Both ways a skill runs a script: Claude Code matches a Bash command by prefix, at a word boundary. */
const rules = (command: string) => [
  `Bash(bun run ${SCRIPTS}/${command}:*)`,
  `Bash(bun --no-install run ${SCRIPTS}/${command}:*)`,
];
const scriptCommands = COMMANDS.filter((name) => name !== "merge-driver");

/**
 * The rules that let the session scripts run without a prompt: every script but the destructive ones, and the
 * dispatcher only followed by one of those same commands (`session.ts set ...`), so `session.ts delete` is not
 * allowed through it.
 */
export function sessionPermissions(): string[] {
  const safe = scriptCommands.filter((name) => !DESTRUCTIVE.includes(name));
  return [...safe.flatMap((name) => rules(`${name}.ts`)), ...safe.flatMap((name) => rules(`session.ts ${name}`))];
}

/** The rules that make Claude Code ask before a destructive command, run directly or through the dispatcher. */
export function sessionAskRules(): string[] {
  return [
    ...DESTRUCTIVE.flatMap((name) => rules(`${name}.ts`)),
    ...DESTRUCTIVE.flatMap((name) => rules(`session.ts ${name}`)),
  ];
}

/** Allow rules earlier versions wrote that now ask (the destructive scripts, the whole dispatcher): taken out of `allow`. */
export const RETIRED_ALLOW = [...DESTRUCTIVE.flatMap((name) => rules(`${name}.ts`)), ...rules("session.ts")];

type Json = Record<string, unknown>;
interface HookGroup {
  matcher?: string;
  hooks: { type: string; command: string }[];
}

/** The entries an install adds to one settings file: the rules it lacked, and the hook when it lacked it. */
export interface SessionEntries {
  allow: string[];
  /** Absent in the record of an older installer, which added none. */
  ask?: string[];
  hook: boolean;
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const ruleList = (settings: Json, list: "allow" | "ask"): string[] =>
  ((settings.permissions as Json | undefined)?.[list] as string[] | undefined) ?? [];
const hookGroups = (settings: Json): HookGroup[] =>
  (((settings.hooks as Json | undefined)?.SessionStart as HookGroup[] | undefined) ?? []).filter(Boolean);
const isOurCommand = (command: string) => command === HOOK_COMMAND || OLD_HOOK_COMMANDS.includes(command);
const isOurs = (group: HookGroup) => group.hooks?.some((hook) => isOurCommand(hook.command)) ?? false;

/**
 * What in SETTINGS would make merging into it change the user's meaning (a list where
 * an object belongs, ...), as a sentence; undefined when it has the shape Claude Code reads.
 */
export function settingsShapeProblem(settings: unknown): string | undefined {
  if (!isObject(settings)) return "it is not a JSON object";
  if (settings.permissions !== undefined) {
    if (!isObject(settings.permissions)) return '"permissions" is not an object';
    for (const list of ["allow", "ask"]) {
      const rules = settings.permissions[list];
      if (rules !== undefined && !(Array.isArray(rules) && rules.every((rule) => typeof rule === "string")))
        return `"permissions.${list}" is not a list of strings`;
    }
  }
  if (settings.hooks !== undefined) {
    if (!isObject(settings.hooks)) return '"hooks" is not an object';
    const groups = settings.hooks.SessionStart;
    if (
      groups !== undefined &&
      !(Array.isArray(groups) && groups.every((group) => isObject(group) && Array.isArray(group.hooks)))
    )
      return '"hooks.SessionStart" is not a list of hook groups';
  }
  return undefined;
}

/** The entries withSessionSettings would add to SETTINGS: exactly what it lacks. */
export function missingSessionEntries(settings: Json): Required<SessionEntries> {
  const allow = ruleList(settings, "allow");
  const ask = ruleList(settings, "ask");
  return {
    allow: sessionPermissions().filter((rule) => !allow.includes(rule)),
    ask: sessionAskRules().filter((rule) => !ask.includes(rule)),
    hook: !hookGroups(settings).some((group) => group.hooks?.some((hook) => hook.command === HOOK_COMMAND)),
  };
}

/**
 * SETTINGS with our permissions, ask rules and hook added (each once), the RETIRED allow rules taken out (by default
 * every rule an earlier version allowed that now asks; an install passes only those it added itself), and an earlier
 * version's hook command replaced by today's; everything else as it was.
 */
export function withSessionSettings(settings: Json, retired: readonly string[] = RETIRED_ALLOW): Json {
  const missing = missingSessionEntries(settings);
  const permissions: Json = {
    ...((settings.permissions as Json | undefined) ?? {}),
    allow: [...ruleList(settings, "allow").filter((rule) => !retired.includes(rule)), ...missing.allow],
    ask: [...ruleList(settings, "ask"), ...missing.ask],
  };
  const hooks = { ...((settings.hooks as Json | undefined) ?? {}) };
  if (missing.hook) {
    const upgraded = hookGroups(settings).map((group) =>
      isOurs(group)
        ? {
            ...group,
            hooks: group.hooks.map((hook) => (isOurCommand(hook.command) ? { ...hook, command: HOOK_COMMAND } : hook)),
          }
        : group,
    );
    hooks.SessionStart = upgraded.some(isOurs)
      ? upgraded
      : [...upgraded, { hooks: [{ type: "command", command: HOOK_COMMAND }] }];
  }
  return { ...settings, permissions, hooks };
}

/**
 * SETTINGS without ADDED, the entries an install put in: a rule or hook the user
 * had before stays. An object or list left empty goes only when ORIGINAL (the
 * settings before the install, undefined when there was no file) did not have it.
 */
export function withoutSessionEntries(settings: Json, added: SessionEntries, original: Json | undefined): Json {
  const result: Json = { ...settings };
  const had = (key: "permissions" | "hooks", inner: string) =>
    isObject(original?.[key]) && (original[key] as Json)[inner] !== undefined;
  if (
    isObject(settings.permissions) &&
    ["allow", "ask"].some((list) => Array.isArray((settings.permissions as Json)[list]))
  ) {
    const permissions: Json = { ...settings.permissions };
    for (const list of ["allow", "ask"] as const) {
      if (!Array.isArray(permissions[list])) continue;
      const ours = added[list] ?? [];
      const rules = (permissions[list] as string[]).filter((rule) => !ours.includes(rule));
      if (rules.length > 0 || had("permissions", list)) permissions[list] = rules;
      else delete permissions[list];
    }
    if (Object.keys(permissions).length > 0 || original?.permissions !== undefined) result.permissions = permissions;
    else delete result.permissions;
  }
  if (added.hook && isObject(settings.hooks) && Array.isArray(settings.hooks.SessionStart)) {
    const hooks: Json = { ...settings.hooks };
    const groups = hookGroups(settings).flatMap((group) => {
      if (!isOurs(group)) return [group];
      const rest = group.hooks.filter((hook) => !isOurCommand(hook.command));
      return rest.length > 0 ? [{ ...group, hooks: rest }] : [];
    });
    if (groups.length > 0 || had("hooks", "SessionStart")) hooks.SessionStart = groups;
    else delete hooks.SessionStart;
    if (Object.keys(hooks).length > 0 || original?.hooks !== undefined) result.hooks = hooks;
    else delete result.hooks;
  }
  return result;
}

export function renderSettings(settings: Json): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
