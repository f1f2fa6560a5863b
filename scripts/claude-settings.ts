/**
 * What the skill adds to a repository's `.claude/settings.json`: permission for
 * the session scripts (no prompt at every step), and a SessionStart hook that
 * reports interrupted workflows. Merged into what is there, never clobbering it;
 * on uninstall only the entries the install added come out again. Pure: JSON in, JSON out.
 */
import { COMMANDS } from "../.claude/skills/session/lib/cli/registry.ts";

export const HOOK_COMMAND = "bun --no-install run .claude/skills/session/scripts/pending.ts 2>/dev/null || true";

/** One rule per script, for `bun run` and `bun --no-install run`, as Claude Code matches a Bash command by prefix. */
export function sessionPermissions(): string[] {
  const scripts = [...COMMANDS, "session"].filter((name) => name !== "merge-driver");
  return scripts.flatMap((name) => [
    `Bash(bun run .claude/skills/session/scripts/${name}.ts:*)`,
    `Bash(bun --no-install run .claude/skills/session/scripts/${name}.ts:*)`,
  ]);
}

type Json = Record<string, unknown>;
interface HookGroup {
  matcher?: string;
  hooks: { type: string; command: string }[];
}

/** The entries an install adds to one settings file: the rules it lacked, and the hook when it lacked it. */
export interface SessionEntries {
  allow: string[];
  hook: boolean;
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const allowList = (settings: Json): string[] =>
  ((settings.permissions as Json | undefined)?.allow as string[] | undefined) ?? [];
const hookGroups = (settings: Json): HookGroup[] =>
  (((settings.hooks as Json | undefined)?.SessionStart as HookGroup[] | undefined) ?? []).filter(Boolean);
const isOurs = (group: HookGroup) => group.hooks?.some((hook) => hook.command === HOOK_COMMAND) ?? false;

/**
 * What in SETTINGS would make merging into it change the user's meaning (a list where
 * an object belongs, ...), as a sentence; undefined when it has the shape Claude Code reads.
 */
export function settingsShapeProblem(settings: unknown): string | undefined {
  if (!isObject(settings)) return "it is not a JSON object";
  if (settings.permissions !== undefined) {
    if (!isObject(settings.permissions)) return '"permissions" is not an object';
    const allow = settings.permissions.allow;
    if (allow !== undefined && !(Array.isArray(allow) && allow.every((rule) => typeof rule === "string")))
      return '"permissions.allow" is not a list of strings';
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
export function missingSessionEntries(settings: Json): SessionEntries {
  const allow = allowList(settings);
  return {
    allow: sessionPermissions().filter((rule) => !allow.includes(rule)),
    hook: !hookGroups(settings).some(isOurs),
  };
}

/** SETTINGS with our permissions and hook added (each once); everything else as it was. */
export function withSessionSettings(settings: Json): Json {
  const missing = missingSessionEntries(settings);
  const permissions = {
    ...((settings.permissions as Json | undefined) ?? {}),
    allow: [...allowList(settings), ...missing.allow],
  };
  const hooks = { ...((settings.hooks as Json | undefined) ?? {}) };
  if (missing.hook)
    hooks.SessionStart = [...hookGroups(settings), { hooks: [{ type: "command", command: HOOK_COMMAND }] }];
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
  if (isObject(settings.permissions) && Array.isArray(settings.permissions.allow)) {
    const permissions: Json = { ...settings.permissions };
    const allow = (permissions.allow as string[]).filter((rule) => !added.allow.includes(rule));
    if (allow.length > 0 || had("permissions", "allow")) permissions.allow = allow;
    else delete permissions.allow;
    if (Object.keys(permissions).length > 0 || original?.permissions !== undefined) result.permissions = permissions;
    else delete result.permissions;
  }
  if (added.hook && isObject(settings.hooks) && Array.isArray(settings.hooks.SessionStart)) {
    const hooks: Json = { ...settings.hooks };
    const groups = hookGroups(settings).flatMap((group) => {
      if (!isOurs(group)) return [group];
      const rest = group.hooks.filter((hook) => hook.command !== HOOK_COMMAND);
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
