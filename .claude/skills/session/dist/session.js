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
var schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { workflow: { type: "string", description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters", pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", maxLength: 128 }, id: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, type: { type: "string", enum: ["workflow", "chat", "agent", "plugin"] }, status: { type: "string", enum: ["running", "paused", "completed", "failed", "abandoned"] }, started_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, updated_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, step: { type: "string", minLength: 1, maxLength: 200 }, steps: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, step_done: { type: "boolean" }, skipped: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, plan: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, context: { type: "object", description: "any JSON object" }, errors: { type: "array", items: { type: "object", properties: { step: { type: "string", minLength: 1, maxLength: 200 }, message: { type: "string" }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" } }, required: ["step", "message", "at"], additionalProperties: false } }, usage: { type: "object", description: "summed counters, e.g. tokens", additionalProperties: { type: "number" } }, vars: { type: "object", description: "start variables", additionalProperties: { type: "string" } }, spec: { type: "object", properties: { path: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } }, required: ["path", "sha256"], additionalProperties: false }, continued_from: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, artifacts: { type: "array", items: { type: "string", minLength: 1 } }, events: { type: "array", items: { type: "object", properties: { eid: { type: "string", pattern: "^[0-9a-z]{12,16}$" }, rev: { type: "integer", minimum: 1, maximum: 9007199254740991 }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, kind: { type: "string", enum: ["start", "enter", "update", "done", "error", "status", "plan", "usage", "artifacts", "edit", "save", "log", "resume", "replay", "skip", "var", "fork", "merge", "rename"] }, step: { type: "string", minLength: 1, maxLength: 200 }, workflow: { type: "string", description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters", pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", maxLength: 128 }, id: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, type: { type: "string", enum: ["workflow", "chat", "agent", "plugin"] }, note: { type: "string" }, patch: { type: "object", description: "any JSON object" }, context: { type: "object", description: "any JSON object" }, status: { type: "string", enum: ["running", "paused", "completed", "failed", "abandoned"] }, plan: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, usage: { type: "object", description: "summed counters, e.g. tokens", additionalProperties: { type: "number" } }, artifacts: { type: "array", items: { type: "string", minLength: 1 } }, state: { type: "object", description: "any JSON object" }, removed: { type: "array", items: { type: "string" } }, vars: { type: "object", description: "start variables", additionalProperties: { type: "string" } }, spec: { type: "object", properties: { path: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } }, required: ["path", "sha256"], additionalProperties: false }, continued_from: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, actor: { type: "string" }, to: { type: "string", pattern: "^[0-9a-z]{12,16}$" }, index: { type: "integer", minimum: 0, maximum: 9007199254740991 }, resolved: { type: "array", items: { type: "object", properties: { key: { type: "string" }, values: { type: "array", items: {} }, kept: {} }, required: ["key", "values", "kept"], additionalProperties: false } } }, required: ["at", "kind"], additionalProperties: {} } }, history: { type: "object", properties: { events: { type: "integer", minimum: 1, maximum: 9007199254740991 }, last: { type: "object", properties: { file: { type: "string", pattern: "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, oid: { type: "string", pattern: "^[0-9a-f]{40}$" }, events: { type: "integer", minimum: 1, maximum: 9007199254740991 } }, required: ["file", "sha256", "oid", "events"], additionalProperties: false } }, required: ["events", "last"], additionalProperties: false }, rev: { type: "integer", minimum: 0, maximum: 9007199254740991 } }, required: ["workflow", "id", "type", "status", "started_at", "updated_at", "steps", "context", "rev"], additionalProperties: {}, $id: "https://workflow-sessions.dev/schema/session.schema.json", title: "Workflow session state" };
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
var pattern11 = new RegExp("^[0-9a-z]{12,16}$", "");
var pattern18 = new RegExp("^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$", "");
var pattern20 = new RegExp("^[0-9a-f]{40}$", "");
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
                if (!(data3 === "running" || data3 === "paused" || data3 === "completed" || data3 === "failed" || data3 === "abandoned")) {
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
                                            if (data.events !== undefined) {
                                              let data30 = data.events;
                                              const _errs66 = errors;
                                              if (errors === _errs66) {
                                                if (Array.isArray(data30)) {
                                                  var valid10 = true;
                                                  const len5 = data30.length;
                                                  for (let i5 = 0;i5 < len5; i5++) {
                                                    let data31 = data30[i5];
                                                    const _errs68 = errors;
                                                    if (errors === _errs68) {
                                                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                                                        let missing3;
                                                        if (data31.at === undefined && (missing3 = "at") || data31.kind === undefined && (missing3 = "kind")) {
                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                          return false;
                                                        } else {
                                                          if (data31.eid !== undefined) {
                                                            let data32 = data31.eid;
                                                            const _errs71 = errors;
                                                            if (errors === _errs71) {
                                                              if (typeof data32 === "string") {
                                                                if (!pattern11.test(data32)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/eid", schemaPath: "#/properties/events/items/properties/eid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/eid", schemaPath: "#/properties/events/items/properties/eid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid11 = _errs71 === errors;
                                                          } else {
                                                            var valid11 = true;
                                                          }
                                                          if (valid11) {
                                                            if (data31.rev !== undefined) {
                                                              let data33 = data31.rev;
                                                              const _errs73 = errors;
                                                              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/rev", schemaPath: "#/properties/events/items/properties/rev/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs73) {
                                                                if (typeof data33 == "number") {
                                                                  if (data33 > 9007199254740991 || isNaN(data33)) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/rev", schemaPath: "#/properties/events/items/properties/rev/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                    return false;
                                                                  } else {
                                                                    if (data33 < 1 || isNaN(data33)) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/rev", schemaPath: "#/properties/events/items/properties/rev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid11 = _errs73 === errors;
                                                            } else {
                                                              var valid11 = true;
                                                            }
                                                            if (valid11) {
                                                              if (data31.at !== undefined) {
                                                                let data34 = data31.at;
                                                                const _errs75 = errors;
                                                                if (errors === _errs75) {
                                                                  if (errors === _errs75) {
                                                                    if (typeof data34 === "string") {
                                                                      if (!pattern6.test(data34)) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/at", schemaPath: "#/properties/events/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                        return false;
                                                                      }
                                                                    } else {
                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/at", schemaPath: "#/properties/events/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid11 = _errs75 === errors;
                                                              } else {
                                                                var valid11 = true;
                                                              }
                                                              if (valid11) {
                                                                if (data31.kind !== undefined) {
                                                                  let data35 = data31.kind;
                                                                  const _errs77 = errors;
                                                                  if (typeof data35 !== "string") {
                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/kind", schemaPath: "#/properties/events/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  if (!(data35 === "start" || data35 === "enter" || data35 === "update" || data35 === "done" || data35 === "error" || data35 === "status" || data35 === "plan" || data35 === "usage" || data35 === "artifacts" || data35 === "edit" || data35 === "save" || data35 === "log" || data35 === "resume" || data35 === "replay" || data35 === "skip" || data35 === "var" || data35 === "fork" || data35 === "merge" || data35 === "rename")) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/kind", schemaPath: "#/properties/events/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                                                    return false;
                                                                  }
                                                                  var valid11 = _errs77 === errors;
                                                                } else {
                                                                  var valid11 = true;
                                                                }
                                                                if (valid11) {
                                                                  if (data31.step !== undefined) {
                                                                    let data36 = data31.step;
                                                                    const _errs79 = errors;
                                                                    if (errors === _errs79) {
                                                                      if (typeof data36 === "string") {
                                                                        if (func1(data36) > 200) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/step", schemaPath: "#/properties/events/items/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                          return false;
                                                                        } else {
                                                                          if (func1(data36) < 1) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/step", schemaPath: "#/properties/events/items/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/step", schemaPath: "#/properties/events/items/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid11 = _errs79 === errors;
                                                                  } else {
                                                                    var valid11 = true;
                                                                  }
                                                                  if (valid11) {
                                                                    if (data31.workflow !== undefined) {
                                                                      let data37 = data31.workflow;
                                                                      const _errs81 = errors;
                                                                      if (errors === _errs81) {
                                                                        if (typeof data37 === "string") {
                                                                          if (func1(data37) > 128) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                                                            return false;
                                                                          } else {
                                                                            if (!pattern4.test(data37)) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/pattern", keyword: "pattern", params: { pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" }, message: 'must match pattern "' + "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" + '"' }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid11 = _errs81 === errors;
                                                                    } else {
                                                                      var valid11 = true;
                                                                    }
                                                                    if (valid11) {
                                                                      if (data31.id !== undefined) {
                                                                        let data38 = data31.id;
                                                                        const _errs83 = errors;
                                                                        if (errors === _errs83) {
                                                                          if (typeof data38 === "string") {
                                                                            if (!pattern5.test(data38)) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/id", schemaPath: "#/properties/events/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                                              return false;
                                                                            }
                                                                          } else {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/id", schemaPath: "#/properties/events/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid11 = _errs83 === errors;
                                                                      } else {
                                                                        var valid11 = true;
                                                                      }
                                                                      if (valid11) {
                                                                        if (data31.type !== undefined) {
                                                                          let data39 = data31.type;
                                                                          const _errs85 = errors;
                                                                          if (typeof data39 !== "string") {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/type", schemaPath: "#/properties/events/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          if (!(data39 === "workflow" || data39 === "chat" || data39 === "agent" || data39 === "plugin")) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/type", schemaPath: "#/properties/events/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                                                            return false;
                                                                          }
                                                                          var valid11 = _errs85 === errors;
                                                                        } else {
                                                                          var valid11 = true;
                                                                        }
                                                                        if (valid11) {
                                                                          if (data31.note !== undefined) {
                                                                            const _errs87 = errors;
                                                                            if (typeof data31.note !== "string") {
                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/note", schemaPath: "#/properties/events/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                            var valid11 = _errs87 === errors;
                                                                          } else {
                                                                            var valid11 = true;
                                                                          }
                                                                          if (valid11) {
                                                                            if (data31.patch !== undefined) {
                                                                              let data41 = data31.patch;
                                                                              const _errs89 = errors;
                                                                              if (!(data41 && typeof data41 == "object" && !Array.isArray(data41))) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/patch", schemaPath: "#/properties/events/items/properties/patch/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                return false;
                                                                              }
                                                                              var valid11 = _errs89 === errors;
                                                                            } else {
                                                                              var valid11 = true;
                                                                            }
                                                                            if (valid11) {
                                                                              if (data31.context !== undefined) {
                                                                                let data42 = data31.context;
                                                                                const _errs91 = errors;
                                                                                if (!(data42 && typeof data42 == "object" && !Array.isArray(data42))) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/context", schemaPath: "#/properties/events/items/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                  return false;
                                                                                }
                                                                                var valid11 = _errs91 === errors;
                                                                              } else {
                                                                                var valid11 = true;
                                                                              }
                                                                              if (valid11) {
                                                                                if (data31.status !== undefined) {
                                                                                  let data43 = data31.status;
                                                                                  const _errs93 = errors;
                                                                                  if (typeof data43 !== "string") {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/status", schemaPath: "#/properties/events/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                  if (!(data43 === "running" || data43 === "paused" || data43 === "completed" || data43 === "failed" || data43 === "abandoned")) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/status", schemaPath: "#/properties/events/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.events.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                    return false;
                                                                                  }
                                                                                  var valid11 = _errs93 === errors;
                                                                                } else {
                                                                                  var valid11 = true;
                                                                                }
                                                                                if (valid11) {
                                                                                  if (data31.plan !== undefined) {
                                                                                    let data44 = data31.plan;
                                                                                    const _errs95 = errors;
                                                                                    if (errors === _errs95) {
                                                                                      if (Array.isArray(data44)) {
                                                                                        var valid12 = true;
                                                                                        const len6 = data44.length;
                                                                                        for (let i6 = 0;i6 < len6; i6++) {
                                                                                          let data45 = data44[i6];
                                                                                          const _errs97 = errors;
                                                                                          if (errors === _errs97) {
                                                                                            if (typeof data45 === "string") {
                                                                                              if (func1(data45) > 200) {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/plan/" + i6, schemaPath: "#/properties/events/items/properties/plan/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                                                return false;
                                                                                              } else {
                                                                                                if (func1(data45) < 1) {
                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/plan/" + i6, schemaPath: "#/properties/events/items/properties/plan/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                            } else {
                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/plan/" + i6, schemaPath: "#/properties/events/items/properties/plan/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                          var valid12 = _errs97 === errors;
                                                                                          if (!valid12) {
                                                                                            break;
                                                                                          }
                                                                                        }
                                                                                      } else {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/plan", schemaPath: "#/properties/events/items/properties/plan/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                    var valid11 = _errs95 === errors;
                                                                                  } else {
                                                                                    var valid11 = true;
                                                                                  }
                                                                                  if (valid11) {
                                                                                    if (data31.usage !== undefined) {
                                                                                      let data46 = data31.usage;
                                                                                      const _errs99 = errors;
                                                                                      if (errors === _errs99) {
                                                                                        if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                                                                          for (const key4 in data46) {
                                                                                            const _errs102 = errors;
                                                                                            if (!(typeof data46[key4] == "number")) {
                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/usage/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/usage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                              return false;
                                                                                            }
                                                                                            var valid13 = _errs102 === errors;
                                                                                            if (!valid13) {
                                                                                              break;
                                                                                            }
                                                                                          }
                                                                                        } else {
                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/usage", schemaPath: "#/properties/events/items/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                      var valid11 = _errs99 === errors;
                                                                                    } else {
                                                                                      var valid11 = true;
                                                                                    }
                                                                                    if (valid11) {
                                                                                      if (data31.artifacts !== undefined) {
                                                                                        let data48 = data31.artifacts;
                                                                                        const _errs104 = errors;
                                                                                        if (errors === _errs104) {
                                                                                          if (Array.isArray(data48)) {
                                                                                            var valid14 = true;
                                                                                            const len7 = data48.length;
                                                                                            for (let i7 = 0;i7 < len7; i7++) {
                                                                                              let data49 = data48[i7];
                                                                                              const _errs106 = errors;
                                                                                              if (errors === _errs106) {
                                                                                                if (typeof data49 === "string") {
                                                                                                  if (func1(data49) < 1) {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/artifacts/" + i7, schemaPath: "#/properties/events/items/properties/artifacts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                    return false;
                                                                                                  }
                                                                                                } else {
                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/artifacts/" + i7, schemaPath: "#/properties/events/items/properties/artifacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                              var valid14 = _errs106 === errors;
                                                                                              if (!valid14) {
                                                                                                break;
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/artifacts", schemaPath: "#/properties/events/items/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                        var valid11 = _errs104 === errors;
                                                                                      } else {
                                                                                        var valid11 = true;
                                                                                      }
                                                                                      if (valid11) {
                                                                                        if (data31.state !== undefined) {
                                                                                          let data50 = data31.state;
                                                                                          const _errs108 = errors;
                                                                                          if (!(data50 && typeof data50 == "object" && !Array.isArray(data50))) {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/state", schemaPath: "#/properties/events/items/properties/state/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                            return false;
                                                                                          }
                                                                                          var valid11 = _errs108 === errors;
                                                                                        } else {
                                                                                          var valid11 = true;
                                                                                        }
                                                                                        if (valid11) {
                                                                                          if (data31.removed !== undefined) {
                                                                                            let data51 = data31.removed;
                                                                                            const _errs110 = errors;
                                                                                            if (errors === _errs110) {
                                                                                              if (Array.isArray(data51)) {
                                                                                                var valid15 = true;
                                                                                                const len8 = data51.length;
                                                                                                for (let i8 = 0;i8 < len8; i8++) {
                                                                                                  const _errs112 = errors;
                                                                                                  if (typeof data51[i8] !== "string") {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/removed/" + i8, schemaPath: "#/properties/events/items/properties/removed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  var valid15 = _errs112 === errors;
                                                                                                  if (!valid15) {
                                                                                                    break;
                                                                                                  }
                                                                                                }
                                                                                              } else {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/removed", schemaPath: "#/properties/events/items/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                            var valid11 = _errs110 === errors;
                                                                                          } else {
                                                                                            var valid11 = true;
                                                                                          }
                                                                                          if (valid11) {
                                                                                            if (data31.vars !== undefined) {
                                                                                              let data53 = data31.vars;
                                                                                              const _errs114 = errors;
                                                                                              if (errors === _errs114) {
                                                                                                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                                                                                  for (const key5 in data53) {
                                                                                                    const _errs117 = errors;
                                                                                                    if (typeof data53[key5] !== "string") {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/vars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    var valid16 = _errs117 === errors;
                                                                                                    if (!valid16) {
                                                                                                      break;
                                                                                                    }
                                                                                                  }
                                                                                                } else {
                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/vars", schemaPath: "#/properties/events/items/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                              var valid11 = _errs114 === errors;
                                                                                            } else {
                                                                                              var valid11 = true;
                                                                                            }
                                                                                            if (valid11) {
                                                                                              if (data31.spec !== undefined) {
                                                                                                let data55 = data31.spec;
                                                                                                const _errs119 = errors;
                                                                                                if (errors === _errs119) {
                                                                                                  if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                                                                                                    let missing4;
                                                                                                    if (data55.path === undefined && (missing4 = "path") || data55.sha256 === undefined && (missing4 = "sha256")) {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec", schemaPath: "#/properties/events/items/properties/spec/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      const _errs121 = errors;
                                                                                                      for (const key6 in data55) {
                                                                                                        if (!(key6 === "path" || key6 === "sha256")) {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec", schemaPath: "#/properties/events/items/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                                                                                          return false;
                                                                                                          break;
                                                                                                        }
                                                                                                      }
                                                                                                      if (_errs121 === errors) {
                                                                                                        if (data55.path !== undefined) {
                                                                                                          const _errs122 = errors;
                                                                                                          if (typeof data55.path !== "string") {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec/path", schemaPath: "#/properties/events/items/properties/spec/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                          }
                                                                                                          var valid17 = _errs122 === errors;
                                                                                                        } else {
                                                                                                          var valid17 = true;
                                                                                                        }
                                                                                                        if (valid17) {
                                                                                                          if (data55.sha256 !== undefined) {
                                                                                                            let data57 = data55.sha256;
                                                                                                            const _errs124 = errors;
                                                                                                            if (errors === _errs124) {
                                                                                                              if (typeof data57 === "string") {
                                                                                                                if (!pattern9.test(data57)) {
                                                                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec/sha256", schemaPath: "#/properties/events/items/properties/spec/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              } else {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec/sha256", schemaPath: "#/properties/events/items/properties/spec/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            }
                                                                                                            var valid17 = _errs124 === errors;
                                                                                                          } else {
                                                                                                            var valid17 = true;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  } else {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/spec", schemaPath: "#/properties/events/items/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                                var valid11 = _errs119 === errors;
                                                                                              } else {
                                                                                                var valid11 = true;
                                                                                              }
                                                                                              if (valid11) {
                                                                                                if (data31.continued_from !== undefined) {
                                                                                                  let data58 = data31.continued_from;
                                                                                                  const _errs126 = errors;
                                                                                                  if (errors === _errs126) {
                                                                                                    if (typeof data58 === "string") {
                                                                                                      if (!pattern5.test(data58)) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/continued_from", schemaPath: "#/properties/events/items/properties/continued_from/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/continued_from", schemaPath: "#/properties/events/items/properties/continued_from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                  var valid11 = _errs126 === errors;
                                                                                                } else {
                                                                                                  var valid11 = true;
                                                                                                }
                                                                                                if (valid11) {
                                                                                                  if (data31.actor !== undefined) {
                                                                                                    const _errs128 = errors;
                                                                                                    if (typeof data31.actor !== "string") {
                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/actor", schemaPath: "#/properties/events/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    var valid11 = _errs128 === errors;
                                                                                                  } else {
                                                                                                    var valid11 = true;
                                                                                                  }
                                                                                                  if (valid11) {
                                                                                                    if (data31.to !== undefined) {
                                                                                                      let data60 = data31.to;
                                                                                                      const _errs130 = errors;
                                                                                                      if (errors === _errs130) {
                                                                                                        if (typeof data60 === "string") {
                                                                                                          if (!pattern11.test(data60)) {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/to", schemaPath: "#/properties/events/items/properties/to/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        } else {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/to", schemaPath: "#/properties/events/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                      var valid11 = _errs130 === errors;
                                                                                                    } else {
                                                                                                      var valid11 = true;
                                                                                                    }
                                                                                                    if (valid11) {
                                                                                                      if (data31.index !== undefined) {
                                                                                                        let data61 = data31.index;
                                                                                                        const _errs132 = errors;
                                                                                                        if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/index", schemaPath: "#/properties/events/items/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        if (errors === _errs132) {
                                                                                                          if (typeof data61 == "number") {
                                                                                                            if (data61 > 9007199254740991 || isNaN(data61)) {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/index", schemaPath: "#/properties/events/items/properties/index/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                                              return false;
                                                                                                            } else {
                                                                                                              if (data61 < 0 || isNaN(data61)) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/index", schemaPath: "#/properties/events/items/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                        var valid11 = _errs132 === errors;
                                                                                                      } else {
                                                                                                        var valid11 = true;
                                                                                                      }
                                                                                                      if (valid11) {
                                                                                                        if (data31.resolved !== undefined) {
                                                                                                          let data62 = data31.resolved;
                                                                                                          const _errs134 = errors;
                                                                                                          if (errors === _errs134) {
                                                                                                            if (Array.isArray(data62)) {
                                                                                                              var valid18 = true;
                                                                                                              const len9 = data62.length;
                                                                                                              for (let i9 = 0;i9 < len9; i9++) {
                                                                                                                let data63 = data62[i9];
                                                                                                                const _errs136 = errors;
                                                                                                                if (errors === _errs136) {
                                                                                                                  if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                                                                                                    let missing5;
                                                                                                                    if (data63.key === undefined && (missing5 = "key") || data63.values === undefined && (missing5 = "values") || data63.kept === undefined && (missing5 = "kept")) {
                                                                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9, schemaPath: "#/properties/events/items/properties/resolved/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                                                                      return false;
                                                                                                                    } else {
                                                                                                                      const _errs138 = errors;
                                                                                                                      for (const key7 in data63) {
                                                                                                                        if (!(key7 === "key" || key7 === "values" || key7 === "kept")) {
                                                                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9, schemaPath: "#/properties/events/items/properties/resolved/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                                                                                                          return false;
                                                                                                                          break;
                                                                                                                        }
                                                                                                                      }
                                                                                                                      if (_errs138 === errors) {
                                                                                                                        if (data63.key !== undefined) {
                                                                                                                          const _errs139 = errors;
                                                                                                                          if (typeof data63.key !== "string") {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9 + "/key", schemaPath: "#/properties/events/items/properties/resolved/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                          }
                                                                                                                          var valid19 = _errs139 === errors;
                                                                                                                        } else {
                                                                                                                          var valid19 = true;
                                                                                                                        }
                                                                                                                        if (valid19) {
                                                                                                                          if (data63.values !== undefined) {
                                                                                                                            const _errs141 = errors;
                                                                                                                            if (errors === _errs141) {
                                                                                                                              if (!Array.isArray(data63.values)) {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9 + "/values", schemaPath: "#/properties/events/items/properties/resolved/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                return false;
                                                                                                                              }
                                                                                                                            }
                                                                                                                            var valid19 = _errs141 === errors;
                                                                                                                          } else {
                                                                                                                            var valid19 = true;
                                                                                                                          }
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                  } else {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved/" + i9, schemaPath: "#/properties/events/items/properties/resolved/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                }
                                                                                                                var valid18 = _errs136 === errors;
                                                                                                                if (!valid18) {
                                                                                                                  break;
                                                                                                                }
                                                                                                              }
                                                                                                            } else {
                                                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i5 + "/resolved", schemaPath: "#/properties/events/items/properties/resolved/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                          var valid11 = _errs134 === errors;
                                                                                                        } else {
                                                                                                          var valid11 = true;
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
                                                    var valid10 = _errs68 === errors;
                                                    if (!valid10) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs66 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.history !== undefined) {
                                                let data66 = data.history;
                                                const _errs143 = errors;
                                                if (errors === _errs143) {
                                                  if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                                                    let missing6;
                                                    if (data66.events === undefined && (missing6 = "events") || data66.last === undefined && (missing6 = "last")) {
                                                      validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                      return false;
                                                    } else {
                                                      const _errs145 = errors;
                                                      for (const key8 in data66) {
                                                        if (!(key8 === "events" || key8 === "last")) {
                                                          validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                          return false;
                                                          break;
                                                        }
                                                      }
                                                      if (_errs145 === errors) {
                                                        if (data66.events !== undefined) {
                                                          let data67 = data66.events;
                                                          const _errs146 = errors;
                                                          if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)))) {
                                                            validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs146) {
                                                            if (typeof data67 == "number") {
                                                              if (data67 > 9007199254740991 || isNaN(data67)) {
                                                                validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                return false;
                                                              } else {
                                                                if (data67 < 1 || isNaN(data67)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid20 = _errs146 === errors;
                                                        } else {
                                                          var valid20 = true;
                                                        }
                                                        if (valid20) {
                                                          if (data66.last !== undefined) {
                                                            let data68 = data66.last;
                                                            const _errs148 = errors;
                                                            if (errors === _errs148) {
                                                              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                                                let missing7;
                                                                if (data68.file === undefined && (missing7 = "file") || data68.sha256 === undefined && (missing7 = "sha256") || data68.oid === undefined && (missing7 = "oid") || data68.events === undefined && (missing7 = "events")) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                                  return false;
                                                                } else {
                                                                  const _errs150 = errors;
                                                                  for (const key9 in data68) {
                                                                    if (!(key9 === "file" || key9 === "sha256" || key9 === "oid" || key9 === "events")) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" }];
                                                                      return false;
                                                                      break;
                                                                    }
                                                                  }
                                                                  if (_errs150 === errors) {
                                                                    if (data68.file !== undefined) {
                                                                      let data69 = data68.file;
                                                                      const _errs151 = errors;
                                                                      if (errors === _errs151) {
                                                                        if (typeof data69 === "string") {
                                                                          if (!pattern18.test(data69)) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/history/last/file", schemaPath: "#/properties/history/properties/last/properties/file/pattern", keyword: "pattern", params: { pattern: "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" }, message: 'must match pattern "' + "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" + '"' }];
                                                                            return false;
                                                                          }
                                                                        } else {
                                                                          validate20.errors = [{ instancePath: instancePath + "/history/last/file", schemaPath: "#/properties/history/properties/last/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid21 = _errs151 === errors;
                                                                    } else {
                                                                      var valid21 = true;
                                                                    }
                                                                    if (valid21) {
                                                                      if (data68.sha256 !== undefined) {
                                                                        let data70 = data68.sha256;
                                                                        const _errs153 = errors;
                                                                        if (errors === _errs153) {
                                                                          if (typeof data70 === "string") {
                                                                            if (!pattern9.test(data70)) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/history/last/sha256", schemaPath: "#/properties/history/properties/last/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                                              return false;
                                                                            }
                                                                          } else {
                                                                            validate20.errors = [{ instancePath: instancePath + "/history/last/sha256", schemaPath: "#/properties/history/properties/last/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid21 = _errs153 === errors;
                                                                      } else {
                                                                        var valid21 = true;
                                                                      }
                                                                      if (valid21) {
                                                                        if (data68.oid !== undefined) {
                                                                          let data71 = data68.oid;
                                                                          const _errs155 = errors;
                                                                          if (errors === _errs155) {
                                                                            if (typeof data71 === "string") {
                                                                              if (!pattern20.test(data71)) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/history/last/oid", schemaPath: "#/properties/history/properties/last/properties/oid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "' + "^[0-9a-f]{40}$" + '"' }];
                                                                                return false;
                                                                              }
                                                                            } else {
                                                                              validate20.errors = [{ instancePath: instancePath + "/history/last/oid", schemaPath: "#/properties/history/properties/last/properties/oid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid21 = _errs155 === errors;
                                                                        } else {
                                                                          var valid21 = true;
                                                                        }
                                                                        if (valid21) {
                                                                          if (data68.events !== undefined) {
                                                                            let data72 = data68.events;
                                                                            const _errs157 = errors;
                                                                            if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)))) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                              return false;
                                                                            }
                                                                            if (errors === _errs157) {
                                                                              if (typeof data72 == "number") {
                                                                                if (data72 > 9007199254740991 || isNaN(data72)) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data72 < 1 || isNaN(data72)) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid21 = _errs157 === errors;
                                                                          } else {
                                                                            var valid21 = true;
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
                                                            var valid20 = _errs148 === errors;
                                                          } else {
                                                            var valid20 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate20.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs143 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.rev !== undefined) {
                                                  let data73 = data.rev;
                                                  const _errs159 = errors;
                                                  if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)))) {
                                                    validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs159) {
                                                    if (typeof data73 == "number") {
                                                      if (data73 > 9007199254740991 || isNaN(data73)) {
                                                        validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                        return false;
                                                      } else {
                                                        if (data73 < 0 || isNaN(data73)) {
                                                          validate20.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                  }
                                                  var valid0 = _errs159 === errors;
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
