// @bun @bytecode @bun-cjs
(function(exports, require, module, __filename, __dirname) {var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __hasOwnProp = Object.prototype.hasOwnProperty;
function __accessProp(key) {
  return this[key];
}
var __toCommonJS = (from) => {
  var entry = (__moduleCache ??= new WeakMap).get(from), desc;
  if (entry)
    return entry;
  entry = __defProp({}, "__esModule", { value: true });
  if (from && typeof from === "object" || typeof from === "function") {
    for (var key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(entry, key))
        __defProp(entry, key, {
          get: __accessProp.bind(from, key),
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
        });
  }
  __moduleCache.set(from, entry);
  return entry;
};
var __moduleCache;
var __returnValue = (v) => v;
function __exportSetter(name, newValue) {
  this[name] = __returnValue.bind(null, newValue);
}
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, {
      get: all[name],
      enumerable: true,
      configurable: true,
      set: __exportSetter.bind(all, name)
    });
};

// .claude/skills/session/lib/cli/dispatch.ts
var exports_dispatch = {};
__export(exports_dispatch, {
  default: () => dispatch_default,
  dispatch: () => dispatch
});
module.exports = __toCommonJS(exports_dispatch);

// .claude/skills/session/lib/core/closest.ts
function closest(word, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance)
      best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}
function editDistance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1;i <= a.length; i++) {
    const next = [i];
    for (let j = 1;j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

// .claude/skills/session/lib/cli/registry.ts
var COMMANDS = [
  "start",
  "set",
  "get",
  "status",
  "pending",
  "resume",
  "approve",
  "reject",
  "list",
  "show",
  "search",
  "log",
  "activate",
  "pause",
  "save",
  "reset",
  "delete",
  "rename",
  "cleanup",
  "doctor",
  "reindex",
  "merge-driver"
];
var VERSION = "0.2.0";
function isCommandName(name) {
  return COMMANDS.includes(name);
}
function commandFiles(name) {
  return { source: `lib/commands/${name}.ts`, bundle: `dist/${name}.js`, script: `scripts/${name}.ts` };
}
function commandRegistry(require2, from) {
  const registry = {};
  for (const name of COMMANDS)
    registry[name] = () => require2(commandFiles(name)[from]).default;
  return registry;
}

// .claude/skills/session/lib/core/errors.ts
class SessionError extends Error {
  hint;
  exitCode = 1;
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = new.target.name;
  }
}

class UsageError extends SessionError {
  exitCode = 2;
}

// .claude/skills/session/lib/core/duration.ts
var DURATION_UNITS = [
  ["w", "week", 7 * 86400],
  ["d", "day", 86400],
  ["h", "hour", 3600],
  ["m", "minute", 60],
  ["s", "second", 1]
];

// .claude/skills/session/lib/core/limits.ts
var MAX_DEPTH = 64;
var MAX_FILE_DEPTH = MAX_DEPTH + 6;
var MAX_STATE_BYTES = 1024 * 1024;
var MAX_STATE_READ_BYTES = 2 * MAX_STATE_BYTES;
var MAX_ARCHIVE_BYTES = 8 * 1024 * 1024;

// .claude/skills/session/lib/fs/path.ts
function normalize(path) {
  const absolute = path.startsWith("/");
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".")
      continue;
    if (part === "..") {
      if (parts.length > 0 && parts.at(-1) !== "..")
        parts.pop();
      else if (!absolute)
        parts.push("..");
    } else
      parts.push(part);
  }
  const joined = parts.join("/");
  return absolute ? `/${joined}` : joined || ".";
}
var posix = {
  join: (...parts) => {
    const path = parts.filter((p) => p !== "").join("/");
    const normal = normalize(path);
    return path.endsWith("/") && normal !== "/" ? `${normal}/` : normal;
  },
  dirname: (path) => {
    let end = path.length - 1;
    while (end > 0 && path[end] === "/")
      end--;
    const i = path.lastIndexOf("/", end);
    if (i < 1)
      return path.startsWith("/") ? "/" : ".";
    return path.slice(0, i === 1 && path[0] === "/" ? 2 : i);
  },
  basename: (path, suffix) => {
    if (suffix && suffix === path)
      return "";
    const base = path.replace(/\/+$/, "").split("/").at(-1) ?? "";
    return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
  },
  resolve: (...parts) => {
    let path = "";
    for (const part of [process.cwd(), ...parts])
      path = part.startsWith("/") ? part : `${path}/${part}`;
    return normalize(path);
  },
  relative: (from, to) => {
    const a = posix.resolve(from).split("/").filter(Boolean);
    const b = posix.resolve(to).split("/").filter(Boolean);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common])
      common++;
    return [...Array(a.length - common).fill(".."), ...b.slice(common)].join("/");
  }
};
var { join, dirname, basename, resolve, relative } = process.platform === "win32" ? require("path") : posix;

// .claude/skills/session/lib/fs/state-paths.ts
var MARKERS = [new Bun.Glob("ia/state"), new Bun.Glob(".git")];

