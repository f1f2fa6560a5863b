// @bun @bytecode @bun-cjs
(function(exports, require, module, __filename, __dirname) {var __create = Object.create;
var __getProtoOf = Object.getPrototypeOf;
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __hasOwnProp = Object.prototype.hasOwnProperty;
function __accessProp(key) {
  return this[key];
}
var __toESMCache_node;
var __toESMCache_esm;
var __toESM = (mod, isNodeMode, target) => {
  var canCache = mod != null && typeof mod === "object";
  if (canCache) {
    var cache = isNodeMode ? __toESMCache_node ??= new WeakMap : __toESMCache_esm ??= new WeakMap;
    var cached = cache.get(mod);
    if (cached)
      return cached;
  }
  target = mod != null ? __create(__getProtoOf(mod)) : {};
  const to = isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", { value: mod, enumerable: true }) : target;
  if (mod && typeof mod === "object" || typeof mod === "function") {
    for (let key of __getOwnPropNames(mod))
      if (!__hasOwnProp.call(to, key))
        __defProp(to, key, {
          get: __accessProp.bind(mod, key),
          enumerable: true
        });
  }
  if (canCache)
    cache.set(mod, to);
  return to;
};
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
var __commonJS = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);
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

// node_modules/js-yaml/lib/js-yaml/common.js
var require_common = __commonJS(function(exports2, module2) {
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence))
      return sequence;
    else if (isNothing(sequence))
      return [];
    return [sequence];
  }
  function extend(target, source) {
    var index, length, key, sourceKeys;
    if (source) {
      sourceKeys = Object.keys(source);
      for (index = 0, length = sourceKeys.length;index < length; index += 1) {
        key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    var result = "", cycle;
    for (cycle = 0;cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  module2.exports.isNothing = isNothing;
  module2.exports.isObject = isObject;
  module2.exports.toArray = toArray;
  module2.exports.repeat = repeat;
  module2.exports.isNegativeZero = isNegativeZero;
  module2.exports.extend = extend;
});

// node_modules/js-yaml/lib/js-yaml/exception.js
var require_exception = __commonJS(function(exports2, module2) {
  function YAMLException(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = (this.reason || "(unknown reason)") + (this.mark ? " " + this.mark.toString() : "");
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException.prototype = Object.create(Error.prototype);
  YAMLException.prototype.constructor = YAMLException;
  YAMLException.prototype.toString = function toString(compact) {
    var result = this.name + ": ";
    result += this.reason || "(unknown reason)";
    if (!compact && this.mark) {
      result += " " + this.mark.toString();
    }
    return result;
  };
  module2.exports = YAMLException;
});

// node_modules/js-yaml/lib/js-yaml/mark.js
var require_mark = __commonJS(function(exports2, module2) {
  var common = require_common();
  function Mark(name, buffer, position, line, column) {
    this.name = name;
    this.buffer = buffer;
    this.position = position;
    this.line = line;
    this.column = column;
  }
  Mark.prototype.getSnippet = function getSnippet(indent, maxLength) {
    var head, start, tail, end, snippet;
    if (!this.buffer)
      return null;
    indent = indent || 4;
    maxLength = maxLength || 75;
    head = "";
    start = this.position;
    while (start > 0 && `\x00\r
\x85\u2028\u2029`.indexOf(this.buffer.charAt(start - 1)) === -1) {
      start -= 1;
      if (this.position - start > maxLength / 2 - 1) {
        head = " ... ";
        start += 5;
        break;
      }
    }
    tail = "";
    end = this.position;
    while (end < this.buffer.length && `\x00\r
\x85\u2028\u2029`.indexOf(this.buffer.charAt(end)) === -1) {
      end += 1;
      if (end - this.position > maxLength / 2 - 1) {
        tail = " ... ";
        end -= 5;
        break;
      }
    }
    snippet = this.buffer.slice(start, end);
    return common.repeat(" ", indent) + head + snippet + tail + `
` + common.repeat(" ", indent + this.position - start + head.length) + "^";
  };
  Mark.prototype.toString = function toString(compact) {
    var snippet, where = "";
    if (this.name) {
      where += 'in "' + this.name + '" ';
    }
    where += "at line " + (this.line + 1) + ", column " + (this.column + 1);
    if (!compact) {
      snippet = this.getSnippet();
      if (snippet) {
        where += `:
` + snippet;
      }
    }
    return where;
  };
  module2.exports = Mark;
});

// node_modules/js-yaml/lib/js-yaml/type.js
var require_type = __commonJS(function(exports2, module2) {
  var YAMLException = require_exception();
  var TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "defaultStyle",
    "styleAliases"
  ];
  var YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map) {
    var result = {};
    if (map !== null) {
      Object.keys(map).forEach(function(style) {
        map[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  module2.exports = Type;
});

// node_modules/js-yaml/lib/js-yaml/schema.js
var require_schema = __commonJS(function(exports2, module2) {
  var common = require_common();
  var YAMLException = require_exception();
  var Type = require_type();
  function compileList(schema, name, result) {
    var exclude = [];
    schema.include.forEach(function(includedSchema) {
      result = compileList(includedSchema, name, result);
    });
    schema[name].forEach(function(currentType) {
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind) {
          exclude.push(previousIndex);
        }
      });
      result.push(currentType);
    });
    return result.filter(function(type, index) {
      return exclude.indexOf(index) === -1;
    });
  }
  function compileMap() {
    var result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {}
    }, index, length;
    function collectType(type) {
      result[type.kind][type.tag] = result["fallback"][type.tag] = type;
    }
    for (index = 0, length = arguments.length;index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema(definition) {
    this.include = definition.include || [];
    this.implicit = definition.implicit || [];
    this.explicit = definition.explicit || [];
    this.implicit.forEach(function(type) {
      if (type.loadKind && type.loadKind !== "scalar") {
        throw new YAMLException("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
    });
    this.compiledImplicit = compileList(this, "implicit", []);
    this.compiledExplicit = compileList(this, "explicit", []);
    this.compiledTypeMap = compileMap(this.compiledImplicit, this.compiledExplicit);
  }
  Schema.DEFAULT = null;
  Schema.create = function createSchema() {
    var schemas, types;
    switch (arguments.length) {
      case 1:
        schemas = Schema.DEFAULT;
        types = arguments[0];
        break;
      case 2:
        schemas = arguments[0];
        types = arguments[1];
        break;
      default:
        throw new YAMLException("Wrong number of arguments for Schema.create function");
    }
    schemas = common.toArray(schemas);
    types = common.toArray(types);
    if (!schemas.every(function(schema) {
      return schema instanceof Schema;
    })) {
      throw new YAMLException("Specified list of super schemas (or a single Schema object) contains a non-Schema object.");
    }
    if (!types.every(function(type) {
      return type instanceof Type;
    })) {
      throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    }
    return new Schema({
      include: schemas,
      explicit: types
    });
  };
  module2.exports = Schema;
});

// node_modules/js-yaml/lib/js-yaml/type/str.js
var require_str = __commonJS(function(exports2, module2) {
  var Type = require_type();
  module2.exports = new Type("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
});

// node_modules/js-yaml/lib/js-yaml/type/seq.js
var require_seq = __commonJS(function(exports2, module2) {
  var Type = require_type();
  module2.exports = new Type("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
});

// node_modules/js-yaml/lib/js-yaml/type/map.js
var require_map = __commonJS(function(exports2, module2) {
  var Type = require_type();
  module2.exports = new Type("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
});

// node_modules/js-yaml/lib/js-yaml/schema/failsafe.js
var require_failsafe = __commonJS(function(exports2, module2) {
  var Schema = require_schema();
  module2.exports = new Schema({
    explicit: [
      require_str(),
      require_seq(),
      require_map()
    ]
  });
});

// node_modules/js-yaml/lib/js-yaml/type/null.js
var require_null = __commonJS(function(exports2, module2) {
  var Type = require_type();
  function resolveYamlNull(data) {
    if (data === null)
      return true;
    var max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  module2.exports = new Type("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      }
    },
    defaultStyle: "lowercase"
  });
});

// node_modules/js-yaml/lib/js-yaml/type/bool.js
var require_bool = __commonJS(function(exports2, module2) {
  var Type = require_type();
  function resolveYamlBoolean(data) {
    if (data === null)
      return false;
    var max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  module2.exports = new Type("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
});

// node_modules/js-yaml/lib/js-yaml/type/int.js
var require_int = __commonJS(function(exports2, module2) {
  var common = require_common();
  var Type = require_type();
  function isHexCode(c) {
    return 48 <= c && c <= 57 || 65 <= c && c <= 70 || 97 <= c && c <= 102;
  }
  function isOctCode(c) {
    return 48 <= c && c <= 55;
  }
  function isDecCode(c) {
    return 48 <= c && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null)
      return false;
    var max = data.length, index = 0, hasDigits = false, ch;
    if (!max)
      return false;
    ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max)
        return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (;index < max; index++) {
          ch = data[index];
          if (ch === "_")
            continue;
          if (ch !== "0" && ch !== "1")
            return false;
          hasDigits = true;
        }
        return hasDigits && ch !== "_";
      }
      if (ch === "x") {
        index++;
        for (;index < max; index++) {
          ch = data[index];
          if (ch === "_")
            continue;
          if (!isHexCode(data.charCodeAt(index)))
            return false;
          hasDigits = true;
        }
        return hasDigits && ch !== "_";
      }
      for (;index < max; index++) {
        ch = data[index];
        if (ch === "_")
          continue;
        if (!isOctCode(data.charCodeAt(index)))
          return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "_")
      return false;
    for (;index < max; index++) {
      ch = data[index];
      if (ch === "_")
        continue;
      if (ch === ":")
        break;
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits || ch === "_")
      return false;
    if (ch !== ":")
      return true;
    return /^(:[0-5]?[0-9])+$/.test(data.slice(index));
  }
  function constructYamlInteger(data) {
    var value = data, sign = 1, ch, base, digits = [];
    if (value.indexOf("_") !== -1) {
      value = value.replace(/_/g, "");
    }
    ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-")
        sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0")
      return 0;
    if (ch === "0") {
      if (value[1] === "b")
        return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x")
        return sign * parseInt(value, 16);
      return sign * parseInt(value, 8);
    }
    if (value.indexOf(":") !== -1) {
      value.split(":").forEach(function(v) {
        digits.unshift(parseInt(v, 10));
      });
      value = 0;
      base = 1;
      digits.forEach(function(d) {
        value += d * base;
        base *= 60;
      });
      return sign * value;
    }
    return sign * parseInt(value, 10);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common.isNegativeZero(object));
  }
  module2.exports = new Type("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0" + obj.toString(8) : "-0" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
});

// node_modules/js-yaml/lib/js-yaml/type/float.js
var require_float = __commonJS(function(exports2, module2) {
  var common = require_common();
  var Type = require_type();
  var YAML_FLOAT_PATTERN = new RegExp("^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?" + "|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?" + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*" + "|[-+]?\\.(?:inf|Inf|INF)" + "|\\.(?:nan|NaN|NAN))$");
  function resolveYamlFloat(data) {
    if (data === null)
      return false;
    if (!YAML_FLOAT_PATTERN.test(data) || data[data.length - 1] === "_") {
      return false;
    }
    return true;
  }
  function constructYamlFloat(data) {
    var value, sign, base, digits;
    value = data.replace(/_/g, "").toLowerCase();
    sign = value[0] === "-" ? -1 : 1;
    digits = [];
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    } else if (value.indexOf(":") >= 0) {
      value.split(":").forEach(function(v) {
        digits.unshift(parseFloat(v, 10));
      });
      value = 0;
      base = 1;
      digits.forEach(function(d) {
        value += d * base;
        base *= 60;
      });
      return sign * value;
    }
    return sign * parseFloat(value, 10);
  }
  var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    var res;
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common.isNegativeZero(object)) {
      return "-0.0";
    }
    res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
  }
  module2.exports = new Type("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
});

// node_modules/js-yaml/lib/js-yaml/schema/json.js
var require_json = __commonJS(function(exports2, module2) {
  var Schema = require_schema();
  module2.exports = new Schema({
    include: [
      require_failsafe()
    ],
    implicit: [
      require_null(),
      require_bool(),
      require_int(),
      require_float()
    ]
  });
});

// node_modules/js-yaml/lib/js-yaml/schema/core.js
var require_core = __commonJS(function(exports2, module2) {
  var Schema = require_schema();
  module2.exports = new Schema({
    include: [
      require_json()
    ]
  });
});

// node_modules/js-yaml/lib/js-yaml/type/timestamp.js
var require_timestamp = __commonJS(function(exports2, module2) {
  var Type = require_type();
  var YAML_DATE_REGEXP = new RegExp("^([0-9][0-9][0-9][0-9])" + "-([0-9][0-9])" + "-([0-9][0-9])$");
  var YAML_TIMESTAMP_REGEXP = new RegExp("^([0-9][0-9][0-9][0-9])" + "-([0-9][0-9]?)" + "-([0-9][0-9]?)" + "(?:[Tt]|[ \\t]+)" + "([0-9][0-9]?)" + ":([0-9][0-9])" + ":([0-9][0-9])" + "(?:\\.([0-9]*))?" + "(?:[ \\t]*(Z|([-+])([0-9][0-9]?)" + "(?::([0-9][0-9]))?))?$");
  function resolveYamlTimestamp(data) {
    if (data === null)
      return false;
    if (YAML_DATE_REGEXP.exec(data) !== null)
      return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null)
      return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    var match, year, month, day, hour, minute, second, fraction = 0, delta = null, tz_hour, tz_minute, date;
    match = YAML_DATE_REGEXP.exec(data);
    if (match === null)
      match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null)
      throw new Error("Date resolve error");
    year = +match[1];
    month = +match[2] - 1;
    day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    hour = +match[4];
    minute = +match[5];
    second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      tz_hour = +match[10];
      tz_minute = +(match[11] || 0);
      delta = (tz_hour * 60 + tz_minute) * 60000;
      if (match[9] === "-")
        delta = -delta;
    }
    date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta)
      date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  module2.exports = new Type("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
});

// node_modules/js-yaml/lib/js-yaml/type/merge.js
var require_merge = __commonJS(function(exports2, module2) {
  var Type = require_type();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  module2.exports = new Type("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
});

// node_modules/js-yaml/lib/js-yaml/type/binary.js
var require_binary = __commonJS(function(exports2, module2) {
  var NodeBuffer;
  try {
    _require = require;
    NodeBuffer = _require("buffer").Buffer;
  } catch (__) {}
  var _require;
  var Type = require_type();
  var BASE64_MAP = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;
  function resolveYamlBinary(data) {
    if (data === null)
      return false;
    var code, idx, bitlen = 0, max = data.length, map = BASE64_MAP;
    for (idx = 0;idx < max; idx++) {
      code = map.indexOf(data.charAt(idx));
      if (code > 64)
        continue;
      if (code < 0)
        return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    var idx, tailbits, input = data.replace(/[\r\n=]/g, ""), max = input.length, map = BASE64_MAP, bits = 0, result = [];
    for (idx = 0;idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map.indexOf(input.charAt(idx));
    }
    tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    if (NodeBuffer) {
      return NodeBuffer.from ? NodeBuffer.from(result) : new NodeBuffer(result);
    }
    return result;
  }
  function representYamlBinary(object) {
    var result = "", bits = 0, idx, tail, max = object.length, map = BASE64_MAP;
    for (idx = 0;idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map[bits >> 18 & 63];
        result += map[bits >> 12 & 63];
        result += map[bits >> 6 & 63];
        result += map[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    tail = max % 3;
    if (tail === 0) {
      result += map[bits >> 18 & 63];
      result += map[bits >> 12 & 63];
      result += map[bits >> 6 & 63];
      result += map[bits & 63];
    } else if (tail === 2) {
      result += map[bits >> 10 & 63];
      result += map[bits >> 4 & 63];
      result += map[bits << 2 & 63];
      result += map[64];
    } else if (tail === 1) {
      result += map[bits >> 2 & 63];
      result += map[bits << 4 & 63];
      result += map[64];
      result += map[64];
    }
    return result;
  }
  function isBinary(object) {
    return NodeBuffer && NodeBuffer.isBuffer(object);
  }
  module2.exports = new Type("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
});

// node_modules/js-yaml/lib/js-yaml/type/omap.js
var require_omap = __commonJS(function(exports2, module2) {
  var Type = require_type();
  var _hasOwnProperty = Object.prototype.hasOwnProperty;
  var _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null)
      return true;
    var objectKeys = {}, index, length, pair, pairKey, pairHasKey, object = data;
    for (index = 0, length = object.length;index < length; index += 1) {
      pair = object[index];
      pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]")
        return false;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey)
            pairHasKey = true;
          else
            return false;
        }
      }
      if (!pairHasKey)
        return false;
      if (_hasOwnProperty.call(objectKeys, pairKey))
        return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  module2.exports = new Type("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
});

// node_modules/js-yaml/lib/js-yaml/type/pairs.js
var require_pairs = __commonJS(function(exports2, module2) {
  var Type = require_type();
  var _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null)
      return true;
    var index, length, pair, keys, result, object = data;
    result = new Array(object.length);
    for (index = 0, length = object.length;index < length; index += 1) {
      pair = object[index];
      if (_toString.call(pair) !== "[object Object]")
        return false;
      keys = Object.keys(pair);
      if (keys.length !== 1)
        return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null)
      return [];
    var index, length, pair, keys, result, object = data;
    result = new Array(object.length);
    for (index = 0, length = object.length;index < length; index += 1) {
      pair = object[index];
      keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  module2.exports = new Type("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
});

// node_modules/js-yaml/lib/js-yaml/type/set.js
var require_set = __commonJS(function(exports2, module2) {
  var Type = require_type();
  var _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null)
      return true;
    var key, object = data;
    for (key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null)
          return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  module2.exports = new Type("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
});

// node_modules/js-yaml/lib/js-yaml/schema/default_safe.js
var require_default_safe = __commonJS(function(exports2, module2) {
  var Schema = require_schema();
  module2.exports = new Schema({
    include: [
      require_core()
    ],
    implicit: [
      require_timestamp(),
      require_merge()
    ],
    explicit: [
      require_binary(),
      require_omap(),
      require_pairs(),
      require_set()
    ]
  });
});

// node_modules/js-yaml/lib/js-yaml/type/js/undefined.js
var require_undefined = __commonJS(function(exports2, module2) {
  var Type = require_type();
  function resolveJavascriptUndefined() {
    return true;
  }
  function constructJavascriptUndefined() {
    return;
  }
  function representJavascriptUndefined() {
    return "";
  }
  function isUndefined(object) {
    return typeof object === "undefined";
  }
  module2.exports = new Type("tag:yaml.org,2002:js/undefined", {
    kind: "scalar",
    resolve: resolveJavascriptUndefined,
    construct: constructJavascriptUndefined,
    predicate: isUndefined,
    represent: representJavascriptUndefined
  });
});

// node_modules/js-yaml/lib/js-yaml/type/js/regexp.js
var require_regexp = __commonJS(function(exports2, module2) {
  var Type = require_type();
  function resolveJavascriptRegExp(data) {
    if (data === null)
      return false;
    if (data.length === 0)
      return false;
    var regexp = data, tail = /\/([gim]*)$/.exec(data), modifiers = "";
    if (regexp[0] === "/") {
      if (tail)
        modifiers = tail[1];
      if (modifiers.length > 3)
        return false;
      if (regexp[regexp.length - modifiers.length - 1] !== "/")
        return false;
    }
    return true;
  }
  function constructJavascriptRegExp(data) {
    var regexp = data, tail = /\/([gim]*)$/.exec(data), modifiers = "";
    if (regexp[0] === "/") {
      if (tail)
        modifiers = tail[1];
      regexp = regexp.slice(1, regexp.length - modifiers.length - 1);
    }
    return new RegExp(regexp, modifiers);
  }
  function representJavascriptRegExp(object) {
    var result = "/" + object.source + "/";
    if (object.global)
      result += "g";
    if (object.multiline)
      result += "m";
    if (object.ignoreCase)
      result += "i";
    return result;
  }
  function isRegExp(object) {
    return Object.prototype.toString.call(object) === "[object RegExp]";
  }
  module2.exports = new Type("tag:yaml.org,2002:js/regexp", {
    kind: "scalar",
    resolve: resolveJavascriptRegExp,
    construct: constructJavascriptRegExp,
    predicate: isRegExp,
    represent: representJavascriptRegExp
  });
});

// node_modules/js-yaml/lib/js-yaml/type/js/function.js
var require_function = __commonJS(function(exports2, module2) {
  var esprima;
  try {
    _require = require;
    esprima = _require("esprima");
  } catch (_) {
    if (typeof window !== "undefined")
      esprima = window.esprima;
  }
  var _require;
  var Type = require_type();
  function resolveJavascriptFunction(data) {
    if (data === null)
      return false;
    try {
      var source = "(" + data + ")", ast = esprima.parse(source, { range: true });
      if (ast.type !== "Program" || ast.body.length !== 1 || ast.body[0].type !== "ExpressionStatement" || ast.body[0].expression.type !== "ArrowFunctionExpression" && ast.body[0].expression.type !== "FunctionExpression") {
        return false;
      }
      return true;
    } catch (err) {
      return false;
    }
  }
  function constructJavascriptFunction(data) {
    var source = "(" + data + ")", ast = esprima.parse(source, { range: true }), params = [], body;
    if (ast.type !== "Program" || ast.body.length !== 1 || ast.body[0].type !== "ExpressionStatement" || ast.body[0].expression.type !== "ArrowFunctionExpression" && ast.body[0].expression.type !== "FunctionExpression") {
      throw new Error("Failed to resolve function");
    }
    ast.body[0].expression.params.forEach(function(param) {
      params.push(param.name);
    });
    body = ast.body[0].expression.body.range;
    if (ast.body[0].expression.body.type === "BlockStatement") {
      return new Function(params, source.slice(body[0] + 1, body[1] - 1));
    }
    return new Function(params, "return " + source.slice(body[0], body[1]));
  }
  function representJavascriptFunction(object) {
    return object.toString();
  }
  function isFunction(object) {
    return Object.prototype.toString.call(object) === "[object Function]";
  }
  module2.exports = new Type("tag:yaml.org,2002:js/function", {
    kind: "scalar",
    resolve: resolveJavascriptFunction,
    construct: constructJavascriptFunction,
    predicate: isFunction,
    represent: representJavascriptFunction
  });
});

// node_modules/js-yaml/lib/js-yaml/schema/default_full.js
var require_default_full = __commonJS(function(exports2, module2) {
  var Schema = require_schema();
  module2.exports = Schema.DEFAULT = new Schema({
    include: [
      require_default_safe()
    ],
    explicit: [
      require_undefined(),
      require_regexp(),
      require_function()
    ]
  });
});

// node_modules/js-yaml/lib/js-yaml/loader.js
var require_loader = __commonJS(function(exports2, module2) {
  var common = require_common();
  var YAMLException = require_exception();
  var Mark = require_mark();
  var DEFAULT_SAFE_SCHEMA = require_default_safe();
  var DEFAULT_FULL_SCHEMA = require_default_full();
  var _hasOwnProperty = Object.prototype.hasOwnProperty;
  var CONTEXT_FLOW_IN = 1;
  var CONTEXT_FLOW_OUT = 2;
  var CONTEXT_BLOCK_IN = 3;
  var CONTEXT_BLOCK_OUT = 4;
  var CHOMPING_CLIP = 1;
  var CHOMPING_STRIP = 2;
  var CHOMPING_KEEP = 3;
  var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  var PATTERN_FLOW_INDICATORS = /[,\[\]\{\}]/;
  var PATTERN_TAG_HANDLE = /^(?:!|!!|![a-z\-]+!)$/i;
  var PATTERN_TAG_URI = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function is_EOL(c) {
    return c === 10 || c === 13;
  }
  function is_WHITE_SPACE(c) {
    return c === 9 || c === 32;
  }
  function is_WS_OR_EOL(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function is_FLOW_INDICATOR(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    var lc;
    if (48 <= c && c <= 57) {
      return c - 48;
    }
    lc = c | 32;
    if (97 <= lc && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (48 <= c && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    return c === 48 ? "\x00" : c === 97 ? "\x07" : c === 98 ? "\b" : c === 116 ? "\t" : c === 9 ? "\t" : c === 110 ? `
` : c === 118 ? "\v" : c === 102 ? "\f" : c === 114 ? "\r" : c === 101 ? "\x1B" : c === 32 ? " " : c === 34 ? '"' : c === 47 ? "/" : c === 92 ? "\\" : c === 78 ? "\x85" : c === 95 ? "\xA0" : c === 76 ? "\u2028" : c === 80 ? "\u2029" : "";
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  var simpleEscapeCheck = new Array(256);
  var simpleEscapeMap = new Array(256);
  for (i = 0;i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  var i;
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_FULL_SCHEMA;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.totalMergeKeys = 0;
    this.documents = [];
  }
  function generateError(state, message) {
    return new YAMLException(message, new Mark(state.filename, state.input, state.position, state.line, state.position - state.lineStart));
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  var directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      var match, major, minor;
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      major = parseInt(match[1], 10);
      minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      var handle, prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    var _position, _length, _character, _result;
    if (start < end) {
      _result = state.input.slice(start, end);
      if (checkJson) {
        for (_position = 0, _length = _result.length;_position < _length; _position += 1) {
          _character = _result.charCodeAt(_position);
          if (!(_character === 9 || 32 <= _character && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys += 1;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    var sourceKeys, key, index, quantity;
    if (!common.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    sourceKeys = Object.keys(source);
    for (index = 0, quantity = sourceKeys.length;index < quantity; index += 1) {
      key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startPos) {
    var index, quantity;
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (index = 0, quantity = keyNode.length;index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (index = 0, quantity = valueNode.length;index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    var ch;
    ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    var lineBreaks = 0, ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (is_WHITE_SPACE(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (is_EOL(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    var _position = state.position, ch;
    ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || is_WS_OR_EOL(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common.repeat(`
`, count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    var preceding, following, captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, { kind: _kind, result: _result } = state, ch;
    ch = state.input.charCodeAt(state.position);
    if (is_WS_OR_EOL(ch) || is_FLOW_INDICATOR(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        following = state.input.charCodeAt(state.position + 1);
        if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
          break;
        }
      } else if (ch === 35) {
        preceding = state.input.charCodeAt(state.position - 1);
        if (is_WS_OR_EOL(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && is_FLOW_INDICATOR(ch)) {
        break;
      } else if (is_EOL(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!is_WHITE_SPACE(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    var ch, captureStart, captureEnd;
    ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (is_EOL(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        captureEnd = state.position;
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    var captureStart, captureEnd, hexLength, hexResult, tmp, ch;
    ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (is_EOL(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          hexLength = tmp;
          hexResult = 0;
          for (;hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (is_EOL(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        captureEnd = state.position;
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    var readNext = true, _line, _tag = state.tag, _result, _anchor = state.anchor, following, terminator, isPair, isExplicitPair, isMapping, overridableKeys = {}, keyNode, keyTag, valueNode, ch;
    ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      state.anchorMap[state.anchor] = _result;
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        following = state.input.charCodeAt(state.position + 1);
        if (is_WS_OR_EOL(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    var captureStart, folding, chomping = CHOMPING_CLIP, didReadContent = false, detectedIndent = false, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = false, tmp, ch;
    ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (is_WHITE_SPACE(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (is_WHITE_SPACE(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!is_EOL(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (is_EOL(ch)) {
        emptyLines++;
        continue;
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += `
`;
          }
        }
        break;
      }
      if (folding) {
        if (is_WHITE_SPACE(ch)) {
          atMoreIndented = true;
          state.result += common.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common.repeat(`
`, emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common.repeat(`
`, emptyLines);
        }
      } else {
        state.result += common.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      captureStart = state.position;
      while (!is_EOL(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    var _line, { tag: _tag, anchor: _anchor } = state, _result = [], following, detected = false, ch;
    if (state.anchor !== null) {
      state.anchorMap[state.anchor] = _result;
    }
    ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (ch !== 45) {
        break;
      }
      following = state.input.charCodeAt(state.position + 1);
      if (!is_WS_OR_EOL(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    var following, allowCompact, _line, _pos, { tag: _tag, anchor: _anchor } = state, _result = {}, overridableKeys = {}, keyTag = null, keyNode = null, valueNode = null, atExplicitKey = false, detected = false, ch;
    if (state.anchor !== null) {
      state.anchorMap[state.anchor] = _result;
    }
    ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      following = state.input.charCodeAt(state.position + 1);
      _line = state.line;
      _pos = state.position;
      if ((ch === 63 || ch === 58) && is_WS_OR_EOL(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else if (composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (is_WHITE_SPACE(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!is_WS_OR_EOL(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      } else {
        break;
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _pos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if (state.lineIndent > nodeIndent && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    var _position, isVerbatim = false, isNamed = false, tagHandle, tagName, ch;
    ch = state.input.charCodeAt(state.position);
    if (ch !== 33)
      return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !is_WS_OR_EOL(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    var _position, ch;
    ch = state.input.charCodeAt(state.position);
    if (ch !== 38)
      return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    _position = state.position;
    while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    var _position, alias, ch;
    ch = state.input.charCodeAt(state.position);
    if (ch !== 42)
      return false;
    ch = state.input.charCodeAt(++state.position);
    _position = state.position;
    while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    var allowBlockStyles, allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = false, hasContent = false, typeIndex, typeQuantity, type, flowIndent, blockIndent;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (readTagProperty(state) || readAnchorProperty(state)) {
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            state.anchorMap[state.anchor] = state.result;
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag !== null && state.tag !== "!") {
      if (state.tag === "?") {
        if (state.result !== null && state.kind !== "scalar") {
          throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
        }
        for (typeIndex = 0, typeQuantity = state.implicitTypes.length;typeIndex < typeQuantity; typeIndex += 1) {
          type = state.implicitTypes[typeIndex];
          if (type.resolve(state.result)) {
            state.result = type.construct(state.result);
            state.tag = type.tag;
            if (state.anchor !== null) {
              state.anchorMap[state.anchor] = state.result;
            }
            break;
          }
        }
      } else if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type = state.typeMap[state.kind || "fallback"][state.tag];
        if (state.result !== null && type.kind !== state.kind) {
          throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type.kind + '", not "' + state.kind + '"');
        }
        if (!type.resolve(state.result)) {
          throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
        } else {
          state.result = type.construct(state.result);
          if (state.anchor !== null) {
            state.anchorMap[state.anchor] = state.result;
          }
        }
      } else {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    var documentStart = state.position, _position, directiveName, directiveArgs, hasDirectives = false, ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = {};
    state.anchorMap = {};
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      _position = state.position;
      while (ch !== 0 && !is_WS_OR_EOL(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      directiveName = state.input.slice(_position, state.position);
      directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (is_WHITE_SPACE(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !is_EOL(ch));
          break;
        }
        if (is_EOL(ch))
          break;
        _position = state.position;
        while (ch !== 0 && !is_WS_OR_EOL(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0)
        readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    } else {
      return;
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += `
`;
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    var state = new State(input, options);
    var nullpos = input.indexOf("\x00");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\x00";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    var documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (var index = 0, length = documents.length;index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load(input, options) {
    var documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException("expected a single document in the stream, but found more");
  }
  function safeLoadAll(input, iterator, options) {
    if (typeof iterator === "object" && iterator !== null && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    return loadAll(input, iterator, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options));
  }
  function safeLoad(input, options) {
    return load(input, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options));
  }
  module2.exports.loadAll = loadAll;
  module2.exports.load = load;
  module2.exports.safeLoadAll = safeLoadAll;
  module2.exports.safeLoad = safeLoad;
});

// node_modules/js-yaml/lib/js-yaml/dumper.js
var require_dumper = __commonJS(function(exports2, module2) {
  var common = require_common();
  var YAMLException = require_exception();
  var DEFAULT_FULL_SCHEMA = require_default_full();
  var DEFAULT_SAFE_SCHEMA = require_default_safe();
  var _toString = Object.prototype.toString;
  var _hasOwnProperty = Object.prototype.hasOwnProperty;
  var CHAR_TAB = 9;
  var CHAR_LINE_FEED = 10;
  var CHAR_CARRIAGE_RETURN = 13;
  var CHAR_SPACE = 32;
  var CHAR_EXCLAMATION = 33;
  var CHAR_DOUBLE_QUOTE = 34;
  var CHAR_SHARP = 35;
  var CHAR_PERCENT = 37;
  var CHAR_AMPERSAND = 38;
  var CHAR_SINGLE_QUOTE = 39;
  var CHAR_ASTERISK = 42;
  var CHAR_COMMA = 44;
  var CHAR_MINUS = 45;
  var CHAR_COLON = 58;
  var CHAR_EQUALS = 61;
  var CHAR_GREATER_THAN = 62;
  var CHAR_QUESTION = 63;
  var CHAR_COMMERCIAL_AT = 64;
  var CHAR_LEFT_SQUARE_BRACKET = 91;
  var CHAR_RIGHT_SQUARE_BRACKET = 93;
  var CHAR_GRAVE_ACCENT = 96;
  var CHAR_LEFT_CURLY_BRACKET = 123;
  var CHAR_VERTICAL_LINE = 124;
  var CHAR_RIGHT_CURLY_BRACKET = 125;
  var ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = "\\\"";
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  var DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  function compileStyleMap(schema, map) {
    var result, keys, index, length, tag, style, type;
    if (map === null)
      return {};
    result = {};
    keys = Object.keys(map);
    for (index = 0, length = keys.length;index < length; index += 1) {
      tag = keys[index];
      style = String(map[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      type = schema.compiledTypeMap["fallback"][tag];
      if (type && _hasOwnProperty.call(type.styleAliases, style)) {
        style = type.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    var string, handle, length;
    string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common.repeat("0", length - string.length) + string;
  }
  function State(options) {
    this.schema = options["schema"] || DEFAULT_FULL_SCHEMA;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    var ind = common.repeat(" ", spaces), position = 0, next = -1, result = "", line, length = string.length;
    while (position < length) {
      next = string.indexOf(`
`, position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== `
`)
        result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return `
` + common.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str) {
    var index, length, type;
    for (index = 0, length = state.implicitTypes.length;index < length; index += 1) {
      type = state.implicitTypes[index];
      if (type.resolve(str)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return 32 <= c && c <= 126 || 161 <= c && c <= 55295 && c !== 8232 && c !== 8233 || 57344 <= c && c <= 65533 && c !== 65279 || 65536 <= c && c <= 1114111;
  }
  function isNsChar(c) {
    return isPrintable(c) && !isWhitespace(c) && c !== 65279 && c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev) {
    return isPrintable(c) && c !== 65279 && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && c !== CHAR_COLON && (c !== CHAR_SHARP || prev && isNsChar(prev));
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== 65279 && !isWhitespace(c) && c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function needIndentIndicator(string) {
    var leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  var STYLE_PLAIN = 1;
  var STYLE_SINGLE = 2;
  var STYLE_LITERAL = 3;
  var STYLE_FOLDED = 4;
  var STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType) {
    var i;
    var char, prev_char;
    var hasLineBreak = false;
    var hasFoldableLine = false;
    var shouldTrackWidth = lineWidth !== -1;
    var previousLineBreak = -1;
    var plain = isPlainSafeFirst(string.charCodeAt(0)) && !isWhitespace(string.charCodeAt(string.length - 1));
    if (singleLineOnly) {
      for (i = 0;i < string.length; i++) {
        char = string.charCodeAt(i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        prev_char = i > 0 ? string.charCodeAt(i - 1) : null;
        plain = plain && isPlainSafe(char, prev_char);
      }
    } else {
      for (i = 0;i < string.length; i++) {
        char = string.charCodeAt(i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        prev_char = i > 0 ? string.charCodeAt(i - 1) : null;
        plain = plain && isPlainSafe(char, prev_char);
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      return plain && !testAmbiguousType(string) ? STYLE_PLAIN : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  function writeScalar(state, string, level, iskey) {
    state.dump = function() {
      if (string.length === 0) {
        return "''";
      }
      if (!state.noCompatMode && DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1) {
        return "'" + string + "'";
      }
      var indent = state.indent * Math.max(1, level);
      var lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      var singleLineOnly = iskey || state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string) {
        return testImplicitResolving(state, string);
      }
      switch (chooseScalarStyle(string, singleLineOnly, state.indent, lineWidth, testAmbiguity)) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string, lineWidth) + '"';
        default:
          throw new YAMLException("impossible error: invalid scalar style");
      }
    }();
  }
  function blockHeader(string, indentPerLevel) {
    var indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    var clip = string[string.length - 1] === `
`;
    var keep = clip && (string[string.length - 2] === `
` || string === `
`);
    var chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + `
`;
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === `
` ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    var lineRe = /(\n+)([^\n]*)/g;
    var result = function() {
      var nextLF = string.indexOf(`
`);
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    }();
    var prevMoreIndented = string[0] === `
` || string[0] === " ";
    var moreIndented;
    var match;
    while (match = lineRe.exec(string)) {
      var prefix = match[1], line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? `
` : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ")
      return line;
    var breakRe = / [^ ]/g;
    var match;
    var start = 0, end, curr = 0, next = 0;
    var result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += `
` + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += `
`;
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + `
` + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    var result = "";
    var char, nextChar;
    var escapeSeq;
    for (var i = 0;i < string.length; i++) {
      char = string.charCodeAt(i);
      if (char >= 55296 && char <= 56319) {
        nextChar = string.charCodeAt(i + 1);
        if (nextChar >= 56320 && nextChar <= 57343) {
          result += encodeHex((char - 55296) * 1024 + nextChar - 56320 + 65536);
          i++;
          continue;
        }
      }
      escapeSeq = ESCAPE_SEQUENCES[char];
      result += !escapeSeq && isPrintable(char) ? string[i] : escapeSeq || encodeHex(char);
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    var _result = "", _tag = state.tag, index, length;
    for (index = 0, length = object.length;index < length; index += 1) {
      if (writeNode(state, level, object[index], false, false)) {
        if (index !== 0)
          _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    var _result = "", _tag = state.tag, index, length;
    for (index = 0, length = object.length;index < length; index += 1) {
      if (writeNode(state, level + 1, object[index], true, true)) {
        if (!compact || index !== 0) {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, pairBuffer;
    for (index = 0, length = objectKeyList.length;index < length; index += 1) {
      pairBuffer = "";
      if (index !== 0)
        pairBuffer += ", ";
      if (state.condenseFlow)
        pairBuffer += '"';
      objectKey = objectKeyList[index];
      objectValue = object[objectKey];
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024)
        pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, explicitPair, pairBuffer;
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException("sortKeys must be a boolean or a function");
    }
    for (index = 0, length = objectKeyList.length;index < length; index += 1) {
      pairBuffer = "";
      if (!compact || index !== 0) {
        pairBuffer += generateNextLine(state, level);
      }
      objectKey = objectKeyList[index];
      objectValue = object[objectKey];
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    var _result, typeList, index, length, type, style;
    typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (index = 0, length = typeList.length;index < length; index += 1) {
      type = typeList[index];
      if ((type.instanceOf || type.predicate) && (!type.instanceOf || typeof object === "object" && object instanceof type.instanceOf) && (!type.predicate || type.predicate(object))) {
        state.tag = explicit ? type.tag : "?";
        if (type.represent) {
          style = state.styleMap[type.tag] || type.defaultStyle;
          if (_toString.call(type.represent) === "[object Function]") {
            _result = type.represent(object, style);
          } else if (_hasOwnProperty.call(type.represent, style)) {
            _result = type.represent[style](object, style);
          } else {
            throw new YAMLException("!<" + type.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    var type = _toString.call(state.dump);
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    var objectOrArray = type === "[object Object]" || type === "[object Array]", duplicateIndex, duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type === "[object Array]") {
        var arrayLevel = state.noArrayIndent && level > 0 ? level - 1 : level;
        if (block && state.dump.length !== 0) {
          writeBlockSequence(state, arrayLevel, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, arrayLevel, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey);
        }
      } else {
        if (state.skipInvalid)
          return false;
        throw new YAMLException("unacceptable kind of an object to dump " + type);
      }
      if (state.tag !== null && state.tag !== "?") {
        state.dump = "!<" + state.tag + "> " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    var objects = [], duplicatesIndexes = [], index, length;
    inspectNode(object, objects, duplicatesIndexes);
    for (index = 0, length = duplicatesIndexes.length;index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    var objectKeyList, index, length;
    if (object !== null && typeof object === "object") {
      index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (index = 0, length = object.length;index < length; index += 1) {
            inspectNode(object[index], objects, duplicatesIndexes);
          }
        } else {
          objectKeyList = Object.keys(object);
          for (index = 0, length = objectKeyList.length;index < length; index += 1) {
            inspectNode(object[objectKeyList[index]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump(input, options) {
    options = options || {};
    var state = new State(options);
    if (!state.noRefs)
      getDuplicateReferences(input, state);
    if (writeNode(state, 0, input, true, true))
      return state.dump + `
`;
    return "";
  }
  function safeDump(input, options) {
    return dump(input, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options));
  }
  module2.exports.dump = dump;
  module2.exports.safeDump = safeDump;
});

// node_modules/js-yaml/lib/js-yaml.js
var require_js_yaml = __commonJS(function(exports2, module2) {
  var loader = require_loader();
  var dumper = require_dumper();
  function deprecated(name) {
    return function() {
      throw new Error("Function " + name + " is deprecated and cannot be used.");
    };
  }
  module2.exports.Type = require_type();
  module2.exports.Schema = require_schema();
  module2.exports.FAILSAFE_SCHEMA = require_failsafe();
  module2.exports.JSON_SCHEMA = require_json();
  module2.exports.CORE_SCHEMA = require_core();
  module2.exports.DEFAULT_SAFE_SCHEMA = require_default_safe();
  module2.exports.DEFAULT_FULL_SCHEMA = require_default_full();
  module2.exports.load = loader.load;
  module2.exports.loadAll = loader.loadAll;
  module2.exports.safeLoad = loader.safeLoad;
  module2.exports.safeLoadAll = loader.safeLoadAll;
  module2.exports.dump = dumper.dump;
  module2.exports.safeDump = dumper.safeDump;
  module2.exports.YAMLException = require_exception();
  module2.exports.MINIMAL_SCHEMA = require_failsafe();
  module2.exports.SAFE_SCHEMA = require_default_safe();
  module2.exports.DEFAULT_SCHEMA = require_default_full();
  module2.exports.scan = deprecated("scan");
  module2.exports.parse = deprecated("parse");
  module2.exports.compose = deprecated("compose");
  module2.exports.addConstructor = deprecated("addConstructor");
});

// node_modules/js-yaml/index.js
var require_js_yaml2 = __commonJS(function(exports2, module2) {
  var yaml = require_js_yaml();
  module2.exports = yaml;
});

// node_modules/slugify/slugify.js
var require_slugify = __commonJS(function(exports2, module2) {
  (function(name, root, factory) {
    if (typeof exports2 === "object") {
      module2.exports = factory();
      module2.exports["default"] = factory();
    } else if (typeof define === "function" && define.amd) {
      define(factory);
    } else {
      root[name] = factory();
    }
  })("slugify", exports2, function() {
    var charMap = JSON.parse('{"$":"dollar","%":"percent","&":"and","<":"less",">":"greater","|":"or","\xA2":"cent","\xA3":"pound","\xA4":"currency","\xA5":"yen","\xA9":"(c)","\xAA":"a","\xAE":"(r)","\xBA":"o","\xC0":"A","\xC1":"A","\xC2":"A","\xC3":"A","\xC4":"A","\xC5":"A","\xC6":"AE","\xC7":"C","\xC8":"E","\xC9":"E","\xCA":"E","\xCB":"E","\xCC":"I","\xCD":"I","\xCE":"I","\xCF":"I","\xD0":"D","\xD1":"N","\xD2":"O","\xD3":"O","\xD4":"O","\xD5":"O","\xD6":"O","\xD8":"O","\xD9":"U","\xDA":"U","\xDB":"U","\xDC":"U","\xDD":"Y","\xDE":"TH","\xDF":"ss","\xE0":"a","\xE1":"a","\xE2":"a","\xE3":"a","\xE4":"a","\xE5":"a","\xE6":"ae","\xE7":"c","\xE8":"e","\xE9":"e","\xEA":"e","\xEB":"e","\xEC":"i","\xED":"i","\xEE":"i","\xEF":"i","\xF0":"d","\xF1":"n","\xF2":"o","\xF3":"o","\xF4":"o","\xF5":"o","\xF6":"o","\xF8":"o","\xF9":"u","\xFA":"u","\xFB":"u","\xFC":"u","\xFD":"y","\xFE":"th","\xFF":"y","\u0100":"A","\u0101":"a","\u0102":"A","\u0103":"a","\u0104":"A","\u0105":"a","\u0106":"C","\u0107":"c","\u010C":"C","\u010D":"c","\u010E":"D","\u010F":"d","\u0110":"DJ","\u0111":"dj","\u0112":"E","\u0113":"e","\u0116":"E","\u0117":"e","\u0118":"e","\u0119":"e","\u011A":"E","\u011B":"e","\u011E":"G","\u011F":"g","\u0122":"G","\u0123":"g","\u0128":"I","\u0129":"i","\u012A":"i","\u012B":"i","\u012E":"I","\u012F":"i","\u0130":"I","\u0131":"i","\u0136":"k","\u0137":"k","\u013B":"L","\u013C":"l","\u013D":"L","\u013E":"l","\u0141":"L","\u0142":"l","\u0143":"N","\u0144":"n","\u0145":"N","\u0146":"n","\u0147":"N","\u0148":"n","\u014C":"O","\u014D":"o","\u0150":"O","\u0151":"o","\u0152":"OE","\u0153":"oe","\u0154":"R","\u0155":"r","\u0158":"R","\u0159":"r","\u015A":"S","\u015B":"s","\u015E":"S","\u015F":"s","\u0160":"S","\u0161":"s","\u0162":"T","\u0163":"t","\u0164":"T","\u0165":"t","\u0168":"U","\u0169":"u","\u016A":"u","\u016B":"u","\u016E":"U","\u016F":"u","\u0170":"U","\u0171":"u","\u0172":"U","\u0173":"u","\u0174":"W","\u0175":"w","\u0176":"Y","\u0177":"y","\u0178":"Y","\u0179":"Z","\u017A":"z","\u017B":"Z","\u017C":"z","\u017D":"Z","\u017E":"z","\u018F":"E","\u0192":"f","\u01A0":"O","\u01A1":"o","\u01AF":"U","\u01B0":"u","\u01C8":"LJ","\u01C9":"lj","\u01CB":"NJ","\u01CC":"nj","\u0218":"S","\u0219":"s","\u021A":"T","\u021B":"t","\u0259":"e","\u02DA":"o","\u0386":"A","\u0388":"E","\u0389":"H","\u038A":"I","\u038C":"O","\u038E":"Y","\u038F":"W","\u0390":"i","\u0391":"A","\u0392":"B","\u0393":"G","\u0394":"D","\u0395":"E","\u0396":"Z","\u0397":"H","\u0398":"8","\u0399":"I","\u039A":"K","\u039B":"L","\u039C":"M","\u039D":"N","\u039E":"3","\u039F":"O","\u03A0":"P","\u03A1":"R","\u03A3":"S","\u03A4":"T","\u03A5":"Y","\u03A6":"F","\u03A7":"X","\u03A8":"PS","\u03A9":"W","\u03AA":"I","\u03AB":"Y","\u03AC":"a","\u03AD":"e","\u03AE":"h","\u03AF":"i","\u03B0":"y","\u03B1":"a","\u03B2":"b","\u03B3":"g","\u03B4":"d","\u03B5":"e","\u03B6":"z","\u03B7":"h","\u03B8":"8","\u03B9":"i","\u03BA":"k","\u03BB":"l","\u03BC":"m","\u03BD":"n","\u03BE":"3","\u03BF":"o","\u03C0":"p","\u03C1":"r","\u03C2":"s","\u03C3":"s","\u03C4":"t","\u03C5":"y","\u03C6":"f","\u03C7":"x","\u03C8":"ps","\u03C9":"w","\u03CA":"i","\u03CB":"y","\u03CC":"o","\u03CD":"y","\u03CE":"w","\u0401":"Yo","\u0402":"DJ","\u0404":"Ye","\u0406":"I","\u0407":"Yi","\u0408":"J","\u0409":"LJ","\u040A":"NJ","\u040B":"C","\u040F":"DZ","\u0410":"A","\u0411":"B","\u0412":"V","\u0413":"G","\u0414":"D","\u0415":"E","\u0416":"Zh","\u0417":"Z","\u0418":"I","\u0419":"J","\u041A":"K","\u041B":"L","\u041C":"M","\u041D":"N","\u041E":"O","\u041F":"P","\u0420":"R","\u0421":"S","\u0422":"T","\u0423":"U","\u0424":"F","\u0425":"H","\u0426":"C","\u0427":"Ch","\u0428":"Sh","\u0429":"Sh","\u042A":"U","\u042B":"Y","\u042C":"","\u042D":"E","\u042E":"Yu","\u042F":"Ya","\u0430":"a","\u0431":"b","\u0432":"v","\u0433":"g","\u0434":"d","\u0435":"e","\u0436":"zh","\u0437":"z","\u0438":"i","\u0439":"j","\u043A":"k","\u043B":"l","\u043C":"m","\u043D":"n","\u043E":"o","\u043F":"p","\u0440":"r","\u0441":"s","\u0442":"t","\u0443":"u","\u0444":"f","\u0445":"h","\u0446":"c","\u0447":"ch","\u0448":"sh","\u0449":"sh","\u044A":"u","\u044B":"y","\u044C":"","\u044D":"e","\u044E":"yu","\u044F":"ya","\u0451":"yo","\u0452":"dj","\u0454":"ye","\u0456":"i","\u0457":"yi","\u0458":"j","\u0459":"lj","\u045A":"nj","\u045B":"c","\u045D":"u","\u045F":"dz","\u0490":"G","\u0491":"g","\u0492":"GH","\u0493":"gh","\u049A":"KH","\u049B":"kh","\u04A2":"NG","\u04A3":"ng","\u04AE":"UE","\u04AF":"ue","\u04B0":"U","\u04B1":"u","\u04BA":"H","\u04BB":"h","\u04D8":"AE","\u04D9":"ae","\u04E8":"OE","\u04E9":"oe","\u0531":"A","\u0532":"B","\u0533":"G","\u0534":"D","\u0535":"E","\u0536":"Z","\u0537":"E\'","\u0538":"Y\'","\u0539":"T\'","\u053A":"JH","\u053B":"I","\u053C":"L","\u053D":"X","\u053E":"C\'","\u053F":"K","\u0540":"H","\u0541":"D\'","\u0542":"GH","\u0543":"TW","\u0544":"M","\u0545":"Y","\u0546":"N","\u0547":"SH","\u0549":"CH","\u054A":"P","\u054B":"J","\u054C":"R\'","\u054D":"S","\u054E":"V","\u054F":"T","\u0550":"R","\u0551":"C","\u0553":"P\'","\u0554":"Q\'","\u0555":"O\'\'","\u0556":"F","\u0587":"EV","\u0621":"a","\u0622":"aa","\u0623":"a","\u0624":"u","\u0625":"i","\u0626":"e","\u0627":"a","\u0628":"b","\u0629":"h","\u062A":"t","\u062B":"th","\u062C":"j","\u062D":"h","\u062E":"kh","\u062F":"d","\u0630":"th","\u0631":"r","\u0632":"z","\u0633":"s","\u0634":"sh","\u0635":"s","\u0636":"dh","\u0637":"t","\u0638":"z","\u0639":"a","\u063A":"gh","\u0641":"f","\u0642":"q","\u0643":"k","\u0644":"l","\u0645":"m","\u0646":"n","\u0647":"h","\u0648":"w","\u0649":"a","\u064A":"y","\u064B":"an","\u064C":"on","\u064D":"en","\u064E":"a","\u064F":"u","\u0650":"e","\u0652":"","\u0660":"0","\u0661":"1","\u0662":"2","\u0663":"3","\u0664":"4","\u0665":"5","\u0666":"6","\u0667":"7","\u0668":"8","\u0669":"9","\u067E":"p","\u0686":"ch","\u0698":"zh","\u06A9":"k","\u06AF":"g","\u06CC":"y","\u06F0":"0","\u06F1":"1","\u06F2":"2","\u06F3":"3","\u06F4":"4","\u06F5":"5","\u06F6":"6","\u06F7":"7","\u06F8":"8","\u06F9":"9","\u0E3F":"baht","\u10D0":"a","\u10D1":"b","\u10D2":"g","\u10D3":"d","\u10D4":"e","\u10D5":"v","\u10D6":"z","\u10D7":"t","\u10D8":"i","\u10D9":"k","\u10DA":"l","\u10DB":"m","\u10DC":"n","\u10DD":"o","\u10DE":"p","\u10DF":"zh","\u10E0":"r","\u10E1":"s","\u10E2":"t","\u10E3":"u","\u10E4":"f","\u10E5":"k","\u10E6":"gh","\u10E7":"q","\u10E8":"sh","\u10E9":"ch","\u10EA":"ts","\u10EB":"dz","\u10EC":"ts","\u10ED":"ch","\u10EE":"kh","\u10EF":"j","\u10F0":"h","\u1E62":"S","\u1E63":"s","\u1E80":"W","\u1E81":"w","\u1E82":"W","\u1E83":"w","\u1E84":"W","\u1E85":"w","\u1E9E":"SS","\u1EA0":"A","\u1EA1":"a","\u1EA2":"A","\u1EA3":"a","\u1EA4":"A","\u1EA5":"a","\u1EA6":"A","\u1EA7":"a","\u1EA8":"A","\u1EA9":"a","\u1EAA":"A","\u1EAB":"a","\u1EAC":"A","\u1EAD":"a","\u1EAE":"A","\u1EAF":"a","\u1EB0":"A","\u1EB1":"a","\u1EB2":"A","\u1EB3":"a","\u1EB4":"A","\u1EB5":"a","\u1EB6":"A","\u1EB7":"a","\u1EB8":"E","\u1EB9":"e","\u1EBA":"E","\u1EBB":"e","\u1EBC":"E","\u1EBD":"e","\u1EBE":"E","\u1EBF":"e","\u1EC0":"E","\u1EC1":"e","\u1EC2":"E","\u1EC3":"e","\u1EC4":"E","\u1EC5":"e","\u1EC6":"E","\u1EC7":"e","\u1EC8":"I","\u1EC9":"i","\u1ECA":"I","\u1ECB":"i","\u1ECC":"O","\u1ECD":"o","\u1ECE":"O","\u1ECF":"o","\u1ED0":"O","\u1ED1":"o","\u1ED2":"O","\u1ED3":"o","\u1ED4":"O","\u1ED5":"o","\u1ED6":"O","\u1ED7":"o","\u1ED8":"O","\u1ED9":"o","\u1EDA":"O","\u1EDB":"o","\u1EDC":"O","\u1EDD":"o","\u1EDE":"O","\u1EDF":"o","\u1EE0":"O","\u1EE1":"o","\u1EE2":"O","\u1EE3":"o","\u1EE4":"U","\u1EE5":"u","\u1EE6":"U","\u1EE7":"u","\u1EE8":"U","\u1EE9":"u","\u1EEA":"U","\u1EEB":"u","\u1EEC":"U","\u1EED":"u","\u1EEE":"U","\u1EEF":"u","\u1EF0":"U","\u1EF1":"u","\u1EF2":"Y","\u1EF3":"y","\u1EF4":"Y","\u1EF5":"y","\u1EF6":"Y","\u1EF7":"y","\u1EF8":"Y","\u1EF9":"y","\u2013":"-","\u2018":"\'","\u2019":"\'","\u201C":"\\"","\u201D":"\\"","\u201E":"\\"","\u2020":"+","\u2022":"*","\u2026":"...","\u20A0":"ecu","\u20A2":"cruzeiro","\u20A3":"french franc","\u20A4":"lira","\u20A5":"mill","\u20A6":"naira","\u20A7":"peseta","\u20A8":"rupee","\u20A9":"won","\u20AA":"new shequel","\u20AB":"dong","\u20AC":"euro","\u20AD":"kip","\u20AE":"tugrik","\u20AF":"drachma","\u20B0":"penny","\u20B1":"peso","\u20B2":"guarani","\u20B3":"austral","\u20B4":"hryvnia","\u20B5":"cedi","\u20B8":"kazakhstani tenge","\u20B9":"indian rupee","\u20BA":"turkish lira","\u20BD":"russian ruble","\u20BF":"bitcoin","\u2120":"sm","\u2122":"tm","\u2202":"d","\u2206":"delta","\u2211":"sum","\u221E":"infinity","\u2665":"love","\u5143":"yuan","\u5186":"yen","\uFDFC":"rial","\uFEF5":"laa","\uFEF7":"laa","\uFEF9":"lai","\uFEFB":"la"}');
    var locales = JSON.parse('{"bg":{"\u0419":"Y","\u0426":"Ts","\u0429":"Sht","\u042A":"A","\u042C":"Y","\u0439":"y","\u0446":"ts","\u0449":"sht","\u044A":"a","\u044C":"y"},"de":{"\xC4":"AE","\xE4":"ae","\xD6":"OE","\xF6":"oe","\xDC":"UE","\xFC":"ue","\xDF":"ss","%":"prozent","&":"und","|":"oder","\u2211":"summe","\u221E":"unendlich","\u2665":"liebe"},"es":{"%":"por ciento","&":"y","<":"menor que",">":"mayor que","|":"o","\xA2":"centavos","\xA3":"libras","\xA4":"moneda","\u20A3":"francos","\u2211":"suma","\u221E":"infinito","\u2665":"amor"},"fr":{"%":"pourcent","&":"et","<":"plus petit",">":"plus grand","|":"ou","\xA2":"centime","\xA3":"livre","\xA4":"devise","\u20A3":"franc","\u2211":"somme","\u221E":"infini","\u2665":"amour"},"pt":{"%":"porcento","&":"e","<":"menor",">":"maior","|":"ou","\xA2":"centavo","\u2211":"soma","\xA3":"libra","\u221E":"infinito","\u2665":"amor"},"uk":{"\u0418":"Y","\u0438":"y","\u0419":"Y","\u0439":"y","\u0426":"Ts","\u0446":"ts","\u0425":"Kh","\u0445":"kh","\u0429":"Shch","\u0449":"shch","\u0413":"H","\u0433":"h"},"vi":{"\u0110":"D","\u0111":"d"},"da":{"\xD8":"OE","\xF8":"oe","\xC5":"AA","\xE5":"aa","%":"procent","&":"og","|":"eller","$":"dollar","<":"mindre end",">":"st\xF8rre end"},"nb":{"&":"og","\xC5":"AA","\xC6":"AE","\xD8":"OE","\xE5":"aa","\xE6":"ae","\xF8":"oe"},"it":{"&":"e"},"nl":{"&":"en"},"sv":{"&":"och","\xC5":"AA","\xC4":"AE","\xD6":"OE","\xE5":"aa","\xE4":"ae","\xF6":"oe"}}');
    function replace(string, options) {
      if (typeof string !== "string") {
        throw new Error("slugify: string argument expected");
      }
      options = typeof options === "string" ? { replacement: options } : options || {};
      var locale = locales[options.locale] || {};
      var replacement = options.replacement === undefined ? "-" : options.replacement;
      var trim = options.trim === undefined ? true : options.trim;
      var slug = string.normalize().split("").reduce(function(result, ch) {
        var appendChar = locale[ch];
        if (appendChar === undefined)
          appendChar = charMap[ch];
        if (appendChar === undefined)
          appendChar = ch;
        if (appendChar === replacement)
          appendChar = " ";
        return result + appendChar.replace(options.remove || /[^\w\s$*_+~.()'"!\-:@]+/g, "");
      }, "");
      if (options.strict) {
        slug = slug.replace(/[^A-Za-z0-9\s]/g, "");
      }
      if (trim) {
        slug = slug.trim();
      }
      slug = slug.replace(/\s+/g, replacement);
      if (options.lower) {
        slug = slug.toLowerCase();
      }
      return slug;
    }
    replace.extend = function(customMap) {
      Object.assign(charMap, customMap);
    };
    return replace;
  });
});

// .claude/skills/session/lib/commands/cleanup.ts
var exports_cleanup = {};
__export(exports_cleanup, {
  default: () => cleanup_default
});
module.exports = __toCommonJS(exports_cleanup);

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

class NotFoundError extends UsageError {
}

class ConflictError extends SessionError {
  exitCode = 3;
}
class CorruptStateError extends SessionError {
  path;
  reason;
  detail;
  exitCode = 4;
  constructor(path, reason, detail, hint = "Run `session doctor` to inspect it; the file is kept as it is.") {
    super(`${path}: ${detail}`, hint);
    this.path = path;
    this.reason = reason;
    this.detail = detail;
  }
}
function tooLarge(path, limit) {
  return new CorruptStateError(path, "too-large", `is larger than ${limit / 1024 / 1024} MiB, more than this tool ever writes`);
}

// .claude/skills/session/lib/core/clock.ts
function formatTimestamp(date) {
  return `${date.toISOString().slice(0, 19)}Z`;
}
var INSTANT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d{1,3})?Z$/;
function clockFrom(env) {
  const fixed = env.SESSION_NOW;
  if (fixed === undefined || fixed === "")
    return () => new Date;
  const time = parseInstant(fixed);
  if (time === undefined) {
    throw new UsageError(`SESSION_NOW is not a UTC instant: ${JSON.stringify(fixed)}`, "Use YYYY-MM-DDTHH:MM:SSZ, e.g. SESSION_NOW=2025-01-29T15:00:00Z");
  }
  return () => new Date(time);
}
function parseInstant(text) {
  const m = INSTANT.exec(text);
  if (!m)
    return;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const time = Date.UTC(year, month - 1, day, hour, minute, second, m[7] ? Number(m[7].slice(1).padEnd(3, "0")) : 0);
  const back = new Date(time);
  const same = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  return same ? time : undefined;
}

// .claude/skills/session/lib/core/text.ts
function withoutBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// .claude/skills/session/lib/core/duration.ts
var DURATION_UNITS = [
  ["w", "week", 7 * 86400],
  ["d", "day", 86400],
  ["h", "hour", 3600],
  ["m", "minute", 60],
  ["s", "second", 1]
];
function split(ms) {
  let rest = Math.max(0, Math.round(ms / 1000));
  return DURATION_UNITS.slice(1).map(([letter, word, size]) => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return { letter, word, n };
  });
}
function formatDuration(ms) {
  const parts = split(ms);
  const first = parts.findIndex((p, i) => p.n > 0 || i === parts.length - 1);
  return parts.slice(first, first + 2).map((p) => `${p.n}${p.letter}`).join(" ");
}

// .claude/skills/session/lib/core/limits.ts
var MAX_DEPTH = 64;
var MAX_FILE_DEPTH = MAX_DEPTH + 6;
var MAX_STATE_BYTES = 1024 * 1024;
var MAX_STATE_READ_BYTES = 2 * MAX_STATE_BYTES;
var MAX_ARCHIVE_BYTES = 8 * 1024 * 1024;
var MAX_READ_BYTES = MAX_ARCHIVE_BYTES;

// .claude/skills/session/lib/core/json-input.ts
function jsonTextDeeperThan(text, limit) {
  return text.length > limit && jsonTextDepth(text, limit) > limit;
}
function jsonTextDepth(text, limit) {
  let depth = 0;
  let deepest = 0;
  for (const [bracket] of text.replace(/"(?:[^"\\]|\\.)*"?/g, "").matchAll(/[[\]{}]/g)) {
    if (bracket === "{" || bracket === "[") {
      if (++depth > limit)
        return depth;
      if (depth > deepest)
        deepest = depth;
    } else
      depth--;
  }
  return deepest;
}
function valueDeeperThan(value, limit) {
  let level = [value];
  for (let depth = 1;level.length > 0; depth++) {
    const next = [];
    for (const item of level)
      if (typeof item === "object" && item !== null)
        for (const child of Object.values(item))
          next.push(child);
    if (next.length === 0)
      return false;
    if (depth >= limit && next.some((item) => typeof item === "object" && item !== null))
      return true;
    level = next;
  }
  return false;
}

// .claude/skills/session/lib/core/names.ts
function sameStep(a, b) {
  return a === b || a !== undefined && b !== undefined && stepKey(a) === stepKey(b);
}
function stepKey(step) {
  return step.normalize("NFC");
}
function fileStem(name) {
  return name.replaceAll(":", "+");
}
function nameFromStem(stem) {
  return stem.replaceAll("+", ":");
}
function nameFromFile(path) {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  return name.endsWith(".json") ? nameFromStem(name.slice(0, -".json".length)) : name.replace(/\.md$/, "");
}
function caseKey(name) {
  return fileStem(name).toLowerCase();
}
function* numbered(path, extension = "") {
  const ext = extension && path.endsWith(extension) ? extension : "";
  const stem = path.slice(0, path.length - ext.length);
  yield path;
  for (let n = 2;n < 1e4; n++)
    yield `${stem}-${n}${ext}`;
}

// .claude/skills/session/lib/core/parse.ts
function parseDuration(text) {
  const parts = [...text.matchAll(/(\d+)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text) {
    throw new UsageError(`invalid duration ${JSON.stringify(text)}`, "Use a number and a unit: 90s, 45m, 12h, 30d, 2w.");
  }
  const seconds = (letter) => DURATION_UNITS.find(([unit]) => unit === letter)?.[2] ?? 0;
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * seconds(unit) * 1000, 0);
}
function envMilliseconds(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === "")
    return fallback;
  if (!/^\d{1,9}$/.test(raw))
    throw new UsageError(`${name} must be a whole number of milliseconds, not ${JSON.stringify(raw)}`);
  return Number(raw);
}

// .claude/skills/session/lib/fs/failpoints.ts
var armed;
var diskLeft = 0;
var cut = false;
function armFailpoint(spec) {
  const [name = "", arg] = spec ? spec.split(":") : [];
  armed = spec ? { name, stop: arg === "stop" } : undefined;
  diskLeft = name === "disk-full" ? Number(arg ?? 4096) : 0;
}
function failpoint(name) {
  if (armed?.name === name)
    process.kill(process.pid, armed.stop ? "SIGSTOP" : "SIGKILL");
}
function writeAllowance(wanted) {
  if (armed?.name === "short-write")
    return Math.max(1, Math.ceil(wanted / 2));
  if (armed?.name === "mid-write") {
    if (cut) {
      cut = false;
      failpoint("mid-write");
      return wanted;
    }
    cut = wanted > 1;
    return Math.ceil(wanted / 2);
  }
  if (armed?.name !== "disk-full")
    return wanted;
  if (diskLeft <= 0)
    throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  const allowed = Math.min(wanted, diskLeft);
  diskLeft -= allowed;
  return allowed;
}

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
function findRoot(cwd, env) {
  if (env.SESSION_ROOT)
    return resolve(cwd, env.SESSION_ROOT);
  for (let dir = resolve(cwd);; dir = dirname(dir)) {
    if (MARKERS.some((marker) => holds(dir, marker)))
      return dir;
    if (dirname(dir) === dir)
      return resolve(cwd);
  }
}
function holds(dir, marker) {
  try {
    for (const _ of marker.scanSync({ cwd: dir, onlyFiles: false, dot: true, followSymlinks: false }))
      return true;
  } catch {}
  return false;
}
function statePaths(root) {
  const sessions = join(root, "ia", "state", "sessions");
  return { root, sessions, archives: join(sessions, "archives") };
}
function relativePath(paths, path) {
  return relative(paths.root, path) || path;
}

// .claude/skills/session/lib/core/hash.ts
function sha256(data) {
  return new Bun.CryptoHasher("sha256").update(data).digest("hex");
}

// .claude/skills/session/lib/fs/files.ts
var nodeFs = () => require("fs");
var fs = nodeFs;
async function readFile(path) {
  let bytes;
  try {
    bytes = await Bun.file(path).slice(0, MAX_READ_BYTES + 1).bytes();
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR")
      return;
    throw ioError("read", path, error);
  }
  if (bytes.length > MAX_READ_BYTES)
    throw tooLarge(path, MAX_READ_BYTES);
  return new TextDecoder().decode(bytes);
}
function exists(path) {
  return fs().existsSync(path);
}
function tempPathFor(path) {
  const nonce = Math.floor(Math.random() * 36 ** 6).toString(36);
  return join(dirname(path), `.${basename(path)}.${process.pid}.${nonce}.tmp`);
}
function writeTemp(path, text) {
  const { closeSync, fsyncSync, openSync } = fs();
  const temp = tempPathFor(path);
  let fd;
  try {
    fd = openSync(temp, "wx", 420);
    writeAll(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    failpoint("after-temp-write");
    return temp;
  } catch (error) {
    if (fd !== undefined)
      closeSync(fd);
    removeQuietly(temp);
    throw ioError("write", path, error);
  }
}
function writeAll(fd, data) {
  const { writeSync } = fs();
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let done = 0;
  while (done < bytes.length) {
    const wrote = writeSync(fd, bytes, done, writeAllowance(bytes.length - done));
    if (wrote <= 0)
      throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
    done += wrote;
  }
}
function writeFileNew(candidates, text, beforeCommit, point = "after-replace") {
  let temp;
  try {
    for (const path of candidates) {
      temp ??= writeTemp(path, text);
      beforeCommit?.();
      try {
        fs().linkSync(temp, path);
        failpoint(point);
        return path;
      } catch (error) {
        if (errorCode(error) !== "EEXIST")
          throw ioError("write", path, error);
      }
    }
    throw new SessionError("no free file name left for the archive");
  } finally {
    if (temp)
      removeQuietly(temp);
  }
}
function removeFile(path) {
  try {
    fs().unlinkSync(path);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT")
      return false;
    throw ioError("remove", path, error);
  }
}
function removeQuietly(path) {
  try {
    fs().unlinkSync(path);
  } catch {}
}
function ensureDir(path) {
  try {
    fs().mkdirSync(path, { recursive: true });
  } catch (error) {
    throw ioError("create", path, error);
  }
}
function copyVerified(from, to) {
  const { readFileSync } = fs();
  let bytes;
  try {
    bytes = readFileSync(from);
  } catch (error) {
    throw ioError("move", from, error);
  }
  writeFileNew([to], bytes);
  let copy;
  try {
    copy = readFileSync(to);
  } catch {}
  if (copy === undefined || copy.length !== bytes.length || sha256(copy) !== sha256(bytes)) {
    removeQuietly(to);
    throw new SessionError(`cannot move ${from} to ${to}: the copy does not match the original (size or SHA-256); the original is kept`);
  }
}
function moveFileNew(from, candidates) {
  const { existsSync, linkSync } = fs();
  for (const to of candidates) {
    if (existsSync(to))
      continue;
    try {
      linkSync(from, to);
    } catch (error) {
      const code = errorCode(error);
      if (code === "EEXIST")
        continue;
      if (code !== "EXDEV")
        throw ioError("move", from, error);
      copyVerified(from, to);
    }
    removeFile(from);
    return to;
  }
  throw new SessionError(`no free file name to move ${from} to`);
}
function errorCode(error) {
  return error?.code;
}
function ioError(verb, path, error) {
  if (error instanceof SessionError)
    return error;
  const code = errorCode(error);
  const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOSPC" ? "no space left on the device" : code === "EROFS" ? "the file system is read-only" : error.message ?? String(error);
  return new SessionError(`cannot ${verb} ${path}: ${reason}`);
}

// .claude/skills/session/lib/git/config.ts
function configValue(text, section, subsection, key) {
  let inside = false;
  let found;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (header) {
      inside = header[1].toLowerCase() === section && header[2] === subsection;
      continue;
    }
    const entry = /^([A-Za-z][A-Za-z0-9-]*)\s*=\s*(.*)$/.exec(line);
    if (inside && entry && entry[1].toLowerCase() === key)
      found = unquote(entry[2]);
  }
  return found;
}
function unquote(value) {
  let out = "";
  let quoted = false;
  for (let i = 0;i < value.length; i++) {
    const c = value[i];
    if (c === "\\" && i + 1 < value.length)
      out += value[++i];
    else if (c === '"')
      quoted = !quoted;
    else if (!quoted && (c === "#" || c === ";"))
      break;
    else
      out += c;
  }
  return out.trim();
}

// .claude/skills/session/lib/git/actor.ts
var MAX_ACTOR = 100;
function actorFrom(env, root) {
  const name = env.SESSION_ACTOR || userName(join(root, ".git", "config")) || (env.XDG_CONFIG_HOME ? userName(join(env.XDG_CONFIG_HOME, "git", "config")) : undefined) || (env.HOME ? userName(join(env.HOME, ".gitconfig")) || userName(join(env.HOME, ".config", "git", "config")) : undefined) || env.USER || undefined;
  return name?.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ").trim().slice(0, MAX_ACTOR) || undefined;
}
function userName(path) {
  let text;
  try {
    const { readFileSync, statSync } = nodeFs();
    if (statSync(path).size > 64 * 1024)
      return;
    text = readFileSync(path, "utf8");
  } catch {
    return;
  }
  return parseUserName(text);
}
function parseUserName(text) {
  return configValue(text, "user", undefined, "name") || undefined;
}

// .claude/skills/session/lib/format/conflict.ts
var CONFLICT_MARKER = /^(<{7} |={7}\r?$|>{7} )/m;
function conflictSides(text) {
  const ours = [];
  const theirs = [];
  let section = "both";
  for (const line of text.split(`
`)) {
    if (line.startsWith("<<<<<<<")) {
      if (section !== "both")
        return;
      section = "ours";
    } else if (line.startsWith("|||||||") && section === "ours")
      section = "base";
    else if (/^={7}\r?$/.test(line) && (section === "ours" || section === "base"))
      section = "theirs";
    else if (line.startsWith(">>>>>>>")) {
      if (section !== "theirs")
        return;
      section = "both";
    } else {
      if (section === "both" || section === "ours")
        ours.push(line);
      if (section === "both" || section === "theirs")
        theirs.push(line);
    }
  }
  return section === "both" ? { ours: ours.join(`
`), theirs: theirs.join(`
`) } : undefined;
}

// .claude/skills/session/lib/format/archive-head.ts
var HEAD_LINE = /^(workflow|id|type|status|step|started_at|updated_at|ended_at): ("(?:[^"\\]|\\.)*")$/;
function readArchiveHead(text) {
  const head = {};
  text = withoutBom(text);
  const open = text.startsWith(`---
`) ? 4 : text.startsWith(`---\r
`) ? 5 : 0;
  if (open === 0)
    return head;
  const end = text.indexOf(`
---`, 3);
  const front = text.slice(open, end === -1 ? undefined : end);
  if (CONFLICT_MARKER.test(front))
    head.conflicted = true;
  for (const row of front.split(`
`)) {
    const line = row.endsWith("\r") ? row.slice(0, -1) : row;
    const match = HEAD_LINE.exec(line);
    if (match)
      head[match[1]] = JSON.parse(match[2]);
  }
  return head;
}

// .claude/skills/session/lib/format/archive-timeline.ts
var TIMELINE_HEADING = "## Timeline (machine-readable)";
var TIMELINE_INFO = "jsonl session-events";
var UNSAFE_IN_LINE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
function renderTimelineBlock(events) {
  const lines = events.map((event) => JSON.stringify(event).replace(UNSAFE_IN_LINE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
  return [
    TIMELINE_HEADING,
    "",
    "Every event of the session, one JSON object a line: with the frontmatter, what `session` reads back.",
    "",
    `\`\`\`${TIMELINE_INFO}`,
    ...lines,
    "```",
    ""
  ].join(`
`);
}

class TimelineBlockError extends Error {
  reason;
  constructor(message, reason = "broken-timeline") {
    super(message);
    this.reason = reason;
  }
}
var FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function timelineLines(body) {
  let open;
  let lines;
  let closed = false;
  for (const raw of body.split(`
`)) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const fence = FENCE.exec(line);
    if (open) {
      if (fence && fence[1]?.[0] === open.char && (fence[1]?.length ?? 0) >= open.length && !fence[2]?.trim()) {
        if (open.ours)
          closed = true;
        open = undefined;
      } else if (open.ours)
        lines?.push(line);
      continue;
    }
    if (!fence)
      continue;
    const marker = fence[1];
    const info = (fence[2] ?? "").trim();
    if (marker[0] === "`" && info.includes("`"))
      continue;
    const ours = info === TIMELINE_INFO;
    if (ours) {
      if (lines)
        throw new TimelineBlockError("holds two timeline blocks");
      lines = [];
    }
    open = { char: marker[0], length: marker.length, ours };
  }
  if (lines && !closed)
    throw new TimelineBlockError("has a timeline block that never ends (the file is cut short)");
  return lines?.filter((line) => line.trim() !== "");
}
function timelineEvents(body) {
  return timelineLines(body)?.map((line, i) => {
    if (jsonTextDeeperThan(line, MAX_FILE_DEPTH))
      throw new TimelineBlockError(`has timeline event ${i + 1} nested more than ${MAX_FILE_DEPTH} levels deep`, "too-deep");
    try {
      return JSON.parse(line);
    } catch {
      throw new TimelineBlockError(`has a timeline block whose line ${i + 1} is not JSON`);
    }
  });
}

// .claude/skills/session/lib/core/json.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// .claude/skills/session/lib/core/generated/keys.js
var SESSION_KEYS = ["workflow", "id", "type", "status", "started_at", "updated_at", "step", "steps", "step_done", "skipped", "plan", "needs", "branches", "context", "errors", "usage", "vars", "spec", "continued_from", "artifacts", "gates", "waiting", "events", "history", "rev"];
var ARCHIVE_KEYS = ["workflow", "id", "type", "status", "started_at", "updated_at", "ended_at", "step", "steps", "step_done", "skipped", "plan", "needs", "branches", "context", "errors", "usage", "vars", "spec", "continued_from", "artifacts", "gates", "waiting", "events", "history", "rev", "notes"];

// .claude/skills/session/lib/core/generated/validate-session.js
var validateSession = validate20;
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

// .claude/skills/session/lib/core/validate.ts
function check(validator, value) {
  if (validator(value))
    return { ok: true, value };
  const [error] = validator.errors ?? [];
  const where = error?.instancePath.slice(1).replaceAll("/", ".") || "(top level)";
  const allowed = error?.params.allowedValues;
  return { ok: false, problem: `${where}: ${error?.message ?? "invalid"}${allowed ? ` (${allowed.join(", ")})` : ""}` };
}
function checkSession(value) {
  return check(validateSession, value);
}
function orderKeys(value, order = SESSION_KEYS) {
  const rank = (key) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => rank(a) - rank(b));
  const result = {};
  for (const [key, v] of entries)
    setOwn(result, key, v);
  return result;
}

// .claude/skills/session/lib/format/state-file.ts
function parseSession(text, path) {
  if (text.length > MAX_STATE_READ_BYTES)
    throw tooLarge(path, MAX_STATE_READ_BYTES);
  const depth = jsonTextDepth(text, MAX_FILE_DEPTH);
  if (depth > MAX_FILE_DEPTH)
    throw tooDeep(path);
  let value;
  try {
    value = JSON.parse(withoutBom(text));
  } catch (error) {
    if (CONFLICT_MARKER.test(text)) {
      const twins = conflictingSessions(text, path);
      if (twins && twins.ours.id !== twins.theirs.id) {
        const { ours, theirs } = twins;
        throw new CorruptStateError(path, "conflict-markers", `holds two different sessions started under the name ${ours.workflow} on two branches (ids ` + `${ours.id} and ${theirs.id}), between git conflict markers`, `Keep both: \`session rename ${ours.workflow} NEW_NAME --id ${theirs.id}\` moves that one to ` + `NEW_NAME and leaves the other as ${ours.workflow}; then commit both files.`);
      }
      throw new CorruptStateError(path, "conflict-markers", "holds git conflict markers", "Resolve the conflict by hand, or register the session merge driver (`session doctor --fix`) and merge " + "again; then run `session doctor`.");
    }
    throw new CorruptStateError(path, "invalid-json", `is not valid JSON (${error.message})`);
  }
  if (depth > MAX_DEPTH + 1)
    checkStoredDepth(value, path);
  const checked = checkSession(value);
  if (!checked.ok)
    throw new CorruptStateError(path, "invalid-state", `is not a valid session: ${checked.problem}`);
  return checked.value;
}
function conflictingSessions(text, path) {
  const sides = conflictSides(text);
  if (!sides || CONFLICT_MARKER.test(sides.ours) || CONFLICT_MARKER.test(sides.theirs))
    return;
  try {
    return { ours: parseSession(sides.ours, `${path} (ours)`), theirs: parseSession(sides.theirs, `${path} (theirs)`) };
  } catch {
    return;
  }
}
function checkStoredDepth(value, path) {
  if (!isJsonObject(value))
    return;
  const contexts = [value.context, value.vars];
  if (Array.isArray(value.events)) {
    for (const event of value.events)
      if (isJsonObject(event))
        contexts.push(event.patch, event.context, isJsonObject(event.state) ? event.state.context : undefined);
  }
  if (contexts.some((context) => valueDeeperThan(context, MAX_DEPTH)))
    throw tooDeep(path);
}
function tooDeep(path) {
  return new CorruptStateError(path, "too-deep", `is nested more than ${MAX_DEPTH} levels deep, more than this tool ever writes`);
}

// .claude/skills/session/lib/fs/safe-read.ts
var fs2 = nodeFs;
function readText(path) {
  const { closeSync, constants, fstatSync, openSync, readFileSync } = fs2();
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR")
      return;
    if (code === "ELOOP")
      throw symlinked(path);
    throw ioError("read", path, error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw notRegular(path);
    if (stat.size > MAX_READ_BYTES)
      throw tooLarge(path, MAX_READ_BYTES);
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
function firstNonFolder(root, folders) {
  for (const rel of folders) {
    const path = join(root, rel);
    const stat = fs2().lstatSync(path, { throwIfNoEntry: false });
    if (stat === undefined)
      return;
    if (!stat.isDirectory())
      return path;
  }
  return;
}
function checkFolders(root, folders) {
  const bad = firstNonFolder(root, folders);
  if (bad === undefined)
    return;
  const link = isSymlink(bad);
  throw new CorruptStateError(bad, link ? "symlink" : "not-a-folder", link ? "is a symbolic link; the state folders must be real folders inside the project" : "is not a folder", "Nothing was read or written through it. Run `session doctor` for the details.");
}
function realPath(path) {
  try {
    return fs2().realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}
function isDirectoryOrAbsent(path) {
  try {
    return fs2().statSync(path).isDirectory();
  } catch (error) {
    return errorCode(error) === "ENOENT";
  }
}
function isSymlink(path) {
  try {
    return fs2().lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function symlinked(path) {
  return new CorruptStateError(path, "symlink", "is a symbolic link; state files must be regular files inside the project");
}
function notRegular(path) {
  return new CorruptStateError(path, "not-a-file", "is not a regular file (a folder, a FIFO or a device)");
}
function listEntries(dir, pattern) {
  return scanEntries(dir, pattern, true);
}
function scanEntries(dir, pattern, withFiles) {
  const suffix = /^\*[^*?[\]{}\\]*$/.test(pattern) ? pattern.slice(1) : undefined;
  const glob = suffix === undefined ? new Bun.Glob(pattern) : undefined;
  const dotOk = pattern.startsWith(".");
  let entries;
  try {
    entries = fs2().readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR")
      return [];
    throw ioError("list", dir, error);
  }
  const names = [];
  const notFiles = new Map;
  for (const entry of entries) {
    const name = entry.name;
    if (!dotOk && name.startsWith("."))
      continue;
    if (!(suffix === undefined ? glob?.match(name) : name.endsWith(suffix)))
      continue;
    const file = entry.isFile();
    if (withFiles || !file)
      names.push(name);
    if (!file)
      notFiles.set(name, entry.isSymbolicLink() ? "symlink" : entry.isDirectory() ? "folder" : "other");
  }
  return names.sort().map((name) => ({ name, kind: notFiles.get(name) ?? "file" }));
}
function listFiles(dir, pattern, regularOnly = false) {
  return listEntries(dir, pattern).filter((entry) => !regularOnly || entry.kind === "file").map((entry) => entry.name);
}

// .claude/skills/session/lib/core/merge-patch.ts
function mergePatch(target, patch) {
  if (!isJsonObject(patch))
    return patch;
  const result = {};
  if (isJsonObject(target))
    for (const [key, value] of Object.entries(target))
      setOwn(result, key, value);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null)
      delete result[key];
    else
      setOwn(result, key, mergePatch(result[key], value));
  }
  return result;
}

// .claude/skills/session/lib/core/timeline.ts
function applyEvents(state, events) {
  if (events.length === 0)
    return state;
  const timeline = [...state.events ?? []];
  let next = state;
  for (const event of events) {
    next = change(next, event, timeline);
    timeline.push(event);
  }
  return { ...next, events: timeline };
}
function change(state, event, before) {
  const next = { ...state, updated_at: event.at };
  if (event.rev !== undefined)
    next.rev = event.rev;
  switch (event.kind) {
    case "start":
      Object.assign(next, {
        workflow: event.workflow,
        id: event.id,
        type: event.type ?? "workflow",
        status: "running"
      });
      Object.assign(next, { started_at: event.at, steps: [], context: {} });
      if (event.vars)
        next.vars = event.vars;
      if (event.spec)
        next.spec = event.spec;
      if (event.continued_from)
        next.continued_from = event.continued_from;
      if (event.gates)
        next.gates = event.gates;
      break;
    case "fork":
      for (const [key, value] of Object.entries(event.state ?? {}))
        setOwn(next, key, value);
      break;
    case "enter":
      next.step = event.step;
      next.steps = [
        ...lastEntries(state.steps ?? []).filter((step) => !sameStep(step, event.step)),
        event.step
      ];
      next.step_done = undefined;
      next.context = changedContext(state.context, event);
      if (state.needs)
        next.branches = markBranch(state.branches, event.step, "running");
      break;
    case "update":
      next.context = changedContext(state.context, event);
      break;
    case "done":
      if (!state.needs || sameStep(event.step, state.step))
        next.step_done = true;
      if (state.needs)
        next.branches = markBranch(state.branches, event.step, "done");
      break;
    case "error":
      next.errors = [...state.errors ?? [], { step: event.step, message: event.note ?? "", at: event.at }];
      if (!state.needs || !state.waiting || sameStep(event.step, state.waiting.step)) {
        delete next.waiting;
        next.status = "failed";
      }
      if (state.needs)
        next.branches = markBranch(state.branches, event.step, "failed");
      break;
    case "status":
      next.status = event.status;
      break;
    case "plan":
      next.plan = event.plan;
      if (event.needs)
        next.needs = event.needs;
      else {
        delete next.needs;
        delete next.branches;
      }
      break;
    case "usage":
      next.usage = addCounters(state.usage ?? {}, event.usage ?? {});
      break;
    case "artifacts":
      next.artifacts = [...new Set([...state.artifacts ?? [], ...event.artifacts ?? []])];
      break;
    case "save":
      delete next.waiting;
      Object.assign(next, { status: event.status, ended_at: event.at });
      if (event.note !== undefined)
        next.notes = event.note;
      break;
    case "resume":
      next.status = "running";
      delete next.ended_at;
      delete next.notes;
      break;
    case "skip":
      if (!state.needs || sameStep(event.step, state.step))
        next.step_done = true;
      next.skipped = [...state.skipped ?? [], event.step];
      next.status = "running";
      if (state.needs)
        next.branches = markBranch(state.branches, event.step, "skipped");
      break;
    case "replay": {
      const restored = event.state ?? replayedState(state, fold(before.slice(0, (event.index ?? 0) + 1)));
      Object.assign(next, { step: restored.step, steps: restored.steps, context: restored.context, status: "running" });
      next.step_done = undefined;
      next.skipped = restored.skipped;
      if (state.needs)
        next.branches = restored.branches ?? {};
      break;
    }
    case "spec":
      next.spec = event.spec;
      break;
    case "merge":
      break;
    case "rename":
      next.workflow = event.workflow;
      break;
    case "var":
      next.vars = { ...state.vars, ...event.vars };
      break;
    case "await":
      next.status = "waiting";
      next.waiting = {
        step: event.step,
        question: event.note ?? "",
        at: event.at,
        ...event.eid !== undefined && { gate: event.eid }
      };
      break;
    case "approve":
      delete next.waiting;
      next.status = Object.values(state.branches ?? {}).includes("failed") ? "failed" : "running";
      break;
    case "reject":
      delete next.waiting;
      next.errors = [...state.errors ?? [], { step: event.step, message: event.note ?? "", at: event.at }];
      next.status = "failed";
      break;
    case "edit":
      for (const [key, value] of Object.entries(event.state ?? {}))
        setOwn(next, key, value);
      for (const key of event.removed ?? [])
        delete next[key];
      break;
  }
  return next;
}
function replayedState(current, past) {
  const restored = { steps: past.steps ?? [], context: past.context ?? {} };
  if (past.step !== undefined)
    restored.step = past.step;
  const skipped = current.skipped?.filter((step) => past.steps?.slice(0, -1).some((done) => sameStep(done, step)));
  if (skipped?.length)
    restored.skipped = skipped;
  if (current.needs)
    restored.branches = past.branches ?? {};
  return restored;
}
function markBranch(branches, step, state) {
  const marked = {};
  for (const [key, value] of Object.entries(branches ?? {}))
    setOwn(marked, key, value);
  if (step !== undefined)
    setOwn(marked, Object.keys(marked).find((key) => sameStep(key, step)) ?? step, state);
  return marked;
}
function fold(events) {
  return applyEvents({}, events);
}
function changedContext(context, event) {
  if (event.context)
    return event.context;
  if (event.patch)
    return mergePatch(context ?? {}, event.patch);
  return context ?? {};
}
function addCounters(a, b) {
  const sum = {};
  for (const [key, value] of Object.entries(a))
    setOwn(sum, key, value);
  for (const [key, value] of Object.entries(b))
    setOwn(sum, key, (Object.hasOwn(sum, key) ? sum[key] : 0) + value);
  return sum;
}
var WRITE_FIELDS = new Set(["events", "history", "rev", "updated_at"]);
function lastEntries(steps) {
  const last = new Map(steps.map((step, i) => [stepKey(step), i]));
  return steps.filter((step, i) => last.get(stepKey(step)) === i);
}

// .claude/skills/session/lib/core/identity.ts
function newEventId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = "";
  for (const byte of bytes)
    id += "0123456789abcdefghijklmnopqrstuvwxyz"[byte % 36];
  return id;
}
function canonicalJson(value) {
  if (Array.isArray(value))
    return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function eventContent(event) {
  const { rev: _rev, eid: _eid, ...content } = event;
  return canonicalJson(content);
}
function derivedEventId(event, occurrence) {
  return `h${sha256(`${eventContent(event)}#${occurrence}`).slice(0, 15)}`;
}
function withIdentities(events) {
  if (events.every((event) => event.eid !== undefined && event.index === undefined))
    return events;
  const seen = new Map;
  const out = [];
  for (const [i, event] of events.entries()) {
    let identified = event;
    if (event.eid === undefined) {
      const content = eventContent(event);
      const occurrence = seen.get(content) ?? 0;
      seen.set(content, occurrence + 1);
      identified = { ...event, eid: derivedEventId(event, occurrence) };
    }
    if (identified.kind === "replay" && identified.index !== undefined) {
      const { index, ...rest } = identified;
      const target = out[index];
      if (target !== undefined && index < i)
        identified = { ...rest, to: target.eid, state: replayedState(fold(out), fold(out.slice(0, index + 1))) };
    }
    out.push(identified);
  }
  return out;
}
function stampEvents(events, actor) {
  return events.map((event) => ({ eid: newEventId(), ...event, ...actor && event.actor === undefined && { actor } }));
}

// .claude/skills/session/lib/core/history.ts
var COMPACT_BYTES = 96 * 1024;

// .claude/skills/session/lib/store/lock.ts
var fs3 = nodeFs;
var DEFAULT_LOCK_TIMEOUT_MS = 1e4;
var DEFAULT_LOCK_STALE_MS = 30000;
var host;
function hostname() {
  if (host === undefined) {
    try {
      host = fs3().readFileSync("/proc/sys/kernel/hostname", "utf8").trim();
    } catch {
      host = require("os").hostname();
    }
  }
  return host;
}
function procStat(pid) {
  try {
    const stat = fs3().readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return;
  }
}
function processStart(pid) {
  return procStat(pid)?.[19] ?? "-";
}
function lockPath(dir, key) {
  return join(dir, `.${key}.lock`);
}
function parseOwner(text) {
  const [pid, owner, start = "-", nonce = "", ...rest] = (text.split(`
`)[0] ?? "").trim().split(" ");
  if (!pid || !/^\d+$/.test(pid) || !owner || rest.length > 0)
    return;
  return { pid: Number(pid), host: owner, start, nonce };
}
function withLock(dir, key, options, fn) {
  const path = lockPath(dir, key);
  const mine = `${process.pid} ${hostname()} ${processStart(process.pid)} ${Math.random().toString(36).slice(2, 10)}
`;
  acquire(path, mine, options);
  failpoint("after-lock");
  try {
    return fn({ verify: () => verify(path, mine) });
  } finally {
    release(path, mine);
  }
}
function acquire(path, mine, { timeoutMs, staleMs }) {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0;; attempt++) {
    if (tryCreate(path, mine))
      return;
    const holder = readText(path);
    if (holder !== undefined && isStale(path, holder, staleMs) && breakLock(path, holder, mine))
      continue;
    if (Date.now() >= deadline)
      throw busy(path, holder, timeoutMs);
    Bun.sleepSync(Math.min(2 + attempt * 2, 25) * (0.5 + Math.random()));
  }
}
function busy(path, holder, timeoutMs) {
  const owner = holder === undefined ? undefined : parseOwner(holder);
  const who = owner ? `pid ${owner.pid}${owner.host === hostname() ? "" : ` on ${owner.host}`}` : "an unknown process";
  return new ConflictError(`${path} is held by another process (${who}); gave up after ${timeoutMs} ms`, "Safe to retry. A lock whose owner is alive is never broken; `session doctor` shows who holds it.");
}
function tryCreate(path, content) {
  const { closeSync, linkSync, openSync } = fs3();
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, "wx", 420);
    try {
      writeAll(fd, content);
    } finally {
      closeSync(fd);
    }
    linkSync(temp, path);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST")
      return false;
    throw ioError("create the lock", path, error);
  } finally {
    removeQuietly(temp);
  }
}
function isStale(path, holder, staleMs, now = Date.now()) {
  const owner = parseOwner(holder);
  if (owner?.host === hostname())
    return !ownerAlive(owner);
  try {
    return now - fs3().statSync(path).mtimeMs > (owner ? staleMs : 2000);
  } catch {
    return false;
  }
}
function ownerAlive(owner) {
  return isAlive(owner.pid) && (owner.start === "-" || processStart(owner.pid) === owner.start);
}
function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0)
    return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}
function verify(path, mine) {
  let now;
  try {
    now = readText(path);
  } catch {}
  if (now !== mine) {
    throw new ConflictError(`lost the lock ${path} while writing (it was broken and taken by another writer); nothing was written`, "Read the session again, then retry.");
  }
}
function breakLock(path, stale, mine) {
  const guard = `${path}.guard.lock`;
  if (!tryCreate(guard, mine)) {
    const holder = readText(guard);
    if (holder !== undefined && isStale(guard, holder, 2000))
      removeIfHolds(guard, holder);
    return false;
  }
  try {
    return removeIfHolds(path, stale);
  } finally {
    removeIfHolds(guard, mine);
  }
}
function removeIfHolds(path, expected) {
  let content;
  try {
    content = readText(path);
  } catch {
    return false;
  }
  if (content !== expected)
    return false;
  removeQuietly(path);
  return true;
}
function release(path, mine) {
  removeIfHolds(path, mine);
}

// .claude/skills/session/lib/store/store.ts
var GITIGNORE = `# Derived, local files: never committed.
*.lock
*.broken
*.tmp
.index/
.active-*
.corrupt/
`;
var GITATTRIBUTES = `# Written by the session tool. State files merge through its driver (registered in
# .git/config by \`session doctor --fix\`); every file keeps LF endings, whatever core.autocrlf says.
* text eol=lf
*.json merge=session
archives/*.md merge=session
`;
var ACTIVE_FOLDERS = ["ia", "ia/state", "ia/state/sessions"];
var ALL_FOLDERS = [...ACTIVE_FOLDERS, "ia/state/sessions/archives"];
function checkStoreFolders(store, folders = ALL_FOLDERS) {
  checkFolders(store.paths.root, folders);
}
function openStore(paths, options = {}) {
  return {
    paths,
    lock: { timeoutMs: DEFAULT_LOCK_TIMEOUT_MS, staleMs: DEFAULT_LOCK_STALE_MS, ...options.lock },
    onChange: options.onChange,
    actor: options.actor
  };
}
function appendEvents(store, state, events) {
  const base = state ? { ...state, events: withIdentities(state.events ?? []) } : {};
  return applyEvents(base, stampEvents(events, store.actor?.()));
}
function sessionPath(store, name) {
  return join(store.paths.sessions, `${fileStem(name)}.json`);
}
function markerPath(store, name) {
  return join(store.paths.sessions, `.active-${fileStem(name)}`);
}
function clearMarker(store, name) {
  const path = markerPath(store, name);
  if (!removeFile(path))
    return false;
  emit(store, { op: "remove-leftover", path });
  return true;
}
function locked(store, name, fn) {
  checkStoreFolders(store);
  return lockedChecked(store, name, fn);
}
function lockedChecked(store, name, fn) {
  const changes = [];
  collecting.push(changes);
  try {
    return withLock(store.paths.sessions, caseKey(name), store.lock, (lock) => {
      const result = fn(lock);
      addGitFiles(store);
      return result;
    });
  } finally {
    collecting.pop();
    for (const change of changes)
      emit(store, change);
  }
}
var collecting = [];
function emit(store, change) {
  const section = collecting.at(-1);
  if (section)
    section.push(change);
  else
    store.onChange?.(change);
}
function readLocked(store, name) {
  const path = sessionPath(store, name);
  const text = readText(path);
  return text === undefined ? undefined : ownSession(parseSession(text, path), name, path);
}
function checkId(stored, name, expectId) {
  if (expectId === undefined)
    return;
  if (stored === undefined) {
    throw new NotFoundError(`${name} (id ${expectId}) is no longer active: it was saved, reset or deleted meanwhile`, "Run `session list` to see where it went.");
  }
  if (stored.id !== expectId) {
    throw new ConflictError(`${name} is now another session (id ${stored.id}, not ${expectId}): it was replaced meanwhile`, "Look again with `session get --all`, then retry.");
  }
}
function notActive(name) {
  return new NotFoundError(`Session not found: ${name}`, "Run `session get --all` to see the active sessions.");
}
function ownSession(session, name, path) {
  if (caseKey(session.workflow) !== caseKey(name)) {
    throw new CorruptStateError(path, "wrong-name", `carries the name ${JSON.stringify(session.workflow)}, not ${JSON.stringify(name)}`);
  }
  return session;
}
function addGitFiles(store) {
  const files = [
    [".gitignore", GITIGNORE, "write-gitignore"],
    [".gitattributes", GITATTRIBUTES, "write-gitattributes"]
  ];
  for (const [file, text, op] of files) {
    const path = join(store.paths.sessions, file);
    if (isPresent(path))
      continue;
    try {
      writeFileNew([path], text);
    } catch {
      continue;
    }
    emit(store, { op, path });
  }
}
function isPresent(path) {
  return nodeFs().lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

// .claude/skills/session/lib/index/entry.ts
function corruptEntry(file, error, workflow = nameFromFile(file)) {
  const colon = error.indexOf(": ");
  return {
    workflow,
    id: null,
    type: null,
    status: "corrupt",
    step: null,
    started_at: null,
    updated_at: null,
    ended_at: null,
    archive: file.endsWith(".md") ? file : null,
    file,
    error: colon === -1 ? error : error.slice(colon + 2)
  };
}
function sessionEntry(s, archive = null) {
  return {
    workflow: s.workflow,
    id: s.id,
    type: s.type,
    status: s.status,
    step: s.step ?? null,
    started_at: s.started_at,
    updated_at: s.updated_at,
    ended_at: archive === null ? null : s.ended_at ?? null,
    archive
  };
}

// .claude/skills/session/lib/index/write.ts
var SCHEMA_VERSION = "3";
function indexPath(paths) {
  return join(paths.sessions, ".index", "sessions.sqlite");
}
var INDEX_FILES = ["", "-wal", "-shm", "-journal"];
function inspectIndex(paths) {
  const { lstatSync } = nodeFs();
  const folder = firstNonFolder(paths.root, ACTIVE_FOLDERS);
  if (folder !== undefined)
    return refused(folder, "is not a folder");
  if (!lstatSync(paths.sessions, { throwIfNoEntry: false }))
    return { kind: "no-folder" };
  const path = indexPath(paths);
  const dir = dirname(path);
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (stat === undefined)
    return { kind: "usable", path, exists: false };
  if (stat.isFile())
    return { kind: "wrong-type", at: dir, detail: "is a file where the index folder belongs" };
  if (!stat.isDirectory())
    return refused(dir, "is neither a folder nor a regular file (a FIFO or a device)");
  for (const suffix of INDEX_FILES) {
    const file = `${path}${suffix}`;
    const at = lstatSync(file, { throwIfNoEntry: false });
    if (at === undefined || at.isFile())
      continue;
    if (at.isDirectory())
      return { kind: "wrong-type", at: file, detail: "is a folder where an index file belongs" };
    return refused(file, "is neither a regular file nor a folder (a FIFO or a device)");
  }
  return { kind: "usable", path, exists: lstatSync(path, { throwIfNoEntry: false }) !== undefined };
}
function refused(at, otherwise) {
  const link = isSymlink(at);
  return { kind: "refused", at, link, detail: link ? "is a symbolic link" : otherwise };
}
function removeWrongType(paths, at) {
  const site = inspectIndex(paths);
  if (site.kind !== "wrong-type" || site.at !== at)
    return;
  nodeFs().rmSync(at, { recursive: true, force: true });
}
function discardIndex(paths) {
  const site = inspectIndex(paths);
  if (site.kind === "wrong-type") {
    removeWrongType(paths, site.at);
    return;
  }
  if (site.kind !== "usable")
    return;
  for (const suffix of INDEX_FILES) {
    try {
      nodeFs().unlinkSync(`${site.path}${suffix}`);
    } catch (error) {
      if (errorCode(error) !== "ENOENT")
        throw error;
    }
  }
}
function fingerprint(paths) {
  const { statSync } = nodeFs();
  const stamp = (dir) => {
    const stat = statSync(dir, { throwIfNoEntry: false, bigint: true });
    return stat ? `${stat.mtimeNs}:${stat.ctimeNs}:${stat.nlink}:${stat.size}` : "-";
  };
  return `${stamp(paths.sessions)}|${stamp(paths.archives)}`;
}
function sqlitePath(paths) {
  return join(realPath(paths.root), relative(paths.root, indexPath(paths)));
}
function open(paths) {
  const { Database, constants } = require("bun:sqlite");
  const db = paths === undefined ? new Database(":memory:") : new Database(sqlitePath(paths), constants.SQLITE_OPEN_READWRITE | constants.SQLITE_OPEN_CREATE | constants.SQLITE_OPEN_NOFOLLOW);
  try {
    db.exec("PRAGMA busy_timeout = 5000");
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sessions (
        file TEXT PRIMARY KEY, workflow TEXT NOT NULL, id TEXT, type TEXT, status TEXT NOT NULL, step TEXT,
        started_at TEXT, updated_at TEXT, ended_at TEXT, archive TEXT, error TEXT);
      CREATE INDEX IF NOT EXISTS sessions_updated ON sessions (updated_at DESC, workflow);
      CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
        file UNINDEXED, workflow, body, tokenize = 'unicode61 remove_diacritics 2');`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
function safeRead(path) {
  try {
    return readText(path);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
function setMeta(db, paths) {
  const set = db.query("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  set.run("version", SCHEMA_VERSION);
  set.run("fingerprint", fingerprint(paths));
}
function rowForState(paths, path, text) {
  if (text === undefined)
    return;
  const file = relativePath(paths, path);
  try {
    if (text instanceof Error)
      throw text;
    const s = parseSession(text, path);
    const body = [
      s.steps.join(" "),
      s.plan?.join(" "),
      textOf(s.context),
      s.errors?.map((e) => e.message).join(" "),
      logText(s)
    ].filter(Boolean).join(`
`);
    return { file, ...sessionEntry(s), body };
  } catch (error) {
    return { ...corruptEntry(file, error.message), file, body: "" };
  }
}
var VOCABULARY_LINES = /^(?:| {4})(?:kind|type|status): "[a-z-]*"\r?$/gm;
var QUOTED = /"(?:[^"\\]|\\.)*"/g;
var TIMESTAMP = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/;
var PLAIN_KEY_LINE = /^ *(?:- )*([A-Za-z_][A-Za-z0-9_]*):/;
var BARE_VALUE = /(?:^ *(?:- )+|: )(-?\d[\d.eE+-]*|true|false)\r?$/;
function archiveWords(front, events) {
  const lines = front.split(`
`);
  const start = lines.findIndex((line) => /^context:\r?$/.test(line));
  let end = start + 1;
  while (start !== -1 && end < lines.length && lines[end].startsWith(" "))
    end++;
  const context = start === -1 ? [] : lines.slice(start + 1, end);
  const rest = (start === -1 ? lines : [...lines.slice(0, start), ...lines.slice(end)]).join(`
`);
  const words = [];
  for (const m of rest.replace(VOCABULARY_LINES, "").matchAll(QUOTED)) {
    const word = decode(m[0]);
    if (!TIMESTAMP.test(word))
      words.push(word);
  }
  for (const line of context) {
    const key = PLAIN_KEY_LINE.exec(line)?.[1];
    if (key !== undefined)
      words.push(key);
    for (const m of line.matchAll(QUOTED))
      words.push(decode(m[0]));
    const bare = BARE_VALUE.exec(line)?.[1];
    if (bare !== undefined)
      words.push(bare);
  }
  for (const event of events ?? []) {
    const { kind, note } = event ?? {};
    if (kind === "log" && typeof note === "string")
      words.push(note);
  }
  return [...new Set(words)].join(" ");
}
function rowForArchive(paths, path, text, full) {
  if (text === undefined)
    return;
  const file = relativePath(paths, path);
  if (text instanceof Error)
    return { ...corruptEntry(file, text.message), file, body: "" };
  const head = readArchiveHead(text);
  if (head.conflicted)
    return { ...corruptEntry(file, "holds git conflict markers", head.workflow), file, body: "" };
  if (head.workflow !== undefined && head.id !== undefined) {
    const end = text.indexOf(`
---`, 3);
    let events;
    try {
      events = end === -1 ? undefined : timelineEvents(text.slice(end + 4));
    } catch (error) {
      const why = CONFLICT_MARKER.test(text) ? "holds git conflict markers" : error.message;
      return { ...corruptEntry(file, why, head.workflow), file, body: "" };
    }
    const body = archiveWords(text.slice(0, end === -1 ? undefined : end), events);
    return {
      file,
      workflow: head.workflow,
      id: head.id,
      type: head.type ?? null,
      status: head.status ?? "unknown",
      step: head.step ?? null,
      started_at: head.started_at ?? null,
      updated_at: head.updated_at ?? null,
      ended_at: head.ended_at ?? null,
      archive: file,
      body
    };
  }
  if (!full)
    return;
  try {
    const s = full(text, path);
    const body = [s.steps.join(" "), textOf(s.context), s.errors?.map((e) => e.message).join(" "), s.notes, logText(s)].filter(Boolean).join(`
`);
    return { file, ...sessionEntry(s, file), body };
  } catch (error) {
    return { ...corruptEntry(file, error.message), file, body: "" };
  }
}
function decode(literal) {
  try {
    return JSON.parse(literal);
  } catch {
    return literal;
  }
}
function textOf(value) {
  if (value === null || value === undefined)
    return "";
  if (typeof value !== "object")
    return String(value);
  if (Array.isArray(value))
    return value.map(textOf).join(" ");
  return Object.entries(value).map(([k, v]) => `${k} ${textOf(v)}`).join(" ");
}
function logText(s) {
  return (s.events ?? []).filter((e) => e.kind === "log").map((e) => e.note ?? "").join(" ");
}
function upsert(db, row, fresh = false) {
  if (!row)
    return;
  if (!fresh)
    remove(db, row.file);
  const { lastInsertRowid } = db.query(`INSERT INTO sessions (file, workflow, id, type, status, step, started_at, updated_at, ended_at, archive, error)
       VALUES ($file, $workflow, $id, $type, $status, $step, $started_at, $updated_at, $ended_at, $archive, $error)`).run({
    $file: row.file,
    $workflow: row.workflow,
    $id: row.id,
    $type: row.type,
    $status: row.status,
    $step: row.step,
    $started_at: row.started_at,
    $updated_at: row.updated_at,
    $ended_at: row.ended_at,
    $archive: row.archive,
    $error: row.error ?? null
  });
  db.query("INSERT INTO search (rowid, file, workflow, body) VALUES (?, ?, ?, ?)").run(lastInsertRowid, row.file, row.workflow, row.body);
}
function remove(db, file) {
  const found = db.query("SELECT rowid FROM sessions WHERE file = ?").get(file);
  if (!found)
    return;
  db.query("DELETE FROM search WHERE rowid = ?").run(found.rowid);
  db.query("DELETE FROM sessions WHERE rowid = ?").run(found.rowid);
}
function indexUpdater(paths) {
  let db;
  let refreshing = false;
  const refresh = () => {
    if (refreshing)
      return;
    refreshing = true;
    queueMicrotask(() => {
      refreshing = false;
      try {
        if (db)
          setMeta(db, paths);
      } catch {}
    });
  };
  return (change) => {
    if (db === undefined) {
      const site = inspectIndex(paths);
      if (site.kind !== "usable" || !site.exists)
        return;
    }
    try {
      db ??= open(paths);
      db.transaction(() => {
        for (const file of touched(paths, change)) {
          const abs = join(paths.root, file);
          const text = change.op === "write" && change.text !== undefined && change.path === abs ? change.text : safeRead(abs);
          const row = text === undefined ? undefined : file.endsWith(".md") ? rowForArchive(paths, abs, text) : rowForState(paths, abs, text);
          if (text !== undefined && row === undefined)
            throw new Error("an archive to read in full: rebuild");
          if (row)
            upsert(db, row);
          else
            remove(db, file);
        }
      }).immediate();
      refresh();
    } catch {
      try {
        db?.query("DELETE FROM meta WHERE key = 'fingerprint'").run();
      } catch {
        db?.close();
        db = undefined;
        try {
          discardIndex(paths);
        } catch {}
      }
    }
  };
}
function touched(paths, change) {
  const changed = "archive" in change ? [change.path, change.archive] : ("to" in change) ? [change.path, change.to] : [change.path];
  const inside = (p) => p.startsWith(`${paths.sessions}/`) && !p.slice(paths.sessions.length + 1).includes("/") || p.startsWith(`${paths.archives}/`) && !p.slice(paths.archives.length + 1).includes("/");
  return changed.filter((p) => (p.endsWith(".json") || p.endsWith(".md")) && inside(p)).map((p) => relativePath(paths, p));
}

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

// .claude/skills/session/lib/cli/args.ts
function parseArgv(argv, specs, help) {
  const values = {};
  const positionals = [];
  for (let i = 0;i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const eq = long ? arg.indexOf("=") : -1;
    const key = long ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1);
    const name = long ? key : Object.keys(specs).find((n) => specs[n]?.short === key);
    const spec = name !== undefined && Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (name === undefined || spec === undefined || !long && key.length !== 1) {
      const near = long ? closest(key, Object.keys(specs)) : undefined;
      throw new UsageError(`unknown option ${arg.split("=")[0]}${near ? `; did you mean --${near}?` : ""}`, help);
    }
    const flag = long ? `--${name}` : `-${key}`;
    let value;
    if (spec.type === "boolean") {
      if (eq !== -1)
        throw new UsageError(`option ${flag} takes no value`, help);
      value = true;
    } else if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined)
        throw new UsageError(`option ${flag} needs a value`, help);
      if (next.startsWith("-") && next !== "-") {
        throw new UsageError(`option ${flag} needs a value (for one starting with '-', write ${flag}=VALUE)`, help);
      }
      value = next;
      i++;
    }
    if (spec.multiple)
      values[name] = [...values[name] ?? [], value];
    else
      values[name] = value;
  }
  return { values, positionals };
}
function namedPositionals(specs, positionals) {
  const named = {};
  let i = 0;
  for (const key of Object.keys(specs))
    named[key] = positionals[i++];
  return named;
}

// .claude/skills/session/lib/cli/help.ts
function usageLine(command) {
  const args = Object.values(command.args).map((arg) => arg.required === false ? `[${arg.value}]` : arg.value);
  const own = Object.entries(command.options);
  const options = own.length <= 4 ? own.map(([name, spec]) => `[${flag(name, spec)}]`) : ["[options]"];
  return ["Usage: session", command.name, ...args, ...options].join(" ");
}
function renderHelp(command) {
  const rows = Object.entries(command.allOptions).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : ""}${flag(name, spec)}`, spec.help]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `session ${command.name} \u2014 ${command.summary}.`,
    usageLine(command),
    ...command.description ? ["", command.description] : [],
    "",
    "Options:",
    ...rows.map(([left, help]) => `  ${left.padEnd(width)}${help}`),
    ...command.footer ? ["", command.footer] : []
  ].join(`
`);
}
function flag(name, spec) {
  return spec.type === "boolean" ? `--${name}` : `--${name} ${spec.value ?? "VALUE"}`;
}
function arity(command) {
  const specs = Object.values(command.args);
  const names = specs.map((arg) => arg.value);
  return { min: specs.filter((arg) => arg.required !== false).length, max: specs.length, names };
}

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
async function main(command, argv, form) {
  if (argv.some((arg) => arg.includes("\uFFFD")) && !argumentsAreUtf8()) {
    console.error("error: an argument is not valid UTF-8");
    console.error("hint: Pass such data on stdin (`-`), where it is refused just the same, or fix the encoding.");
    process.exitCode = 2;
    return;
  }
  const script = invokedScript();
  process.exitCode = await execute(command, argv, processIo(form ?? script.slice(0, script.lastIndexOf("/"))));
}
function argumentsAreUtf8() {
  let bytes;
  try {
    bytes = require("fs").readFileSync("/proc/self/cmdline");
  } catch {
    return true;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
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
async function execute(command, argv, io) {
  const say = (text) => text.replace(/`session ([a-z-]+)([^`]*)`/g, (_, name, rest) => `\`${commandIn(io.form, `${name}${rest}`)}\``);
  try {
    const help = `Run \`session ${command.name} --help\` for the options.`;
    const { values, positionals } = parseArgv(argv, command.allOptions, help);
    if (values.help) {
      io.stdout(renderHelp(command));
      return 0;
    }
    const { min, max, names } = arity(command);
    if (positionals.length < min || positionals.length > max) {
      const missing = names.slice(positionals.length, min).join(" and ");
      const what = positionals.length < min ? `missing ${missing}` : `unexpected argument ${JSON.stringify(positionals[max])}`;
      throw new UsageError(what, `${usageLine(command)}  (\`session ${command.name} --help\` for more)`);
    }
    const env = io.env;
    armFailpoint(env.SESSION_FAILPOINT);
    const clock = clockFrom(env);
    const root = findRoot(io.cwd, env);
    const paths = statePaths(env.SESSION_ROOT ? realFolder(root) : root);
    let actor;
    const store = openStore(paths, {
      lock: {
        timeoutMs: envMilliseconds(env, "SESSION_LOCK_TIMEOUT_MS", DEFAULT_LOCK_TIMEOUT_MS),
        staleMs: envMilliseconds(env, "SESSION_LOCK_STALE_MS", DEFAULT_LOCK_STALE_MS)
      },
      onChange: indexUpdater(paths),
      actor: () => actor ??= actorFrom(env, paths.root) ?? ""
    });
    let exitCode = 0;
    const once = (get) => {
      let value;
      return () => value ??= get();
    };
    const stdoutIsTerminal = once(() => io.isTerminal(1));
    const printJson = (value) => io.stdout(JSON.stringify(value, null, values.pretty ? 2 : undefined));
    const ctx = {
      values,
      args: namedPositionals(command.args, positionals),
      cwd: io.cwd,
      paths,
      store,
      now: () => formatTimestamp(clock()),
      nowDate: clock,
      print: io.stdout,
      printJson,
      warn: (text) => io.stderr(`warning: ${say(text)}`),
      setExitCode: (code) => {
        exitCode = code;
      },
      readStdin: io.readStdin,
      progress: io.progress,
      confirm: io.confirm,
      stdoutIsTerminal,
      stdinIsTerminal: once(() => io.isTerminal(0)),
      color: once(() => stdoutIsTerminal() && !env.NO_COLOR),
      command: (text) => commandIn(io.form, text),
      scriptsDir: io.scriptsDir
    };
    const result = await command.run(ctx);
    if (result !== undefined)
      printJson(result);
    return exitCode;
  } catch (error) {
    if (error instanceof SessionError) {
      const [first, ...more] = error.message.split(`
`);
      io.stderr(`error: ${say(first)}`);
      for (const line of more)
        io.stderr(say(line));
      if (error.hint)
        io.stderr(`hint: ${say(error.hint)}`);
      return error.exitCode;
    }
    io.stderr(`error: unexpected failure in session ${command.name}: ${error?.message ?? String(error)}`);
    if (io.env.SESSION_DEBUG)
      io.stderr(String(error?.stack));
    return 1;
  }
}
function realFolder(root) {
  const { realpathSync, statSync } = require("fs");
  try {
    if (statSync(root).isDirectory())
      return realpathSync(root);
  } catch {}
  throw new UsageError(`SESSION_ROOT is not a folder: ${root}`, "Point it at the project's root folder (the one holding ia/state or .git).");
}

// .claude/skills/session/lib/cli/command.ts
var HELP = { help: { type: "boolean", short: "h", help: "show this help" } };
var PRETTY = { pretty: { type: "boolean", help: "indent the JSON" } };
function defineCommand(definition) {
  const command = {
    ...definition,
    allOptions: { ...definition.options, ...definition.json || "json" in definition.options ? PRETTY : {}, ...HELP },
    execute: (argv, io) => execute(command, argv, io),
    main: (argv, form) => main(command, argv, form)
  };
  return command;
}

// .claude/skills/session/lib/core/generated/validate-archive.js
var validateArchivedSession = validate202;
var schema312 = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { workflow: { type: "string", description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters", pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", maxLength: 128 }, id: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, type: { type: "string", enum: ["workflow", "chat", "agent", "plugin"] }, status: { type: "string", enum: ["completed", "failed", "abandoned"] }, started_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, updated_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, step: { type: "string", minLength: 1, maxLength: 200 }, steps: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, step_done: { type: "boolean" }, skipped: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, plan: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, needs: { type: "object", description: "a plan that branches: step \u2192 the steps it waits for", additionalProperties: { type: "array", items: { type: "string", minLength: 1 } } }, branches: { type: "object", description: "a plan that branches: step \u2192 running, done, failed or skipped", additionalProperties: { enum: ["running", "done", "failed", "skipped"] } }, context: { type: "object", description: "any JSON object" }, errors: { type: "array", items: { type: "object", properties: { step: { type: "string", minLength: 1, maxLength: 200 }, message: { type: "string" }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" } }, required: ["step", "message", "at"], additionalProperties: false } }, usage: { type: "object", description: "summed counters, e.g. tokens", additionalProperties: { type: "number" } }, vars: { type: "object", description: "start variables", additionalProperties: { type: "string" } }, spec: { type: "object", properties: { path: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, blob: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, copy: { type: "string" } }, required: ["path", "sha256"], additionalProperties: false }, continued_from: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, artifacts: { type: "array", items: { type: "string", minLength: 1 } }, gates: { type: "object", description: "approval gates: step \u2192 the question asked on entering it", additionalProperties: { type: "string" } }, waiting: { type: "object", properties: { step: { type: "string", minLength: 1, maxLength: 200 }, question: { type: "string" }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, gate: { type: "string", pattern: "^[0-9a-z]{12,16}$" } }, required: ["step", "question", "at"], additionalProperties: false }, events: { type: "array", items: { type: "object", properties: { eid: { type: "string", pattern: "^[0-9a-z]{12,16}$" }, rev: { type: "integer", minimum: 1, maximum: 9007199254740991 }, at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, kind: { type: "string", enum: ["start", "enter", "update", "done", "error", "status", "plan", "usage", "artifacts", "edit", "save", "log", "resume", "replay", "skip", "var", "spec", "fork", "merge", "rename", "await", "approve", "reject"] }, step: { type: "string", minLength: 1, maxLength: 200 }, workflow: { type: "string", description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters", pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", maxLength: 128 }, id: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, type: { type: "string", enum: ["workflow", "chat", "agent", "plugin"] }, note: { type: "string" }, patch: { type: "object", description: "any JSON object" }, context: { type: "object", description: "any JSON object" }, status: { type: "string", enum: ["running", "paused", "waiting", "completed", "failed", "abandoned"] }, plan: { type: "array", items: { type: "string", minLength: 1, maxLength: 200 } }, needs: { type: "object", description: "a plan that branches: step \u2192 the steps it waits for", additionalProperties: { type: "array", items: { type: "string", minLength: 1 } } }, usage: { type: "object", description: "summed counters, e.g. tokens", additionalProperties: { type: "number" } }, artifacts: { type: "array", items: { type: "string", minLength: 1 } }, state: { type: "object", description: "any JSON object" }, removed: { type: "array", items: { type: "string" } }, vars: { type: "object", description: "start variables", additionalProperties: { type: "string" } }, spec: { type: "object", properties: { path: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, blob: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, copy: { type: "string" } }, required: ["path", "sha256"], additionalProperties: false }, continued_from: { type: "string", pattern: "^[0-9a-z]{8,26}$" }, actor: { type: "string" }, to: { type: "string", pattern: "^[0-9a-z]{12,16}$" }, index: { type: "integer", minimum: 0, maximum: 9007199254740991 }, resolved: { type: "array", items: { type: "object", properties: { key: { type: "string" }, values: { type: "array", items: {} }, kept: {} }, required: ["key", "values", "kept"], additionalProperties: false } }, by: { type: "string" }, gates: { type: "object", description: "approval gates: step \u2192 the question asked on entering it", additionalProperties: { type: "string" } } }, required: ["at", "kind"], additionalProperties: {} } }, history: { type: "object", properties: { events: { type: "integer", minimum: 1, maximum: 9007199254740991 }, last: { type: "object", properties: { file: { type: "string", pattern: "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, oid: { type: "string", pattern: "^[0-9a-f]{40}$" }, events: { type: "integer", minimum: 1, maximum: 9007199254740991 } }, required: ["file", "sha256", "oid", "events"], additionalProperties: false } }, required: ["events", "last"], additionalProperties: false }, rev: { type: "integer", minimum: 0, maximum: 9007199254740991 }, ended_at: { type: "string", format: "date-time", pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, notes: { type: "string" } }, required: ["workflow", "id", "type", "status", "started_at", "updated_at", "steps", "context", "rev", "ended_at"], additionalProperties: {}, $id: "https://workflow-sessions.dev/schema/archived-session.schema.json", title: "Archived workflow session (archive frontmatter)" };
var func12 = (text) => {
  let n = 0;
  for (const _ of text)
    n++;
  return n;
};
var pattern42 = new RegExp("^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$", "");
var pattern52 = new RegExp("^[0-9a-z]{8,26}$", "");
var pattern62 = new RegExp("^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$", "");
var pattern92 = new RegExp("^[0-9a-f]{64}$", "");
var pattern102 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "");
var pattern132 = new RegExp("^[0-9a-z]{12,16}$", "");
var pattern222 = new RegExp("^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$", "");
var pattern242 = new RegExp("^[0-9a-f]{40}$", "");
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.workflow === undefined && (missing0 = "workflow") || data.id === undefined && (missing0 = "id") || data.type === undefined && (missing0 = "type") || data.status === undefined && (missing0 = "status") || data.started_at === undefined && (missing0 = "started_at") || data.updated_at === undefined && (missing0 = "updated_at") || data.steps === undefined && (missing0 = "steps") || data.context === undefined && (missing0 = "context") || data.rev === undefined && (missing0 = "rev") || data.ended_at === undefined && (missing0 = "ended_at")) {
        validate202.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.workflow !== undefined) {
          let data0 = data.workflow;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func12(data0) > 128) {
                validate202.errors = [{ instancePath: instancePath + "/workflow", schemaPath: "#/properties/workflow/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                return false;
              } else {
                if (!pattern42.test(data0)) {
                  validate202.errors = [{ instancePath: instancePath + "/workflow", schemaPath: "#/properties/workflow/pattern", keyword: "pattern", params: { pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" }, message: 'must match pattern "' + "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" + '"' }];
                  return false;
                }
              }
            } else {
              validate202.errors = [{ instancePath: instancePath + "/workflow", schemaPath: "#/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                if (!pattern52.test(data1)) {
                  validate202.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                  return false;
                }
              } else {
                validate202.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate202.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data2 === "workflow" || data2 === "chat" || data2 === "agent" || data2 === "plugin")) {
                validate202.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema312.properties.type.enum }, message: "must be equal to one of the allowed values" }];
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
                  validate202.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if (!(data3 === "completed" || data3 === "failed" || data3 === "abandoned")) {
                  validate202.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema312.properties.status.enum }, message: "must be equal to one of the allowed values" }];
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
                        if (!pattern62.test(data4)) {
                          validate202.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                          return false;
                        }
                      } else {
                        validate202.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          if (!pattern62.test(data5)) {
                            validate202.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                            return false;
                          }
                        } else {
                          validate202.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          if (func12(data6) > 200) {
                            validate202.errors = [{ instancePath: instancePath + "/step", schemaPath: "#/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                            return false;
                          } else {
                            if (func12(data6) < 1) {
                              validate202.errors = [{ instancePath: instancePath + "/step", schemaPath: "#/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          }
                        } else {
                          validate202.errors = [{ instancePath: instancePath + "/step", schemaPath: "#/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  if (func12(data8) > 200) {
                                    validate202.errors = [{ instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                    return false;
                                  } else {
                                    if (func12(data8) < 1) {
                                      validate202.errors = [{ instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate202.errors = [{ instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs18 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate202.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                            validate202.errors = [{ instancePath: instancePath + "/step_done", schemaPath: "#/properties/step_done/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                                      if (func12(data11) > 200) {
                                        validate202.errors = [{ instancePath: instancePath + "/skipped/" + i1, schemaPath: "#/properties/skipped/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                        return false;
                                      } else {
                                        if (func12(data11) < 1) {
                                          validate202.errors = [{ instancePath: instancePath + "/skipped/" + i1, schemaPath: "#/properties/skipped/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate202.errors = [{ instancePath: instancePath + "/skipped/" + i1, schemaPath: "#/properties/skipped/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs24 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              } else {
                                validate202.errors = [{ instancePath: instancePath + "/skipped", schemaPath: "#/properties/skipped/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                        if (func12(data13) > 200) {
                                          validate202.errors = [{ instancePath: instancePath + "/plan/" + i2, schemaPath: "#/properties/plan/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                          return false;
                                        } else {
                                          if (func12(data13) < 1) {
                                            validate202.errors = [{ instancePath: instancePath + "/plan/" + i2, schemaPath: "#/properties/plan/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        }
                                      } else {
                                        validate202.errors = [{ instancePath: instancePath + "/plan/" + i2, schemaPath: "#/properties/plan/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs28 === errors;
                                    if (!valid3) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate202.errors = [{ instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                if (func12(data16) < 1) {
                                                  validate202.errors = [{ instancePath: instancePath + "/needs/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate202.errors = [{ instancePath: instancePath + "/needs/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid5 = _errs35 === errors;
                                            if (!valid5) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate202.errors = [{ instancePath: instancePath + "/needs/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs33 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate202.errors = [{ instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                          validate202.errors = [{ instancePath: instancePath + "/branches/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/branches/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema312.properties.branches.additionalProperties.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid6 = _errs40 === errors;
                                        if (!valid6) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate202.errors = [{ instancePath: instancePath + "/branches", schemaPath: "#/properties/branches/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                      validate202.errors = [{ instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                  validate202.errors = [{ instancePath: instancePath + "/errors/" + i4, schemaPath: "#/properties/errors/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs47 = errors;
                                                  for (const key2 in data21) {
                                                    if (!(key2 === "step" || key2 === "message" || key2 === "at")) {
                                                      validate202.errors = [{ instancePath: instancePath + "/errors/" + i4, schemaPath: "#/properties/errors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
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
                                                          if (func12(data22) > 200) {
                                                            validate202.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/step", schemaPath: "#/properties/errors/items/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                            return false;
                                                          } else {
                                                            if (func12(data22) < 1) {
                                                              validate202.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/step", schemaPath: "#/properties/errors/items/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                              return false;
                                                            }
                                                          }
                                                        } else {
                                                          validate202.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/step", schemaPath: "#/properties/errors/items/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                          validate202.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/message", schemaPath: "#/properties/errors/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                if (!pattern62.test(data24)) {
                                                                  validate202.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/at", schemaPath: "#/properties/errors/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate202.errors = [{ instancePath: instancePath + "/errors/" + i4 + "/at", schemaPath: "#/properties/errors/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                validate202.errors = [{ instancePath: instancePath + "/errors/" + i4, schemaPath: "#/properties/errors/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid7 = _errs45 === errors;
                                            if (!valid7) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate202.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                validate202.errors = [{ instancePath: instancePath + "/usage/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/usage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                              var valid9 = _errs57 === errors;
                                              if (!valid9) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate202.errors = [{ instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                  validate202.errors = [{ instancePath: instancePath + "/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid10 = _errs62 === errors;
                                                if (!valid10) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate202.errors = [{ instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                  validate202.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs66 = errors;
                                                  for (const key5 in data29) {
                                                    if (!(key5 === "path" || key5 === "sha256" || key5 === "blob" || key5 === "copy")) {
                                                      validate202.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs66 === errors) {
                                                    if (data29.path !== undefined) {
                                                      const _errs67 = errors;
                                                      if (typeof data29.path !== "string") {
                                                        validate202.errors = [{ instancePath: instancePath + "/spec/path", schemaPath: "#/properties/spec/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                            if (!pattern92.test(data31)) {
                                                              validate202.errors = [{ instancePath: instancePath + "/spec/sha256", schemaPath: "#/properties/spec/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate202.errors = [{ instancePath: instancePath + "/spec/sha256", schemaPath: "#/properties/spec/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                              if (!pattern102.test(data32)) {
                                                                validate202.errors = [{ instancePath: instancePath + "/spec/blob", schemaPath: "#/properties/spec/properties/blob/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "' + "^[0-9a-f]{40}([0-9a-f]{24})?$" + '"' }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate202.errors = [{ instancePath: instancePath + "/spec/blob", schemaPath: "#/properties/spec/properties/blob/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                              validate202.errors = [{ instancePath: instancePath + "/spec/copy", schemaPath: "#/properties/spec/properties/copy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                validate202.errors = [{ instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                  if (!pattern52.test(data34)) {
                                                    validate202.errors = [{ instancePath: instancePath + "/continued_from", schemaPath: "#/properties/continued_from/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate202.errors = [{ instancePath: instancePath + "/continued_from", schemaPath: "#/properties/continued_from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                          if (func12(data36) < 1) {
                                                            validate202.errors = [{ instancePath: instancePath + "/artifacts/" + i5, schemaPath: "#/properties/artifacts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate202.errors = [{ instancePath: instancePath + "/artifacts/" + i5, schemaPath: "#/properties/artifacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid12 = _errs79 === errors;
                                                      if (!valid12) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate202.errors = [{ instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                          validate202.errors = [{ instancePath: instancePath + "/gates/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid13 = _errs84 === errors;
                                                        if (!valid13) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate202.errors = [{ instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                          validate202.errors = [{ instancePath: instancePath + "/waiting", schemaPath: "#/properties/waiting/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                          return false;
                                                        } else {
                                                          const _errs88 = errors;
                                                          for (const key7 in data39) {
                                                            if (!(key7 === "step" || key7 === "question" || key7 === "at" || key7 === "gate")) {
                                                              validate202.errors = [{ instancePath: instancePath + "/waiting", schemaPath: "#/properties/waiting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
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
                                                                  if (func12(data40) > 200) {
                                                                    validate202.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                    return false;
                                                                  } else {
                                                                    if (func12(data40) < 1) {
                                                                      validate202.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate202.errors = [{ instancePath: instancePath + "/waiting/step", schemaPath: "#/properties/waiting/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                  validate202.errors = [{ instancePath: instancePath + "/waiting/question", schemaPath: "#/properties/waiting/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                        if (!pattern62.test(data42)) {
                                                                          validate202.errors = [{ instancePath: instancePath + "/waiting/at", schemaPath: "#/properties/waiting/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate202.errors = [{ instancePath: instancePath + "/waiting/at", schemaPath: "#/properties/waiting/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                        if (!pattern132.test(data43)) {
                                                                          validate202.errors = [{ instancePath: instancePath + "/waiting/gate", schemaPath: "#/properties/waiting/properties/gate/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate202.errors = [{ instancePath: instancePath + "/waiting/gate", schemaPath: "#/properties/waiting/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                        validate202.errors = [{ instancePath: instancePath + "/waiting", schemaPath: "#/properties/waiting/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                  validate202.errors = [{ instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                  return false;
                                                                } else {
                                                                  if (data45.eid !== undefined) {
                                                                    let data46 = data45.eid;
                                                                    const _errs102 = errors;
                                                                    if (errors === _errs102) {
                                                                      if (typeof data46 === "string") {
                                                                        if (!pattern132.test(data46)) {
                                                                          validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/eid", schemaPath: "#/properties/events/items/properties/eid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/eid", schemaPath: "#/properties/events/items/properties/eid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/rev", schemaPath: "#/properties/events/items/properties/rev/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs104) {
                                                                        if (typeof data47 == "number") {
                                                                          if (data47 > 9007199254740991 || isNaN(data47)) {
                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/rev", schemaPath: "#/properties/events/items/properties/rev/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                            return false;
                                                                          } else {
                                                                            if (data47 < 1 || isNaN(data47)) {
                                                                              validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/rev", schemaPath: "#/properties/events/items/properties/rev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
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
                                                                              if (!pattern62.test(data48)) {
                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/at", schemaPath: "#/properties/events/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                                return false;
                                                                              }
                                                                            } else {
                                                                              validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/at", schemaPath: "#/properties/events/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/kind", schemaPath: "#/properties/events/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          if (!(data49 === "start" || data49 === "enter" || data49 === "update" || data49 === "done" || data49 === "error" || data49 === "status" || data49 === "plan" || data49 === "usage" || data49 === "artifacts" || data49 === "edit" || data49 === "save" || data49 === "log" || data49 === "resume" || data49 === "replay" || data49 === "skip" || data49 === "var" || data49 === "spec" || data49 === "fork" || data49 === "merge" || data49 === "rename" || data49 === "await" || data49 === "approve" || data49 === "reject")) {
                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/kind", schemaPath: "#/properties/events/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema312.properties.events.items.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
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
                                                                                if (func12(data50) > 200) {
                                                                                  validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/step", schemaPath: "#/properties/events/items/properties/step/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (func12(data50) < 1) {
                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/step", schemaPath: "#/properties/events/items/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/step", schemaPath: "#/properties/events/items/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                  if (func12(data51) > 128) {
                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (!pattern42.test(data51)) {
                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/pattern", keyword: "pattern", params: { pattern: "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" }, message: 'must match pattern "' + "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$" + '"' }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/workflow", schemaPath: "#/properties/events/items/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                    if (!pattern52.test(data52)) {
                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/id", schemaPath: "#/properties/events/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                                                      return false;
                                                                                    }
                                                                                  } else {
                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/id", schemaPath: "#/properties/events/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/type", schemaPath: "#/properties/events/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                  if (!(data53 === "workflow" || data53 === "chat" || data53 === "agent" || data53 === "plugin")) {
                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/type", schemaPath: "#/properties/events/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema312.properties.events.items.properties.type.enum }, message: "must be equal to one of the allowed values" }];
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
                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/note", schemaPath: "#/properties/events/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/patch", schemaPath: "#/properties/events/items/properties/patch/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                                          validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/context", schemaPath: "#/properties/events/items/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/status", schemaPath: "#/properties/events/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                          }
                                                                                          if (!(data57 === "running" || data57 === "paused" || data57 === "waiting" || data57 === "completed" || data57 === "failed" || data57 === "abandoned")) {
                                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/status", schemaPath: "#/properties/events/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema312.properties.events.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
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
                                                                                                      if (func12(data59) > 200) {
                                                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/plan/" + i7, schemaPath: "#/properties/events/items/properties/plan/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (func12(data59) < 1) {
                                                                                                          validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/plan/" + i7, schemaPath: "#/properties/events/items/properties/plan/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/plan/" + i7, schemaPath: "#/properties/events/items/properties/plan/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                  var valid17 = _errs128 === errors;
                                                                                                  if (!valid17) {
                                                                                                    break;
                                                                                                  }
                                                                                                }
                                                                                              } else {
                                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/plan", schemaPath: "#/properties/events/items/properties/plan/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                                                                              if (func12(data62) < 1) {
                                                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/needs/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i8, schemaPath: "#/properties/events/items/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            } else {
                                                                                                              validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/needs/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i8, schemaPath: "#/properties/events/items/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                          var valid19 = _errs135 === errors;
                                                                                                          if (!valid19) {
                                                                                                            break;
                                                                                                          }
                                                                                                        }
                                                                                                      } else {
                                                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/needs/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                    var valid18 = _errs133 === errors;
                                                                                                    if (!valid18) {
                                                                                                      break;
                                                                                                    }
                                                                                                  }
                                                                                                } else {
                                                                                                  validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/needs", schemaPath: "#/properties/events/items/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/usage/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/usage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      var valid20 = _errs140 === errors;
                                                                                                      if (!valid20) {
                                                                                                        break;
                                                                                                      }
                                                                                                    }
                                                                                                  } else {
                                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/usage", schemaPath: "#/properties/events/items/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                                                            if (func12(data66) < 1) {
                                                                                                              validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/artifacts/" + i9, schemaPath: "#/properties/events/items/properties/artifacts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          } else {
                                                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/artifacts/" + i9, schemaPath: "#/properties/events/items/properties/artifacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                        var valid21 = _errs144 === errors;
                                                                                                        if (!valid21) {
                                                                                                          break;
                                                                                                        }
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/artifacts", schemaPath: "#/properties/events/items/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/state", schemaPath: "#/properties/events/items/properties/state/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                                                              validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/removed/" + i10, schemaPath: "#/properties/events/items/properties/removed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                            var valid22 = _errs150 === errors;
                                                                                                            if (!valid22) {
                                                                                                              break;
                                                                                                            }
                                                                                                          }
                                                                                                        } else {
                                                                                                          validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/removed", schemaPath: "#/properties/events/items/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/vars/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                              }
                                                                                                              var valid23 = _errs155 === errors;
                                                                                                              if (!valid23) {
                                                                                                                break;
                                                                                                              }
                                                                                                            }
                                                                                                          } else {
                                                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/vars", schemaPath: "#/properties/events/items/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec", schemaPath: "#/properties/events/items/properties/spec/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                                                                return false;
                                                                                                              } else {
                                                                                                                const _errs159 = errors;
                                                                                                                for (const key11 in data72) {
                                                                                                                  if (!(key11 === "path" || key11 === "sha256" || key11 === "blob" || key11 === "copy")) {
                                                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec", schemaPath: "#/properties/events/items/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                                                                                                    return false;
                                                                                                                    break;
                                                                                                                  }
                                                                                                                }
                                                                                                                if (_errs159 === errors) {
                                                                                                                  if (data72.path !== undefined) {
                                                                                                                    const _errs160 = errors;
                                                                                                                    if (typeof data72.path !== "string") {
                                                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/path", schemaPath: "#/properties/events/items/properties/spec/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                                          if (!pattern92.test(data74)) {
                                                                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/sha256", schemaPath: "#/properties/events/items/properties/spec/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                                                                                            return false;
                                                                                                                          }
                                                                                                                        } else {
                                                                                                                          validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/sha256", schemaPath: "#/properties/events/items/properties/spec/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                                            if (!pattern102.test(data75)) {
                                                                                                                              validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/blob", schemaPath: "#/properties/events/items/properties/spec/properties/blob/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "' + "^[0-9a-f]{40}([0-9a-f]{24})?$" + '"' }];
                                                                                                                              return false;
                                                                                                                            }
                                                                                                                          } else {
                                                                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/blob", schemaPath: "#/properties/events/items/properties/spec/properties/blob/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec/copy", schemaPath: "#/properties/events/items/properties/spec/properties/copy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                              validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/spec", schemaPath: "#/properties/events/items/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                                                                if (!pattern52.test(data77)) {
                                                                                                                  validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/continued_from", schemaPath: "#/properties/events/items/properties/continued_from/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{8,26}$" }, message: 'must match pattern "' + "^[0-9a-z]{8,26}$" + '"' }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              } else {
                                                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/continued_from", schemaPath: "#/properties/events/items/properties/continued_from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/actor", schemaPath: "#/properties/events/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                                    if (!pattern132.test(data79)) {
                                                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/to", schemaPath: "#/properties/events/items/properties/to/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{12,16}$" }, message: 'must match pattern "' + "^[0-9a-z]{12,16}$" + '"' }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                  } else {
                                                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/to", schemaPath: "#/properties/events/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/index", schemaPath: "#/properties/events/items/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                  if (errors === _errs174) {
                                                                                                                    if (typeof data80 == "number") {
                                                                                                                      if (data80 > 9007199254740991 || isNaN(data80)) {
                                                                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/index", schemaPath: "#/properties/events/items/properties/index/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                                                        return false;
                                                                                                                      } else {
                                                                                                                        if (data80 < 0 || isNaN(data80)) {
                                                                                                                          validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/index", schemaPath: "#/properties/events/items/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
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
                                                                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11, schemaPath: "#/properties/events/items/properties/resolved/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                                                                                                return false;
                                                                                                                              } else {
                                                                                                                                const _errs180 = errors;
                                                                                                                                for (const key12 in data82) {
                                                                                                                                  if (!(key12 === "key" || key12 === "values" || key12 === "kept")) {
                                                                                                                                    validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11, schemaPath: "#/properties/events/items/properties/resolved/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }];
                                                                                                                                    return false;
                                                                                                                                    break;
                                                                                                                                  }
                                                                                                                                }
                                                                                                                                if (_errs180 === errors) {
                                                                                                                                  if (data82.key !== undefined) {
                                                                                                                                    const _errs181 = errors;
                                                                                                                                    if (typeof data82.key !== "string") {
                                                                                                                                      validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11 + "/key", schemaPath: "#/properties/events/items/properties/resolved/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                                                          validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11 + "/values", schemaPath: "#/properties/events/items/properties/resolved/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                                                                                              validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved/" + i11, schemaPath: "#/properties/events/items/properties/resolved/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                              return false;
                                                                                                                            }
                                                                                                                          }
                                                                                                                          var valid25 = _errs178 === errors;
                                                                                                                          if (!valid25) {
                                                                                                                            break;
                                                                                                                          }
                                                                                                                        }
                                                                                                                      } else {
                                                                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/resolved", schemaPath: "#/properties/events/items/properties/resolved/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                                                                                        validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/by", schemaPath: "#/properties/events/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/gates/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/events/items/properties/gates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                              }
                                                                                                                              var valid27 = _errs190 === errors;
                                                                                                                              if (!valid27) {
                                                                                                                                break;
                                                                                                                              }
                                                                                                                            }
                                                                                                                          } else {
                                                                                                                            validate202.errors = [{ instancePath: instancePath + "/events/" + i6 + "/gates", schemaPath: "#/properties/events/items/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                                validate202.errors = [{ instancePath: instancePath + "/events/" + i6, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid15 = _errs99 === errors;
                                                            if (!valid15) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate202.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                              validate202.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                              return false;
                                                            } else {
                                                              const _errs194 = errors;
                                                              for (const key14 in data88) {
                                                                if (!(key14 === "events" || key14 === "last")) {
                                                                  validate202.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" }];
                                                                  return false;
                                                                  break;
                                                                }
                                                              }
                                                              if (_errs194 === errors) {
                                                                if (data88.events !== undefined) {
                                                                  let data89 = data88.events;
                                                                  const _errs195 = errors;
                                                                  if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)))) {
                                                                    validate202.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs195) {
                                                                    if (typeof data89 == "number") {
                                                                      if (data89 > 9007199254740991 || isNaN(data89)) {
                                                                        validate202.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                        return false;
                                                                      } else {
                                                                        if (data89 < 1 || isNaN(data89)) {
                                                                          validate202.errors = [{ instancePath: instancePath + "/history/events", schemaPath: "#/properties/history/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
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
                                                                          validate202.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                                          return false;
                                                                        } else {
                                                                          const _errs199 = errors;
                                                                          for (const key15 in data90) {
                                                                            if (!(key15 === "file" || key15 === "sha256" || key15 === "oid" || key15 === "events")) {
                                                                              validate202.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" }];
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
                                                                                  if (!pattern222.test(data91)) {
                                                                                    validate202.errors = [{ instancePath: instancePath + "/history/last/file", schemaPath: "#/properties/history/properties/last/properties/file/pattern", keyword: "pattern", params: { pattern: "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" }, message: 'must match pattern "' + "^history\\/[0-9a-z]{8,26}\\/\\d{8}-[0-9a-f]{12}\\.jsonl$" + '"' }];
                                                                                    return false;
                                                                                  }
                                                                                } else {
                                                                                  validate202.errors = [{ instancePath: instancePath + "/history/last/file", schemaPath: "#/properties/history/properties/last/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                    if (!pattern92.test(data92)) {
                                                                                      validate202.errors = [{ instancePath: instancePath + "/history/last/sha256", schemaPath: "#/properties/history/properties/last/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "' + "^[0-9a-f]{64}$" + '"' }];
                                                                                      return false;
                                                                                    }
                                                                                  } else {
                                                                                    validate202.errors = [{ instancePath: instancePath + "/history/last/sha256", schemaPath: "#/properties/history/properties/last/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                      if (!pattern242.test(data93)) {
                                                                                        validate202.errors = [{ instancePath: instancePath + "/history/last/oid", schemaPath: "#/properties/history/properties/last/properties/oid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "' + "^[0-9a-f]{40}$" + '"' }];
                                                                                        return false;
                                                                                      }
                                                                                    } else {
                                                                                      validate202.errors = [{ instancePath: instancePath + "/history/last/oid", schemaPath: "#/properties/history/properties/last/properties/oid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                                      validate202.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs206) {
                                                                                      if (typeof data94 == "number") {
                                                                                        if (data94 > 9007199254740991 || isNaN(data94)) {
                                                                                          validate202.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data94 < 1 || isNaN(data94)) {
                                                                                            validate202.errors = [{ instancePath: instancePath + "/history/last/events", schemaPath: "#/properties/history/properties/last/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
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
                                                                        validate202.errors = [{ instancePath: instancePath + "/history/last", schemaPath: "#/properties/history/properties/last/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                            validate202.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                            validate202.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs208) {
                                                            if (typeof data95 == "number") {
                                                              if (data95 > 9007199254740991 || isNaN(data95)) {
                                                                validate202.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                return false;
                                                              } else {
                                                                if (data95 < 0 || isNaN(data95)) {
                                                                  validate202.errors = [{ instancePath: instancePath + "/rev", schemaPath: "#/properties/rev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid0 = _errs208 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                          if (data.ended_at !== undefined) {
                                                            let data96 = data.ended_at;
                                                            const _errs210 = errors;
                                                            if (errors === _errs210) {
                                                              if (errors === _errs210) {
                                                                if (typeof data96 === "string") {
                                                                  if (!pattern62.test(data96)) {
                                                                    validate202.errors = [{ instancePath: instancePath + "/ended_at", schemaPath: "#/properties/ended_at/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" }, message: 'must match pattern "' + "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$" + '"' }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate202.errors = [{ instancePath: instancePath + "/ended_at", schemaPath: "#/properties/ended_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid0 = _errs210 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                          if (valid0) {
                                                            if (data.notes !== undefined) {
                                                              const _errs212 = errors;
                                                              if (typeof data.notes !== "string") {
                                                                validate202.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid0 = _errs212 === errors;
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
        }
      }
    } else {
      validate202.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

// .claude/skills/session/lib/format/archive-parse.ts
function frontmatterOf(text, path) {
  if (text.length > MAX_ARCHIVE_BYTES)
    throw tooLarge(path, MAX_ARCHIVE_BYTES);
  text = withoutBom(text);
  const open = /^---([^\r\n]*)\r?\n/.exec(text);
  if (!open)
    throw new CorruptStateError(path, "no-frontmatter", "has no frontmatter");
  const language = (open[1] ?? "").trim();
  if (language !== "") {
    throw new CorruptStateError(path, "front-matter-engine", `has a front matter that names a language (${JSON.stringify(language.slice(0, 40))}); archives are data, ` + `and no front matter is run as code`);
  }
  const body = text.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(body);
  if (!close)
    throw new CorruptStateError(path, "broken-frontmatter", "has a frontmatter that never ends (no closing ---)");
  return { front: body.slice(0, close.index), body: body.slice(close.index + close[0].length) };
}
function loadYaml(yamlText) {
  const yaml = require_js_yaml2();
  let depth = 0;
  const listener = (event, state) => {
    if (event === "open" && ++depth > MAX_FILE_DEPTH)
      throw new YamlBoundError("too-deep", `is nested more than ${MAX_FILE_DEPTH} levels deep`);
    if (event === "close")
      depth--;
    for (const _ in state.anchorMap)
      throw new YamlBoundError("yaml-anchor", "holds a YAML anchor; archives never use anchors or aliases");
  };
  return yaml.safeLoad(yamlText, { schema: yaml.DEFAULT_SAFE_SCHEMA, listener });
}

class YamlBoundError extends Error {
  reason;
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
}
function parseArchive(text, path = "archive") {
  const { front, body } = frontmatterOf(text, path);
  let data;
  try {
    data = loadYaml(front);
  } catch (error) {
    if (error instanceof YamlBoundError)
      throw new CorruptStateError(path, error.reason, error.message);
    if (CONFLICT_MARKER.test(text))
      throw conflicted(path);
    throw new CorruptStateError(path, "broken-frontmatter", `has broken frontmatter (${error.message.split(`
`)[0]})`);
  }
  if (!isJsonObject(data))
    throw new CorruptStateError(path, "broken-frontmatter", "has broken frontmatter");
  let events;
  try {
    events = timelineEvents(body);
  } catch (error) {
    if (!(error instanceof TimelineBlockError))
      throw error;
    if (error.reason === "broken-timeline" && CONFLICT_MARKER.test(text))
      throw conflicted(path);
    throw new CorruptStateError(path, error.reason, error.message);
  }
  if (events !== undefined) {
    if (Object.hasOwn(data, "events"))
      throw new CorruptStateError(path, "broken-timeline", "holds its timeline twice: as `events` in the frontmatter and in the timeline block");
    data.events = events;
  }
  checkStoredDepth(data, path);
  const checked = check(validateArchivedSession, data);
  if (!checked.ok)
    throw new CorruptStateError(path, "invalid-state", `is not a valid archived session: ${checked.problem}`);
  return orderKeys(checked.value, ARCHIVE_KEYS);
}
function conflicted(path) {
  return new CorruptStateError(path, "conflict-markers", "holds git conflict markers", "Resolve the merge conflict in that file, then run `session doctor`.");
}

// .claude/skills/session/lib/store/read.ts
async function listSessions(store) {
  const sessions = [];
  const unreadable = [];
  checkStoreFolders(store, ACTIVE_FOLDERS);
  const files = stateFiles(store);
  for (const { name, kind } of listEntries(store.paths.sessions, "*.json")) {
    if (kind === "file")
      continue;
    const path = `${store.paths.sessions}/${name}`;
    unreadable.push({ path, reason: (kind === "symlink" ? symlinked(path) : notRegular(path)).message });
  }
  const paths = files.map((file) => `${store.paths.sessions}/${file}`);
  const texts = await Promise.all(paths.map((path) => readFile(path).catch((error) => error)));
  paths.forEach((path, i) => {
    const text = texts[i];
    try {
      if (text instanceof Error)
        throw text;
      if (text !== undefined)
        sessions.push(ownSession(parseSession(text, path), nameFromStem(files[i].slice(0, -5)), path));
    } catch (error) {
      unreadable.push({ path, reason: error.message });
    }
  });
  return { sessions, unreadable };
}
function stateFiles(store) {
  return listFiles(store.paths.sessions, "*.json", true);
}
function archiveFiles(store) {
  checkStoreFolders(store);
  return listFiles(store.paths.archives, "*.md", true);
}

// .claude/skills/session/lib/store/list-archives.ts
async function listArchives(store) {
  const archives = [];
  const unreadable = [];
  for (const file of archiveFiles(store)) {
    const path = join(store.paths.archives, file);
    try {
      const text = await readFile(path);
      if (text !== undefined)
        archives.push({ path, state: parseArchive(text, path) });
    } catch (error) {
      unreadable.push({ path, reason: error.message });
    }
  }
  return { archives, unreadable };
}

// .claude/skills/session/lib/format/archive.ts
var import_slugify = __toESM(require_slugify(), 1);

// .claude/skills/session/lib/core/gates.ts
function gateAnswers(events) {
  const asked = new Map;
  const out = [];
  for (const event of events) {
    if (event.kind === "await" && event.eid !== undefined)
      asked.set(event.eid, event);
    if (event.kind !== "approve" && event.kind !== "reject")
      continue;
    const question = event.to === undefined ? undefined : asked.get(event.to);
    if (question)
      asked.delete(event.to);
    out.push({
      step: event.step ?? "",
      question: question?.note ?? "",
      asked: question?.at ?? event.at,
      answer: event.kind === "approve" ? "approved" : "rejected",
      ...(event.by ?? event.actor) !== undefined && { by: event.by ?? event.actor },
      at: event.at,
      ...event.note !== undefined && { note: event.note },
      ...question && { waitedMs: Date.parse(event.at) - Date.parse(question.at) }
    });
  }
  return out;
}

// .claude/skills/session/lib/core/branching.ts
function needsOf(needs, step) {
  if (Object.hasOwn(needs, step))
    return needs[step];
  const key = Object.keys(needs).find((k) => sameStep(k, step));
  return key === undefined ? [] : needs[key];
}
function branchProgress(plan, needs, states) {
  const stateOf = (step) => {
    if (Object.hasOwn(states, step))
      return states[step];
    const key = Object.keys(states).find((k) => sameStep(k, step));
    return key === undefined ? undefined : states[key];
  };
  const finished = (step) => stateOf(step) === "done" || stateOf(step) === "skipped";
  const progress = { done: [], skipped: [], ready: [], running: [], failed: [], blocked: [] };
  for (const step of plan) {
    const state = stateOf(step);
    if (state === "done" || state === "skipped") {
      progress.done.push(step);
      if (state === "skipped")
        progress.skipped.push(step);
      continue;
    }
    if (state === "failed") {
      progress.failed.push(step);
      continue;
    }
    const waits = needsOf(needs, step).filter((need) => !finished(need));
    if (waits.length > 0 && state !== "running") {
      progress.blocked.push({ step, waits_for: [...waits] });
      continue;
    }
    progress.ready.push(step);
    if (state === "running")
      progress.running.push(step);
  }
  return progress;
}

// .claude/skills/session/lib/core/progress.ts
function branchStateOf(session, step) {
  const branches = session.branches ?? {};
  const key = Object.keys(branches).find((k) => sameStep(k, step));
  return key === undefined ? undefined : branches[key];
}
function branchesOf(session) {
  if (!session.needs || !session.plan)
    return;
  return branchProgress(session.plan, session.needs, session.branches ?? {});
}
var STEP_SYMBOLS = { done: "\u2713", skipped: "\u21B7", failed: "\u2717", open: "\u2026", todo: "\xB7" };
function stepMarks(session) {
  if (branchesOf(session) && session.plan)
    return branchMarks(session, session.plan);
  const last = session.steps.length - 1;
  const finished = session.step_done || session.status === "completed";
  const skipped = new Set(session.skipped?.map(stepKey));
  const marks = session.steps.map((step, i) => {
    const error = session.errors?.findLast((e) => sameStep(e.step, step))?.message;
    if (skipped.has(stepKey(step)))
      return { step, mark: "skipped", ...error !== undefined && { error } };
    if (i < last)
      return { step, mark: "done" };
    if (session.status === "failed")
      return { step, mark: "failed", ...error !== undefined && { error } };
    return { step, mark: finished ? "done" : "open" };
  });
  const entered = new Set(session.steps.map(stepKey));
  for (const step of session.plan ?? [])
    if (!entered.has(stepKey(step)))
      marks.push({ step, mark: "todo" });
  return marks;
}
function branchMarks(session, plan) {
  const finished = session.status === "completed";
  return plan.map((step) => {
    const state = branchStateOf(session, step);
    const error = session.errors?.findLast((e) => sameStep(e.step, step))?.message;
    if (state === "skipped")
      return { step, mark: "skipped", ...error !== undefined && { error } };
    if (state === "failed")
      return { step, mark: "failed", ...error !== undefined && { error } };
    if (state === "done" || finished && state === "running")
      return { step, mark: "done" };
    return { step, mark: state === "running" ? "open" : "todo" };
  });
}

// .claude/skills/session/lib/core/story.ts
var IDLE_GAP_MS = 15 * 60 * 1000;
var GOES_ON = new Set([
  "resume",
  "enter",
  "update",
  "done",
  "replay",
  "skip",
  "save",
  "approve",
  "reject"
]);
var ms = (at) => Date.parse(at);
function storyOf(session) {
  const events = session.events ?? [];
  const end = session.ended_at ?? session.updated_at;
  const attempts = [];
  const stops = [];
  const actors = [];
  const began = new Map;
  const ended = new Map;
  let handoffs = 0;
  let current;
  let failed;
  let stop;
  let lastAt;
  let lastActor;
  const open = (step, at, i, actor) => {
    const number = attempts.filter((a) => sameStep(a.step, step)).length + 1;
    current = { step, number, from: at, to: at, outcome: "open", errors: [], event: i };
    if (actor !== undefined)
      current.actor = actor;
    attempts.push(current);
    began.set(i, current);
    failed = undefined;
  };
  const close = (at, outcome) => {
    if (!current)
      return;
    current.to = at;
    current.outcome = outcome;
    current = undefined;
  };
  let branching = false;
  const running = new Map;
  const branchEvent = (event, step, i) => {
    const key = stepKey(step);
    const mine = running.get(key);
    switch (event.kind) {
      case "enter": {
        if (mine) {
          mine.to = event.at;
          mine.outcome = mine.errors.length ? "failed" : "done";
        }
        const number = attempts.filter((a) => sameStep(a.step, step)).length + 1;
        const attempt = { step, number, from: event.at, to: event.at, outcome: "open", errors: [], event: i };
        if (event.actor !== undefined)
          attempt.actor = event.actor;
        attempts.push(attempt);
        began.set(i, attempt);
        running.set(key, attempt);
        return true;
      }
      case "done":
        if (mine)
          Object.assign(mine, { to: event.at, outcome: "done" });
        running.delete(key);
        return true;
      case "error": {
        const attempt = mine ?? attempts.findLast((a) => sameStep(a.step, step));
        if (attempt)
          Object.assign(attempt, { to: event.at, outcome: "failed" }).errors.push(event.note ?? "");
        running.delete(key);
        return false;
      }
      case "skip": {
        const attempt = attempts.findLast((a) => sameStep(a.step, step));
        if (attempt)
          attempt.outcome = "skipped";
        return true;
      }
      default:
        return false;
    }
  };
  events.forEach((event, i) => {
    const { at, actor } = event;
    if (actor !== undefined) {
      if (!actors.includes(actor))
        actors.push(actor);
      if (lastActor !== undefined && actor !== lastActor)
        handoffs++;
    }
    if (stop && (GOES_ON.has(event.kind) || event.kind === "status" && event.status === "running")) {
      const closed = { ...stop, to: at };
      const after = event.by ?? actor;
      if (after !== undefined)
        closed.after = after;
      stops.push(closed);
      ended.set(i, closed);
      stop = undefined;
    } else if (!stop && lastAt !== undefined && ms(at) > ms(lastAt)) {
      const kind = event.kind === "resume" ? "interrupted" : ms(at) - ms(lastAt) >= IDLE_GAP_MS ? "idle" : undefined;
      if (kind) {
        const gap = { kind, from: lastAt, to: at };
        if (lastActor !== undefined)
          gap.before = lastActor;
        if (actor !== undefined)
          gap.after = actor;
        stops.push(gap);
        ended.set(i, gap);
      }
    }
    const step = event.step;
    if (event.kind === "plan")
      branching = event.needs !== undefined;
    if (branching && step !== undefined && branchEvent(event, step, i)) {
      lastAt = at;
      if (actor !== undefined)
        lastActor = actor;
      return;
    }
    switch (event.kind) {
      case "enter":
        close(at, current?.errors.length ? "failed" : "done");
        if (step !== undefined)
          open(step, at, i, actor);
        break;
      case "replay": {
        close(at, "done");
        const from = event.to !== undefined ? events.findIndex((e) => e.eid === event.to) : event.index ?? -1;
        for (const attempt of attempts)
          if (attempt.event > from && from !== -1)
            attempt.outcome = "rewound";
        if (step !== undefined)
          open(step, at, i, actor);
        break;
      }
      case "error":
      case "reject": {
        if (branching && event.kind === "error") {
          stop ??= { kind: "failed", from: at, ...actor !== undefined && { before: actor } };
          break;
        }
        const attempt = current ?? failed;
        if (attempt) {
          attempt.errors.push(event.note ?? "");
          if (attempt === current)
            close(at, "failed");
          failed = attempt;
        }
        stop ??= { kind: "failed", from: at, ...actor !== undefined && { before: actor } };
        break;
      }
      case "resume":
      case "update":
      case "done":
        if (!current && failed && (step === undefined || sameStep(step, failed.step)))
          open(failed.step, at, i, actor);
        if (event.kind === "done" && current)
          current.outcome = "done";
        break;
      case "skip":
        if (failed)
          failed.outcome = "skipped";
        else
          close(at, "skipped");
        failed = undefined;
        break;
      case "status":
        if (event.status === "paused" || event.status === "failed")
          stop ??= { kind: event.status, from: at, ...actor !== undefined && { before: actor } };
        break;
      case "await":
        stop ??= { kind: "waiting", from: at, ...actor !== undefined && { before: actor } };
        break;
      case "save":
        close(at, current?.outcome === "done" || event.status === "completed" ? "done" : "open");
        stop = { kind: "archived", from: at, ...actor !== undefined && { before: actor } };
        break;
    }
    lastAt = at;
    if (actor !== undefined)
      lastActor = actor;
  });
  if (current)
    close(end, current.outcome === "done" || session.step_done ? "done" : "open");
  for (const attempt of running.values())
    attempt.to = end;
  if (stop && ms(end) > ms(stop.from))
    stops.push({ ...stop, to: end });
  return { attempts, stops, actors, handoffs, began, ended };
}
function activePieces(attempt, stops) {
  let pieces = [{ from: attempt.from, to: attempt.to }];
  for (const stop of stops) {
    pieces = pieces.flatMap((piece) => {
      if (ms(stop.to) <= ms(piece.from) || ms(stop.from) >= ms(piece.to))
        return [piece];
      const parts = [];
      if (ms(stop.from) > ms(piece.from))
        parts.push({ from: piece.from, to: stop.from });
      if (ms(stop.to) < ms(piece.to))
        parts.push({ from: stop.to, to: piece.to });
      return parts;
    });
  }
  return pieces.length > 0 ? pieces : [{ from: attempt.from, to: attempt.from }];
}

// .claude/skills/session/lib/format/printable.ts
var BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 32 ? String.fromCharCode(9216 + code) : code === 127 ? "\u2421" : "\uFFFD";
  }).replace(BIDI_CONTROL, codeOf);
}
function codeOf(char) {
  let code = "";
  for (let i = 0;i < char.length; i++)
    code += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return code;
}

// .claude/skills/session/lib/format/markdown.ts
var JOINER = "\u200D";
var PUNCTUATION = /[!-/:-@[-`{-~]/;
var SPACE = /\s/;
var ALNUM = /[\p{L}\p{N}]/u;
function inlineText(text, lineStart = false) {
  const flat = visible(text.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, " ")).replace(/^[ \t]+|[ \t]+$/g, (blanks) => "\xA0".repeat(blanks.length)).replace(/:\/\//g, `:${JOINER}//`).replace(/(^|[^\p{L}\p{N}.-])(www)(?=\.)/giu, `$1$2${JOINER}`).replace(/@(?=[\p{L}\p{N}_])/gu, `@${JOINER}`);
  const chars = [...flat];
  let out = "";
  chars.forEach((char, i) => {
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (escapes(char, before, after, chars.slice(i + 1, i + 12).join("")))
      out += "\\";
    out += char;
  });
  return lineStart ? out.replace(/^([#>+=:|-]|\d+[.)])/, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`) : out;
}
function escapes(char, before, after, rest) {
  const spaced = (c) => c !== undefined && SPACE.test(c);
  const word = (c) => c !== undefined && ALNUM.test(c);
  switch (char) {
    case "`":
    case "[":
      return true;
    case "\\":
      return after === undefined || PUNCTUATION.test(after) || SPACE.test(after);
    case "*":
    case "~":
    case "^":
    case "$":
      return !(spaced(before) && spaced(after));
    case "_":
      return !(spaced(before) && spaced(after)) && !(word(before) && word(after));
    case "<":
      return after === undefined || /[A-Za-z/!?]/.test(after);
    case "&":
      return /^[A-Za-z][A-Za-z0-9]*;|^#/.test(rest);
    default:
      return false;
  }
}
function cellText(text) {
  return inlineText(text, true).replaceAll("|", "\\|");
}
function linkText(text) {
  return inlineText(text).replaceAll("]", "\\]");
}
function fenced(lang, text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text}
${fence}`;
}

// .claude/skills/session/lib/format/mermaid.ts
var KEYWORDS = new RegExp("^(gantt|title|section|click|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|" + "inclusiveenddates|topaxis|displaymode|acc\\w*|\\d|%)", "i");
function mermaidLabel(step) {
  const text = step.replaceAll(":", "\u2236").replaceAll(";", "\u204F").replaceAll("#", "\uFF03").replaceAll("%%", "\uFF05\uFF05");
  return KEYWORDS.test(text.trimStart()) ? `\u200B${text}` : text;
}
function mermaidGantt(session) {
  const { attempts, stops } = storyOf(session);
  if (attempts.length === 0)
    return "";
  const skipped = new Set(session.skipped);
  const label = mermaidLabel;
  const time = (at) => at.slice(0, 19);
  const bar = (from, to) => {
    const end = Date.parse(to) <= Date.parse(from) ? `${new Date(Date.parse(from) + 1000).toISOString().slice(0, 19)}Z` : to;
    return `${time(from)}, ${time(end)}`;
  };
  const lines = [
    "```mermaid",
    "gantt",
    `  title ${label(session.workflow)}`,
    "  dateFormat YYYY-MM-DDTHH:mm:ss",
    "  axisFormat %H:%M",
    "  section Steps"
  ];
  const drawn = stops.filter((stop) => Date.parse(stop.to) > Date.parse(stop.from));
  let n = 0;
  attempts.forEach((attempt, i) => {
    const last = i === attempts.length - 1;
    const rewound = attempt.outcome === "rewound";
    const given = attempt.outcome === "skipped" || skipped.has(attempt.step);
    const tag = session.needs ? attempt.outcome === "failed" ? "crit, " : attempt.outcome === "open" ? "active, " : attempt.outcome === "done" ? "done, " : "" : rewound ? "" : attempt.outcome === "failed" || last && session.status === "failed" ? "crit, " : given && !last ? "" : last && !session.step_done && session.status !== "completed" ? "active, " : given ? "" : "done, ";
    const name = `${label(attempt.step)}${attempt.number > 1 ? ` (attempt ${attempt.number})` : ""}${rewound ? " (rewound)" : ""}`;
    for (const piece of activePieces(attempt, drawn))
      lines.push(`  ${name} :${tag}s${++n}, ${bar(piece.from, piece.to)}`);
  });
  if (drawn.length > 0) {
    lines.push("  section Stopped");
    drawn.forEach((stop, i) => {
      lines.push(`  ${STOP_LABELS[stop.kind]} :w${i + 1}, ${bar(stop.from, stop.to)}`);
    });
  }
  lines.push("```");
  return lines.join(`
`);
}
var STOP_LABELS = {
  failed: "failed, waiting",
  paused: "paused",
  interrupted: "interrupted",
  idle: "idle",
  archived: "archived",
  waiting: "waiting for approval"
};

// .claude/skills/session/lib/format/archive-report.ts
var ms2 = (at) => Date.parse(at);
var lasted = (from, to) => formatDuration(ms2(to) - ms2(from));
function renderReport(state) {
  const story = storyOf(state);
  const duration = lasted(state.started_at, state.ended_at);
  const entered = state.steps.length;
  const lines = [
    `# ${inlineText(state.workflow)}`,
    "",
    `${capitalize(state.status)} on ${state.ended_at.slice(0, 10)} after ${duration}: ` + `${plural(entered, "step")} entered${state.errors?.length ? `, ${plural(state.errors.length, "error")}` : ""}.`,
    ...summary(story),
    "",
    "| | |",
    "| --- | --- |",
    `| Status | ${state.status} |`,
    `| ID | \`${state.id}\` |`,
    `| Type | ${state.type} |`,
    `| Started | ${state.started_at} |`,
    `| Ended | ${state.ended_at} |`,
    `| Duration | ${duration} |`,
    ...story.actors.length > 0 ? [`| By | ${story.actors.map(cellText).join(", ")} |`] : [],
    ...state.continued_from ? [`| Continued from | \`${state.continued_from}\` |`] : [],
    "",
    "## Steps",
    "",
    ...steps(state, story)
  ];
  const told = storyLines(state, story);
  if (told.length > 0)
    lines.push("", "## Story", "", ...told);
  const answers = gateAnswers(state.events ?? []);
  if (answers.length > 0)
    lines.push("", "## Approvals", "", ...answers.map(answerLine));
  lines.push("", "## Context", "", fenced("json", JSON.stringify(state.context, null, 2)));
  if (state.usage && Object.keys(state.usage).length > 0) {
    lines.push("", "## Usage", "", ...Object.entries(state.usage).map(([k, v]) => `- ${inlineText(k, true)}: ${v}`));
  }
  if (state.artifacts?.length) {
    lines.push("", "## Artifacts", "", ...state.artifacts.map((path) => `- [${linkText(path)}](<${linkTo(path)}>)`));
  }
  const chart = mermaidGantt(state);
  if (chart)
    lines.push("", "## Chart", "", chart);
  if (state.notes)
    lines.push("", "## Notes", "", fenced("text", visible(state.notes.replace(/\r\n?/g, `
`))));
  return `${lines.join(`
`)}
`;
}
function answerLine(answer) {
  const waited = answer.waitedMs === undefined ? "" : ` after waiting ${formatDuration(answer.waitedMs)}`;
  return `- ${inlineText(answer.step)}: ${inlineText(answer.question)} \u2014 **${answer.answer}**` + `${answer.by === undefined ? "" : ` by ${inlineText(answer.by)}`} at ${answer.at}${waited}` + `${answer.note === undefined ? "" : ` (${inlineText(answer.note)})`}`;
}
function summary(story) {
  const sentences = [];
  const retried = new Map;
  for (const attempt of story.attempts)
    if (attempt.number > 1)
      retried.set(attempt.step, Math.max(retried.get(attempt.step) ?? 0, attempt.number));
  if (retried.size > 0)
    sentences.push(`Tried again: ${[...retried].map(([step, n]) => `${inlineText(step)} (${plural(n, "attempt")})`).join(", ")}.`);
  const stops = story.stops.filter((stop) => ms2(stop.to) > ms2(stop.from));
  if (stops.length > 0) {
    const total = stops.reduce((sum, stop) => sum + ms2(stop.to) - ms2(stop.from), 0);
    const kinds = [...new Set(stops.map((stop) => stop.kind))].map((kind) => {
      const these = stops.filter((stop) => stop.kind === kind);
      const time = these.reduce((sum, stop) => sum + ms2(stop.to) - ms2(stop.from), 0);
      return `${STOP_WORDS[kind]} ${these.length > 1 ? `${these.length} times, ` : ""}${formatDuration(time)}`;
    });
    sentences.push(`Stood still ${formatDuration(total)} in all: ${kinds.join("; ")}.`);
  }
  if (story.actors.length > 0)
    sentences.push(`By ${story.actors.map((actor) => inlineText(actor)).join(", ")}` + `${story.handoffs > 0 ? `; ${plural(story.handoffs, "hand-off")}` : ""}.`);
  return sentences;
}
var STOP_WORDS = {
  failed: "waiting after a failure",
  paused: "paused",
  interrupted: "interrupted",
  idle: "idle",
  archived: "archived",
  waiting: "waiting for approval"
};
var MAX_ATTEMPTS_SHOWN = 8;
function steps(state, story) {
  return stepMarks(state).flatMap(({ step, mark, error }, i) => {
    const attempts = story.attempts.filter((a) => sameStep(a.step, step) && a.outcome !== "rewound");
    const head = `${i + 1}. ${STEP_SYMBOLS[mark]} ${inlineText(step)}${mark === "todo" ? " (not reached)" : ""}`;
    if (attempts.length < 2)
      return [`${head}${error ? ` \u2014 ${inlineText(error)}` : ""}`];
    const indent = " ".repeat(String(i + 1).length + 2);
    const line = (a) => `${indent}- ${attemptLine(a, story, state)}`;
    const shown = attempts.length <= MAX_ATTEMPTS_SHOWN ? attempts.map(line) : [
      ...attempts.slice(0, 2).map(line),
      `${indent}- \u2026 ${attempts.length - (MAX_ATTEMPTS_SHOWN - 1)} more`,
      ...attempts.slice(-(MAX_ATTEMPTS_SHOWN - 3)).map(line)
    ];
    return [`${head} \u2014 ${plural(attempts.length, "attempt")}`, ...shown];
  });
}
var OUTCOME_SYMBOLS = {
  done: STEP_SYMBOLS.done,
  failed: STEP_SYMBOLS.failed,
  skipped: STEP_SYMBOLS.skipped,
  rewound: "\u21BA",
  open: STEP_SYMBOLS.open
};
function attemptLine(attempt, story, state) {
  const worked = activePieces(attempt, story.stops).reduce((sum, p) => sum + ms2(p.to) - ms2(p.from), 0);
  const who = attempt.actor !== undefined ? `, ${inlineText(attempt.actor)}` : "";
  const errors = attempt.errors.length > 0 ? `: ${attempt.errors.map((e) => inlineText(e)).join("; ")}` : "";
  return `${OUTCOME_SYMBOLS[attempt.outcome]} attempt ${attempt.number}${who}, from ${clock(attempt.from, state)}, ` + `${formatDuration(worked)}${errors}`;
}
function clock(at, state) {
  const time = at.slice(11, 19);
  return at.slice(0, 10) === state.started_at.slice(0, 10) ? time : `${at.slice(0, 10)} ${time}`;
}
function storyLines(state, story) {
  const events = state.events ?? [];
  const lines = [];
  const history = state.history;
  if (history)
    lines.push(`- Before these: ${plural(history.events, "earlier event")}, compacted into \`history/${state.id}/\` ` + "(`session show` reads them).");
  let previous;
  let i = 0;
  while (i < events.length) {
    const first = events[i];
    let j = i + 1;
    while (j < events.length && events[j]?.rev === first.rev && first.rev !== undefined && events[j]?.actor === first.actor)
      j++;
    const stop = [...Array(j - i).keys()].map((k) => story.ended.get(i + k)).find((s) => s !== undefined);
    if (stop?.kind === "idle")
      lines.push(`- ${clock(stop.from, state)}\u2013${clock(stop.to, state)}: nothing recorded for ${lasted(stop.from, stop.to)}`);
    const group = events.slice(i, j);
    const phrases = group.flatMap((event, k) => phrase(event, i + k, group, story, state));
    if (phrases.length > 0) {
      if (stop && stop.kind !== "idle" && ms2(stop.to) > ms2(stop.from))
        phrases[0] += `, ${stopPhrase(stop)}`;
      const actor = first.actor;
      const handoff = actor !== undefined && previous !== undefined && actor !== previous ? ` (taking over from ${inlineText(previous)})` : "";
      const who = actor !== undefined && actor !== previous ? `${inlineText(actor)}: ` : "";
      lines.push(`- ${clock(first.at, state)} ${who}${phrases.join("; ")}${handoff}`);
    }
    for (const event of group)
      if (event.actor !== undefined)
        previous = event.actor;
    i = j;
  }
  return lines;
}
function stopPhrase(stop) {
  const time = lasted(stop.from, stop.to);
  switch (stop.kind) {
    case "failed":
      return `${time} after the failure`;
    case "paused":
      return `after ${time} paused`;
    case "interrupted":
      return `after ${time} with nothing recorded (interrupted)`;
    case "archived":
      return `${time} after it was saved`;
    case "waiting":
      return `after ${time} waiting for approval`;
    default:
      return `after ${time} idle`;
  }
}
function phrase(event, i, group, story, state) {
  const step = event.step !== undefined ? inlineText(event.step) : "";
  const attempt = story.began.get(i);
  const again = attempt && attempt.number > 1 ? ` (attempt ${attempt.number})` : "";
  const json = (value) => inlineText(JSON.stringify(value) ?? "null");
  switch (event.kind) {
    case "start":
      return [`started${event.continued_from ? ` (continuing \`${event.continued_from}\`)` : ""}`];
    case "fork":
      return [`copied that session${step ? ` as it stood at ${step}` : ""}`];
    case "plan": {
      const plan = (event.plan ?? []).map((s) => inlineText(s)).join(" \u2192 ");
      return [group.some((e) => e.kind === "start") ? `planned ${plan}` : `plan changed to ${plan}`];
    }
    case "enter":
      return [`entered ${step}${attempt && attempt.number > 1 ? ` again${again}` : ""}`];
    case "done":
      return [group.some((e) => e.kind === "enter" && e.step === event.step) ? "done" : `${step} done${again}`];
    case "error":
      return [`${step} failed: ${inlineText(event.note ?? "")}`];
    case "status":
      return [
        event.status === "paused" ? "paused" : event.status === "running" ? "running again" : `marked ${event.status}`
      ];
    case "artifacts":
      return [`recorded ${(event.artifacts ?? []).map((path) => inlineText(path)).join(", ")}`];
    case "save":
      return [`saved as ${event.status}${state.notes && event.note === state.notes ? ", with the notes below" : ""}`];
    case "log":
      return [`logged: ${inlineText(event.note ?? "")}`];
    case "resume":
      if (group.some((e) => e.kind === "skip" || e.kind === "replay"))
        return [];
      return [`resumed${step ? ` ${step}` : ""}${again}`];
    case "replay":
      return [`went back to ${step}${again}; the steps after it are rewound`];
    case "skip":
      return [`gave up on ${step} (skipped)`];
    case "var":
      return [
        `set ${Object.entries(event.vars ?? {}).map(([k, v]) => inlineText(`${k}=${v}`)).join(", ")}`
      ];
    case "merge":
      return [
        `merged two branches' timelines${(event.resolved ?? []).map((r) => `; ${inlineText(r.key)}: ${r.values.map(json).join(" or ")} on two branches, kept ${json(r.kept)}`).join("")}`
      ];
    case "await":
      return [`${step} waits for a person: ${inlineText(event.note ?? "")}`];
    case "approve":
    case "reject": {
      const by = event.by === undefined ? "" : ` by ${inlineText(event.by)}`;
      const note = event.note === undefined ? "" : `${event.kind === "reject" ? ": " : " ("}${inlineText(event.note)}`;
      return [
        `${event.kind === "approve" ? "approved" : "rejected"} ${step}${by}${note}${note && event.kind === "approve" ? ")" : ""}`
      ];
    }
    case "spec":
      return [`accepted the changed spec ${inlineText(event.spec?.path ?? "")} as the one to follow`];
    case "rename":
      return [`renamed to ${inlineText(event.workflow ?? "")}`];
    case "edit": {
      const keys = [...Object.keys(event.state ?? {}), ...event.removed ?? []].map((k) => inlineText(k));
      return [`edited by hand${keys.length ? ` (${keys.join(", ")})` : ""}`];
    }
    default:
      return attempt && attempt.number > 1 ? [`went on with ${step}${again}`] : [];
  }
}
function linkTo(path) {
  const slashed = path.replaceAll("\\", "/");
  const target = /^[A-Za-z]:\//.test(slashed) ? `file:///${slashed}` : slashed.startsWith("/") ? slashed : `../../../../${slashed}`;
  return encodeURI(target).replace(/[()#?<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// .claude/skills/session/lib/format/yaml.ts
var UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
var AMBIGUOUS_KEY = /^(y|n|yes|no|on|off|true|false|null)$/i;
function quote(text) {
  if (!text.isWellFormed())
    throw new SessionError(`cannot write ${JSON.stringify(text)} into an archive: it holds a lone UTF-16 surrogate, which YAML ` + `readers reject`, "Fix that value with `session set NAME STEP '{...}'` (or by hand, then `session doctor --fix`), then save again.");
  return JSON.stringify(text).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var MAX_IMPLICIT_KEY = 1000;
function key(name) {
  if (PLAIN_KEY.test(name) && !AMBIGUOUS_KEY.test(name))
    return name;
  return name === "<<" ? `!!str ${quote(name)}` : quote(name);
}
function scalar(value) {
  if (typeof value === "string")
    return quote(value);
  if (typeof value === "number") {
    return String(value).replace(/^(-?\d+)(e)/, "$1.0$2");
  }
  return String(value);
}
function isEmptyCollection(value) {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}
function block(value, indent) {
  if (Array.isArray(value)) {
    return value.flatMap((item) => withLead(`${indent}- `, item, `${indent}  `));
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([name, item]) => {
      const nested = typeof item === "object" && item !== null && !isEmptyCollection(item);
      const rendered = key(name);
      if ([...rendered].length > MAX_IMPLICIT_KEY || rendered.startsWith("!!")) {
        return [
          `${indent}? ${rendered}`,
          ...nested ? [`${indent}:`, ...block(item, `${indent}  `)] : [`${indent}: ${inline(item)}`]
        ];
      }
      const head = `${indent}${rendered}:`;
      return nested ? [head, ...block(item, `${indent}  `)] : [`${head} ${inline(item)}`];
    });
  }
  return [`${indent}${scalar(value)}`];
}
function withLead(lead, value, indent) {
  if (typeof value !== "object" || value === null || isEmptyCollection(value))
    return [`${lead}${inline(value)}`];
  const [first, ...rest] = block(value, indent);
  return [`${lead}${first.slice(indent.length)}`, ...rest];
}
function inline(value) {
  if (Array.isArray(value))
    return "[]";
  if (value !== null && typeof value === "object")
    return "{}";
  return scalar(value);
}
function renderYaml(value) {
  return `${block(value, "").join(`
`)}
`;
}

// .claude/skills/session/lib/format/archive.ts
function saveEvent(session, { status, endedAt, notes }) {
  const event = { rev: session.rev + 1, at: endedAt, kind: "save", step: session.step, status };
  if (notes !== undefined)
    event.note = notes;
  return event;
}
function inArchiveOrder(saved) {
  return orderKeys(saved, ARCHIVE_KEYS);
}
function renderArchive(state) {
  const { events, ...withoutTimeline } = state;
  const frontmatter = renderYaml(withoutTimeline);
  const timeline = events === undefined ? "" : `
${renderTimelineBlock(events)}`;
  return `---
${frontmatter}---

${renderReport(state)}${timeline}`;
}
var MAX_SLUG = 60;
function slug(text) {
  const words = import_slugify.default(text.replace(/[^\p{L}\p{N}]+/gu, " "), { lower: true, strict: true, trim: true });
  return words.length <= MAX_SLUG ? words : words.slice(0, MAX_SLUG).replace(/-[^-]*$/, "");
}
function archiveFileNames(workflow, endedAt, label, id) {
  const labelSlug = label ? slug(label) : "";
  return numbered(`${endedAt.slice(0, 10)}-${slug(workflow)}${labelSlug ? `-${labelSlug}` : ""}-${id.slice(0, 6)}.md`, ".md");
}
function archiveLabel(session, label) {
  if (label !== undefined)
    return label;
  const branch = session.context.branch;
  return typeof branch === "string" ? branch : undefined;
}

// .claude/skills/session/lib/store/save.ts
function saveSession(store, name, options) {
  return locked(store, name, (lock) => {
    const stored = readLocked(store, name);
    const session = stored?.workflow === name ? stored : undefined;
    checkId(session, name, options.expectId);
    if (!session)
      throw notActive(name);
    if (options.expectRev !== undefined && session.rev !== options.expectRev) {
      throw new ConflictError(`${name} was written (rev ${session.rev}) while it was being saved`, "Safe to retry.");
    }
    const result = writeArchive(store, session, options, lock);
    const path = sessionPath(store, name);
    lock.verify();
    removeFile(path);
    failpoint("after-state-remove");
    emit(store, {
      op: "archive",
      workflow: result.workflow,
      id: result.id,
      path,
      archive: join(store.paths.root, result.archive)
    });
    clearMarker(store, name);
    return result;
  });
}
function writeArchive(store, session, options, lock) {
  const ending = saveEvent(session, {
    status: options.status ?? (session.status === "failed" ? "failed" : "completed"),
    endedAt: options.now,
    notes: options.notes
  });
  const state = inArchiveOrder(appendEvents(store, session, [ending]));
  ensureDir(store.paths.archives);
  const names = archiveFileNames(session.workflow, options.now, archiveLabel(session, options.label), session.id);
  const archive = writeFileNew(names.map((file) => join(store.paths.archives, file)), renderArchive(state), lock.verify);
  failpoint("after-archive-write");
  return { workflow: state.workflow, id: state.id, status: state.status, archive: relativePath(store.paths, archive) };
}
function removeArchive(store, path, workflow) {
  return locked(store, workflow, (lock) => {
    lock.verify();
    const removed = removeFile(path);
    if (removed)
      emit(store, { op: "remove-archive", path });
    return removed;
  });
}
function moveArchive(store, path, workflow, to) {
  return locked(store, workflow, (lock) => {
    if (!exists(path))
      return;
    lock.verify();
    const moved = moveFileNew(path, numbered(to, ".md"));
    emit(store, { op: "move-archive", path, to: moved });
    return moved;
  });
}

// .claude/skills/session/lib/store/cleanup.ts
function planCleanup(sessions, archives, options) {
  const now = options.now.getTime();
  const { staleMs, olderThanMs } = options;
  const stale = staleMs === undefined ? [] : sessions.filter((s) => now - Date.parse(s.updated_at) >= staleMs);
  const prune = olderThanMs === undefined ? [] : archives.filter(({ state }) => Date.parse(state.ended_at) < now - olderThanMs && (!options.completedOnly || state.status === "completed"));
  return { stale, prune };
}
async function cleanup(store, options) {
  if (options.moveTo !== undefined)
    checkTarget(store, options.moveTo);
  const active = options.staleMs === undefined ? { sessions: [], unreadable: [] } : await listSessions(store);
  const stored = options.olderThanMs === undefined ? { archives: [], unreadable: [] } : await listArchives(store);
  const plan = planCleanup(active.sessions, stored.archives, options);
  failpoint("after-resolve");
  const skipped = [...active.unreadable, ...stored.unreadable].map(({ path, reason }) => ({
    path: relativePath(store.paths, path),
    reason
  }));
  const report = { dry_run: Boolean(options.dryRun), archived: [], removed: [], moved: [], skipped };
  const now = formatTimestamp(options.now);
  if (options.moveTo && !options.dryRun && plan.prune.length > 0)
    ensureDir(options.moveTo);
  try {
    run(store, plan, options, now, report);
  } catch (error) {
    return { report, error };
  }
  return { report };
}
function run(store, plan, options, now, report) {
  for (const session of plan.stale) {
    const status = session.status === "completed" ? "completed" : "abandoned";
    if (options.dryRun) {
      report.archived.push({ workflow: session.workflow, id: session.id, status, archive: null });
      continue;
    }
    const notes = `Archived by cleanup: untouched since ${session.updated_at}.`;
    try {
      report.archived.push(saveSession(store, session.workflow, { status, notes, now, expectRev: session.rev, expectId: session.id }));
    } catch (error) {
      if (!(error instanceof ConflictError || error instanceof NotFoundError))
        throw error;
      report.skipped.push({
        path: relativePath(store.paths, sessionPath(store, session.workflow)),
        reason: error.message
      });
    }
  }
  for (const { path, state } of plan.prune) {
    const gone = { path: relativePath(store.paths, path), reason: "removed or moved by another process meanwhile" };
    if (options.moveTo) {
      const target = join(options.moveTo, basename(path));
      const to = options.dryRun ? target : moveArchive(store, path, state.workflow, target);
      if (to === undefined)
        report.skipped.push(gone);
      else
        report.moved.push({ from: relativePath(store.paths, path), to: relativePath(store.paths, to) });
    } else if (options.dryRun || removeArchive(store, path, state.workflow)) {
      report.removed.push(relativePath(store.paths, path));
    } else {
      report.skipped.push(gone);
    }
  }
}
function checkTarget(store, target) {
  if (!isDirectoryOrAbsent(target))
    throw new UsageError(`--archive ${target} is not a folder`, "Give a folder (it is created if it does not exist).");
  const state = realPath(join(store.paths.root, "ia", "state"));
  const real = realPath(target);
  if (real === state || real.startsWith(`${state}/`)) {
    throw new UsageError(`--archive ${target} is inside ia/state: the archives would only be renamed, or hidden among active state`, "Give a folder outside ia/state.");
  }
}

// .claude/skills/session/lib/commands/cleanup.ts
var cleanup_default = defineCommand({
  name: "cleanup",
  summary: "remove old archives and archive sessions left untouched",
  args: {},
  options: {
    "older-than": { type: "string", value: "AGE", help: "remove archives of sessions that ended more than AGE ago" },
    completed: { type: "boolean", help: "with --older-than, only archives of completed sessions" },
    archive: {
      type: "string",
      value: "DIR",
      help: "with --older-than, move those archives into DIR instead of deleting them"
    },
    stale: { type: "string", value: "AGE", help: "save active sessions not updated for AGE as abandoned" },
    "dry-run": { type: "boolean", help: "show what would happen, change nothing" }
  },
  description: `Needs a scope: --older-than, --stale or both. Active state is never deleted:
stale sessions are saved (as abandoned) to an archive like \`save\` does.
Prints what it did (or would do, with --dry-run) as JSON:
{dry_run, archived, removed, moved, skipped}.
AGE is a number and a unit: 90s, 45m, 12h, 30d, 2w.`,
  footer: "Exit codes: 0 ok, 1 failed part-way (what was done is printed), 2 bad input, 4 corrupt state folder.",
  json: true,
  async run(ctx) {
    const v = ctx.values;
    const olderThan = v["older-than"];
    if (olderThan === undefined && v.stale === undefined) {
      throw new UsageError("cleanup needs a scope: --older-than AGE, --stale AGE, or both", "Try `session cleanup --older-than 30d --dry-run`.");
    }
    if (olderThan === undefined && (v.completed || v.archive !== undefined)) {
      throw new UsageError("--completed and --archive apply to --older-than");
    }
    if (v.archive === "")
      throw new UsageError("--archive needs a folder");
    const { report, error } = await cleanup(ctx.store, {
      olderThanMs: olderThan === undefined ? undefined : parseDuration(olderThan),
      staleMs: v.stale === undefined ? undefined : parseDuration(v.stale),
      completedOnly: Boolean(v.completed),
      moveTo: v.archive === undefined ? undefined : resolve(ctx.cwd, v.archive),
      dryRun: Boolean(v["dry-run"]),
      now: ctx.nowDate()
    });
    if (error === undefined)
      return report;
    ctx.printJson(report);
    throw error;
  }
});
})
