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
var schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { workflow: { type: "string", description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters", pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", maxLength: 128 }, id: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, type: { type: "string", enum: ["workflow", "chat", "agent", "plugin"] }, status: { type: "string", enum: ["running", "paused", "waiting", "completed", "failed", "abandoned"] }, started_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, updated_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, step: { type: "string", minLength: 1, maxLength: 200 }, steps: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, step_done: { type: "boolean" }, skipped: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, plan: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, context: { type: "object", description: "any JSON object" }, errors: { type: "array", items: { type: "object", properties: { step: { type: "string", minLength: 1, maxLength: 200 }, message: { type: "string" }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" } }, required: ["step", "message", "at"], additionalProperties: false } }, usage: { type: "object", description: "summed counters, e.g. tokens", additionalProperties: { type: "number" } }, vars: { type: "object", description: "start variables", additionalProperties: { type: "string" } }, spec: { type: "object", properties: { path: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } }, required: ["path", "sha256"], additionalProperties: false }, continued_from: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, artifacts: { type: "array", items: { type: "string", minLength: 1 } }, gates: { type: "object", description: "approval gates: step \u2192 the question asked on entering it", additionalProperties: { type: "string" } }, waiting: { type: "object", properties: { step: { type: "string", minLength: 1, maxLength: 200 }, question: { type: "string" }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, gate: { type: "string", pattern: "^[0-9a-z]{12,16}$" } }, required: ["step", "question", "at"], additionalProperties: false }, events: { type: "array", items: { type: "object", properties: { eid: { type: "string", pattern: "^[0-9a-z]{12,16}$" }, rev: { type: "integer", minimum: 1, maximum: 9007199254740991 }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, kind: { type: "string", enum: ["start", "enter", "update", "done", "error", "status", "plan", "usage", "artifacts", "edit", "save", "log", "resume", "replay", "skip", "var", "fork", "merge", "rename", "await", "approve", "reject"] }, step: { type: "string", minLength: 1, maxLength: 200 }, workflow: { type: "string", description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters", pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", maxLength: 128 }, id: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, type: { type: "string", enum: ["workflow", "chat", "agent", "plugin"] }, note: { type: "string" }, patch: { type: "object", description: "any JSON object" }, context: { type: "object", description: "any JSON object" }, status: { type: "string", enum: ["running", "paused", "waiting", "completed", "failed", "abandoned"] }, plan: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, usage: { type: "object", description: "summed counters, e.g. tokens", additionalProperties: { type: "number" } }, artifacts: { type: "array", items: { type: "string", minLength: 1 } }, state: { type: "object", description: "any JSON object" }, removed: { type: "array", items: { type: "string" } }, vars: { type: "object", description: "start variables", additionalProperties: { type: "string" } }, spec: { type: "object", properties: { path: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } }, required: ["path", "sha256"], additionalProperties: false }, continued_from: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, actor: { type: "string" }, to: { type: "string", pattern: "^[0-9a-z]{12,16}$" }, index: { type: "integer", minimum: 0, maximum: 9007199254740991 }, resolved: { type: "array", items: { type: "object", properties: { key: { type: "string" }, values: { type: "array", items: {} }, kept: {} }, required: ["key", "values", "kept"], additionalProperties: false } }, by: { type: "string" }, gates: { type: "object", description: "approval gates: step \u2192 the question asked on entering it", additionalProperties: { type: "string" } } }, required: ["at", "kind"], additionalProperties: {} } }, history: { type: "object", properties: { events: { type: "integer", minimum: 1, maximum: 9007199254740991 }, last: { type: "object", properties: { file: { type: "string", pattern: "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, oid: { type: "string", pattern: "^[0-9a-f]{40}$" }, events: { type: "integer", minimum: 1, maximum: 9007199254740991 } }, required: ["file", "sha256", "oid", "events"], additionalProperties: false } }, required: ["events", "last"], additionalProperties: false }, rev: { type: "integer", minimum: 0, maximum: 9007199254740991 } }, required: ["workflow", "id", "type", "status", "started_at", "updated_at", "steps", "context", "rev"], additionalProperties: {}, $id: "https://workflow-sessions.dev/schema/session.schema.json", title: "Workflow session state" };
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
var pattern12 = new RegExp("^[0-9a-z]{12,16}$", "");
var pattern20 = new RegExp("^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$", "");
var pattern22 = new RegExp("^[0-9a-f]{40}$", "");
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
                              if (data.context !== undefined) {
                                let data14 = data.context;
                                const _errs30 = errors;
                                if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
                                  validate20.errors = [{ instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                                var valid0 = _errs30 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.errors !== undefined) {
                                  let data15 = data.errors;
                                  const _errs32 = errors;
                                  if (errors === _errs32) {
                                    if (Array.isArray(data15)) {
                                      var valid4 = true;
                                      const len3 = data15.length;
                                      for (let i3 = 0;i3 < len3; i3++) {
                                        let data16 = data15[i3];
                                        const _errs34 = errors;
                                        if (errors === _errs34) {
                                          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                            let missing1;
                                            if (data16.step === undefined && (missing1 = "step") || data16.message === undefined && (missing1 = "message") || data16.at === undefined && (missing1 = "at")) {
                                              validate20.errors = [{ instancePath: instancePath + "/errors/" + i3, schemaPath: "#/properties/errors/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                              return false;
                                            } else {
                                              const _errs36 = errors;
                                              for (const key0 in data16) {
                                                if (!(key0 === "step" || key0 === "message" || key0 === "at")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/errors/" + i3, schemaPath: "#/properties/errors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs36 === errors) {
                                                if (data16.step !== undefined) {
                                                  let data17 = data16.step;
                                                  const _errs37 = errors;
                                                  if (errors === _errs37) {
                                                    if (typeof data17 === "string") {
                                                      if (func1(data17) > 200) {
                                                        validate20.errors = [{ instancePath: instancePath + "/errors/" + i3 + "/step", schemaPath: "#/properties/errors/items/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                        return false;
                                                      } else {
                                                        if (func1(data17) < 1) {
                                                          validate20.errors = [{ instancePath: instancePath + "/errors/" + i3 + "/step", schemaPath: "#/properties/errors/items/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                          return false;
                                                        }
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/errors/" + i3 + "/step", schemaPath: "#/properties/errors/items/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid5 = _errs37 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data16.message !== undefined) {
                                                    const _errs39 = errors;
                                                    if (typeof data16.message !== "string") {
                                                      validate20.errors = [{ instancePath: instancePath + "/errors/" + i3 + "/message", schemaPath: "#/properties/errors/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs39 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data16.at !== undefined) {
                                                      let data19 = data16.at;
                                                      const _errs41 = errors;
                                                      if (errors === _errs41) {
                                                        if (errors === _errs41) {
                                                          if (typeof data19 === "string") {
                                                            if (!pattern6.test(data19)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/errors/" + i3 + "/at", schemaPath: "#/properties/errors/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate20.errors = [{ instancePath: instancePath + "/errors/" + i3 + "/at", schemaPath: "#/properties/errors/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid5 = _errs41 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/errors/" + i3, schemaPath: "#/properties/errors/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs34 === errors;
                                        if (!valid4) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs32 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.usage !== undefined) {
                                    let data20 = data.usage;
                                    const _errs43 = errors;
                                    if (errors === _errs43) {
                                      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                        for (const key1 in data20) {
                                          const _errs46 = errors;
                                          if (!(typeof data20[key1] == "number")) {
                                            validate20.errors = [{ instancePath: instancePath + "/usage/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/usage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                          var valid6 = _errs46 === errors;
                                          if (!valid6) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs43 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.vars !== undefined) {
                                      let data22 = data.vars;
                                      const _errs48 = errors;
                                      if (errors === _errs48) {
                                        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                          for (const key2 in data22) {
                                            const _errs51 = errors;
                                            if (typeof data22[key2] !== "string") {
                                              validate20.errors = [{ instancePath: instancePath + "/vars/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid7 = _errs51 === errors;
                                            if (!valid7) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs48 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.spec !== undefined) {
                                        let data24 = data.spec;
                                        const _errs53 = errors;
                                        if (errors === _errs53) {
                                          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                            let missing2;
                                            if (data24.path === undefined && (missing2 = "path") || data24.sha256 === undefined && (missing2 = "sha256")) {
                                              validate20.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                              return false;
                                            } else {
                                              const _errs55 = errors;
                                              for (const key3 in data24) {
                                                if (!(key3 === "path" || key3 === "sha256")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs55 === errors) {
                                                if (data24.path !== undefined) {
                                                  const _errs56 = errors;
                                                  if (typeof data24.path !== "string") {
                                                    validate20.errors = [{ instancePath: instancePath + "/spec/path", schemaPath: "#/properties/spec/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid8 = _errs56 === errors;
                                                } else {
                                                  var valid8 = true;
                                                }
                                                if (valid8) {
                                                  if (data24.sha256 !== undefined) {
                                                    let data26 = data24.sha256;
                                                    const _errs58 = errors;
                                                    if (errors === _errs58) {
                                                      if (typeof data26 === "string") {
                                                        if (!pattern9.test(data26)) {
                                                          validate20.errors = [{ instancePath: instancePath + "/spec/sha256", schemaPath: "#/properties/spec/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate20.errors = [{ instancePath: instancePath + "/spec/sha256", schemaPath: "#/properties/spec/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid8 = _errs58 === errors;
                                                  } else {
                                                    var valid8 = true;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs53 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.continued_from !== undefined) {
                                          let data27 = data.continued_from;
                                          const _errs60 = errors;
                                          if (errors === _errs60) {
                                            if (typeof data27 === "string") {
                                              if (!pattern5.test(data27)) {
                                                validate20.errors = [{ instancePath: instancePath + "/continued_from", schemaPath: "#/properties/continued_from/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                return false;
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/continued_from", schemaPath: "#/properties/continued_from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs60 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.artifacts !== undefined) {
                                            let data28 = data.artifacts;
                                            const _errs62 = errors;
                                            if (errors === _errs62) {
                                              if (Array.isArray(data28)) {
                                                var valid9 = true;
                                                const len4 = data28.length;
                                                for (let i4 = 0;i4 < len4; i4++) {
                                                  let data29 = data28[i4];
                                                  const _errs64 = errors;
                                                  if (errors === _errs64) {
                                                    if (typeof data29 === "string") {
                                                      if (func1(data29) < 1) {
                                                        validate20.errors = [{ instancePath: instancePath + "/artifacts/" + i4, schemaPath: "#/properties/artifacts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/artifacts/" + i4, schemaPath: "#/properties/artifacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid9 = _errs64 === errors;
                                                  if (!valid9) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs62 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.gates !== undefined) {
                                              let data30 = data.gates;
                                              const _errs66 = errors;
                                              if (errors === _errs66) {
                                                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                                  for (const key4 in data30) {
                                                    const _errs69 = errors;
                                                    if (typeof data30[key4] !== "string") {
                                                      validate20.errors = [{ instancePath: instancePath + "/gates/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid10 = _errs69 === errors;
                                                    if (!valid10) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs66 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.waiting !== undefined) {
                                                let data32 = data.waiting;
                                                const _errs71 = errors;
                                                if (errors === _errs71) {
                                                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                    let missing3;
                                                    if (data32.step === undefined && (missing3 = "step") || data32.question === undefined && (missing3 = "question") || data32.at === undefined && (missing3 = "at")) {
                                                      validate20.errors = [{ instancePath: instancePath + "/waiting", schemaPath: "#/properties/waiting/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                      return false;
                                                    } else {
                                                      const _errs73 = errors;
                                                      for (const key5 in data32) {
                                                        if (!(key5 === "step" || key5 === "question" || key5 === "at" || key5 === "gate")) {
                                                          validate20.errors = [{ instancePath: instancePath + "/waiting", schemaPath: "#/properties/waiting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                                          return false;
                                                          break;
                                                        }
                                                      }
                                                      if (_errs73 === errors) {
                                                        if (data32.step !== undefined) {
                                                          let data33 = data32.step;
                                                          const _errs74 = errors;
                                                          if (errors === _errs74) {
                                                            if (typeof data33 === "string") {
                                                              if (func1(data33) > 200) {
                                                                validate20.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                return false;
                                                              } else {
                                                                if (func1(data33) < 1) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                  return false;
                                                                }
                                                              }
                                                            } else {
                                                              validate20.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid11 = _errs74 === errors;
                                                        } else {
                                                          var valid11 = true;
                                                        }
                                                        if (valid11) {
                                                          if (data32.question !== undefined) {
                                                            const _errs76 = errors;
                                                            if (typeof data32.question !== "string") {
                                                              validate20.errors = [{ instancePath: instancePath + "/waiting/question", schemaPath: "#/properties/waiting/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid11 = _errs76 === errors;
                                                          } else {
                                                            var valid11 = true;
                                                          }
                                                          if (valid11) {
                                                            if (data32.at !== undefined) {
                                                              let data35 = data32.at;
                                                              const _errs78 = errors;
                                                              if (errors === _errs78) {
                                                                if (errors === _errs78) {
                                                                  if (typeof data35 === "string") {
                                                                    if (!pattern6.test(data35)) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/waiting/at", schemaPath: "#/properties/waiting/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate20.errors = [{ instancePath: instancePath + "/waiting/at", schemaPath: "#/properties/waiting/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid11 = _errs78 === errors;
                                                            } else {
                                                              var valid11 = true;
                                                            }
                                                            if (valid11) {
                                                              if (data32.gate !== undefined) {
                                                                let data36 = data32.gate;
                                                                const _errs80 = errors;
                                                                if (errors === _errs80) {
                                                                  if (typeof data36 === "string") {
                                                                    if (!pattern12.test(data36)) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/waiting/gate", schemaPath: "#/properties/waiting/properties/gate/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate20.errors = [{ instancePath: instancePath + "/waiting/gate", schemaPath: "#/properties/waiting/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid11 = _errs80 === errors;
                                                              } else {
                                                                var valid11 = true;
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
                                                var valid0 = _errs71 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.events !== undefined) {
                                                  let data37 = data.events;
                                                  const _errs82 = errors;
                                                  if (errors === _errs82) {
                                                    if (Array.isArray(data37)) {
                                                      var valid12 = true;
                                                      const len5 = data37.length;
                                                      for (let i5 = 0;i5 < len5; i5++) {
                                                        let data38 = data37[i5];
                                                        const _errs84 = errors;
                                                        if (errors === _errs84) {
                                                          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                                            let missing4;
                                                            if (data38.at === undefined && (missing4 = "at") || data38.kind === undefined && (missing4 = "kind")) {
                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                              return false;
                                                            } else {
                                                              if (data38.eid !== undefined) {
                                                                let data39 = data38.eid;
                                                                const _errs87 = errors;
                                                                if (errors === _errs87) {
                                                                  if (typeof data39 === "string") {
                                                                    if (!pattern12.test(data39)) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/eid", schemaPath: "#/properties/events/items/properties/eid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/eid", schemaPath: "#/properties/events/items/properties/eid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid13 = _errs87 === errors;
                                                              } else {
                                                                var valid13 = true;
                                                              }
                                                              if (valid13) {
                                                                if (data38.rev !== undefined) {
                                                                  let data40 = data38.rev;
                                                                  const _errs89 = errors;
                                                                  if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/rev", schemaPath: "#/properties/events/items/properties/rev/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs89) {
                                                                    if (typeof data40 == "number") {
                                                                      if (data40 > 9007199254740991 || isNaN(data40)) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/rev", schemaPath: "#/properties/events/items/properties/rev/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                        return false;
                                                                      } else {
                                                                        if (data40 < 1 || isNaN(data40)) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/rev", schemaPath: "#/properties/events/items/properties/rev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid13 = _errs89 === errors;
                                                                } else {
                                                                  var valid13 = true;
                                                                }
                                                                if (valid13) {
                                                                  if (data38.at !== undefined) {
                                                                    let data41 = data38.at;
                                                                    const _errs91 = errors;
                                                                    if (errors === _errs91) {
                                                                      if (errors === _errs91) {
                                                                        if (typeof data41 === "string") {
                                                                          if (!pattern6.test(data41)) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/at", schemaPath: "#/properties/events/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                            return false;
                                                                          }
                                                                        } else {
                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/at", schemaPath: "#/properties/events/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid13 = _errs91 === errors;
                                                                  } else {
                                                                    var valid13 = true;
                                                                  }
                                                                  if (valid13) {
                                                                    if (data38.kind !== undefined) {
                                                                      let data42 = data38.kind;
                                                                      const _errs93 = errors;
                                                                      if (typeof data42 !== "string") {
                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/kind", schemaPath: "#/properties/events/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      if (!(data42 === "start" || data42 === "enter" || data42 === "update" || data42 === "done" || data42 === "error" || data42 === "status" || data42 === "plan" || data42 === "usage" || data42 === "artifacts" || data42 === "edit" || data42 === "save" || data42 === "log" || data42 === "resume" || data42 === "replay" || data42 === "skip" || data42 === "var" || data42 === "fork" || data42 === "merge" || data42 === "rename" || data42 === "await" || data42 === "approve" || data42 === "reject")) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/kind", schemaPath: "#/properties/events/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                                                        return false;
                                                                      }
                                                                      var valid13 = _errs93 === errors;
                                                                    } else {
                                                                      var valid13 = true;
                                                                    }
                                                                    if (valid13) {
                                                                      if (data38.step !== undefined) {
                                                                        let data43 = data38.step;
                                                                        const _errs95 = errors;
                                                                        if (errors === _errs95) {
                                                                          if (typeof data43 === "string") {
                                                                            if (func1(data43) > 200) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/step", schemaPath: "#/properties/events/items/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                              return false;
                                                                            } else {
                                                                              if (func1(data43) < 1) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/step", schemaPath: "#/properties/events/items/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/step", schemaPath: "#/properties/events/items/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid13 = _errs95 === errors;
                                                                      } else {
                                                                        var valid13 = true;
                                                                      }
                                                                      if (valid13) {
                                                                        if (data38.workflow !== undefined) {
                                                                          let data44 = data38.workflow;
                                                                          const _errs97 = errors;
                                                                          if (errors === _errs97) {
                                                                            if (typeof data44 === "string") {
                                                                              if (func1(data44) > 128) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                                                                return false;
                                                                              } else {
                                                                                if (!pattern4.test(data44)) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/pattern", keyword: "pattern", params: { pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" }, message: 'must match pattern "' + "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" + '"' }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid13 = _errs97 === errors;
                                                                        } else {
                                                                          var valid13 = true;
                                                                        }
                                                                        if (valid13) {
                                                                          if (data38.id !== undefined) {
                                                                            let data45 = data38.id;
                                                                            const _errs99 = errors;
                                                                            if (errors === _errs99) {
                                                                              if (typeof data45 === "string") {
                                                                                if (!pattern5.test(data45)) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/id", schemaPath: "#/properties/events/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                                                  return false;
                                                                                }
                                                                              } else {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/id", schemaPath: "#/properties/events/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid13 = _errs99 === errors;
                                                                          } else {
                                                                            var valid13 = true;
                                                                          }
                                                                          if (valid13) {
                                                                            if (data38.type !== undefined) {
                                                                              let data46 = data38.type;
                                                                              const _errs101 = errors;
                                                                              if (typeof data46 !== "string") {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/type", schemaPath: "#/properties/events/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                              if (!(data46 === "workflow" || data46 === "chat" || data46 === "agent" || data46 === "plugin")) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/type", schemaPath: "#/properties/events/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                                                                return false;
                                                                              }
                                                                              var valid13 = _errs101 === errors;
                                                                            } else {
                                                                              var valid13 = true;
                                                                            }
                                                                            if (valid13) {
                                                                              if (data38.note !== undefined) {
                                                                                const _errs103 = errors;
                                                                                if (typeof data38.note !== "string") {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/note", schemaPath: "#/properties/events/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                  return false;
                                                                                }
                                                                                var valid13 = _errs103 === errors;
                                                                              } else {
                                                                                var valid13 = true;
                                                                              }
                                                                              if (valid13) {
                                                                                if (data38.patch !== undefined) {
                                                                                  let data48 = data38.patch;
                                                                                  const _errs105 = errors;
                                                                                  if (!(data48 && typeof data48 == "object" && !Array.isArray(data48))) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/patch", schemaPath: "#/properties/events/items/properties/patch/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                    return false;
                                                                                  }
                                                                                  var valid13 = _errs105 === errors;
                                                                                } else {
                                                                                  var valid13 = true;
                                                                                }
                                                                                if (valid13) {
                                                                                  if (data38.context !== undefined) {
                                                                                    let data49 = data38.context;
                                                                                    const _errs107 = errors;
                                                                                    if (!(data49 && typeof data49 == "object" && !Array.isArray(data49))) {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/context", schemaPath: "#/properties/events/items/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid13 = _errs107 === errors;
                                                                                  } else {
                                                                                    var valid13 = true;
                                                                                  }
                                                                                  if (valid13) {
                                                                                    if (data38.status !== undefined) {
                                                                                      let data50 = data38.status;
                                                                                      const _errs109 = errors;
                                                                                      if (typeof data50 !== "string") {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/status", schemaPath: "#/properties/events/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                      }
                                                                                      if (!(data50 === "running" || data50 === "paused" || data50 === "waiting" || data50 === "completed" || data50 === "failed" || data50 === "abandoned")) {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/status", schemaPath: "#/properties/events/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid13 = _errs109 === errors;
                                                                                    } else {
                                                                                      var valid13 = true;
                                                                                    }
                                                                                    if (valid13) {
                                                                                      if (data38.plan !== undefined) {
                                                                                        let data51 = data38.plan;
                                                                                        const _errs111 = errors;
                                                                                        if (errors === _errs111) {
                                                                                          if (Array.isArray(data51)) {
                                                                                            var valid14 = true;
                                                                                            const len6 = data51.length;
                                                                                            for (let i6 = 0;i6 < len6; i6++) {
                                                                                              let data52 = data51[i6];
                                                                                              const _errs113 = errors;
                                                                                              if (errors === _errs113) {
                                                                                                if (typeof data52 === "string") {
                                                                                                  if (func1(data52) > 200) {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/plan/" + i6, schemaPath: "#/properties/events/items/properties/plan/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (func1(data52) < 1) {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/plan/" + i6, schemaPath: "#/properties/events/items/properties/plan/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                } else {
                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/plan/" + i6, schemaPath: "#/properties/events/items/properties/plan/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                              var valid14 = _errs113 === errors;
                                                                                              if (!valid14) {
                                                                                                break;
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/plan", schemaPath: "#/properties/events/items/properties/plan/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                        var valid13 = _errs111 === errors;
                                                                                      } else {
                                                                                        var valid13 = true;
                                                                                      }
                                                                                      if (valid13) {
                                                                                        if (data38.usage !== undefined) {
                                                                                          let data53 = data38.usage;
                                                                                          const _errs115 = errors;
                                                                                          if (errors === _errs115) {
                                                                                            if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                                                                              for (const key6 in data53) {
                                                                                                const _errs118 = errors;
                                                                                                if (!(typeof data53[key6] == "number")) {
                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/usage/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/usage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid15 = _errs118 === errors;
                                                                                                if (!valid15) {
                                                                                                  break;
                                                                                                }
                                                                                              }
                                                                                            } else {
                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/usage", schemaPath: "#/properties/events/items/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                          var valid13 = _errs115 === errors;
                                                                                        } else {
                                                                                          var valid13 = true;
                                                                                        }
                                                                                        if (valid13) {
                                                                                          if (data38.artifacts !== undefined) {
                                                                                            let data55 = data38.artifacts;
                                                                                            const _errs120 = errors;
                                                                                            if (errors === _errs120) {
                                                                                              if (Array.isArray(data55)) {
                                                                                                var valid16 = true;
                                                                                                const len7 = data55.length;
                                                                                                for (let i7 = 0;i7 < len7; i7++) {
                                                                                                  let data56 = data55[i7];
                                                                                                  const _errs122 = errors;
                                                                                                  if (errors === _errs122) {
                                                                                                    if (typeof data56 === "string") {
                                                                                                      if (func1(data56) < 1) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/artifacts/" + i7, schemaPath: "#/properties/events/items/properties/artifacts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/artifacts/" + i7, schemaPath: "#/properties/events/items/properties/artifacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                  var valid16 = _errs122 === errors;
                                                                                                  if (!valid16) {
                                                                                                    break;
                                                                                                  }
                                                                                                }
                                                                                              } else {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/artifacts", schemaPath: "#/properties/events/items/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                            var valid13 = _errs120 === errors;
                                                                                          } else {
                                                                                            var valid13 = true;
                                                                                          }
                                                                                          if (valid13) {
                                                                                            if (data38.state !== undefined) {
                                                                                              let data57 = data38.state;
                                                                                              const _errs124 = errors;
                                                                                              if (!(data57 && typeof data57 == "object" && !Array.isArray(data57))) {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/state", schemaPath: "#/properties/events/items/properties/state/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                return false;
                                                                                              }
                                                                                              var valid13 = _errs124 === errors;
                                                                                            } else {
                                                                                              var valid13 = true;
                                                                                            }
                                                                                            if (valid13) {
                                                                                              if (data38.removed !== undefined) {
                                                                                                let data58 = data38.removed;
                                                                                                const _errs126 = errors;
                                                                                                if (errors === _errs126) {
                                                                                                  if (Array.isArray(data58)) {
                                                                                                    var valid17 = true;
                                                                                                    const len8 = data58.length;
                                                                                                    for (let i8 = 0;i8 < len8; i8++) {
                                                                                                      const _errs128 = errors;
                                                                                                      if (typeof data58[i8] !== "string") {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/removed/" + i8, schemaPath: "#/properties/events/items/properties/removed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      var valid17 = _errs128 === errors;
                                                                                                      if (!valid17) {
                                                                                                        break;
                                                                                                      }
                                                                                                    }
                                                                                                  } else {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/removed", schemaPath: "#/properties/events/items/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                                var valid13 = _errs126 === errors;
                                                                                              } else {
                                                                                                var valid13 = true;
                                                                                              }
                                                                                              if (valid13) {
                                                                                                if (data38.vars !== undefined) {
                                                                                                  let data60 = data38.vars;
                                                                                                  const _errs130 = errors;
                                                                                                  if (errors === _errs130) {
                                                                                                    if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                                                                                      for (const key7 in data60) {
                                                                                                        const _errs133 = errors;
                                                                                                        if (typeof data60[key7] !== "string") {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/vars/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        var valid18 = _errs133 === errors;
                                                                                                        if (!valid18) {
                                                                                                          break;
                                                                                                        }
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/vars", schemaPath: "#/properties/events/items/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                  var valid13 = _errs130 === errors;
                                                                                                } else {
                                                                                                  var valid13 = true;
                                                                                                }
                                                                                                if (valid13) {
                                                                                                  if (data38.spec !== undefined) {
                                                                                                    let data62 = data38.spec;
                                                                                                    const _errs135 = errors;
                                                                                                    if (errors === _errs135) {
                                                                                                      if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                                                                                        let missing5;
                                                                                                        if (data62.path === undefined && (missing5 = "path") || data62.sha256 === undefined && (missing5 = "sha256")) {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec", schemaPath: "#/properties/events/items/properties/spec/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          const _errs137 = errors;
                                                                                                          for (const key8 in data62) {
                                                                                                            if (!(key8 === "path" || key8 === "sha256")) {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec", schemaPath: "#/properties/events/items/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                                                                              return false;
                                                                                                              break;
                                                                                                            }
                                                                                                          }
                                                                                                          if (_errs137 === errors) {
                                                                                                            if (data62.path !== undefined) {
                                                                                                              const _errs138 = errors;
                                                                                                              if (typeof data62.path !== "string") {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec/path", schemaPath: "#/properties/events/items/properties/spec/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                              var valid19 = _errs138 === errors;
                                                                                                            } else {
                                                                                                              var valid19 = true;
                                                                                                            }
                                                                                                            if (valid19) {
                                                                                                              if (data62.sha256 !== undefined) {
                                                                                                                let data64 = data62.sha256;
                                                                                                                const _errs140 = errors;
                                                                                                                if (errors === _errs140) {
                                                                                                                  if (typeof data64 === "string") {
                                                                                                                    if (!pattern9.test(data64)) {
                                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec/sha256", schemaPath: "#/properties/events/items/properties/spec/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                  } else {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec/sha256", schemaPath: "#/properties/events/items/properties/spec/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                }
                                                                                                                var valid19 = _errs140 === errors;
                                                                                                              } else {
                                                                                                                var valid19 = true;
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      } else {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec", schemaPath: "#/properties/events/items/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                    var valid13 = _errs135 === errors;
                                                                                                  } else {
                                                                                                    var valid13 = true;
                                                                                                  }
                                                                                                  if (valid13) {
                                                                                                    if (data38.continued_from !== undefined) {
                                                                                                      let data65 = data38.continued_from;
                                                                                                      const _errs142 = errors;
                                                                                                      if (errors === _errs142) {
                                                                                                        if (typeof data65 === "string") {
                                                                                                          if (!pattern5.test(data65)) {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/continued_from", schemaPath: "#/properties/events/items/properties/continued_from/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        } else {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/continued_from", schemaPath: "#/properties/events/items/properties/continued_from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                      var valid13 = _errs142 === errors;
                                                                                                    } else {
                                                                                                      var valid13 = true;
                                                                                                    }
                                                                                                    if (valid13) {
                                                                                                      if (data38.actor !== undefined) {
                                                                                                        const _errs144 = errors;
                                                                                                        if (typeof data38.actor !== "string") {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/actor", schemaPath: "#/properties/events/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        var valid13 = _errs144 === errors;
                                                                                                      } else {
                                                                                                        var valid13 = true;
                                                                                                      }
                                                                                                      if (valid13) {
                                                                                                        if (data38.to !== undefined) {
                                                                                                          let data67 = data38.to;
                                                                                                          const _errs146 = errors;
                                                                                                          if (errors === _errs146) {
                                                                                                            if (typeof data67 === "string") {
                                                                                                              if (!pattern12.test(data67)) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/to", schemaPath: "#/properties/events/items/properties/to/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            } else {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/to", schemaPath: "#/properties/events/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                          var valid13 = _errs146 === errors;
                                                                                                        } else {
                                                                                                          var valid13 = true;
                                                                                                        }
                                                                                                        if (valid13) {
                                                                                                          if (data38.index !== undefined) {
                                                                                                            let data68 = data38.index;
                                                                                                            const _errs148 = errors;
                                                                                                            if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)))) {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/index", schemaPath: "#/properties/events/items/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                            if (errors === _errs148) {
                                                                                                              if (typeof data68 == "number") {
                                                                                                                if (data68 > 9007199254740991 || isNaN(data68)) {
                                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/index", schemaPath: "#/properties/events/items/properties/index/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                                                  return false;
                                                                                                                } else {
                                                                                                                  if (data68 < 0 || isNaN(data68)) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/index", schemaPath: "#/properties/events/items/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                            var valid13 = _errs148 === errors;
                                                                                                          } else {
                                                                                                            var valid13 = true;
                                                                                                          }
                                                                                                          if (valid13) {
                                                                                                            if (data38.resolved !== undefined) {
                                                                                                              let data69 = data38.resolved;
                                                                                                              const _errs150 = errors;
                                                                                                              if (errors === _errs150) {
                                                                                                                if (Array.isArray(data69)) {
                                                                                                                  var valid20 = true;
                                                                                                                  const len9 = data69.length;
                                                                                                                  for (let i9 = 0;i9 < len9; i9++) {
                                                                                                                    let data70 = data69[i9];
                                                                                                                    const _errs152 = errors;
                                                                                                                    if (errors === _errs152) {
                                                                                                                      if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                                                                                                        let missing6;
                                                                                                                        if (data70.key === undefined && (missing6 = "key") || data70.values === undefined && (missing6 = "values") || data70.kept === undefined && (missing6 = "kept")) {
                                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9, schemaPath: "#/properties/events/items/properties/resolved/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                                                                                          return false;
                                                                                                                        } else {
                                                                                                                          const _errs154 = errors;
                                                                                                                          for (const key9 in data70) {
                                                                                                                            if (!(key9 === "key" || key9 === "values" || key9 === "kept")) {
                                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9, schemaPath: "#/properties/events/items/properties/resolved/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" }];
                                                                                                                              return false;
                                                                                                                              break;
                                                                                                                            }
                                                                                                                          }
                                                                                                                          if (_errs154 === errors) {
                                                                                                                            if (data70.key !== undefined) {
                                                                                                                              const _errs155 = errors;
                                                                                                                              if (typeof data70.key !== "string") {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9 + "/key", schemaPath: "#/properties/events/items/properties/resolved/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                              }
                                                                                                                              var valid21 = _errs155 === errors;
                                                                                                                            } else {
                                                                                                                              var valid21 = true;
                                                                                                                            }
                                                                                                                            if (valid21) {
                                                                                                                              if (data70.values !== undefined) {
                                                                                                                                const _errs157 = errors;
                                                                                                                                if (errors === _errs157) {
                                                                                                                                  if (!Array.isArray(data70.values)) {
                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9 + "/values", schemaPath: "#/properties/events/items/properties/resolved/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                    return false;
                                                                                                                                  }
                                                                                                                                }
                                                                                                                                var valid21 = _errs157 === errors;
                                                                                                                              } else {
                                                                                                                                var valid21 = true;
                                                                                                                              }
                                                                                                                            }
                                                                                                                          }
                                                                                                                        }
                                                                                                                      } else {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9, schemaPath: "#/properties/events/items/properties/resolved/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                        return false;
                                                                                                                      }
                                                                                                                    }
                                                                                                                    var valid20 = _errs152 === errors;
                                                                                                                    if (!valid20) {
                                                                                                                      break;
                                                                                                                    }
                                                                                                                  }
                                                                                                                } else {
                                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved", schemaPath: "#/properties/events/items/properties/resolved/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              }
                                                                                                              var valid13 = _errs150 === errors;
                                                                                                            } else {
                                                                                                              var valid13 = true;
                                                                                                            }
                                                                                                            if (valid13) {
                                                                                                              if (data38.by !== undefined) {
                                                                                                                const _errs159 = errors;
                                                                                                                if (typeof data38.by !== "string") {
                                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/by", schemaPath: "#/properties/events/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                                var valid13 = _errs159 === errors;
                                                                                                              } else {
                                                                                                                var valid13 = true;
                                                                                                              }
                                                                                                              if (valid13) {
                                                                                                                if (data38.gates !== undefined) {
                                                                                                                  let data74 = data38.gates;
                                                                                                                  const _errs161 = errors;
                                                                                                                  if (errors === _errs161) {
                                                                                                                    if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                                                                                                      for (const key10 in data74) {
                                                                                                                        const _errs164 = errors;
                                                                                                                        if (typeof data74[key10] !== "string") {
                                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/gates/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/gates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                          return false;
                                                                                                                        }
                                                                                                                        var valid22 = _errs164 === errors;
                                                                                                                        if (!valid22) {
                                                                                                                          break;
                                                                                                                        }
                                                                                                                      }
                                                                                                                    } else {
                                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/gates", schemaPath: "#/properties/events/items/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                  }
                                                                                                                  var valid13 = _errs161 === errors;
                                                                                                                } else {
                                                                                                                  var valid13 = true;
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
                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid12 = _errs84 === errors;
                                                        if (!valid12) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid0 = _errs82 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.history !== undefined) {
                                                    let data76 = data.history;
                                                    const _errs166 = errors;
                                                    if (errors === _errs166) {
                                                      if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                                                        let missing7;
                                                        if (data76.events === undefined && (missing7 = "events") || data76.last === undefined && (missing7 = "last")) {
                                                          validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                          return false;
                                                        } else {
                                                          const _errs168 = errors;
                                                          for (const key11 in data76) {
                                                            if (!(key11 === "events" || key11 === "last")) {
                                                              validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                                              return false;
                                                              break;
                                                            }
                                                          }
                                                          if (_errs168 === errors) {
                                                            if (data76.events !== undefined) {
                                                              let data77 = data76.events;
                                                              const _errs169 = errors;
                                                              if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)))) {
                                                                validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs169) {
                                                                if (typeof data77 == "number") {
                                                                  if (data77 > 9007199254740991 || isNaN(data77)) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                    return false;
                                                                  } else {
                                                                    if (data77 < 1 || isNaN(data77)) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid23 = _errs169 === errors;
                                                            } else {
                                                              var valid23 = true;
                                                            }
                                                            if (valid23) {
                                                              if (data76.last !== undefined) {
                                                                let data78 = data76.last;
                                                                const _errs171 = errors;
                                                                if (errors === _errs171) {
                                                                  if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                                                                    let missing8;
                                                                    if (data78.file === undefined && (missing8 = "file") || data78.sha256 === undefined && (missing8 = "sha256") || data78.oid === undefined && (missing8 = "oid") || data78.events === undefined && (missing8 = "events")) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                                      return false;
                                                                    } else {
                                                                      const _errs173 = errors;
                                                                      for (const key12 in data78) {
                                                                        if (!(key12 === "file" || key12 === "sha256" || key12 === "oid" || key12 === "events")) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }];
                                                                          return false;
                                                                          break;
                                                                        }
                                                                      }
                                                                      if (_errs173 === errors) {
                                                                        if (data78.file !== undefined) {
                                                                          let data79 = data78.file;
                                                                          const _errs174 = errors;
                                                                          if (errors === _errs174) {
                                                                            if (typeof data79 === "string") {
                                                                              if (!pattern20.test(data79)) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/history/last/file", schemaPath: "#/properties/history/properties/last/properties/file/pattern", keyword: "pattern", params: { pattern: "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" }, message: 'must match pattern "' + "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" + '"' }];
                                                                                return false;
                                                                              }
                                                                            } else {
                                                                              validate20.errors = [{ instancePath: instancePath + "/history/last/file", schemaPath: "#/properties/history/properties/last/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid24 = _errs174 === errors;
                                                                        } else {
                                                                          var valid24 = true;
                                                                        }
                                                                        if (valid24) {
                                                                          if (data78.sha256 !== undefined) {
                                                                            let data80 = data78.sha256;
                                                                            const _errs176 = errors;
                                                                            if (errors === _errs176) {
                                                                              if (typeof data80 === "string") {
                                                                                if (!pattern9.test(data80)) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/history/last/sha256", schemaPath: "#/properties/history/properties/last/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                                                  return false;
                                                                                }
                                                                              } else {
                                                                                validate20.errors = [{ instancePath: instancePath + "/history/last/sha256", schemaPath: "#/properties/history/properties/last/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid24 = _errs176 === errors;
                                                                          } else {
                                                                            var valid24 = true;
                                                                          }
                                                                          if (valid24) {
                                                                            if (data78.oid !== undefined) {
                                                                              let data81 = data78.oid;
                                                                              const _errs178 = errors;
                                                                              if (errors === _errs178) {
                                                                                if (typeof data81 === "string") {
                                                                                  if (!pattern22.test(data81)) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/history/last/oid", schemaPath: "#/properties/history/properties/last/properties/oid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "' + "^[0-9a-f]{40}$" + '"' }];
                                                                                    return false;
                                                                                  }
                                                                                } else {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/history/last/oid", schemaPath: "#/properties/history/properties/last/properties/oid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid24 = _errs178 === errors;
                                                                            } else {
                                                                              var valid24 = true;
                                                                            }
                                                                            if (valid24) {
                                                                              if (data78.events !== undefined) {
                                                                                let data82 = data78.events;
                                                                                const _errs180 = errors;
                                                                                if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)))) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                  return false;
                                                                                }
                                                                                if (errors === _errs180) {
                                                                                  if (typeof data82 == "number") {
                                                                                    if (data82 > 9007199254740991 || isNaN(data82)) {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (data82 < 1 || isNaN(data82)) {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid24 = _errs180 === errors;
                                                                              } else {
                                                                                var valid24 = true;
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
                                                                var valid23 = _errs171 === errors;
                                                              } else {
                                                                var valid23 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid0 = _errs166 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.rev !== undefined) {
                                                      let data83 = data.rev;
                                                      const _errs182 = errors;
                                                      if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)))) {
                                                        validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs182) {
                                                        if (typeof data83 == "number") {
                                                          if (data83 > 9007199254740991 || isNaN(data83)) {
                                                            validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                            return false;
                                                          } else {
                                                            if (data83 < 0 || isNaN(data83)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                      }
                                                      var valid0 = _errs182 === errors;
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