// .claude/skills/session/lib/core/generated/validate-session.js
var schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { workflow: { type: "string", description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters", pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", maxLength: 128 }, id: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, type: { type: "string", enum: ["workflow", "chat", "agent", "plugin"] }, status: { type: "string", enum: ["running", "paused", "waiting", "completed", "failed", "abandoned"] }, started_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, updated_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, step: { type: "string", minLength: 1, maxLength: 200 }, steps: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, step_done: { type: "boolean" }, skipped: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, plan: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, needs: { type: "object", description: "a plan that branches: step \u2192 the steps it waits for", additionalProperties: { type: "array", items: { type: "string", minLength: 1 } } }, branches: { type: "object", description: "a plan that branches: step \u2192 running, done, failed or skipped", additionalProperties: { enum: ["running", "done", "failed", "skipped"] } }, context: { type: "object", description: "any JSON object" }, errors: { type: "array", items: { type: "object", properties: { step: { type: "string", minLength: 1, maxLength: 200 }, message: { type: "string" }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" } }, required: ["step", "message", "at"], additionalProperties: false } }, usage: { type: "object", description: "summed counters, e.g. tokens", additionalProperties: { type: "number" } }, vars: { type: "object", description: "start variables", additionalProperties: { type: "string" } }, spec: { type: "object", properties: { path: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, blob: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, copy: { type: "string" } }, required: ["path", "sha256"], additionalProperties: false }, continued_from: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, artifacts: { type: "array", items: { type: "string", minLength: 1 } }, gates: { type: "object", description: "approval gates: step \u2192 the question asked on entering it", additionalProperties: { type: "string" } }, waiting: { type: "object", properties: { step: { type: "string", minLength: 1, maxLength: 200 }, question: { type: "string" }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, gate: { type: "string", pattern: "^[0-9a-z]{12,16}$" } }, required: ["step", "question", "at"], additionalProperties: false }, events: { type: "array", items: { type: "object", properties: { eid: { type: "string", pattern: "^[0-9a-z]{12,16}$" }, rev: { type: "integer", minimum: 1, maximum: 9007199254740991 }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, kind: { type: "string", enum: ["start", "enter", "update", "done", "error", "status", "plan", "usage", "artifacts", "edit", "save", "log", "resume", "replay", "skip", "var", "spec", "fork", "merge", "rename", "await", "approve", "reject"] }, step: { type: "string", minLength: 1, maxLength: 200 }, workflow: { type: "string", description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters", pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", maxLength: 128 }, id: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, type: { type: "string", enum: ["workflow", "chat", "agent", "plugin"] }, note: { type: "string" }, patch: { type: "object", description: "any JSON object" }, context: { type: "object", description: "any JSON object" }, status: { type: "string", enum: ["running", "paused", "waiting", "completed", "failed", "abandoned"] }, plan: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, needs: { type: "object", description: "a plan that branches: step \u2192 the steps it waits for", additionalProperties: { type: "array", items: { type: "string", minLength: 1 } } }, usage: { type: "object", description: "summed counters, e.g. tokens", additionalProperties: { type: "number" } }, artifacts: { type: "array", items: { type: "string", minLength: 1 } }, state: { type: "object", description: "any JSON object" }, removed: { type: "array", items: { type: "string" } }, vars: { type: "object", description: "start variables", additionalProperties: { type: "string" } }, spec: { type: "object", properties: { path: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, blob: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, copy: { type: "string" } }, required: ["path", "sha256"], additionalProperties: false }, continued_from: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, actor: { type: "string" }, to: { type: "string", pattern: "^[0-9a-z]{12,16}$" }, index: { type: "integer", minimum: 0, maximum: 9007199254740991 }, resolved: { type: "array", items: { type: "object", properties: { key: { type: "string" }, values: { type: "array", items: {} }, kept: {} }, required: ["key", "values", "kept"], additionalProperties: false } }, by: { type: "string" }, gates: { type: "object", description: "approval gates: step \u2192 the question asked on entering it", additionalProperties: { type: "string" } } }, required: ["at", "kind"], additionalProperties: {} } }, history: { type: "object", properties: { events: { type: "integer", minimum: 1, maximum: 9007199254740991 }, last: { type: "object", properties: { file: { type: "string", pattern: "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, oid: { type: "string", pattern: "^[0-9a-f]{40}$" }, events: { type: "integer", minimum: 1, maximum: 9007199254740991 } }, required: ["file", "sha256", "oid", "events"], additionalProperties: false } }, required: ["events", "last"], additionalProperties: false }, rev: { type: "integer", minimum: 0, maximum: 9007199254740991 } }, required: ["workflow", "id", "type", "status", "started_at", "updated_at", "steps", "context", "rev"], additionalProperties: {}, $id: "https://workflow-sessions.dev/schema/session.schema.json", title: "Workflow session state" };
var func1 = (text) => {
  let n = 0;
  for (const _ of text)
    n++;
  return n;
};
var pattern4 = new RegExp("^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", "");
var pattern5 = new RegExp("^[0-9a-z]{8,26}$", "");
var pattern6 = new RegExp("^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$", "");
var pattern9 = new RegExp("^[0-9a-f]{64}$", "");
var pattern10 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "");
var pattern13 = new RegExp("^[0-9a-z]{12,16}$", "");
var pattern22 = new RegExp("^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$", "");
var pattern24 = new RegExp("^[0-9a-f]{40}$", "");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.workflow === undefined && (missing0 = "workflow") || data.id === undefined && (missing0 = "id") || data.type === undefined && (missing0 = "type") || data.status === undefined && (missing0 = "status") || data.started_at === undefined && (missing0 = "started_at") || data.updated_at === undefined && (missing0 = "updated_at") || data.steps === undefined && (missing0 = "steps") || data.context === undefined && (missing0 = "context") || data.rev === undefined && (missing0 = "rev")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.workflow !== undefined) {
          let data0 = data.workflow;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func1(data0) > 128) {
                validate20.errors = [{ instancePath: instancePath + "/workflow", schemaPath: "#/properties/workflow/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                return false;
              } else {
                if (!pattern4.test(data0)) {
                  validate20.errors = [{ instancePath: instancePath + "/workflow", schemaPath: "#/properties/workflow/pattern", keyword: "pattern", params: { pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" }, message: 'must match pattern "' + "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" + '"' }];
                  return false;
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/workflow", schemaPath: "#/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.id !== undefined) {
            let data1 = data.id;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (!pattern5.test(data1)) {
                  validate20.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                  return false;
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.type !== undefined) {
              let data2 = data.type;
              const _errs6 = errors;
              if (typeof data2 !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data2 === "workflow" || data2 === "chat" || data2 === "agent" || data2 === "plugin")) {
                validate20.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== undefined) {
                let data3 = data.status;
                const _errs8 = errors;
                if (typeof data3 !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if (!(data3 === "running" || data3 === "paused" || data3 === "waiting" || data3 === "completed" || data3 === "failed" || data3 === "abandoned")) {
                  validate20.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.started_at !== undefined) {
                  let data4 = data.started_at;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (errors === _errs10) {
                      if (typeof data4 === "string") {
                        if (!pattern6.test(data4)) {
                          validate20.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                          return false;
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.updated_at !== undefined) {
                    let data5 = data.updated_at;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (errors === _errs12) {
                        if (typeof data5 === "string") {
                          if (!pattern6.test(data5)) {
                            validate20.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                            return false;
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.step !== undefined) {
                      let data6 = data.step;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (typeof data6 === "string") {
                          if (func1(data6) > 200) {
                            validate20.errors = [{ instancePath: instancePath + "/step", schemaPath: "#/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                            return false;
                          } else {
                            if (func1(data6) < 1) {
                              validate20.errors = [{ instancePath: instancePath + "/step", schemaPath: "#/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/step", schemaPath: "#/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.steps !== undefined) {
                        let data7 = data.steps;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0;i0 < len0; i0++) {
                              let data8 = data7[i0];
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data8 === "string") {
                                  if (func1(data8) > 200) {
                                    validate20.errors = [{ instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                    return false;
                                  } else {
                                    if (func1(data8) < 1) {
                                      validate20.errors = [{ instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs18 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.step_done !== undefined) {
                          const _errs20 = errors;
                          if (typeof data.step_done !== "boolean") {
                            validate20.errors = [{ instancePath: instancePath + "/step_done", schemaPath: "#/properties/step_done/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.skipped !== undefined) {
                            let data10 = data.skipped;
                            const _errs22 = errors;
                            if (errors === _errs22) {
                              if (Array.isArray(data10)) {
                                var valid2 = true;
                                const len1 = data10.length;
                                for (let i1 = 0;i1 < len1; i1++) {
                                  let data11 = data10[i1];
                                  const _errs24 = errors;
                                  if (errors === _errs24) {
                                    if (typeof data11 === "string") {
                                      if (func1(data11) > 200) {
                                        validate20.errors = [{ instancePath: instancePath + "/skipped/" + i1, schemaPath: "#/properties/skipped/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                        return false;
                                      } else {
                                        if (func1(data11) < 1) {
                                          validate20.errors = [{ instancePath: instancePath + "/skipped/" + i1, schemaPath: "#/properties/skipped/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/skipped/" + i1, schemaPath: "#/properties/skipped/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs24 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/skipped", schemaPath: "#/properties/skipped/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.plan !== undefined) {
                              let data12 = data.plan;
                              const _errs26 = errors;
                              if (errors === _errs26) {
                                if (Array.isArray(data12)) {
                                  var valid3 = true;
                                  const len2 = data12.length;
                                  for (let i2 = 0;i2 < len2; i2++) {
                                    let data13 = data12[i2];
                                    const _errs28 = errors;
                                    if (errors === _errs28) {
                                      if (typeof data13 === "string") {
                                        if (func1(data13) > 200) {
                                          validate20.errors = [{ instancePath: instancePath + "/plan/" + i2, schemaPath: "#/properties/plan/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                          return false;
                                        } else {
                                          if (func1(data13) < 1) {
                                            validate20.errors = [{ instancePath: instancePath + "/plan/" + i2, schemaPath: "#/properties/plan/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/plan/" + i2, schemaPath: "#/properties/plan/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs28 === errors;
                                    if (!valid3) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs26 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.needs !== undefined) {
                                let data14 = data.needs;
                                const _errs30 = errors;
                                if (errors === _errs30) {
                                  if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                    for (const key0 in data14) {
                                      let data15 = data14[key0];
                                      const _errs33 = errors;
                                      if (errors === _errs33) {
                                        if (Array.isArray(data15)) {
                                          var valid5 = true;
                                          const len3 = data15.length;
                                          for (let i3 = 0;i3 < len3; i3++) {
                                            let data16 = data15[i3];
                                            const _errs35 = errors;
                                            if (errors === _errs35) {
                                              if (typeof data16 === "string") {
                                                if (func1(data16) < 1) {
                                                  validate20.errors = [{ instancePath: instancePath + "/needs/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/needs/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid5 = _errs35 === errors;
                                            if (!valid5) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/needs/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs33 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs30 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.branches !== undefined) {
                                  let data17 = data.branches;
                                  const _errs37 = errors;
                                  if (errors === _errs37) {
                                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                      for (const key1 in data17) {
                                        let data18 = data17[key1];
                                        const _errs40 = errors;
                                        if (!(data18 === "running" || data18 === "done" || data18 === "failed" || data18 === "skipped")) {
                                          validate20.errors = [{ instancePath: instancePath + "/branches/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/branches/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.branches.additionalProperties.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid6 = _errs40 === errors;
                                        if (!valid6) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/branches", schemaPath: "#/properties/branches/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs37 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.context !== undefined) {
                                    let data19 = data.context;
                                    const _errs41 = errors;
                                    if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
                                      validate20.errors = [{ instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                    var valid0 = _errs41 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.errors !== undefined) {
                                      let data20 = data.errors;
                                      const _errs43 = errors;
                                      if (errors === _errs43) {
                                        if (Array.isArray(data20)) {
                                          var valid7 = true;
                                          const len4 = data20.length;
                                          for (let i4 = 0;i4 < len4; i4++) {
                                            let data21 = data20[i4];
                                            const _errs45 = errors;
                                            if (errors === _errs45) {
                                              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                let missing1;
                                                if (data21.step === undefined && (missing1 = "step") || data21.message === undefined && (missing1 = "message") || data21.at === undefined && (missing1 = "at")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/errors/" + i4, schemaPath: "#/properties/errors/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs47 = errors;
                                                  for (const key2 in data21) {
                                                    if (!(key2 === "step" || key2 === "message" || key2 === "at")) {
                                                      validate20.errors = [{ instancePath: instancePath + "/errors/" + i4, schemaPath: "#/properties/errors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs47 === errors) {
                                                    if (data21.step !== undefined) {
                                                      let data22 = data21.step;
                                                      const _errs48 = errors;
                                                      if (errors === _errs48) {
                                                        if (typeof data22 === "string") {
                                                          if (func1(data22) > 200) {
                                                            validate20.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/step", schemaPath: "#/properties/errors/items/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                            return false;
                                                          } else {
                                                            if (func1(data22) < 1) {
                                                              validate20.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/step", schemaPath: "#/properties/errors/items/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                              return false;
                                                            }
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/step", schemaPath: "#/properties/errors/items/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid8 = _errs48 === errors;
                                                    } else {
                                                      var valid8 = true;
                                                    }
                                                    if (valid8) {
                                                      if (data21.message !== undefined) {
                                                        const _errs50 = errors;
                                                        if (typeof data21.message !== "string") {
                                                          validate20.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/message", schemaPath: "#/properties/errors/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid8 = _errs50 === errors;
                                                      } else {
                                                        var valid8 = true;
                                                      }
                                                      if (valid8) {
                                                        if (data21.at !== undefined) {
                                                          let data24 = data21.at;
                                                          const _errs52 = errors;
                                                          if (errors === _errs52) {
                                                            if (errors === _errs52) {
                                                              if (typeof data24 === "string") {
                                                                if (!pattern6.test(data24)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/at", schemaPath: "#/properties/errors/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate20.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/at", schemaPath: "#/properties/errors/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid8 = _errs52 === errors;
                                                        } else {
                                                          var valid8 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/errors/" + i4, schemaPath: "#/properties/errors/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid7 = _errs45 === errors;
                                            if (!valid7) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs43 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.usage !== undefined) {
                                        let data25 = data.usage;
                                        const _errs54 = errors;
                                        if (errors === _errs54) {
                                          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                            for (const key3 in data25) {
                                              const _errs57 = errors;
                                              if (!(typeof data25[key3] == "number")) {
                                                validate20.errors = [{ instancePath: instancePath + "/usage/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/usage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                              var valid9 = _errs57 === errors;
                                              if (!valid9) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs54 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.vars !== undefined) {
                                          let data27 = data.vars;
                                          const _errs59 = errors;
                                          if (errors === _errs59) {
                                            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                              for (const key4 in data27) {
                                                const _errs62 = errors;
                                                if (typeof data27[key4] !== "string") {
                                                  validate20.errors = [{ instancePath: instancePath + "/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid10 = _errs62 === errors;
                                                if (!valid10) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs59 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.spec !== undefined) {
                                            let data29 = data.spec;
                                            const _errs64 = errors;
                                            if (errors === _errs64) {
                                              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                                let missing2;
                                                if (data29.path === undefined && (missing2 = "path") || data29.sha256 === undefined && (missing2 = "sha256")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs66 = errors;
                                                  for (const key5 in data29) {
                                                    if (!(key5 === "path" || key5 === "sha256" || key5 === "blob" || key5 === "copy")) {
                                                      validate20.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs66 === errors) {
                                                    if (data29.path !== undefined) {
                                                      const _errs67 = errors;
                                                      if (typeof data29.path !== "string") {
                                                        validate20.errors = [{ instancePath: instancePath + "/spec/path", schemaPath: "#/properties/spec/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid11 = _errs67 === errors;
                                                    } else {
                                                      var valid11 = true;
                                                    }
                                                    if (valid11) {
                                                      if (data29.sha256 !== undefined) {
                                                        let data31 = data29.sha256;
                                                        const _errs69 = errors;
                                                        if (errors === _errs69) {
                                                          if (typeof data31 === "string") {
                                                            if (!pattern9.test(data31)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/spec/sha256", schemaPath: "#/properties/spec/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate20.errors = [{ instancePath: instancePath + "/spec/sha256", schemaPath: "#/properties/spec/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid11 = _errs69 === errors;
                                                      } else {
                                                        var valid11 = true;
                                                      }
                                                      if (valid11) {
                                                        if (data29.blob !== undefined) {
                                                          let data32 = data29.blob;
                                                          const _errs71 = errors;
                                                          if (errors === _errs71) {
                                                            if (typeof data32 === "string") {
                                                              if (!pattern10.test(data32)) {
                                                                validate20.errors = [{ instancePath: instancePath + "/spec/blob", schemaPath: "#/properties/spec/properties/blob/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "' + "^[0-9a-f]{40}([0-9a-f]{24})?$" + '"' }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate20.errors = [{ instancePath: instancePath + "/spec/blob", schemaPath: "#/properties/spec/properties/blob/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid11 = _errs71 === errors;
                                                        } else {
                                                          var valid11 = true;
                                                        }
                                                        if (valid11) {
                                                          if (data29.copy !== undefined) {
                                                            const _errs73 = errors;
                                                            if (typeof data29.copy !== "string") {
                                                              validate20.errors = [{ instancePath: instancePath + "/spec/copy", schemaPath: "#/properties/spec/properties/copy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid11 = _errs73 === errors;
                                                          } else {
                                                            var valid11 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs64 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.continued_from !== undefined) {
                                              let data34 = data.continued_from;
                                              const _errs75 = errors;
                                              if (errors === _errs75) {
                                                if (typeof data34 === "string") {
                                                  if (!pattern5.test(data34)) {
                                                    validate20.errors = [{ instancePath: instancePath + "/continued_from", schemaPath: "#/properties/continued_from/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/continued_from", schemaPath: "#/properties/continued_from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs75 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.artifacts !== undefined) {
                                                let data35 = data.artifacts;
                                                const _errs77 = errors;
                                                if (errors === _errs77) {
                                                  if (Array.isArray(data35)) {
                                                    var valid12 = true;
                                                    const len5 = data35.length;
                                                    for (let i5 = 0;i5 < len5; i5++) {
                                                      let data36 = data35[i5];
                                                      const _errs79 = errors;
                                                      if (errors === _errs79) {
                                                        if (typeof data36 === "string") {
                                                          if (func1(data36) < 1) {
                                                            validate20.errors = [{ instancePath: instancePath + "/artifacts/" + i5, schemaPath: "#/properties/artifacts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/artifacts/" + i5, schemaPath: "#/properties/artifacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid12 = _errs79 === errors;
                                                      if (!valid12) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate20.errors = [{ instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs77 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.gates !== undefined) {
                                                  let data37 = data.gates;
                                                  const _errs81 = errors;
                                                  if (errors === _errs81) {
                                                    if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                                                      for (const key6 in data37) {
                                                        const _errs84 = errors;
                                                        if (typeof data37[key6] !== "string") {
                                                          validate20.errors = [{ instancePath: instancePath + "/gates/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid13 = _errs84 === errors;
                                                        if (!valid13) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid0 = _errs81 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.waiting !== undefined) {
                                                    let data39 = data.waiting;
                                                    const _errs86 = errors;
                                                    if (errors === _errs86) {
                                                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                                                        let missing3;
                                                        if (data39.step === undefined && (missing3 = "step") || data39.question === undefined && (missing3 = "question") || data39.at === undefined && (missing3 = "at")) {
                                                          validate20.errors = [{ instancePath: instancePath + "/waiting", schemaPath: "#/properties/waiting/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                          return false;
                                                        } else {
                                                          const _errs88 = errors;
                                                          for (const key7 in data39) {
                                                            if (!(key7 === "step" || key7 === "question" || key7 === "at" || key7 === "gate")) {
                                                              validate20.errors = [{ instancePath: instancePath + "/waiting", schemaPath: "#/properties/waiting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                                              return false;
                                                              break;
                                                            }
                                                          }
                                                          if (_errs88 === errors) {
                                                            if (data39.step !== undefined) {
                                                              let data40 = data39.step;
                                                              const _errs89 = errors;
                                                              if (errors === _errs89) {
                                                                if (typeof data40 === "string") {
                                                                  if (func1(data40) > 200) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                    return false;
                                                                  } else {
                                                                    if (func1(data40) < 1) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate20.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid14 = _errs89 === errors;
                                                            } else {
                                                              var valid14 = true;
                                                            }
                                                            if (valid14) {
                                                              if (data39.question !== undefined) {
                                                                const _errs91 = errors;
                                                                if (typeof data39.question !== "string") {
                                                                  validate20.errors = [{ instancePath: instancePath + "/waiting/question", schemaPath: "#/properties/waiting/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid14 = _errs91 === errors;
                                                              } else {
                                                                var valid14 = true;
                                                              }
                                                              if (valid14) {
                                                                if (data39.at !== undefined) {
                                                                  let data42 = data39.at;
                                                                  const _errs93 = errors;
                                                                  if (errors === _errs93) {
                                                                    if (errors === _errs93) {
                                                                      if (typeof data42 === "string") {
                                                                        if (!pattern6.test(data42)) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/waiting/at", schemaPath: "#/properties/waiting/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate20.errors = [{ instancePath: instancePath + "/waiting/at", schemaPath: "#/properties/waiting/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid14 = _errs93 === errors;
                                                                } else {
                                                                  var valid14 = true;
                                                                }
                                                                if (valid14) {
                                                                  if (data39.gate !== undefined) {
                                                                    let data43 = data39.gate;
                                                                    const _errs95 = errors;
                                                                    if (errors === _errs95) {
                                                                      if (typeof data43 === "string") {
                                                                        if (!pattern13.test(data43)) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/waiting/gate", schemaPath: "#/properties/waiting/properties/gate/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate20.errors = [{ instancePath: instancePath + "/waiting/gate", schemaPath: "#/properties/waiting/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid14 = _errs95 === errors;
                                                                  } else {
                                                                    var valid14 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate20.errors = [{ instancePath: instancePath + "/waiting", schemaPath: "#/properties/waiting/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid0 = _errs86 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.events !== undefined) {
                                                      let data44 = data.events;
                                                      const _errs97 = errors;
                                                      if (errors === _errs97) {
                                                        if (Array.isArray(data44)) {
                                                          var valid15 = true;
                                                          const len6 = data44.length;
                                                          for (let i6 = 0;i6 < len6; i6++) {
                                                            let data45 = data44[i6];
                                                            const _errs99 = errors;
                                                            if (errors === _errs99) {
                                                              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                                                                let missing4;
                                                                if (data45.at === undefined && (missing4 = "at") || data45.kind === undefined && (missing4 = "kind")) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                  return false;
                                                                } else {
                                                                  if (data45.eid !== undefined) {
                                                                    let data46 = data45.eid;
                                                                    const _errs102 = errors;
                                                                    if (errors === _errs102) {
                                                                      if (typeof data46 === "string") {
                                                                        if (!pattern13.test(data46)) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/eid", schemaPath: "#/properties/events/items/properties/eid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/eid", schemaPath: "#/properties/events/items/properties/eid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid16 = _errs102 === errors;
                                                                  } else {
                                                                    var valid16 = true;
                                                                  }
                                                                  if (valid16) {
                                                                    if (data45.rev !== undefined) {
                                                                      let data47 = data45.rev;
                                                                      const _errs104 = errors;
                                                                      if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/rev", schemaPath: "#/properties/events/items/properties/rev/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs104) {
                                                                        if (typeof data47 == "number") {
                                                                          if (data47 > 9007199254740991 || isNaN(data47)) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/rev", schemaPath: "#/properties/events/items/properties/rev/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                            return false;
                                                                          } else {
                                                                            if (data47 < 1 || isNaN(data47)) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/rev", schemaPath: "#/properties/events/items/properties/rev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid16 = _errs104 === errors;
                                                                    } else {
                                                                      var valid16 = true;
                                                                    }
                                                                    if (valid16) {
                                                                      if (data45.at !== undefined) {
                                                                        let data48 = data45.at;
                                                                        const _errs106 = errors;
                                                                        if (errors === _errs106) {
                                                                          if (errors === _errs106) {
                                                                            if (typeof data48 === "string") {
                                                                              if (!pattern6.test(data48)) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/at", schemaPath: "#/properties/events/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                                return false;
                                                                              }
                                                                            } else {
                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/at", schemaPath: "#/properties/events/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid16 = _errs106 === errors;
                                                                      } else {
                                                                        var valid16 = true;
                                                                      }
                                                                      if (valid16) {
                                                                        if (data45.kind !== undefined) {
                                                                          let data49 = data45.kind;
                                                                          const _errs108 = errors;
                                                                          if (typeof data49 !== "string") {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/kind", schemaPath: "#/properties/events/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          if (!(data49 === "start" || data49 === "enter" || data49 === "update" || data49 === "done" || data49 === "error" || data49 === "status" || data49 === "plan" || data49 === "usage" || data49 === "artifacts" || data49 === "edit" || data49 === "save" || data49 === "log" || data49 === "resume" || data49 === "replay" || data49 === "skip" || data49 === "var" || data49 === "spec" || data49 === "fork" || data49 === "merge" || data49 === "rename" || data49 === "await" || data49 === "approve" || data49 === "reject")) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/kind", schemaPath: "#/properties/events/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                                                            return false;
                                                                          }
                                                                          var valid16 = _errs108 === errors;
                                                                        } else {
                                                                          var valid16 = true;
                                                                        }
                                                                        if (valid16) {
                                                                          if (data45.step !== undefined) {
                                                                            let data50 = data45.step;
                                                                            const _errs110 = errors;
                                                                            if (errors === _errs110) {
                                                                              if (typeof data50 === "string") {
                                                                                if (func1(data50) > 200) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/step", schemaPath: "#/properties/events/items/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (func1(data50) < 1) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/step", schemaPath: "#/properties/events/items/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/step", schemaPath: "#/properties/events/items/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid16 = _errs110 === errors;
                                                                          } else {
                                                                            var valid16 = true;
                                                                          }
                                                                          if (valid16) {
                                                                            if (data45.workflow !== undefined) {
                                                                              let data51 = data45.workflow;
                                                                              const _errs112 = errors;
                                                                              if (errors === _errs112) {
                                                                                if (typeof data51 === "string") {
                                                                                  if (func1(data51) > 128) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (!pattern4.test(data51)) {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/pattern", keyword: "pattern", params: { pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" }, message: 'must match pattern "' + "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" + '"' }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid16 = _errs112 === errors;
                                                                            } else {
                                                                              var valid16 = true;
                                                                            }
                                                                            if (valid16) {
                                                                              if (data45.id !== undefined) {
                                                                                let data52 = data45.id;
                                                                                const _errs114 = errors;
                                                                                if (errors === _errs114) {
                                                                                  if (typeof data52 === "string") {
                                                                                    if (!pattern5.test(data52)) {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/id", schemaPath: "#/properties/events/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                                                      return false;
                                                                                    }
                                                                                  } else {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/id", schemaPath: "#/properties/events/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid16 = _errs114 === errors;
                                                                              } else {
                                                                                var valid16 = true;
                                                                              }
                                                                              if (valid16) {
                                                                                if (data45.type !== undefined) {
                                                                                  let data53 = data45.type;
                                                                                  const _errs116 = errors;
                                                                                  if (typeof data53 !== "string") {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/type", schemaPath: "#/properties/events/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                  if (!(data53 === "workflow" || data53 === "chat" || data53 === "agent" || data53 === "plugin")) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/type", schemaPath: "#/properties/events/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                                                                    return false;
                                                                                  }
                                                                                  var valid16 = _errs116 === errors;
                                                                                } else {
                                                                                  var valid16 = true;
                                                                                }
                                                                                if (valid16) {
                                                                                  if (data45.note !== undefined) {
                                                                                    const _errs118 = errors;
                                                                                    if (typeof data45.note !== "string") {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/note", schemaPath: "#/properties/events/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid16 = _errs118 === errors;
                                                                                  } else {
                                                                                    var valid16 = true;
                                                                                  }
                                                                                  if (valid16) {
                                                                                    if (data45.patch !== undefined) {
                                                                                      let data55 = data45.patch;
                                                                                      const _errs120 = errors;
                                                                                      if (!(data55 && typeof data55 == "object" && !Array.isArray(data55))) {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/patch", schemaPath: "#/properties/events/items/properties/patch/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid16 = _errs120 === errors;
                                                                                    } else {
                                                                                      var valid16 = true;
                                                                                    }
                                                                                    if (valid16) {
                                                                                      if (data45.context !== undefined) {
                                                                                        let data56 = data45.context;
                                                                                        const _errs122 = errors;
                                                                                        if (!(data56 && typeof data56 == "object" && !Array.isArray(data56))) {
                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/context", schemaPath: "#/properties/events/items/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                          return false;
                                                                                        }
                                                                                        var valid16 = _errs122 === errors;
                                                                                      } else {
                                                                                        var valid16 = true;
                                                                                      }
                                                                                      if (valid16) {
                                                                                        if (data45.status !== undefined) {
                                                                                          let data57 = data45.status;
                                                                                          const _errs124 = errors;
                                                                                          if (typeof data57 !== "string") {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/status", schemaPath: "#/properties/events/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                          }
                                                                                          if (!(data57 === "running" || data57 === "paused" || data57 === "waiting" || data57 === "completed" || data57 === "failed" || data57 === "abandoned")) {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/status", schemaPath: "#/properties/events/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                            return false;
                                                                                          }
                                                                                          var valid16 = _errs124 === errors;
                                                                                        } else {
                                                                                          var valid16 = true;
                                                                                        }
                                                                                        if (valid16) {
                                                                                          if (data45.plan !== undefined) {
                                                                                            let data58 = data45.plan;
                                                                                            const _errs126 = errors;
                                                                                            if (errors === _errs126) {
                                                                                              if (Array.isArray(data58)) {
                                                                                                var valid17 = true;
                                                                                                const len7 = data58.length;
                                                                                                for (let i7 = 0;i7 < len7; i7++) {
                                                                                                  let data59 = data58[i7];
                                                                                                  const _errs128 = errors;
                                                                                                  if (errors === _errs128) {
                                                                                                    if (typeof data59 === "string") {
                                                                                                      if (func1(data59) > 200) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/plan/" + i7, schemaPath: "#/properties/events/items/properties/plan/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (func1(data59) < 1) {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/plan/" + i7, schemaPath: "#/properties/events/items/properties/plan/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/plan/" + i7, schemaPath: "#/properties/events/items/properties/plan/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                  var valid17 = _errs128 === errors;
                                                                                                  if (!valid17) {
                                                                                                    break;
                                                                                                  }
                                                                                                }
                                                                                              } else {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/plan", schemaPath: "#/properties/events/items/properties/plan/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                            var valid16 = _errs126 === errors;
                                                                                          } else {
                                                                                            var valid16 = true;
                                                                                          }
                                                                                          if (valid16) {
                                                                                            if (data45.needs !== undefined) {
                                                                                              let data60 = data45.needs;
                                                                                              const _errs130 = errors;
                                                                                              if (errors === _errs130) {
                                                                                                if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                                                                                  for (const key8 in data60) {
                                                                                                    let data61 = data60[key8];
                                                                                                    const _errs133 = errors;
                                                                                                    if (errors === _errs133) {
                                                                                                      if (Array.isArray(data61)) {
                                                                                                        var valid19 = true;
                                                                                                        const len8 = data61.length;
                                                                                                        for (let i8 = 0;i8 < len8; i8++) {
                                                                                                          let data62 = data61[i8];
                                                                                                          const _errs135 = errors;
                                                                                                          if (errors === _errs135) {
                                                                                                            if (typeof data62 === "string") {
                                                                                                              if (func1(data62) < 1) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/needs/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i8, schemaPath: "#/properties/events/items/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            } else {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/needs/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i8, schemaPath: "#/properties/events/items/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                          var valid19 = _errs135 === errors;
                                                                                                          if (!valid19) {
                                                                                                            break;
                                                                                                          }
                                                                                                        }
                                                                                                      } else {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/needs/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                    var valid18 = _errs133 === errors;
                                                                                                    if (!valid18) {
                                                                                                      break;
                                                                                                    }
                                                                                                  }
                                                                                                } else {
                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/needs", schemaPath: "#/properties/events/items/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                              var valid16 = _errs130 === errors;
                                                                                            } else {
                                                                                              var valid16 = true;
                                                                                            }
                                                                                            if (valid16) {
                                                                                              if (data45.usage !== undefined) {
                                                                                                let data63 = data45.usage;
                                                                                                const _errs137 = errors;
                                                                                                if (errors === _errs137) {
                                                                                                  if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                                                                                    for (const key9 in data63) {
                                                                                                      const _errs140 = errors;
                                                                                                      if (!(typeof data63[key9] == "number")) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/usage/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/usage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      var valid20 = _errs140 === errors;
                                                                                                      if (!valid20) {
                                                                                                        break;
                                                                                                      }
                                                                                                    }
                                                                                                  } else {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/usage", schemaPath: "#/properties/events/items/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                                var valid16 = _errs137 === errors;
                                                                                              } else {
                                                                                                var valid16 = true;
                                                                                              }
                                                                                              if (valid16) {
                                                                                                if (data45.artifacts !== undefined) {
                                                                                                  let data65 = data45.artifacts;
                                                                                                  const _errs142 = errors;
                                                                                                  if (errors === _errs142) {
                                                                                                    if (Array.isArray(data65)) {
                                                                                                      var valid21 = true;
                                                                                                      const len9 = data65.length;
                                                                                                      for (let i9 = 0;i9 < len9; i9++) {
                                                                                                        let data66 = data65[i9];
                                                                                                        const _errs144 = errors;
                                                                                                        if (errors === _errs144) {
                                                                                                          if (typeof data66 === "string") {
                                                                                                            if (func1(data66) < 1) {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/artifacts/" + i9, schemaPath: "#/properties/events/items/properties/artifacts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          } else {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/artifacts/" + i9, schemaPath: "#/properties/events/items/properties/artifacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                        var valid21 = _errs144 === errors;
                                                                                                        if (!valid21) {
                                                                                                          break;
                                                                                                        }
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/artifacts", schemaPath: "#/properties/events/items/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                  var valid16 = _errs142 === errors;
                                                                                                } else {
                                                                                                  var valid16 = true;
                                                                                                }
                                                                                                if (valid16) {
                                                                                                  if (data45.state !== undefined) {
                                                                                                    let data67 = data45.state;
                                                                                                    const _errs146 = errors;
                                                                                                    if (!(data67 && typeof data67 == "object" && !Array.isArray(data67))) {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/state", schemaPath: "#/properties/events/items/properties/state/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    var valid16 = _errs146 === errors;
                                                                                                  } else {
                                                                                                    var valid16 = true;
                                                                                                  }
                                                                                                  if (valid16) {
                                                                                                    if (data45.removed !== undefined) {
                                                                                                      let data68 = data45.removed;
                                                                                                      const _errs148 = errors;
                                                                                                      if (errors === _errs148) {
                                                                                                        if (Array.isArray(data68)) {
                                                                                                          var valid22 = true;
                                                                                                          const len10 = data68.length;
                                                                                                          for (let i10 = 0;i10 < len10; i10++) {
                                                                                                            const _errs150 = errors;
                                                                                                            if (typeof data68[i10] !== "string") {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/removed/" + i10, schemaPath: "#/properties/events/items/properties/removed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                            var valid22 = _errs150 === errors;
                                                                                                            if (!valid22) {
                                                                                                              break;
                                                                                                            }
                                                                                                          }
                                                                                                        } else {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/removed", schemaPath: "#/properties/events/items/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                      var valid16 = _errs148 === errors;
                                                                                                    } else {
                                                                                                      var valid16 = true;
                                                                                                    }
                                                                                                    if (valid16) {
                                                                                                      if (data45.vars !== undefined) {
                                                                                                        let data70 = data45.vars;
                                                                                                        const _errs152 = errors;
                                                                                                        if (errors === _errs152) {
                                                                                                          if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                                                                                            for (const key10 in data70) {
                                                                                                              const _errs155 = errors;
                                                                                                              if (typeof data70[key10] !== "string") {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/vars/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                              var valid23 = _errs155 === errors;
                                                                                                              if (!valid23) {
                                                                                                                break;
                                                                                                              }
                                                                                                            }
                                                                                                          } else {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/vars", schemaPath: "#/properties/events/items/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                        var valid16 = _errs152 === errors;
                                                                                                      } else {
                                                                                                        var valid16 = true;
                                                                                                      }
                                                                                                      if (valid16) {
                                                                                                        if (data45.spec !== undefined) {
                                                                                                          let data72 = data45.spec;
                                                                                                          const _errs157 = errors;
                                                                                                          if (errors === _errs157) {
                                                                                                            if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                                                                                                              let missing5;
                                                                                                              if (data72.path === undefined && (missing5 = "path") || data72.sha256 === undefined && (missing5 = "sha256")) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec", schemaPath: "#/properties/events/items/properties/spec/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                                                                return false;
                                                                                                              } else {
                                                                                                                const _errs159 = errors;
                                                                                                                for (const key11 in data72) {
                                                                                                                  if (!(key11 === "path" || key11 === "sha256" || key11 === "blob" || key11 === "copy")) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec", schemaPath: "#/properties/events/items/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                                                                                                    return false;
                                                                                                                    break;
                                                                                                                  }
                                                                                                                }
                                                                                                                if (_errs159 === errors) {
                                                                                                                  if (data72.path !== undefined) {
                                                                                                                    const _errs160 = errors;
                                                                                                                    if (typeof data72.path !== "string") {
                                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/path", schemaPath: "#/properties/events/items/properties/spec/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                    var valid24 = _errs160 === errors;
                                                                                                                  } else {
                                                                                                                    var valid24 = true;
                                                                                                                  }
                                                                                                                  if (valid24) {
                                                                                                                    if (data72.sha256 !== undefined) {
                                                                                                                      let data74 = data72.sha256;
                                                                                                                      const _errs162 = errors;
                                                                                                                      if (errors === _errs162) {
                                                                                                                        if (typeof data74 === "string") {
                                                                                                                          if (!pattern9.test(data74)) {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/sha256", schemaPath: "#/properties/events/items/properties/spec/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                                                                                            return false;
                                                                                                                          }
                                                                                                                        } else {
                                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/sha256", schemaPath: "#/properties/events/items/properties/spec/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                          return false;
                                                                                                                        }
                                                                                                                      }
                                                                                                                      var valid24 = _errs162 === errors;
                                                                                                                    } else {
                                                                                                                      var valid24 = true;
                                                                                                                    }
                                                                                                                    if (valid24) {
                                                                                                                      if (data72.blob !== undefined) {
                                                                                                                        let data75 = data72.blob;
                                                                                                                        const _errs164 = errors;
                                                                                                                        if (errors === _errs164) {
                                                                                                                          if (typeof data75 === "string") {
                                                                                                                            if (!pattern10.test(data75)) {
                                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/blob", schemaPath: "#/properties/events/items/properties/spec/properties/blob/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "' + "^[0-9a-f]{40}([0-9a-f]{24})?$" + '"' }];
                                                                                                                              return false;
                                                                                                                            }
                                                                                                                          } else {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/blob", schemaPath: "#/properties/events/items/properties/spec/properties/blob/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                          }
                                                                                                                        }
                                                                                                                        var valid24 = _errs164 === errors;
                                                                                                                      } else {
                                                                                                                        var valid24 = true;
                                                                                                                      }
                                                                                                                      if (valid24) {
                                                                                                                        if (data72.copy !== undefined) {
                                                                                                                          const _errs166 = errors;
                                                                                                                          if (typeof data72.copy !== "string") {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/copy", schemaPath: "#/properties/events/items/properties/spec/properties/copy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                          }
                                                                                                                          var valid24 = _errs166 === errors;
                                                                                                                        } else {
                                                                                                                          var valid24 = true;
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            } else {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec", schemaPath: "#/properties/events/items/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                          var valid16 = _errs157 === errors;
                                                                                                        } else {
                                                                                                          var valid16 = true;
                                                                                                        }
                                                                                                        if (valid16) {
                                                                                                          if (data45.continued_from !== undefined) {
                                                                                                            let data77 = data45.continued_from;
                                                                                                            const _errs168 = errors;
                                                                                                            if (errors === _errs168) {
                                                                                                              if (typeof data77 === "string") {
                                                                                                                if (!pattern5.test(data77)) {
                                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/continued_from", schemaPath: "#/properties/events/items/properties/continued_from/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              } else {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/continued_from", schemaPath: "#/properties/events/items/properties/continued_from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            }
                                                                                                            var valid16 = _errs168 === errors;
                                                                                                          } else {
                                                                                                            var valid16 = true;
                                                                                                          }
                                                                                                          if (valid16) {
                                                                                                            if (data45.actor !== undefined) {
                                                                                                              const _errs170 = errors;
                                                                                                              if (typeof data45.actor !== "string") {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/actor", schemaPath: "#/properties/events/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                              var valid16 = _errs170 === errors;
                                                                                                            } else {
                                                                                                              var valid16 = true;
                                                                                                            }
                                                                                                            if (valid16) {
                                                                                                              if (data45.to !== undefined) {
                                                                                                                let data79 = data45.to;
                                                                                                                const _errs172 = errors;
                                                                                                                if (errors === _errs172) {
                                                                                                                  if (typeof data79 === "string") {
                                                                                                                    if (!pattern13.test(data79)) {
                                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/to", schemaPath: "#/properties/events/items/properties/to/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                  } else {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/to", schemaPath: "#/properties/events/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                }
                                                                                                                var valid16 = _errs172 === errors;
                                                                                                              } else {
                                                                                                                var valid16 = true;
                                                                                                              }
                                                                                                              if (valid16) {
                                                                                                                if (data45.index !== undefined) {
                                                                                                                  let data80 = data45.index;
                                                                                                                  const _errs174 = errors;
                                                                                                                  if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80)))) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/index", schemaPath: "#/properties/events/items/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                  if (errors === _errs174) {
                                                                                                                    if (typeof data80 == "number") {
                                                                                                                      if (data80 > 9007199254740991 || isNaN(data80)) {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/index", schemaPath: "#/properties/events/items/properties/index/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                                                        return false;
                                                                                                                      } else {
                                                                                                                        if (data80 < 0 || isNaN(data80)) {
                                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/index", schemaPath: "#/properties/events/items/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                          return false;
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                  var valid16 = _errs174 === errors;
                                                                                                                } else {
                                                                                                                  var valid16 = true;
                                                                                                                }
                                                                                                                if (valid16) {
                                                                                                                  if (data45.resolved !== undefined) {
                                                                                                                    let data81 = data45.resolved;
                                                                                                                    const _errs176 = errors;
                                                                                                                    if (errors === _errs176) {
                                                                                                                      if (Array.isArray(data81)) {
                                                                                                                        var valid25 = true;
                                                                                                                        const len11 = data81.length;
                                                                                                                        for (let i11 = 0;i11 < len11; i11++) {
                                                                                                                          let data82 = data81[i11];
                                                                                                                          const _errs178 = errors;
                                                                                                                          if (errors === _errs178) {
                                                                                                                            if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                                                                                                                              let missing6;
                                                                                                                              if (data82.key === undefined && (missing6 = "key") || data82.values === undefined && (missing6 = "values") || data82.kept === undefined && (missing6 = "kept")) {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11, schemaPath: "#/properties/events/items/properties/resolved/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                                                                                                return false;
                                                                                                                              } else {
                                                                                                                                const _errs180 = errors;
                                                                                                                                for (const key12 in data82) {
                                                                                                                                  if (!(key12 === "key" || key12 === "values" || key12 === "kept")) {
                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11, schemaPath: "#/properties/events/items/properties/resolved/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }];
                                                                                                                                    return false;
                                                                                                                                    break;
                                                                                                                                  }
                                                                                                                                }
                                                                                                                                if (_errs180 === errors) {
                                                                                                                                  if (data82.key !== undefined) {
                                                                                                                                    const _errs181 = errors;
                                                                                                                                    if (typeof data82.key !== "string") {
                                                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11 + "/key", schemaPath: "#/properties/events/items/properties/resolved/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                      return false;
                                                                                                                                    }
                                                                                                                                    var valid26 = _errs181 === errors;
                                                                                                                                  } else {
                                                                                                                                    var valid26 = true;
                                                                                                                                  }
                                                                                                                                  if (valid26) {
                                                                                                                                    if (data82.values !== undefined) {
                                                                                                                                      const _errs183 = errors;
                                                                                                                                      if (errors === _errs183) {
                                                                                                                                        if (!Array.isArray(data82.values)) {
                                                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11 + "/values", schemaPath: "#/properties/events/items/properties/resolved/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                          return false;
                                                                                                                                        }
                                                                                                                                      }
                                                                                                                                      var valid26 = _errs183 === errors;
                                                                                                                                    } else {
                                                                                                                                      var valid26 = true;
                                                                                                                                    }
                                                                                                                                  }
                                                                                                                                }
                                                                                                                              }
                                                                                                                            } else {
                                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11, schemaPath: "#/properties/events/items/properties/resolved/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                              return false;
                                                                                                                            }
                                                                                                                          }
                                                                                                                          var valid25 = _errs178 === errors;
                                                                                                                          if (!valid25) {
                                                                                                                            break;
                                                                                                                          }
                                                                                                                        }
                                                                                                                      } else {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved", schemaPath: "#/properties/events/items/properties/resolved/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                        return false;
                                                                                                                      }
                                                                                                                    }
                                                                                                                    var valid16 = _errs176 === errors;
                                                                                                                  } else {
                                                                                                                    var valid16 = true;
                                                                                                                  }
                                                                                                                  if (valid16) {
                                                                                                                    if (data45.by !== undefined) {
                                                                                                                      const _errs185 = errors;
                                                                                                                      if (typeof data45.by !== "string") {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/by", schemaPath: "#/properties/events/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                      }
                                                                                                                      var valid16 = _errs185 === errors;
                                                                                                                    } else {
                                                                                                                      var valid16 = true;
                                                                                                                    }
                                                                                                                    if (valid16) {
                                                                                                                      if (data45.gates !== undefined) {
                                                                                                                        let data86 = data45.gates;
                                                                                                                        const _errs187 = errors;
                                                                                                                        if (errors === _errs187) {
                                                                                                                          if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                                                                                                            for (const key13 in data86) {
                                                                                                                              const _errs190 = errors;
                                                                                                                              if (typeof data86[key13] !== "string") {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/gates/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/gates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                              }
                                                                                                                              var valid27 = _errs190 === errors;
                                                                                                                              if (!valid27) {
                                                                                                                                break;
                                                                                                                              }
                                                                                                                            }
                                                                                                                          } else {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i6 + "/gates", schemaPath: "#/properties/events/items/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                            return false;
                                                                                                                          }
                                                                                                                        }
                                                                                                                        var valid16 = _errs187 === errors;
                                                                                                                      } else {
                                                                                                                        var valid16 = true;
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid15 = _errs99 === errors;
                                                            if (!valid15) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid0 = _errs97 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.history !== undefined) {
                                                        let data88 = data.history;
                                                        const _errs192 = errors;
                                                        if (errors === _errs192) {
                                                          if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                                                            let missing7;
                                                            if (data88.events === undefined && (missing7 = "events") || data88.last === undefined && (missing7 = "last")) {
                                                              validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                              return false;
                                                            } else {
                                                              const _errs194 = errors;
                                                              for (const key14 in data88) {
                                                                if (!(key14 === "events" || key14 === "last")) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" }];
                                                                  return false;
                                                                  break;
                                                                }
                                                              }
                                                              if (_errs194 === errors) {
                                                                if (data88.events !== undefined) {
                                                                  let data89 = data88.events;
                                                                  const _errs195 = errors;
                                                                  if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)))) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs195) {
                                                                    if (typeof data89 == "number") {
                                                                      if (data89 > 9007199254740991 || isNaN(data89)) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                        return false;
                                                                      } else {
                                                                        if (data89 < 1 || isNaN(data89)) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid28 = _errs195 === errors;
                                                                } else {
                                                                  var valid28 = true;
                                                                }
                                                                if (valid28) {
                                                                  if (data88.last !== undefined) {
                                                                    let data90 = data88.last;
                                                                    const _errs197 = errors;
                                                                    if (errors === _errs197) {
                                                                      if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                                                                        let missing8;
                                                                        if (data90.file === undefined && (missing8 = "file") || data90.sha256 === undefined && (missing8 = "sha256") || data90.oid === undefined && (missing8 = "oid") || data90.events === undefined && (missing8 = "events")) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                                          return false;
                                                                        } else {
                                                                          const _errs199 = errors;
                                                                          for (const key15 in data90) {
                                                                            if (!(key15 === "file" || key15 === "sha256" || key15 === "oid" || key15 === "events")) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" }];
                                                                              return false;
                                                                              break;
                                                                            }
                                                                          }
                                                                          if (_errs199 === errors) {
                                                                            if (data90.file !== undefined) {
                                                                              let data91 = data90.file;
                                                                              const _errs200 = errors;
                                                                              if (errors === _errs200) {
                                                                                if (typeof data91 === "string") {
                                                                                  if (!pattern22.test(data91)) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/history/last/file", schemaPath: "#/properties/history/properties/last/properties/file/pattern", keyword: "pattern", params: { pattern: "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" }, message: 'must match pattern "' + "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" + '"' }];
                                                                                    return false;
                                                                                  }
                                                                                } else {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/history/last/file", schemaPath: "#/properties/history/properties/last/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid29 = _errs200 === errors;
                                                                            } else {
                                                                              var valid29 = true;
                                                                            }
                                                                            if (valid29) {
                                                                              if (data90.sha256 !== undefined) {
                                                                                let data92 = data90.sha256;
                                                                                const _errs202 = errors;
                                                                                if (errors === _errs202) {
                                                                                  if (typeof data92 === "string") {
                                                                                    if (!pattern9.test(data92)) {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/history/last/sha256", schemaPath: "#/properties/history/properties/last/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                                                      return false;
                                                                                    }
                                                                                  } else {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/history/last/sha256", schemaPath: "#/properties/history/properties/last/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid29 = _errs202 === errors;
                                                                              } else {
                                                                                var valid29 = true;
                                                                              }
                                                                              if (valid29) {
                                                                                if (data90.oid !== undefined) {
                                                                                  let data93 = data90.oid;
                                                                                  const _errs204 = errors;
                                                                                  if (errors === _errs204) {
                                                                                    if (typeof data93 === "string") {
                                                                                      if (!pattern24.test(data93)) {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/history/last/oid", schemaPath: "#/properties/history/properties/last/properties/oid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "' + "^[0-9a-f]{40}$" + '"' }];
                                                                                        return false;
                                                                                      }
                                                                                    } else {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/history/last/oid", schemaPath: "#/properties/history/properties/last/properties/oid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                  var valid29 = _errs204 === errors;
                                                                                } else {
                                                                                  var valid29 = true;
                                                                                }
                                                                                if (valid29) {
                                                                                  if (data90.events !== undefined) {
                                                                                    let data94 = data90.events;
                                                                                    const _errs206 = errors;
                                                                                    if (!(typeof data94 == "number" && (!(data94 % 1) && !isNaN(data94)))) {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs206) {
                                                                                      if (typeof data94 == "number") {
                                                                                        if (data94 > 9007199254740991 || isNaN(data94)) {
                                                                                          validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data94 < 1 || isNaN(data94)) {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid29 = _errs206 === errors;
                                                                                  } else {
                                                                                    var valid29 = true;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate20.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid28 = _errs197 === errors;
                                                                  } else {
                                                                    var valid28 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid0 = _errs192 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.rev !== undefined) {
                                                          let data95 = data.rev;
                                                          const _errs208 = errors;
                                                          if (!(typeof data95 == "number" && (!(data95 % 1) && !isNaN(data95)))) {
                                                            validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs208) {
                                                            if (typeof data95 == "number") {
                                                              if (data95 > 9007199254740991 || isNaN(data95)) {
                                                                validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                return false;
                                                              } else {
                                                                if (data95 < 0 || isNaN(data95)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid0 = _errs208 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

// .claude/skills/session/lib/core/timeline.ts
var WRITE_FIELDS = new Set(["events", "history", "rev", "updated_at"]);

// .claude/skills/session/lib/core/history.ts
var COMPACT_BYTES = 96 * 1024;

// .claude/skills/session/lib/store/store.ts
var ACTIVE_FOLDERS = ["ia", "ia/state", "ia/state/sessions"];
var ALL_FOLDERS = [...ACTIVE_FOLDERS, "ia/state/sessions/archives"];

// .claude/skills/session/lib/cli/run.ts
function processIo(form) {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => console.log(text),
    stderr: (text) => console.error(text),
    progress: (text) => void process.stderr.write(text),
    readStdin: async () => decodeUtf8(await Bun.stdin.bytes(), "stdin"),
    isTerminal,
    scriptsDir: (Bun.argv[1] ?? "").slice(0, (Bun.argv[1] ?? "").lastIndexOf("/")),
    confirm: async (question) => {
      process.stderr.write(question);
      const { value } = await console[Symbol.asyncIterator]().next();
      return /^\s*y(es)?\s*$/i.test(String(value ?? ""));
    },
    form
  };
}
function isTerminal(fd) {
  try {
    const tty = process.binding("tty_wrap");
    if (typeof tty.isTTY === "function")
      return Boolean(tty.isTTY(fd));
  } catch {}
  return Boolean(fd === 0 ? process.stdin.isTTY : process.stdout.isTTY);
}
function decodeUtf8(bytes, what) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${what} is not valid UTF-8`);
  }
}
function invokedScript() {
  const script = Bun.argv[1] ?? "";
  if (!script.endsWith(".ts") && script.slice(script.lastIndexOf("/") + 1) === "session")
    return "session";
  const cwd = process.cwd();
  return script.startsWith(`${cwd}/`) ? script.slice(cwd.length + 1) : script;
}
function commandIn(form, text) {
  if (!form || form === "session")
    return `session ${text}`;
  if (form.endsWith(".ts"))
    return `bun run ${form} ${text}`;
  const space = text.indexOf(" ");
  const name = space === -1 ? text : text.slice(0, space);
  return `bun run ${form}/${name}.ts${space === -1 ? "" : text.slice(space)}`;
}

// .claude/skills/session/lib/cli/dispatch.ts
function renderOverview(commands) {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    "session \u2014 track, pause, resume and archive multi-step workflows.",
    "Usage: session <command> [args]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Run `session <command> --help` for a command's options.",
    "State lives in ia/state/sessions/ of the project found from the working directory."
  ].join(`
`);
}
async function dispatch(argv, io, registry, run = (command, rest) => command.execute(rest, io)) {
  const [name, ...rest] = argv;
  if (name !== undefined && isCommandName(name)) {
    let command;
    try {
      command = registry[name]();
    } catch (error) {
      io.stderr(`error: cannot load the ${name} command ` + `(${String(error instanceof Error ? error.message : error).split(`
`)[0]}); reinstall the skill`);
      return 1;
    }
    return run(command, rest);
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(renderOverview(COMMANDS.map((n) => registry[n]())));
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`session ${VERSION}`);
    return 0;
  }
  if (name === undefined) {
    io.stderr("error: missing the command");
    io.stderr(renderOverview(COMMANDS.map((n) => registry[n]())));
    return 2;
  }
  const near = closest(name, COMMANDS);
  io.stderr(`error: unknown command ${JSON.stringify(name)}${near ? `; did you mean \`${near}\`?` : ""}`);
  io.stderr(`hint: Run \`${commandIn(io.form, "--help")}\` for the commands.`);
  return 2;
}
var dispatch_default = {
  async main(argv, require2, fromSource) {
    const form = invokedScript();
    const registry = commandRegistry(require2, fromSource ? "source" : "bundle");
    const code = await dispatch(argv, processIo(form), registry, async (command, rest) => {
      await command.main(rest, form);
      return Number(process.exitCode ?? 0);
    });
    process.exitCode = code;
  }
};
})
