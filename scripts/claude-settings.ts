/**
 * What the skill adds to a repository's `.claude/settings.json`: permission for
 * the session scripts (no prompt at every step), and a SessionStart hook that
 * reports interrupted workflows. Merged into what is there, never clobbering it,
 * and taken out again on uninstall. Pure: JSON in, JSON out.
 */
import { COMMANDS } from "../.claude/skills/session/lib/registry.ts";

export const HOOK_COMMAND = "bun --no-install run .claude/skills/session/scripts/pending.ts 2>/dev/null || true";

/** One rule per script, for `bun run` and `bun --no-install run`, as Claude Code matches a Bash command by prefix. */
export function sessionPermissions(): string[] {
  const scripts = [...COMMANDS, "session"].filter((name) => name !== "merge-driver");
  return scripts.flatMap((name) => [`Bash(bun run .claude/skills/session/scripts/${name}.ts:*)`, `Bash(bun --no-install run .claude/skills/session/scripts/${name}.ts:*)`]);
}

type Json = Record<string, unknown>;
interface HookGroup {
  matcher?: string;
  hooks: { type: string; command: string }[];
}

const hookGroups = (settings: Json): HookGroup[] => (((settings.hooks as Json | undefined)?.SessionStart as HookGroup[] | undefined) ?? []).filter(Boolean);
const hasOurHook = (groups: HookGroup[]) => groups.some((group) => group.hooks?.some((hook) => hook.command === HOOK_COMMAND));

/** SETTINGS with our permissions and hook added (each once); everything else as it was. */
export function withSessionSettings(settings: Json): Json {
  const permissions = { ...((settings.permissions as Json | undefined) ?? {}) };
  const allow = [...((permissions.allow as string[] | undefined) ?? [])];
  for (const rule of sessionPermissions()) if (!allow.includes(rule)) allow.push(rule);
  permissions.allow = allow;
  const groups = hookGroups(settings);
  const hooks = { ...((settings.hooks as Json | undefined) ?? {}) };
  if (!hasOurHook(groups)) hooks.SessionStart = [...groups, { hooks: [{ type: "command", command: HOOK_COMMAND }] }];
  return { ...settings, permissions, hooks };
}

/** SETTINGS with our permissions and hook taken out; empty objects left behind are removed too. */
export function withoutSessionSettings(settings: Json): Json {
  const ours = new Set(sessionPermissions());
  const result: Json = { ...settings };
  const permissions = { ...((settings.permissions as Json | undefined) ?? {}) };
  const allow = ((permissions.allow as string[] | undefined) ?? []).filter((rule) => !ours.has(rule));
  if (allow.length > 0) permissions.allow = allow;
  else delete permissions.allow;
  if (Object.keys(permissions).length > 0) result.permissions = permissions;
  else delete result.permissions;
  const hooks = { ...((settings.hooks as Json | undefined) ?? {}) };
  const groups = hookGroups(settings)
    .map((group) => ({ ...group, hooks: group.hooks.filter((hook) => hook.command !== HOOK_COMMAND) }))
    .filter((group) => group.hooks.length > 0);
  if (groups.length > 0) hooks.SessionStart = groups;
  else delete hooks.SessionStart;
  if (Object.keys(hooks).length > 0) result.hooks = hooks;
  else delete result.hooks;
  return result;
}

export function renderSettings(settings: Json): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
