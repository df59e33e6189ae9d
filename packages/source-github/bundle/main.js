import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) =>
  function __require() {
    try {
      return (mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports);
    } catch (e) {
      throw ((mod = 0), e);
    }
  };
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (const key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (
  (target = mod != null ? __create(__getProtoOf(mod)) : {}),
  __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule ? __defProp(target, 'default', { value: mod, enumerable: true }) : target,
    mod,
  )
);

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  'node_modules/ajv/dist/compile/codegen/code.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.regexpCode =
      exports.getEsmExportName =
      exports.getProperty =
      exports.safeStringify =
      exports.stringify =
      exports.strConcat =
      exports.addCodeArg =
      exports.str =
      exports._ =
      exports.nil =
      exports._Code =
      exports.Name =
      exports.IDENTIFIER =
      exports._CodeOrName =
        void 0;
    var _CodeOrName = class {};
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s)) throw new Error('CodeGen: name must be a valid identifier');
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === 'string' ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1) return false;
        const item = this._items[0];
        return item === '' || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0
          ? _a
          : (this._str = this._items.reduce((s, c) => `${s}${c}`, ''));
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0
          ? _a
          : (this._names = this._items.reduce((names, c) => {
              if (c instanceof Name) names[c.str] = (names[c.str] || 0) + 1;
              return names;
            }, {}));
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code('');
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code('+');
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code) code.push(...arg._items);
      else if (arg instanceof Name) code.push(arg);
      else code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = '+';
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""') return a;
      if (a === '""') return b;
      if (typeof a == 'string') {
        if (b instanceof Name || a[a.length - 1] !== '"') return;
        if (typeof b != 'string') return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"') return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == 'string' && b[0] === '"' && !(a instanceof Name)) return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == 'number' || typeof x == 'boolean' || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(',') : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x)
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == 'string' && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == 'string' && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  },
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  'node_modules/ajv/dist/compile/codegen/scope.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    ((UsedValueState2) => {
      UsedValueState2[(UsedValueState2['Started'] = 0)] = 'Started';
      UsedValueState2[(UsedValueState2['Completed'] = 1)] = 'Completed';
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name('const'),
      let: new code_1.Name('let'),
      var: new code_1.Name('var'),
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (
          ((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0
            ? void 0
            : _b.has(prefix)) ||
          (this._prefixes && !this._prefixes.has(prefix))
        ) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0) throw new Error('CodeGen: ref must be passed in value');
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name) return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs) return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0) throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(
          values,
          (name) => {
            if (name.value === void 0) throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
          },
          usedValues,
          getCode,
        );
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs) continue;
          const nameSet = (usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map());
          vs.forEach((name) => {
            if (nameSet.has(name)) return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  },
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  'node_modules/ajv/dist/compile/codegen/index.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.or =
      exports.and =
      exports.not =
      exports.CodeGen =
      exports.operators =
      exports.varKinds =
      exports.ValueScopeName =
      exports.ValueScope =
      exports.Scope =
      exports.Name =
      exports.regexpCode =
      exports.stringify =
      exports.getProperty =
      exports.nil =
      exports.strConcat =
      exports.str =
      exports._ =
        void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, '_', { enumerable: true, get: () => code_2._ });
    Object.defineProperty(exports, 'str', { enumerable: true, get: () => code_2.str });
    Object.defineProperty(exports, 'strConcat', { enumerable: true, get: () => code_2.strConcat });
    Object.defineProperty(exports, 'nil', { enumerable: true, get: () => code_2.nil });
    Object.defineProperty(exports, 'getProperty', { enumerable: true, get: () => code_2.getProperty });
    Object.defineProperty(exports, 'stringify', { enumerable: true, get: () => code_2.stringify });
    Object.defineProperty(exports, 'regexpCode', { enumerable: true, get: () => code_2.regexpCode });
    Object.defineProperty(exports, 'Name', { enumerable: true, get: () => code_2.Name });
    var scope_2 = require_scope();
    Object.defineProperty(exports, 'Scope', { enumerable: true, get: () => scope_2.Scope });
    Object.defineProperty(exports, 'ValueScope', { enumerable: true, get: () => scope_2.ValueScope });
    Object.defineProperty(exports, 'ValueScopeName', { enumerable: true, get: () => scope_2.ValueScopeName });
    Object.defineProperty(exports, 'varKinds', { enumerable: true, get: () => scope_2.varKinds });
    exports.operators = {
      GT: new code_1._Code('>'),
      GTE: new code_1._Code('>='),
      LT: new code_1._Code('<'),
      LTE: new code_1._Code('<='),
      EQ: new code_1._Code('==='),
      NEQ: new code_1._Code('!=='),
      NOT: new code_1._Code('!'),
      OR: new code_1._Code('||'),
      AND: new code_1._Code('&&'),
      ADD: new code_1._Code('+'),
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? '' : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str]) return;
        if (this.rhs) this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects) return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : '';
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), '');
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n)) nodes.splice(i, 1, ...n);
          else if (n) nodes[i] = n;
          else nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants)) continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return '{' + opts._n + super.render(opts) + '}' + opts._n;
      }
    };
    var Root = class extends ParentNode {};
    var Else = class extends BlockNode {};
    Else.kind = 'else';
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else) code += 'else ' + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true) return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false) return e instanceof _If ? e : e.nodes;
          if (this.nodes.length) return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length) return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else)) return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else) addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = 'if';
    var For = class extends BlockNode {};
    For.kind = 'for';
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants)) return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants)) return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? 'async ' : '';
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = 'func';
    var Return = class extends ParentNode {
      render(opts) {
        return 'return ' + super.render(opts);
      }
    };
    Return.kind = 'return';
    var Try = class extends BlockNode {
      render(opts) {
        let code = 'try' + super.render(opts);
        if (this.catch) code += this.catch.render(opts);
        if (this.finally) code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch) addNames(names, this.catch.names);
        if (this.finally) addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = 'catch';
    var Finally = class extends BlockNode {
      render(opts) {
        return 'finally' + super.render(opts);
      }
    };
    Finally.kind = 'finally';
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? '\n' : '' };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant) this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == 'function') c();
        else if (c !== code_1.nil) this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ['{'];
        for (const [key, value] of keyValues) {
          if (code.length > 1) code.push(',');
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(':');
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push('}');
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody) this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var('_arr', iterable);
          return this.forRange('_i', 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter('of', varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter('in', varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1) throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode) throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name('e');
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body) this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0) throw new Error('CodeGen: not in self-balancing block');
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== void 0 && toClose !== nodeCount)) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody) this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from) names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name) return replaceName(expr);
      if (!canOptimize(expr)) return expr;
      return new code_1._Code(
        expr._items.reduce((items, c) => {
          if (c instanceof code_1.Name) c = replaceName(c);
          if (c instanceof code_1._Code) items.push(...c._items);
          else items.push(c);
          return items;
        }, []),
      );
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1) return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return (
          e instanceof code_1._Code &&
          e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0)
        );
      }
    }
    function subtractNames(names, from) {
      for (const n in from) names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == 'boolean' || typeof x == 'number' || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`);
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  },
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  'node_modules/ajv/dist/compile/util.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.checkStrictMode =
      exports.getErrorPath =
      exports.Type =
      exports.useFunc =
      exports.setEvaluated =
      exports.evaluatedPropsToName =
      exports.mergeEvaluated =
      exports.eachItem =
      exports.unescapeJsonPointer =
      exports.escapeJsonPointer =
      exports.escapeFragment =
      exports.unescapeFragment =
      exports.schemaRefOrVal =
      exports.schemaHasRulesButRef =
      exports.schemaHasRules =
      exports.checkUnknownRules =
      exports.alwaysValidSchema =
      exports.toHash =
        void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr) hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == 'boolean') return schema;
      if (Object.keys(schema).length === 0) return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self: self2 } = it;
      if (!opts.strictSchema) return;
      if (typeof schema === 'boolean') return;
      const rules = self2.RULES.keywords;
      for (const key in schema) {
        if (!rules[key]) checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == 'boolean') return !schema;
      for (const key in schema) if (rules[key]) return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == 'boolean') return !schema;
      for (const key in schema) if (key !== '$ref' && RULES.all[key]) return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == 'number' || typeof schema == 'boolean') return schema;
        if (typeof schema == 'string') return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == 'number') return `${str}`;
      return str.replace(/~/g, '~0').replace(/\//g, '~1');
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, '/').replace(/~0/g, '~');
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs) f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res =
          to === void 0
            ? from
            : to instanceof codegen_1.Name
              ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
              : from instanceof codegen_1.Name
                ? (mergeToName(gen, to, from), from)
                : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) =>
          gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
            gen.if(
              (0, codegen_1._)`${from} === true`,
              () => gen.assign(to, true),
              () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`),
            );
          }),
        mergeToName: (gen, from, to) =>
          gen.if((0, codegen_1._)`${to} !== true`, () => {
            if (from === true) {
              gen.assign(to, true);
            } else {
              gen.assign(to, (0, codegen_1._)`${to} || {}`);
              setEvaluated(gen, to, from);
            }
          }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) =>
          gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () =>
            gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`),
          ),
        mergeToName: (gen, from, to) =>
          gen.if((0, codegen_1._)`${to} !== true`, () =>
            gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`),
          ),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var('items', items),
      }),
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true) return gen.var('props', true);
      const props = gen.var('props', (0, codegen_1._)`{}`);
      if (ps !== void 0) setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue('func', {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
      });
    }
    exports.useFunc = useFunc;
    var Type;
    ((Type2) => {
      Type2[(Type2['Num'] = 0)] = 'Num';
      Type2[(Type2['Str'] = 1)] = 'Str';
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
          ? isNumber
            ? (0, codegen_1._)`"[" + ${dataProp} + "]"`
            : (0, codegen_1._)`"['" + ${dataProp} + "']"`
          : isNumber
            ? (0, codegen_1._)`"/" + ${dataProp}`
            : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : '/' + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode) return;
      msg = `strict mode: ${msg}`;
      if (mode === true) throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  },
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  'node_modules/ajv/dist/compile/names.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name('data'),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name('valCxt'),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name('instancePath'),
      parentData: new codegen_1.Name('parentData'),
      parentDataProperty: new codegen_1.Name('parentDataProperty'),
      rootData: new codegen_1.Name('rootData'),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name('dynamicAnchors'),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name('vErrors'),
      // null or array of validation errors
      errors: new codegen_1.Name('errors'),
      // counter of validation errors
      this: new codegen_1.Name('this'),
      // "globals"
      self: new codegen_1.Name('self'),
      scope: new codegen_1.Name('scope'),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name('json'),
      jsonPos: new codegen_1.Name('jsonPos'),
      jsonLen: new codegen_1.Name('jsonLen'),
      jsonPart: new codegen_1.Name('jsonPart'),
    };
    exports.default = names;
  },
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  'node_modules/ajv/dist/compile/errors.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.extendErrors =
      exports.resetErrorsCount =
      exports.reportExtraError =
      exports.reportError =
      exports.keyword$DataError =
      exports.keywordError =
        void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`,
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) =>
        schemaType
          ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)`
          : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`,
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () =>
        gen.if(
          errsCount,
          () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount),
          () => gen.assign(names_1.default.vErrors, null),
        ),
      );
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0) throw new Error('ajv implementation error');
      const err = gen.name('err');
      gen.forRange('i', errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () =>
          gen.assign(
            (0, codegen_1._)`${err}.instancePath`,
            (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath),
          ),
        );
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const('err', errObj);
      gen.if(
        (0, codegen_1._)`${names_1.default.vErrors} === null`,
        () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`),
        (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`,
      );
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name('keyword'),
      schemaPath: new codegen_1.Name('schemaPath'),
      // also used in JTD errors
      params: new codegen_1.Name('params'),
      propertyName: new codegen_1.Name('propertyName'),
      message: new codegen_1.Name('message'),
      schema: new codegen_1.Name('schema'),
      parentSchema: new codegen_1.Name('parentSchema'),
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false) return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [errorInstancePath(it, errorPaths), errorSchemaPath(cxt, errorPaths)];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath
        ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push(
        [E.keyword, keyword],
        [E.params, typeof params == 'function' ? params(cxt) : params || (0, codegen_1._)`{}`],
      );
      if (opts.messages) {
        keyValues.push([E.message, typeof message == 'function' ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push(
          [E.schema, schemaValue],
          [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`],
          [names_1.default.data, data],
        );
      }
      if (propertyName) keyValues.push([E.propertyName, propertyName]);
    }
  },
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  'node_modules/ajv/dist/compile/validate/boolSchema.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: 'boolean schema is false',
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == 'object' && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: 'false schema',
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  },
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  'node_modules/ajv/dist/compile/rules.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == 'string' && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups2 = {
        number: { type: 'number', rules: [] },
        string: { type: 'string', rules: [] },
        array: { type: 'array', rules: [] },
        object: { type: 'object', rules: [] },
      };
      return {
        types: { ...groups2, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups2.number, groups2.string, groups2.array, groups2.object],
        post: { rules: [] },
        all: {},
        keywords: {},
      };
    }
    exports.getRules = getRules;
  },
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  'node_modules/ajv/dist/compile/validate/applicability.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self: self2 }, type) {
      const group = self2.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return (
        schema[rule.keyword] !== void 0 ||
        ((_a = rule.definition.implements) === null || _a === void 0
          ? void 0
          : _a.some((kwd) => schema[kwd] !== void 0))
      );
    }
    exports.shouldUseRule = shouldUseRule;
  },
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  'node_modules/ajv/dist/compile/validate/dataType.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.reportTypeError =
      exports.checkDataTypes =
      exports.checkDataType =
      exports.coerceAndCheckDataType =
      exports.getJSONTypes =
      exports.getSchemaTypes =
      exports.DataType =
        void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    ((DataType2) => {
      DataType2[(DataType2['Correct'] = 0)] = 'Correct';
      DataType2[(DataType2['Wrong'] = 1)] = 'Wrong';
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes('null');
      if (hasNull) {
        if (schema.nullable === false) throw new Error('type: null contradicts nullable: false');
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true) types.push('null');
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType)) return types;
      throw new Error('type must be JSONType or JSONType[]: ' + types.join(','));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes =
        types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length) coerceData(it, types, coerceTo);
          else reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(['string', 'number', 'integer', 'boolean', 'null']);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === 'array' && t === 'array')) : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let('dataType', (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let('coerced', (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === 'array') {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () =>
          gen
            .assign(data, (0, codegen_1._)`${data}[0]`)
            .assign(dataType, (0, codegen_1._)`typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)),
        );
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === 'array' && opts.coerceTypes === 'array')) {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case 'string':
            gen
              .elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`)
              .assign(coerced, (0, codegen_1._)`"" + ${data}`)
              .elseIf((0, codegen_1._)`${data} === null`)
              .assign(coerced, (0, codegen_1._)`""`);
            return;
          case 'number':
            gen
              .elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
              .assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case 'integer':
            gen
              .elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
              .assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case 'boolean':
            gen
              .elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`)
              .assign(coerced, false)
              .elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`)
              .assign(coerced, true);
            return;
          case 'null':
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case 'array':
            gen
              .elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
              .assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () =>
        gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr),
      );
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ2 = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case 'null':
          return (0, codegen_1._)`${data} ${EQ2} null`;
        case 'array':
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case 'object':
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case 'integer':
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case 'number':
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ2} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)(
          (0, codegen_1._)`typeof ${data} == "number"`,
          _cond,
          strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil,
        );
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number) delete types.integer;
      for (const t in types) cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) =>
        typeof schema == 'string' ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`,
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, 'type');
      return {
        gen,
        keyword: 'type',
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
      };
    }
  },
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  'node_modules/ajv/dist/compile/validate/defaults.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === 'object' && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === 'array' && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0) return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === 'empty') {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  },
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  'node_modules/ajv/dist/vocabularies/code.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.validateUnion =
      exports.validateArray =
      exports.usePattern =
      exports.callValidateCode =
      exports.schemaProperties =
      exports.allSchemaProperties =
      exports.noPropertyInData =
      exports.propertyInData =
      exports.isOwnProperty =
      exports.hasPropFunc =
      exports.reportMissingProp =
      exports.checkMissingProp =
      exports.checkReportMissingProp =
        void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(
        ...properties.map((prop) =>
          (0, codegen_1.and)(
            noPropertyInData(gen, data, prop, opts.ownProperties),
            (0, codegen_1._)`${missing} = ${prop}`,
          ),
        ),
      );
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue('func', {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`,
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== '__proto__') : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode(
      { schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it },
      func,
      context,
      passSchema,
    ) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
      ];
      if (it.opts.dynamicRef) valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil
        ? (0, codegen_1._)`${func}.call(${context}, ${args})`
        : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? 'u' : '';
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue('pattern', {
        key: rx.toString(),
        ref: rx,
        code: (0,
        codegen_1._)`${regExp.code === 'new RegExp' ? newRegExp : ((0, util_2.useFunc))(gen, regExp)}(${pattern}, ${u})`,
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name('valid');
      if (it.allErrors) {
        const validArr = gen.let('valid', true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const('len', (0, codegen_1._)`${data}.length`);
        gen.forRange('i', 0, len, (i) => {
          cxt.subschema(
            {
              keyword,
              dataProp: i,
              dataPropType: util_1.Type.Num,
            },
            valid,
          );
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema)) throw new Error('ajv implementation error');
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated) return;
      const valid = gen.let('valid', false);
      const schValid = gen.name('_valid');
      gen.block(() =>
        schema.forEach((_sch, i) => {
          const schCxt = cxt.subschema(
            {
              keyword,
              schemaProp: i,
              compositeRule: true,
            },
            schValid,
          );
          gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
          const merged = cxt.mergeValidEvaluated(schCxt, schValid);
          if (!merged) gen.if((0, codegen_1.not)(valid));
        }),
      );
      cxt.result(
        valid,
        () => cxt.reset(),
        () => cxt.error(true),
      );
    }
    exports.validateUnion = validateUnion;
  },
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  'node_modules/ajv/dist/compile/validate/keyword.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.validateKeywordUsage =
      exports.validSchemaType =
      exports.funcKeywordCode =
      exports.macroKeywordCode =
        void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false) it.self.validateSchema(macroSchema, true);
      const valid = gen.name('valid');
      cxt.subschema(
        {
          schema: macroSchema,
          schemaPath: codegen_1.nil,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`,
          topSchemaRef: schemaRef,
          compositeRule: true,
        },
        valid,
      );
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let('valid');
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying) modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying) modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let('ruleErrs', null);
        gen.try(
          () => assignValid((0, codegen_1._)`await `),
          (e) =>
            gen.assign(valid, false).if(
              (0, codegen_1._)`${e} instanceof ${it.ValidationError}`,
              () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`),
              () => gen.throw(e),
            ),
        );
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(('compile' in def && !$data) || def.schema === false);
        gen.assign(
          valid,
          (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`,
          def.modifying,
        );
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if(
        (0, codegen_1._)`Array.isArray(${errs})`,
        () => {
          gen
            .assign(
              names_1.default.vErrors,
              (0,
              codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`,
            )
            .assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
          (0, errors_1.extendErrors)(cxt);
        },
        () => cxt.error(),
      );
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async) throw new Error('async keyword in sync schema');
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0) throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue(
        'keyword',
        typeof result == 'function' ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) },
      );
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return (
        !schemaType.length ||
        schemaType.some((st) =>
          st === 'array'
            ? Array.isArray(schema)
            : st === 'object'
              ? schema && typeof schema == 'object' && !Array.isArray(schema)
              : typeof schema == st || (allowUndefined && typeof schema == 'undefined'),
        )
      );
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self: self2, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error('ajv implementation error');
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.hasOwn(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(',')}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg =
            `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
            self2.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === 'log') self2.logger.error(msg);
          else throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  },
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  'node_modules/ajv/dist/compile/validate/subschema.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0
          ? {
              schema: sch,
              schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
              errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
          : {
              schema: sch[schemaProp],
              schemaPath: (0,
              codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
              errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath,
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let('data', (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0,
        codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let('data', data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0) subschema.propertyName = propertyName;
      }
      if (dataTypes) subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0) subschema.compositeRule = compositeRule;
      if (createErrors !== void 0) subschema.createErrors = createErrors;
      if (allErrors !== void 0) subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  },
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  'node_modules/fast-deep-equal/index.js'(exports, module) {
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == 'object' && typeof b == 'object') {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; ) if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; ) if (!Object.hasOwn(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  },
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  'node_modules/json-schema-traverse/index.js'(exports, module) {
    var traverse = (module.exports = (schema, opts, cb) => {
      if (typeof opts == 'function') {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == 'function' ? cb : cb.pre || (() => {});
      var post = cb.post || (() => {});
      _traverse(opts, pre, post, schema, '', schema);
    });
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true,
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true,
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true,
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true,
    };
    function _traverse(
      opts,
      pre,
      post,
      schema,
      jsonPtr,
      rootSchema,
      parentJsonPtr,
      parentKeyword,
      parentSchema,
      keyIndex,
    ) {
      if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == 'object') {
              for (var prop in sch)
                _traverse(
                  opts,
                  pre,
                  post,
                  sch[prop],
                  jsonPtr + '/' + key + '/' + escapeJsonPtr(prop),
                  rootSchema,
                  jsonPtr,
                  key,
                  schema,
                  prop,
                );
            }
          } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
            _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, '~0').replace(/\//g, '~1');
    }
  },
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  'node_modules/ajv/dist/compile/resolve.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.getSchemaRefs =
      exports.resolveUrl =
      exports.normalizeId =
      exports._getFullPath =
      exports.getFullPath =
      exports.inlineRef =
        void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      'type',
      'format',
      'pattern',
      'maxLength',
      'minLength',
      'maxProperties',
      'minProperties',
      'maxItems',
      'minItems',
      'maximum',
      'minimum',
      'uniqueItems',
      'multipleOf',
      'required',
      'enum',
      'const',
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == 'boolean') return true;
      if (limit === true) return !hasRef(schema);
      if (!limit) return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      '$ref',
      '$recursiveRef',
      '$recursiveAnchor',
      '$dynamicRef',
      '$dynamicAnchor',
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key)) return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef)) return true;
        if (typeof sch == 'object' && hasRef(sch)) return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === '$ref') return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key)) continue;
        if (typeof schema[key] == 'object') {
          (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity) return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = '', normalize) {
      if (normalize !== false) id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split('#')[0] + '#';
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, '') : '';
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == 'boolean') return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { '': schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0) return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == 'string') innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref)) throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == 'string') schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == 'object') {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === '#') {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == 'string') {
            if (!ANCHOR.test(anchor)) throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2)) throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  },
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  'node_modules/ajv/dist/compile/validate/index.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(
          validateName,
          (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`,
          schemaEnv.$async,
          () => {
            gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
          },
        );
      } else {
        gen.func(
          validateName,
          (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`,
          schemaEnv.$async,
          () => gen.code(funcSourceUrl(schema, opts)).code(body),
        );
      }
    }
    function destructureValCxt(opts) {
      return (0,
      codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? ((0, codegen_1._))`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(
        names_1.default.valCxt,
        () => {
          gen.var(
            names_1.default.instancePath,
            (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`,
          );
          gen.var(
            names_1.default.parentData,
            (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`,
          );
          gen.var(
            names_1.default.parentDataProperty,
            (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`,
          );
          gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
          if (opts.dynamicRef)
            gen.var(
              names_1.default.dynamicAnchors,
              (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`,
            );
        },
        () => {
          gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
          gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
          gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
          gen.var(names_1.default.rootData, names_1.default.data);
          if (opts.dynamicRef) gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
        },
      );
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment) commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated) resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const('evaluated', (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () =>
        gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`),
      );
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () =>
        gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`),
      );
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == 'object' && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process)
        ? (0, codegen_1._)`/*# sourceURL=${schId} */`
        : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self: self2 }) {
      if (typeof schema == 'boolean') return !schema;
      for (const key in schema) if (self2.RULES.all[key]) return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != 'boolean';
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment) commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const('_errs', names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd) return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self: self2 } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self2.RULES)) {
        self2.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, 'default is ignored in the schema root');
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId) it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async) throw new Error('async schema in sync schema');
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == 'function') {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue('root', { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if(
          (0, codegen_1._)`${names_1.default.errors} === 0`,
          () => gen.return(names_1.default.data),
          () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`),
        );
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated) assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name) gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name) gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self: self2 } = it;
      const { RULES } = self2;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, '$ref', RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd) checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules) groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group)) return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors) gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const {
        gen,
        schema,
        opts: { useDefaults },
      } = it;
      if (useDefaults) (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes) return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes) checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length) return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(',')}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes('null'))) {
        strictTypesError(it, 'use allowUnionTypes to allow union type keyword');
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == 'object' && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(',')}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || (kwdT === 'number' && schTs.includes('integer'));
    }
    function includesType(ts, t) {
      return ts.includes(t) || (t === 'integer' && ts.includes('number'));
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t)) ts.push(t);
        else if (withTypes.includes('integer') && t === 'number') ts.push('integer');
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const('vSchema', getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ('code' in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const('_errs', names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction) failAction();
        else this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors) this.gen.endIf();
        } else {
          if (this.allErrors) this.gen.endIf();
          else this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors) this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors) this.gen.endIf();
        else this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data) return this.fail(condition);
        const { schemaCode } = this;
        this.fail(
          (0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`,
        );
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0) throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors) this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign) Object.assign(this.params, obj);
        else this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data) return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil) gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil) gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name)) throw new Error('ajv implementation error');
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0,
            codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue('validate$data', { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated) return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ('code' in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ('macro' in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === '') return names_1.default.rootData;
      if ($data[0] === '/') {
        if (!JSON_POINTER.test($data)) throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches) throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === '#') {
          if (up >= dataLevel) throw new Error(errorMsg('property/index', up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel) throw new Error(errorMsg('data', up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer) return data;
      }
      let expr = data;
      const segments = jsonPointer.split('/');
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  },
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  'node_modules/ajv/dist/runtime/validation_error.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super('validation failed');
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  },
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  'node_modules/ajv/dist/compile/ref_error.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  },
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  'node_modules/ajv/dist/compile/index.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.resolveSchema =
      exports.getCompilingSchema =
      exports.resolveRef =
      exports.compileSchema =
      exports.SchemaEnv =
        void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == 'object') schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId =
          (_a = env.baseId) !== null && _a !== void 0
            ? _a
            : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || '$id']);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch) return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue('Error', {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`,
        });
      }
      const validateName = gen.scopeName('validate');
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue(
          'schema',
          this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema },
        ),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? '' : '#'),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this,
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process) sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async) validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name,
          };
          if (validate.source) validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode) this.logger.error('Error compiling schema, function code:', sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc) return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema) _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0) return;
      return (root.refs[ref] = inlineOrCompile.call(this, _sch));
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs)) return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv)) return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == 'string') ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == 'string') {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== 'object') return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== 'object') return;
      if (!schOrRef.validate) compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId) baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      'properties',
      'patternProperties',
      'enum',
      'dependencies',
      'definitions',
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== '/') return;
      for (const part of parsedRef.fragment.slice(1).split('/')) {
        if (typeof schema === 'boolean') return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0) return;
        schema = partSchema;
        const schId = typeof schema === 'object' && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != 'boolean' && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema) return env;
      return void 0;
    }
  },
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  'node_modules/ajv/dist/refs/data.json'(exports, module) {
    module.exports = {
      $id: 'https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#',
      description: 'Meta-schema for $data reference (JSON AnySchema extension proposal)',
      type: 'object',
      required: ['$data'],
      properties: {
        $data: {
          type: 'string',
          anyOf: [{ format: 'relative-json-pointer' }, { format: 'json-pointer' }],
        },
      },
      additionalProperties: false,
    };
  },
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  'node_modules/fast-uri/lib/utils.js'(exports, module) {
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(
      /^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u,
    );
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = '0123456789ABCDEF';
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | (cp >> 6)] + BYTE_HEX[128 | (cp & 63)];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | (cp >> 12)] + BYTE_HEX[128 | ((cp >> 6) & 63)] + BYTE_HEX[128 | (cp & 63)];
      }
      return (
        BYTE_HEX[240 | (cp >> 18)] +
        BYTE_HEX[128 | ((cp >> 12) & 63)] +
        BYTE_HEX[128 | ((cp >> 6) & 63)] +
        BYTE_HEX[128 | (cp & 63)]
      );
    }
    function stringArrayToHexStripped(input) {
      let acc = '';
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
          return '';
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
          return '';
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === '0') {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(':');
      const head = hextets.slice(0, bestStart).join(':');
      const tail = hextets.slice(bestStart + bestLength).join(':');
      return head + '::' + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf('::');
      if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':');
      const right = compression === -1 ? [] : input.slice(compression + 2).split(':');
      if (compression !== -1) {
        if (left.length === 1 && left[0] === '') left.length = 0;
        if (right.length === 1 && right[0] === '') right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === '') return void 0;
        if (part.indexOf('.') !== -1) {
          if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push('0');
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === '[' && host[host.length - 1] === ']';
      const hasBracket = host[0] === '[' || host[host.length - 1] === ']';
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ':') < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = '';
      const zoneSeparator = input.indexOf('%');
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
        escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
        isIPV6: true,
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while ((len = input.length)) {
        if (len === 1) {
          if (input === '.') {
            break;
          } else if (input === '/') {
            output.push('/');
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === '.') {
            if (input[1] === '.') {
              break;
            } else if (input[1] === '/') {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === '/') {
            if (input[1] === '.' || input[1] === '/') {
              output.push('/');
              break;
            }
          }
        } else if (len === 3) {
          if (input === '/..') {
            if (output.length !== 0) {
              output.pop();
            }
            output.push('/');
            break;
          }
        }
        if (input[0] === '.') {
          if (input[1] === '.') {
            if (input[2] === '/') {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === '/') {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === '/') {
          if (input[1] === '.') {
            if (input[2] === '/') {
              input = input.slice(2);
              continue;
            } else if (input[2] === '.') {
              if (input[3] === '/') {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf('/', 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join('');
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === '' || path2[0] === '/') {
        return removeDotSegments(path2);
      }
      const segments = path2.split('/');
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === '.' || segment === '..') {
          if (segment === '..') {
            if (output.length !== 0 && output[output.length - 1] !== '..') {
              output.pop();
            } else {
              output.push('..');
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== '..') {
        output.push('');
      }
      if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
        output.unshift('.');
      }
      return output.join('/');
    }
    var HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf('%') === -1) {
        return input;
      }
      let output = '';
      for (let i = 0; i < input.length; i++) {
        if (input[i] === '%' && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += '%' + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = '';
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === '%' && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== '.' && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += '%' + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + ((code - 55296) << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = '';
      let firstSegment = pathNoScheme && input[0] !== '/';
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === '%' && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += '%' + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === '/') {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + ((code - 55296) << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = '';
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === '%' && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += '%' + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + ((code - 55296) << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return (
        (cp >= 48 && cp <= 57) ||
        (cp >= 65 && cp <= 90) ||
        (cp >= 97 && cp <= 122) ||
        cp === 42 ||
        cp === 43 ||
        cp === 45 ||
        cp === 46 ||
        cp === 47 ||
        cp === 64 ||
        cp === 95
      );
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = '';
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === '%' && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += '%' + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + ((code - 55296) << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = '';
      for (let i = 0; i < input.length; i++) {
        if (input[i] === '%' && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += '%' + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push('@');
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === 'number' || typeof component.port === 'string') {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError('URI port is malformed.');
        }
        uriTokens.push(':');
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join('') : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped,
    };
  },
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  'node_modules/fast-uri/lib/schemes.js'(exports, module) {
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames =
      /** @type {const} */
      ['http', 'https', 'ws', 'wss', 'urn', 'urn:uuid'];
    function isValidSchemeName(name) {
      return (
        supportedSchemeNames.indexOf(
          /** @type {*} */
          name,
        ) !== -1
      );
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return (
          wsComponent.scheme.length === 3 &&
          (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
          (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
          (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
        );
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || 'HTTP URIs must have a host.';
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === 'https';
      if (component.port === (secure ? 443 : 80) || component.port === '') {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = '/';
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '');
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === 'boolean') {
        wsComponent.scheme = wsComponent.secure ? 'wss' : 'ws';
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf('?');
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== '/' ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = 'URN can not be parsed';
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || 'urn';
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || 'URN can not be parsed.';
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error('URN without nid cannot be serialized');
      }
      const scheme = options.scheme || urnComponent.scheme || 'urn';
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || 'UUID is not valid.';
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || '').toLowerCase();
      return urnComponent;
    }
    var http =
      /** @type {SchemeHandler} */
      {
        scheme: 'http',
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize,
      };
    var https =
      /** @type {SchemeHandler} */
      {
        scheme: 'https',
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize,
      };
    var ws =
      /** @type {SchemeHandler} */
      {
        scheme: 'ws',
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize,
      };
    var wss =
      /** @type {SchemeHandler} */
      {
        scheme: 'wss',
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize,
      };
    var urn =
      /** @type {SchemeHandler} */
      {
        scheme: 'urn',
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true,
      };
    var urnuuid =
      /** @type {SchemeHandler} */
      {
        scheme: 'urn:uuid',
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true,
      };
    var SCHEMES =
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        'urn:uuid': urnuuid,
      };
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return (
        (scheme &&
          (/** @type {SchemeName} */
          SCHEMES[scheme] ||
            SCHEMES[
              /** @type {SchemeName} */
              scheme.toLowerCase()
            ])) ||
        void 0
      );
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler,
    };
  },
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  'node_modules/fast-uri/index.js'(exports, module) {
    var {
      normalizeIPv6,
      removeDotSegments,
      removeDotSegmentsRelative,
      recomposeAuthority,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeQuery,
      encodeFragment,
      reescapeHostDelimiters,
      isIPv4,
      nonSimpleDomain,
    } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.';
    var MALFORMED_HOST_ERROR = 'URI host is malformed.';
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === 'string') {
        uri = /** @type {T} */ normalizeString(uri, options);
      } else if (typeof uri === 'object') {
        uri = /** @type {T} */ parse3(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme,
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme,
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (
        baseMalformed ||
        relativeMalformed ||
        baseMalformedPercentEncoding ||
        relativeMalformedPercentEncoding ||
        baseMalformedSchemeSpecific ||
        relativeMalformedSchemeSpecific ||
        baseMalformedHost ||
        relativeMalformedHost ||
        baseMalformedScheme ||
        relativeMalformedScheme
      ) {
        throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.');
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP =
        resolvedHost !== void 0 && resolvedHost !== '' && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 && !/\P{ASCII}/u.test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse3(serialize(base, options), options);
        relative = parse3(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || '');
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || '');
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === '/') {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = '/' + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path;
              }
              target.path =
                base.scheme === void 0 && !baseHasAuthority && target.path[0] !== '/'
                  ? removeDotSegmentsRelative(target.path)
                  : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: '',
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === 'suffix') && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== 'suffix' && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ':');
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== 'suffix') {
          uriTokens.push('//');
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== '/') {
          uriTokens.push('/');
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== '/' ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === '/' && s[1] === '/') {
          s = '/%2F' + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push('?', encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push('#', encodeFragment(component.fragment));
      }
      return uriTokens.join('');
    }
    var URI_PARSE =
      /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== '/') {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
        return 'URI port is malformed.';
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf('%');
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf('%', percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === '[' && host[host.length - 1] === ']';
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return (
        hasMalformedPercentEncoding(matches[3]) ||
        (host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
        hasMalformedPercentEncoding(matches[6]) ||
        hasMalformedPercentEncoding(matches[7]) ||
        hasMalformedPercentEncoding(matches[8])
      );
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (
        !options.unicodeSupport &&
        (!schemeHandler || !schemeHandler.unicodeSupport) &&
        parsed.host &&
        !isIPLiteral(parsed.host) &&
        (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
        isIP === false &&
        nonSimpleDomain(parsed.host)
      ) {
        let url;
        try {
          url = new URL('http://' + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host &&
          isIP === false &&
          !isIPLiteral(parsed.host) &&
          (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
          FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host),
      );
    }
    function isHostOnlyURL(url) {
      return (
        url.username === '' &&
        url.password === '' &&
        url.port === '' &&
        url.pathname === '/' &&
        url.search === '' &&
        url.hash === '' &&
        url.hostname !== ''
      );
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: '',
        port: void 0,
        path: '',
        query: void 0,
        fragment: void 0,
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === 'suffix') {
        if (options.scheme) {
          uri = options.scheme + ':' + uri;
        } else {
          uri = '//' + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
        parsed.error = 'URI authority must not contain a literal backslash.';
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, '');
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== '//') {
            parsed.error = parsed.error || 'URI authority must not contain a literal backslash.';
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.';
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || '';
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || 'URI contains malformed percent-encoding.';
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (
          parsed.scheme === void 0 &&
          parsed.userinfo === void 0 &&
          parsed.host === void 0 &&
          parsed.port === void 0 &&
          parsed.query === void 0 &&
          !parsed.path
        ) {
          parsed.reference = 'same-document';
        } else if (parsed.scheme === void 0) {
          parsed.reference = 'relative';
        } else if (parsed.fragment === void 0) {
          parsed.reference = 'absolute';
        } else {
          parsed.reference = 'uri';
        }
        if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
          parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.';
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf('%') !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || 'URI can not be parsed.';
      }
      return {
        parsed,
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme,
      };
    }
    function parse3(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const {
        parsed,
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme,
      } = parseWithStatus(uri, opts);
      return {
        normalized:
          malformedAuthorityOrPort ||
          malformedPercentEncoding ||
          malformedSchemeSpecific ||
          malformedHost ||
          malformedScheme
            ? uri
            : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme,
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== 'string' && typeof uri !== 'object') {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === 'string' ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const {
        normalized,
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme,
      } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort ||
        malformedPercentEncoding ||
        malformedSchemeSpecific ||
        malformedHost ||
        malformedScheme
        ? void 0
        : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse3,
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  },
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  'node_modules/ajv/dist/runtime/uri.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  },
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  'node_modules/ajv/dist/core.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.CodeGen =
      exports.Name =
      exports.nil =
      exports.stringify =
      exports.str =
      exports._ =
      exports.KeywordCxt =
        void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, 'KeywordCxt', { enumerable: true, get: () => validate_1.KeywordCxt });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, '_', { enumerable: true, get: () => codegen_1._ });
    Object.defineProperty(exports, 'str', { enumerable: true, get: () => codegen_1.str });
    Object.defineProperty(exports, 'stringify', { enumerable: true, get: () => codegen_1.stringify });
    Object.defineProperty(exports, 'nil', { enumerable: true, get: () => codegen_1.nil });
    Object.defineProperty(exports, 'Name', { enumerable: true, get: () => codegen_1.Name });
    Object.defineProperty(exports, 'CodeGen', { enumerable: true, get: () => codegen_1.CodeGen });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = 'new RegExp';
    var META_IGNORE_OPTIONS = ['removeAdditional', 'useDefaults', 'coerceTypes'];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      'validate',
      'serialize',
      'parse',
      'wrapper',
      'root',
      'schema',
      'keyword',
      'pattern',
      'formats',
      'validate$data',
      'func',
      'obj',
      'Error',
    ]);
    var removedOptions = {
      errorDataPath: '',
      format: '`validateFormats: false` can be used instead.',
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: 'Deprecated jsPropertySyntax can be used instead.',
      extendRefs: 'Deprecated ignoreKeywordsWithRef can be used instead.',
      missingRefs: 'Pass empty schema with $id that should be ignored to ajv.addSchema.',
      processCode: 'Use option `code: {process: (code, schemaEnv: object) => string}`',
      sourceCode: 'Use option `code: {source: true}`',
      strictDefaults: 'It is default now, see option `strict`.',
      strictKeywords: 'It is default now, see option `strict`.',
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: 'Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).',
      cache: 'Map is used as cache, schema object as key.',
      serialize: 'Map is used as cache, schema object as key.',
      ajvErrors: 'It is default now.',
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: '',
      jsPropertySyntax: '',
      unicode: '"minLength"/"maxLength" account for unicode characters by default.',
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp =
        (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0
          ? _c
          : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema:
          (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers:
          (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes:
          (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : 'log',
        strictTuples:
          (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : 'log',
        strictRequired:
          (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : '$id',
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver,
      };
    }
    var Ajv4 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, 'NOT SUPPORTED');
        checkOptions.call(this, deprecatedOptions, opts, 'DEPRECATED', 'warn');
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats) addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords) addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == 'object') this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword('$async');
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === 'id') {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data) this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == 'object' ? meta[schemaId] || meta : void 0);
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == 'string') {
          v = this.getSchema(schemaKeyRef);
          if (!v) throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!('$async' in v)) this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != 'function') {
          throw new Error('options.loadSchema should be a function');
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default)) throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref]) await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref]) this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p) return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema) this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === 'object') {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != 'string') {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == 'boolean') return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != 'string') {
          throw new Error('$schema must be a string');
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn('meta-schema not available');
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = 'schema is invalid: ' + this.errorsText();
          if (this.opts.validateSchema === 'log') this.logger.error(message);
          else throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == 'string') keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch) return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case 'undefined':
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case 'string': {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == 'object') this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case 'object': {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error('ajv.removeSchema: invalid parameter');
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions) this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == 'string') {
          keyword = kwdOrDef;
          if (typeof def == 'object') {
            this.logger.warn('these parameters are deprecated, see docs for addKeyword');
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == 'object' && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error('addKeywords: keyword must be string or non-empty array');
          }
        } else {
          throw new Error('invalid addKeywords parameters');
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(
          keyword,
          definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)),
        );
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == 'object' ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0) group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == 'string') format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ', ', dataVar = 'data' } = {}) {
        if (!errors || errors.length === 0) return 'No errors';
        return errors
          .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
          .reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split('/').slice(1);
          let keywords = metaSchema;
          for (const seg of segments) keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != 'object') continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema) keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex2) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex2 || regex2.test(keyRef)) {
            if (typeof sch == 'string') {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == 'object') {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd) throw new Error('schema must be object');
          else if (typeof schema != 'boolean') throw new Error('schema must be object or boolean');
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0) return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith('#')) {
          if (baseId) this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema) this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta) this._compileMetaSchema(sch);
        else compile_1.compileSchema.call(this, sch);
        if (!sch.validate) throw new Error('ajv implementation error');
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv4.ValidationError = validation_error_1.default;
    Ajv4.MissingRefError = ref_error_1.default;
    exports.default = Ajv4;
    function checkOptions(checkOpts, options, msg, log = 'error') {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options) this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas) return;
      if (Array.isArray(optsSchemas)) this.addSchema(optsSchemas);
      else for (const key in optsSchemas) this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format) this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn('keywords option as map is deprecated, pass array');
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword) def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS) delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {}, warn() {}, error() {} };
    function getLogger(logger) {
      if (logger === false) return noLogs;
      if (logger === void 0) return console;
      if (logger.log && logger.warn && logger.error) return logger;
      throw new Error('logger must implement log, warn and error methods');
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd]) throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd)) throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def) return;
      if (def.$data && !('code' in def || 'validate' in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post) throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition) return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
      };
      if (definition.before) addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0) return;
      if (def.$data && this.opts.$data) metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: 'https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#',
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  },
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  'node_modules/ajv/dist/vocabularies/core/id.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var def = {
      keyword: 'id',
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  'node_modules/ajv/dist/vocabularies/core/ref.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: '$ref',
      schemaType: 'string',
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self: self2 } = it;
        const { root } = env;
        if (($ref === '#' || $ref === '#/') && baseId === root.baseId) return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self2, root, baseId, $ref);
        if (schOrEnv === void 0) throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv) return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root) return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue('root', { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue(
            'schema',
            opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch },
          );
          const valid = gen.name('valid');
          const schCxt = cxt.subschema(
            {
              schema: sch,
              dataTypes: [],
              schemaPath: codegen_1.nil,
              topSchemaRef: schName,
              errSchemaPath: $ref,
            },
            valid,
          );
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      },
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate
        ? gen.scopeValue('validate', { ref: sch.validate })
        : (0, codegen_1._)`${gen.scopeValue('wrapper', { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async) callAsyncRef();
      else callSyncRef();
      function callAsyncRef() {
        if (!env.$async) throw new Error('async schema referenced by sync schema');
        const valid = gen.let('valid');
        gen.try(
          () => {
            gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v);
            if (!allErrors) gen.assign(valid, true);
          },
          (e) => {
            gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors) gen.assign(valid, false);
          },
        );
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result(
          (0, code_1.callValidateCode)(cxt, v, passCxt),
          () => addEvaluatedFrom(v),
          () => addErrorsFrom(v),
        );
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(
          names_1.default.vErrors,
          (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`,
        );
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated) return;
        const schEvaluated =
          (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0
            ? void 0
            : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var('props', (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var('items', (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  'node_modules/ajv/dist/vocabularies/core/index.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      '$schema',
      '$id',
      '$defs',
      '$vocabulary',
      { keyword: '$comment' },
      'definitions',
      id_1.default,
      ref_1.default,
    ];
    exports.default = core;
  },
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/limitNumber.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: '<=', ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: '>=', ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: '<', ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: '>', ok: ops.GT, fail: ops.LTE },
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: 'number',
      schemaType: 'number',
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/multipleOf.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`,
    };
    var def = {
      keyword: 'multipleOf',
      type: 'number',
      schemaType: 'number',
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let('res');
        const invalid = prec
          ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
          : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  'node_modules/ajv/dist/runtime/ucs2length.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320) pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  },
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/limitLength.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === 'maxLength' ? 'more' : 'fewer';
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`,
    };
    var def = {
      keyword: ['maxLength', 'minLength'],
      type: 'string',
      schemaType: 'number',
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === 'maxLength' ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len =
          it.opts.unicode === false
            ? (0, codegen_1._)`${data}.length`
            : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/pattern.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`,
    };
    var def = {
      keyword: 'pattern',
      type: 'string',
      schemaType: 'string',
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? 'u' : '';
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode =
            regExp.code === 'new RegExp' ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let('valid');
          gen.try(
            () => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`),
            () => gen.assign(valid, false),
          );
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/limitProperties.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === 'maxProperties' ? 'more' : 'fewer';
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`,
    };
    var def = {
      keyword: ['maxProperties', 'minProperties'],
      type: 'object',
      schemaType: 'number',
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === 'maxProperties' ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/required.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) =>
        (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`,
    };
    var def = {
      keyword: 'required',
      type: 'object',
      schemaType: 'array',
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0) return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors) allErrorsMode();
        else exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if (
              (props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 &&
              !definedProperties.has(requiredKey)
            ) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let('missing');
          if (useLoop || $data) {
            const valid = gen.let('valid', true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf('prop', schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(
            missing,
            schemaCode,
            () => {
              gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.error();
                gen.break();
              });
            },
            codegen_1.nil,
          );
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/limitItems.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === 'maxItems' ? 'more' : 'fewer';
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`,
    };
    var def = {
      keyword: ['maxItems', 'minItems'],
      type: 'array',
      schemaType: 'number',
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === 'maxItems' ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  'node_modules/ajv/dist/runtime/equal.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  },
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/uniqueItems.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) =>
        (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`,
    };
    var def = {
      keyword: 'uniqueItems',
      type: 'array',
      schemaType: 'boolean',
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema) return;
        const valid = gen.let('valid');
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let('i', (0, codegen_1._)`${data}.length`);
          const j = gen.let('j');
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === 'object' || t === 'array');
        }
        function loopN(i, j) {
          const item = gen.name('item');
          const wrongType = (0, dataType_1.checkDataTypes)(
            itemTypes,
            item,
            it.opts.strictNumbers,
            dataType_1.DataType.Wrong,
          );
          const indices = gen.const('indices', (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen
              .if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
                gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
                cxt.error();
                gen.assign(valid, false).break();
              })
              .code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name('outer');
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () =>
            gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () =>
              gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
              }),
            ),
          );
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/const.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: 'must be equal to constant',
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`,
    };
    var def = {
      keyword: 'const',
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == 'object')) {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/enum.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: 'must be equal to one of the allowed values',
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`,
    };
    var def = {
      keyword: 'enum',
      schemaType: 'array',
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0) throw new Error('enum must have non-empty array');
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
          valid = gen.let('valid');
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema)) throw new Error('ajv implementation error');
          const vSchema = gen.const('vSchema', schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf('v', schemaCode, (v) =>
            gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()),
          );
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === 'object' && sch !== null
            ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])`
            : (0, codegen_1._)`${data} === ${sch}`;
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  'node_modules/ajv/dist/vocabularies/validation/index.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: 'type', schemaType: ['string', 'array'] },
      { keyword: 'nullable', schemaType: 'boolean' },
      const_1.default,
      enum_1.default,
    ];
    exports.default = validation;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/additionalItems.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`,
    };
    var def = {
      keyword: 'additionalItems',
      type: 'array',
      schemaType: ['boolean', 'object'],
      before: 'uniqueItems',
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      },
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const('len', (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == 'object' && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var('valid', (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange('i', items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors) gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/items.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: 'items',
      type: 'array',
      schemaType: ['object', 'array', 'boolean'],
      before: 'uniqueItems',
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema)) return validateTuple(cxt, 'additionalItems', schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema)) return;
        cxt.ok((0, code_1.validateArray)(cxt));
      },
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name('valid');
      const len = gen.const('len', (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch)) return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () =>
          cxt.subschema(
            {
              keyword,
              schemaProp: i,
              dataProp: i,
            },
            valid,
          ),
        );
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/prefixItems.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var items_1 = require_items();
    var def = {
      keyword: 'prefixItems',
      type: 'array',
      schemaType: ['array'],
      before: 'uniqueItems',
      code: (cxt) => (0, items_1.validateTuple)(cxt, 'items'),
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/items2020.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`,
    };
    var def = {
      keyword: 'items',
      type: 'array',
      schemaType: ['object', 'boolean'],
      before: 'uniqueItems',
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema)) return;
        if (prefixItems) (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else cxt.ok((0, code_1.validateArray)(cxt));
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/contains.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) =>
        max === void 0
          ? (0, codegen_1.str)`must contain at least ${min} valid item(s)`
          : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) =>
        max === void 0
          ? (0, codegen_1._)`{minContains: ${min}}`
          : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`,
    };
    var def = {
      keyword: 'contains',
      type: 'array',
      schemaType: ['object', 'boolean'],
      before: 'uniqueItems',
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const('len', (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0) cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name('valid');
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0) gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name('_valid');
          const count = gen.let('count', 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange('i', 0, len, (i) => {
            cxt.subschema(
              {
                keyword: 'contains',
                dataProp: i,
                dataPropType: util_1.Type.Num,
                compositeRule: true,
              },
              _valid,
            );
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1) gen.assign(valid, true);
            else gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/dependencies.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? 'property' : 'properties';
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`,
      // TODO change to reference
    };
    var def = {
      keyword: 'dependencies',
      type: 'object',
      schemaType: 'object',
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      },
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === '__proto__') continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0) return;
      const missing = gen.let('missing');
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0) continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(', '),
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name('valid');
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop])) continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true),
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/propertyNames.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: 'property name must be valid',
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`,
    };
    var def = {
      keyword: 'propertyNames',
      type: 'object',
      schemaType: ['object', 'boolean'],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) return;
        const valid = gen.name('valid');
        gen.forIn('key', data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema(
            {
              keyword: 'propertyNames',
              data: key,
              dataTypes: ['string'],
              propertyName: key,
              compositeRule: true,
            },
            valid,
          );
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors) gen.break();
          });
        });
        cxt.ok(valid);
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: 'must NOT have additional properties',
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`,
    };
    var def = {
      keyword: 'additionalProperties',
      type: ['object'],
      schemaType: ['boolean', 'object'],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount) throw new Error('ajv implementation error');
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== 'all' && (0, util_1.alwaysValidSchema)(it, schema)) return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn('key', data, (key) => {
            if (!props.length && !patProps.length) additionalPropertyCode(key);
            else gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, 'properties');
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(
              definedProp,
              ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`),
            );
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === 'all' || (opts.removeAdditional && schema === false)) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors) gen.break();
            return;
          }
          if (typeof schema == 'object' && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name('valid');
            if (opts.removeAdditional === 'failing') {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors) gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: 'additionalProperties',
            dataProp: key,
            dataPropType: util_1.Type.Str,
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false,
            });
          }
          cxt.subschema(subschema, valid);
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/properties.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: 'properties',
      type: 'object',
      schemaType: 'object',
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === 'all' && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(
            new validate_1.KeywordCxt(it, additionalProperties_1.default, 'additionalProperties'),
          );
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0) return;
        const valid = gen.name('valid');
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors) gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema(
            {
              keyword: 'properties',
              schemaProp: prop,
              dataProp: prop,
            },
            valid,
          );
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/patternProperties.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: 'patternProperties',
      type: 'object',
      schemaType: 'object',
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (
          patterns.length === 0 ||
          (alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true))
        ) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name('valid');
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties) checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn('key', data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema(
                  {
                    keyword: 'patternProperties',
                    schemaProp: pat,
                    dataProp: key,
                    dataPropType: util_2.Type.Str,
                  },
                  valid,
                );
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/not.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var util_1 = require_util();
    var def = {
      keyword: 'not',
      schemaType: ['object', 'boolean'],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name('valid');
        cxt.subschema(
          {
            keyword: 'not',
            compositeRule: true,
            createErrors: false,
            allErrors: false,
          },
          valid,
        );
        cxt.failResult(
          valid,
          () => cxt.reset(),
          () => cxt.error(),
        );
      },
      error: { message: 'must NOT be valid' },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/anyOf.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: 'anyOf',
      schemaType: 'array',
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: 'must match a schema in anyOf' },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/oneOf.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: 'must match exactly one schema in oneOf',
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`,
    };
    var def = {
      keyword: 'oneOf',
      schemaType: 'array',
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema)) throw new Error('ajv implementation error');
        if (it.opts.discriminator && parentSchema.discriminator) return;
        const schArr = schema;
        const valid = gen.let('valid', false);
        const passing = gen.let('passing', null);
        const schValid = gen.name('_valid');
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(
          valid,
          () => cxt.reset(),
          () => cxt.error(true),
        );
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema(
                {
                  keyword: 'oneOf',
                  schemaProp: i,
                  compositeRule: true,
                },
                schValid,
              );
            }
            if (i > 0) {
              gen
                .if((0, codegen_1._)`${schValid} && ${valid}`)
                .assign(valid, false)
                .assign(passing, (0, codegen_1._)`[${passing}, ${i}]`)
                .else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt) cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/allOf.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var util_1 = require_util();
    var def = {
      keyword: 'allOf',
      schemaType: 'array',
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema)) throw new Error('ajv implementation error');
        const valid = gen.name('valid');
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch)) return;
          const schCxt = cxt.subschema({ keyword: 'allOf', schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/if.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`,
    };
    var def = {
      keyword: 'if',
      schemaType: ['object', 'boolean'],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, 'then');
        const hasElse = hasSchema(it, 'else');
        if (!hasThen && !hasElse) return;
        const valid = gen.let('valid', true);
        const schValid = gen.name('_valid');
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let('ifClause');
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause('then', ifClause), validateClause('else', ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause('then'));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause('else'));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema(
            {
              keyword: 'if',
              compositeRule: true,
              createErrors: false,
              allErrors: false,
            },
            schValid,
          );
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause) gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else cxt.setParams({ ifClause: keyword });
          };
        }
      },
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/thenElse.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ['then', 'else'],
      schemaType: ['object', 'boolean'],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0) (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  'node_modules/ajv/dist/vocabularies/applicator/index.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
      ];
      if (draft2020) applicator.push(prefixItems_1.default, items2020_1.default);
      else applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  },
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  'node_modules/ajv/dist/vocabularies/format/format.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`,
    };
    var def = {
      keyword: 'format',
      type: ['number', 'string'],
      schemaType: 'string',
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self: self2 } = it;
        if (!opts.validateFormats) return;
        if ($data) validate$DataFormat();
        else validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue('formats', {
            ref: self2.formats,
            code: opts.code.formats,
          });
          const fDef = gen.const('fDef', (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let('fType');
          const format = gen.let('format');
          gen.if(
            (0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`,
            () =>
              gen
                .assign(fType, (0, codegen_1._)`${fDef}.type || "string"`)
                .assign(format, (0, codegen_1._)`${fDef}.validate`),
            () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef),
          );
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false) return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async
              ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
              : (0, codegen_1._)`${format}(${data})`;
            const validData = (0,
            codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self2.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true) return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType) cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self2.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code =
              fmtDef instanceof RegExp
                ? (0, codegen_1.regexpCode)(fmtDef)
                : opts.code.formats
                  ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                  : void 0;
            const fmt = gen.scopeValue('formats', { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == 'object' && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || 'string', fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ['string', fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == 'object' && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async) throw new Error('async format in sync schema');
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == 'function'
              ? (0, codegen_1._)`${fmtRef}(${data})`
              : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  'node_modules/ajv/dist/vocabularies/format/index.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  },
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  'node_modules/ajv/dist/vocabularies/metadata.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = ['title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly', 'examples'];
    exports.contentVocabulary = ['contentMediaType', 'contentEncoding', 'contentSchema'];
  },
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  'node_modules/ajv/dist/vocabularies/draft7.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
    ];
    exports.default = draft7Vocabularies;
  },
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  'node_modules/ajv/dist/vocabularies/discriminator/types.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    ((DiscrError2) => {
      DiscrError2['Tag'] = 'tag';
      DiscrError2['Mapping'] = 'mapping';
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  },
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  'node_modules/ajv/dist/vocabularies/discriminator/index.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) =>
        discrError === types_1.DiscrError.Tag
          ? `tag "${tagName}" must be string`
          : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) =>
        (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
    };
    var def = {
      keyword: 'discriminator',
      type: 'object',
      schemaType: 'object',
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error('discriminator: requires discriminator option');
        }
        const tagName = schema.propertyName;
        if (typeof tagName != 'string') throw new Error('discriminator: requires propertyName');
        if (schema.mapping) throw new Error('discriminator: mapping is not supported');
        if (!oneOf) throw new Error('discriminator: requires oneOf keyword');
        const valid = gen.let('valid', false);
        const tag = gen.const('tag', (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if(
          (0, codegen_1._)`typeof ${tag} == "string"`,
          () => validateMapping(),
          () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }),
        );
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name('valid');
          const schCxt = cxt.subschema({ keyword: 'oneOf', schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if (
              (sch === null || sch === void 0 ? void 0 : sch.$ref) &&
              !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)
            ) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv) sch = sch.schema;
              if (sch === void 0) throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch =
              (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0
                ? void 0
                : _a[tagName];
            if (typeof propSch != 'object') {
              throw new Error(
                `discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`,
              );
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired) throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != 'string' || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      },
    };
    exports.default = def;
  },
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  'node_modules/ajv/dist/refs/json-schema-draft-07.json'(exports, module) {
    module.exports = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'http://json-schema.org/draft-07/schema#',
      title: 'Core schema meta-schema',
      definitions: {
        schemaArray: {
          type: 'array',
          minItems: 1,
          items: { $ref: '#' },
        },
        nonNegativeInteger: {
          type: 'integer',
          minimum: 0,
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: '#/definitions/nonNegativeInteger' }, { default: 0 }],
        },
        simpleTypes: {
          enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'],
        },
        stringArray: {
          type: 'array',
          items: { type: 'string' },
          uniqueItems: true,
          default: [],
        },
      },
      type: ['object', 'boolean'],
      properties: {
        $id: {
          type: 'string',
          format: 'uri-reference',
        },
        $schema: {
          type: 'string',
          format: 'uri',
        },
        $ref: {
          type: 'string',
          format: 'uri-reference',
        },
        $comment: {
          type: 'string',
        },
        title: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        default: true,
        readOnly: {
          type: 'boolean',
          default: false,
        },
        examples: {
          type: 'array',
          items: true,
        },
        multipleOf: {
          type: 'number',
          exclusiveMinimum: 0,
        },
        maximum: {
          type: 'number',
        },
        exclusiveMaximum: {
          type: 'number',
        },
        minimum: {
          type: 'number',
        },
        exclusiveMinimum: {
          type: 'number',
        },
        maxLength: { $ref: '#/definitions/nonNegativeInteger' },
        minLength: { $ref: '#/definitions/nonNegativeIntegerDefault0' },
        pattern: {
          type: 'string',
          format: 'regex',
        },
        additionalItems: { $ref: '#' },
        items: {
          anyOf: [{ $ref: '#' }, { $ref: '#/definitions/schemaArray' }],
          default: true,
        },
        maxItems: { $ref: '#/definitions/nonNegativeInteger' },
        minItems: { $ref: '#/definitions/nonNegativeIntegerDefault0' },
        uniqueItems: {
          type: 'boolean',
          default: false,
        },
        contains: { $ref: '#' },
        maxProperties: { $ref: '#/definitions/nonNegativeInteger' },
        minProperties: { $ref: '#/definitions/nonNegativeIntegerDefault0' },
        required: { $ref: '#/definitions/stringArray' },
        additionalProperties: { $ref: '#' },
        definitions: {
          type: 'object',
          additionalProperties: { $ref: '#' },
          default: {},
        },
        properties: {
          type: 'object',
          additionalProperties: { $ref: '#' },
          default: {},
        },
        patternProperties: {
          type: 'object',
          additionalProperties: { $ref: '#' },
          propertyNames: { format: 'regex' },
          default: {},
        },
        dependencies: {
          type: 'object',
          additionalProperties: {
            anyOf: [{ $ref: '#' }, { $ref: '#/definitions/stringArray' }],
          },
        },
        propertyNames: { $ref: '#' },
        const: true,
        enum: {
          type: 'array',
          items: true,
          minItems: 1,
          uniqueItems: true,
        },
        type: {
          anyOf: [
            { $ref: '#/definitions/simpleTypes' },
            {
              type: 'array',
              items: { $ref: '#/definitions/simpleTypes' },
              minItems: 1,
              uniqueItems: true,
            },
          ],
        },
        format: { type: 'string' },
        contentMediaType: { type: 'string' },
        contentEncoding: { type: 'string' },
        if: { $ref: '#' },
        then: { $ref: '#' },
        else: { $ref: '#' },
        allOf: { $ref: '#/definitions/schemaArray' },
        anyOf: { $ref: '#/definitions/schemaArray' },
        oneOf: { $ref: '#/definitions/schemaArray' },
        not: { $ref: '#' },
      },
      default: true,
    };
  },
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  'node_modules/ajv/dist/ajv.js'(exports, module) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.MissingRefError =
      exports.ValidationError =
      exports.CodeGen =
      exports.Name =
      exports.nil =
      exports.stringify =
      exports.str =
      exports._ =
      exports.KeywordCxt =
      exports.Ajv =
        void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ['/properties'];
    var META_SCHEMA_ID = 'http://json-schema.org/draft-07/schema';
    var Ajv4 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator) this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta) return;
        const metaSchema = this.opts.$data
          ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
          : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs['http://json-schema.org/schema'] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return (this.opts.defaultMeta =
          super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0));
      }
    };
    exports.Ajv = Ajv4;
    module.exports = exports = Ajv4;
    module.exports.Ajv = Ajv4;
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.default = Ajv4;
    var validate_1 = require_validate();
    Object.defineProperty(exports, 'KeywordCxt', { enumerable: true, get: () => validate_1.KeywordCxt });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, '_', { enumerable: true, get: () => codegen_1._ });
    Object.defineProperty(exports, 'str', { enumerable: true, get: () => codegen_1.str });
    Object.defineProperty(exports, 'stringify', { enumerable: true, get: () => codegen_1.stringify });
    Object.defineProperty(exports, 'nil', { enumerable: true, get: () => codegen_1.nil });
    Object.defineProperty(exports, 'Name', { enumerable: true, get: () => codegen_1.Name });
    Object.defineProperty(exports, 'CodeGen', { enumerable: true, get: () => codegen_1.CodeGen });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, 'ValidationError', { enumerable: true, get: () => validation_error_1.default });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, 'MissingRefError', { enumerable: true, get: () => ref_error_1.default });
  },
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  'node_modules/ajv-formats/dist/formats.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      'date-time': fmtDef(getDateTime(true), compareDateTime),
      'iso-time': fmtDef(getTime(), compareIsoTime),
      'iso-date-time': fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      'uri-reference':
        /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      'uri-template':
        /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email:
        /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex: regex2,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      'json-pointer': /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      'json-pointer-uri-fragment': /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      'relative-json-pointer': /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: 'number', validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: 'number', validate: validateInt64 },
      // C-type float
      float: { type: 'number', validate: validateNumber },
      // C-type double
      double: { type: 'number', validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true,
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      'date-time': fmtDef(
        /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
        compareDateTime,
      ),
      'iso-time': fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      'iso-date-time': fmtDef(
        /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
        compareIsoDateTime,
      ),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      'uri-reference': /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email:
        /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches) return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2)) return void 0;
      if (d1 > d2) return 1;
      if (d1 < d2) return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches) return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === '-' ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz)) return false;
        if (hr <= 23 && min <= 59 && sec < 60) return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2)) return void 0;
      const t1 = /* @__PURE__ */ new Date('2020-01-01T' + s1).valueOf();
      const t2 = /* @__PURE__ */ new Date('2020-01-01T' + s2).valueOf();
      if (!(t1 && t2)) return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2)) return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2)) return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2) return 1;
      if (t1 < t2) return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2)) return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2)) return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2)) return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0) return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI =
      /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex2(str) {
      if (Z_ANCHOR.test(str)) return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  },
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  'node_modules/ajv-formats/dist/limit.js'(exports) {
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: '<=', ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: '>=', ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: '<', ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: '>', ok: ops.GT, fail: ops.LTE },
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: 'string',
      schemaType: 'string',
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self: self2 } = it;
        if (!opts.validateFormats) return;
        const fCxt = new ajv_1.KeywordCxt(it, self2.RULES.all.format.definition, 'format');
        if (fCxt.$data) validate$DataFormat();
        else validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue('formats', {
            ref: self2.formats,
            code: opts.code.formats,
          });
          const fmt = gen.const('fmt', (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data(
            (0, codegen_1.or)(
              (0, codegen_1._)`typeof ${fmt} != "object"`,
              (0, codegen_1._)`${fmt} instanceof RegExp`,
              (0, codegen_1._)`typeof ${fmt}.compare != "function"`,
              compareCode(fmt),
            ),
          );
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self2.formats[format];
          if (!fmtDef || fmtDef === true) return;
          if (typeof fmtDef != 'object' || fmtDef instanceof RegExp || typeof fmtDef.compare != 'function') {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue('formats', {
            key: format,
            ref: fmtDef,
            code: opts.code.formats
              ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}`
              : void 0,
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ['format'],
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  },
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  'node_modules/ajv-formats/dist/index.js'(exports, module) {
    Object.defineProperty(exports, '__esModule', { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name('fullFormats');
    var fastName = new codegen_1.Name('fastFormats');
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] =
        opts.mode === 'fast' ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list, formats, exportName);
      if (opts.keywords) (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = 'full') => {
      const formats = mode === 'fast' ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f) throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list, fs2, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0
        ? _a
        : (_b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`);
      for (const f of list) ajv2.addFormat(f, fs2[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.default = formatsPlugin;
  },
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  'node_modules/bottleneck/light.js'(exports, module) {
    ((global2, factory) => {
      typeof exports === 'object' && typeof module !== 'undefined'
        ? (module.exports = factory())
        : typeof define === 'function' && define.amd
          ? define(factory)
          : (global2.Bottleneck = factory());
    })(exports, () => {
      var commonjsGlobal =
        typeof globalThis !== 'undefined'
          ? globalThis
          : typeof window !== 'undefined'
            ? window
            : typeof global !== 'undefined'
              ? global
              : typeof self !== 'undefined'
                ? self
                : {};
      function getCjsExportFromNamespace(n) {
        return (n && n['default']) || n;
      }
      var load = (received, defaults, onto = {}) => {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = (received, defaults, onto = {}) => {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite,
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === 'function') {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null,
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === 'function') {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push(((ref = node), (node = node.next), ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), (node = this.shift());
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push(
              ((ref = node),
              (node = node.next),
              {
                value: ref.value,
                prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
                next: (ref2 = ref.next) != null ? ref2.value : void 0,
              }),
            );
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error('An Emitter already exists for this object');
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, 'many', cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, 'once', cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return (this._events = {});
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== 'debug') {
              this.trigger('debug', `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter((listener) => listener.status !== 'none');
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === 'none') {
                return;
              }
              if (listener.status === 'once') {
                listener.status = 'none';
              }
              try {
                returned = typeof listener.cb === 'function' ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === 'function') {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                this.trigger('error', e2);
                return null;
              }
            });
            return (await Promise.all(promises)).find((x) => x != null);
          } catch (error) {
            e = error;
            this.trigger('error', e);
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = function () {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(
                new DLList$1(
                  () => {
                    return this.incr();
                  },
                  () => {
                    return this.decr();
                  },
                ),
              );
            }
            return results;
          }.call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger('leftzero');
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger('zero');
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach((list) => list.forEachShift(fn));
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {};
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = 'This job has been dropped by Bottleneck' } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger('dropped', {
              args: this.args,
              options: this.options,
              task: this.task,
              promise: this.promise,
            });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || (expected === 'DONE' && status === null))) {
            throw new BottleneckError$1(
              `Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`,
            );
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger('received', { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus('RECEIVED');
          this._states.next(this.options.id);
          return this.Events.trigger('queued', { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus('QUEUED');
            this._states.next(this.options.id);
          } else {
            this._assertStatus('EXECUTING');
          }
          return this.Events.trigger('scheduled', { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus('RUNNING');
            this._states.next(this.options.id);
          } else {
            this._assertStatus('EXECUTING');
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger('executing', eventInfo);
          try {
            passed = await (chained != null
              ? chained.schedule(this.options, this.task, ...this.args)
              : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus('DONE');
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === 'RUNNING')) {
            this._states.next(this.options.id);
          }
          this._assertStatus('EXECUTING');
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger('failed', error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger('retry', `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus('DONE');
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus('EXECUTING');
          this._states.next(this.options.id);
          return this.Events.trigger('done', eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (
            this.heartbeat == null &&
            ((this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null) ||
              (this.storeOptions.reservoirIncreaseInterval != null &&
                this.storeOptions.reservoirIncreaseAmount != null))
          ) {
            return typeof (base = this.heartbeat =
              setInterval(() => {
                var amount, incr, maximum, now, reservoir;
                now = Date.now();
                if (
                  this.storeOptions.reservoirRefreshInterval != null &&
                  now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval
                ) {
                  this._lastReservoirRefresh = now;
                  this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                  this.instance._drainAll(this.computeCapacity());
                }
                if (
                  this.storeOptions.reservoirIncreaseInterval != null &&
                  now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval
                ) {
                  ({
                    reservoirIncreaseAmount: amount,
                    reservoirIncreaseMaximum: maximum,
                    reservoir,
                  } = this.storeOptions);
                  this._lastReservoirIncrease = now;
                  incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                  if (incr > 0) {
                    this.storeOptions.reservoir += incr;
                    return this.instance._drainAll(this.computeCapacity());
                  }
                }
              }, this.heartbeatInterval)).unref === 'function'
              ? base.unref()
              : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger('message', message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise((resolve, reject) => setTimeout(resolve, t));
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait2;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait2 = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait2 + this.storeOptions.minTime;
            return {
              success: true,
              wait: wait2,
              reservoir: this.storeOptions.reservoir,
            };
          } else {
            return {
              success: false,
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(
              `Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`,
            );
          }
          now = Date.now();
          reachedHWM =
            this.storeOptions.highWater != null &&
            queueLength === this.storeOptions.highWater &&
            !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy,
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running,
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(() => 0);
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }, {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async () => {
              try {
                returned = await task(...args);
                return () => resolve(returned);
              } catch (error1) {
                error = error1;
                return () => reject(error);
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise((_resolve, _reject) => {
            resolve = _resolve;
            return (reject = _reject);
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = '2.19.5';
      var version$1 = {
        version,
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1,
      });
      var require$$2 = () =>
        console.log('You must import the full version of Bottleneck in order to use this feature.');
      var require$$3 = () =>
        console.log('You must import the full version of Bottleneck in order to use this feature.');
      var require$$4 = () =>
        console.log('You must import the full version of Bottleneck in order to use this feature.');
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (() => {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === 'redis') {
                this.connection = new RedisConnection$1(
                  Object.assign({}, this.limiterOptions, { Events: this.Events }),
                );
              } else if (this.limiterOptions.datastore === 'ioredis') {
                this.connection = new IORedisConnection$1(
                  Object.assign({}, this.limiterOptions, { Events: this.Events }),
                );
              }
            }
          }
          key(key = '') {
            var ref;
            return (ref = this.instances[key]) != null
              ? ref
              : (() => {
                  var limiter;
                  limiter = this.instances[key] = new this.Bottleneck(
                    Object.assign(this.limiterOptions, {
                      id: `${this.id}-${key}`,
                      timeout: this.timeout,
                      connection: this.connection,
                    }),
                  );
                  this.Events.trigger('created', limiter, key);
                  return limiter;
                })();
          }
          async deleteKey(key = '') {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v,
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = '_settings'.length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__([
                'scan',
                cursor != null ? cursor : 0,
                'match',
                `b_${this.id}-*_settings`,
                'count',
                1e4,
              ]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval =
              setInterval(async () => {
                var e, k, ref, results, time, v;
                time = Date.now();
                ref = this.instances;
                results = [];
                for (k in ref) {
                  v = ref[k];
                  try {
                    if (await v._store.__groupCheck__(time)) {
                      results.push(this.deleteKey(k));
                    } else {
                      results.push(void 0);
                    }
                  } catch (error) {
                    e = error;
                    results.push(v.Events.trigger('error', e));
                  }
                }
                return results;
              }, this.timeout / 2)).unref === 'function'
              ? base.unref()
              : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: 'group-key',
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (() => {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return (this._promise = new this.Promise((res, rej) => {
              return (this._resolve = res);
            }));
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger('batch', this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise,
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () =>
        console.log('You must import the full version of Bottleneck in order to use this feature.');
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2,
        DEFAULT_PRIORITY$1,
        Events$4,
        Job$1,
        LocalDatastore$1,
        NUM_PRIORITIES$1,
        Queues$1,
        RedisDatastore$1,
        States$1,
        Sync$1,
        parser$5,
        splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (() => {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(
              ['RECEIVED', 'QUEUED', 'RUNNING', 'EXECUTING'].concat(this.trackDoneStatus ? ['DONE'] : []),
            );
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1('submit', this.Promise);
            this._registerLock = new Sync$1('register', this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = function () {
              if (this.datastore === 'redis' || this.datastore === 'ioredis' || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === 'local') {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }.call(this);
            this._queues.on('leftzero', () => {
              var ref;
              return (ref = this._store.heartbeat) != null
                ? typeof ref.ref === 'function'
                  ? ref.ref()
                  : void 0
                : void 0;
            });
            this._queues.on('zero', () => {
              var ref;
              return (ref = this._store.heartbeat) != null
                ? typeof ref.unref === 'function'
                  ? ref.unref()
                  : void 0
                : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === 'object' && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError(
                "Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.",
              );
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger('debug', `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger('idle');
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger('error', e);
            }
          }
          _run(index, job, wait2) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return (this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait2),
              expiration:
                job.options.expiration != null
                  ? setTimeout(() => job.doExpire(clearGlobalState, run, free), wait2 + job.options.expiration)
                  : void 0,
              job,
            });
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger('debug', `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store
                .__register__(index, options.weight, options.expiration)
                .then(({ success, wait: wait2, reservoir }) => {
                  var empty;
                  this.Events.trigger('debug', `Drained ${options.id}`, { success, args, options });
                  if (success) {
                    queue.shift();
                    empty = this.empty();
                    if (empty) {
                      this.Events.trigger('empty');
                    }
                    if (reservoir === 0) {
                      this.Events.trigger('depleted', empty);
                    }
                    this._run(index, next, wait2);
                    return this.Promise.resolve(options.weight);
                  } else {
                    return this.Promise.resolve(null);
                  }
                });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity)
              .then((drained) => {
                var newCapacity;
                if (drained != null) {
                  newCapacity = capacity != null ? capacity - drained : capacity;
                  return this._drainAll(newCapacity, total + drained);
                } else {
                  return this.Promise.resolve(total);
                }
              })
              .catch((e) => {
                return this.Events.trigger('error', e);
              });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll((job) => job.doDrop({ message }));
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on('done', () => {
                    if (finished()) {
                      this.removeAllListeners('done');
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs
              ? ((this._run = (index, next) =>
                  next.doDrop({
                    message: options.dropErrorMessage,
                  })),
                (this._drainOne = () => {
                  return this.Promise.resolve(null);
                }),
                this._registerLock.schedule(() => {
                  return this._submitLock.schedule(() => {
                    var k, ref, v;
                    ref = this._scheduled;
                    for (k in ref) {
                      v = ref[k];
                      if (this.jobStatus(v.job.options.id) === 'RUNNING') {
                        clearTimeout(v.timeout);
                        clearTimeout(v.expiration);
                        v.job.doDrop({
                          message: options.dropErrorMessage,
                        });
                      }
                    }
                    this._dropAllQueued(options.dropErrorMessage);
                    return waitForExecuting(0);
                  });
                }))
              : this.schedule(
                  {
                    priority: NUM_PRIORITIES$1 - 1,
                    weight: 0,
                  },
                  () => {
                    return waitForExecuting(1);
                  },
                );
            this._receive = (job) =>
              job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError('stop() has already been called'));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger('debug', `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted =
                strategy === Bottleneck3.prototype.strategy.LEAK
                  ? this._queues.shiftLastFrom(options.priority)
                  : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY
                    ? this._queues.shiftLastFrom(options.priority + 1)
                    : strategy === Bottleneck3.prototype.strategy.OVERFLOW
                      ? job
                      : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(
                new Bottleneck3.prototype.BottleneckError(
                  `A job with the same id already exists (id=${job.options.id})`,
                ),
              );
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === 'function') {
              (ref = args), ([fn, ...args] = ref), ([cb] = splice.call(args, -1));
              options = parser$5.load({}, this.jobDefaults);
            } else {
              (ref1 = args), ([options, fn, ...args] = ref1), ([cb] = splice.call(args, -1));
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise((resolve, reject) =>
                fn(...args2, (...args3) => (args3[0] != null ? reject : resolve)(args3)),
              );
            };
            job = new Job$1(
              task,
              args,
              options,
              this.jobDefaults,
              this.rejectOnDrop,
              this.Events,
              this._states,
              this.Promise,
            );
            job.promise
              .then((args2) => (typeof cb === 'function' ? cb(...args2) : void 0))
              .catch((args2) => {
                if (Array.isArray(args2)) {
                  return typeof cb === 'function' ? cb(...args2) : void 0;
                } else {
                  return typeof cb === 'function' ? cb(args2) : void 0;
                }
              });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === 'function') {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(
              task,
              args,
              options,
              this.jobDefaults,
              this.rejectOnDrop,
              this.Events,
              this._states,
              this.Promise,
            );
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function (...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = (options, ...args) => schedule(options, fn, ...args);
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3,
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: '<no-id>',
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null,
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250,
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null,
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: 'local',
          connection: null,
          id: '<no-id>',
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise,
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: 'This limiter has been stopped and cannot accept new jobs.',
          dropWaitingJobs: true,
          dropErrorMessage: 'This limiter has been stopped.',
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    });
  },
});

// packages/sdk/dist/chunk-GUAO4HVV.js
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var import_ajv2 = __toESM(require_ajv(), 1);
var import_ajv3 = __toESM(require_ajv(), 1);

import { AsyncLocalStorage } from 'async_hooks';

// packages/sdk/node_modules/commander/lib/error.js
var CommanderError = class extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = void 0;
  }
};
var InvalidArgumentError = class extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
};

// packages/sdk/node_modules/commander/lib/argument.js
var Argument = class {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */
  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = void 0;
    this.defaultValue = void 0;
    this.defaultValueDescription = void 0;
    this.argChoices = void 0;
    switch (name[0]) {
      case '<':
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[':
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }
    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }
  /**
   * Return argument name.
   *
   * @return {string}
   */
  name() {
    return this._name;
  }
  /**
   * @package
   */
  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }
    previous.push(value);
    return previous;
  }
  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */
  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }
  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */
  argParser(fn) {
    this.parseArg = fn;
    return this;
  }
  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */
  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(', ')}.`);
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }
  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }
  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
};
function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');
  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

import childProcess from 'child_process';
// packages/sdk/node_modules/commander/lib/command.js
import { EventEmitter } from 'events';
import fs from 'fs';
import path from 'path';
import process2 from 'process';
// packages/sdk/node_modules/commander/lib/help.js
import { stripVTControlCharacters, stripVTControlCharacters as stripVTControlCharacters2 } from 'util';

var Help = class {
  constructor() {
    this.helpWidth = void 0;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }
  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }
  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */
  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }
  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      return option.short ? option.short.replace(/^-/, '') : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }
  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */
  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption);
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description).helpGroup(helpOption.helpGroupHeading),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description).helpGroup(helpOption.helpGroupHeading),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }
  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */
  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];
    const globalOptions = [];
    for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
      const visibleOptions = ancestorCmd.options.filter((option) => !option.hidden);
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }
  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */
  visibleArguments(cmd) {
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description = argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }
  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  subcommandTerm(cmd) {
    const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }
  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */
  optionTerm(option) {
    return option.flags;
  }
  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */
  argumentTerm(argument) {
    return argument.name();
  }
  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(max, this.displayWidth(helper.styleSubcommandTerm(helper.subcommandTerm(command))));
    }, 0);
  }
  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
    }, 0);
  }
  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
    }, 0);
  }
  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(max, this.displayWidth(helper.styleArgumentTerm(helper.argumentTerm(argument))));
    }, 0);
  }
  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  commandUsage(cmd) {
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }
  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  commandDescription(cmd) {
    return cmd.description();
  }
  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */
  subcommandDescription(cmd) {
    return cmd.summary() || cmd.description();
  }
  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */
  optionDescription(option) {
    const extraInfo = [];
    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== void 0) {
      const showDefault =
        option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(`default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
      }
    }
    if (option.presetArg !== void 0 && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== void 0) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return option.description;
  }
  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */
  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== void 0) {
      extraInfo.push(`default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }
  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];
    return [helper.styleTitle(heading), ...items, ''];
  }
  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = /* @__PURE__ */ new Map();
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }
  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */
  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80;
    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }
    let output = [`${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`, ''];
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([helper.boxWrap(helper.styleCommandDescription(commandDescription), helpWidth), '']);
    }
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(this.formatItemList('Arguments:', argumentList, helper));
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });
    if (helper.showGlobalOptions) {
      const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList('Global Options:', globalOptionList, helper));
    }
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });
    return output.join('\n');
  }
  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripVTControlCharacters(str).length;
  }
  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }
  styleUsage(str) {
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<') return this.styleArgumentText(word);
        return this.styleCommandText(word);
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<') return this.styleArgumentText(word);
        return this.styleSubcommandText(word);
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }
  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }
  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }
  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;
    const paddedTerm = term.padEnd(termWidth + term.length - helper.displayWidth(term));
    const spacerWidth = 2;
    const helpWidth = this.helpWidth ?? 80;
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(/\n/g, '\n' + ' '.repeat(termWidth + spacerWidth));
    }
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(
        /\n/g,
        `
${itemIndentStr}`,
      )
    );
  }
  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;
    const rawLines = str.split(/\r\n|\n/);
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }
      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));
        const nextChunk = chunk.trimStart();
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });
    return wrappedLines.join('\n');
  }
};

// packages/sdk/node_modules/commander/lib/option.js
var Option = class {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */
  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';
    this.required = flags.includes('<');
    this.optional = flags.includes('[');
    this.variadic = /\p{ID_Continue}\.\.\.[>\]]$/u.test(flags);
    this.mandatory = false;
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag;
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = void 0;
    this.defaultValueDescription = void 0;
    this.presetArg = void 0;
    this.envVar = void 0;
    this.parseArg = void 0;
    this.hidden = false;
    this.argChoices = void 0;
    this.conflictsWith = [];
    this.implied = void 0;
    this.helpGroupHeading = void 0;
  }
  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */
  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }
  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */
  preset(arg) {
    this.presetArg = arg;
    return this;
  }
  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */
  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }
  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }
  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */
  env(name) {
    this.envVar = name;
    return this;
  }
  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */
  argParser(fn) {
    this.parseArg = fn;
    return this;
  }
  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */
  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }
  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */
  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }
  /**
   * @package
   */
  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }
    previous.push(value);
    return previous;
  }
  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */
  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(', ')}.`);
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }
  /**
   * Return option name.
   *
   * @return {string}
   */
  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }
  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */
  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }
  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }
  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */
  is(arg) {
    return this.short === arg || this.long === arg;
  }
  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */
  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
};
var DualOptions = class {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = /* @__PURE__ */ new Map();
    this.negativeOptions = /* @__PURE__ */ new Map();
    this.dualOptions = /* @__PURE__ */ new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }
  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== void 0 ? preset : false;
    return option.negate === (negativeValue === value);
  }
};
function camelcase(str) {
  return str.split('-').reduce((str2, word) => {
    return str2 + word[0].toUpperCase() + word.slice(1);
  });
}
function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  const shortFlagExp = /^-[^-]$/;
  const longFlagExp = /^--[^-]/;
  const flagParts = flags.split(/[ |,]+/).concat('guard');
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  if (!shortFlag && shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);
    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === void 0 && longFlag === void 0)
    throw new Error(`option creation failed due to no flags found in '${flags}'.`);
  return { shortFlag, longFlag };
}

// packages/sdk/node_modules/commander/lib/suggestSimilar.js
var maxDistance = 3;
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > maxDistance) return Math.max(a.length, b.length);
  const d = [];
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        // deletion
        d[i][j - 1] + 1,
        // insertion
        d[i - 1][j - 1] + cost,
        // substitution
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  candidates = Array.from(new Set(candidates));
  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }
  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return;
    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });
  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }
  if (similar.length > 1) {
    return `
(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `
(Did you mean ${similar[0]}?)`;
  }
  return '';
}

// packages/sdk/node_modules/commander/lib/command.js
var Command = class _Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */
  constructor(name) {
    super();
    this.commands = [];
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    this.registeredArguments = [];
    this._args = this.registeredArguments;
    this.args = [];
    this.rawArgs = [];
    this.processedArgs = [];
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {};
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null;
    this._executableDir = null;
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = void 0;
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {};
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null;
    this._outputConfiguration = {
      writeOut: (str) => process2.stdout.write(str),
      writeErr: (str) => process2.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () => (process2.stdout.isTTY ? process2.stdout.columns : void 0),
      getErrHelpWidth: () => (process2.stderr.isTTY ? process2.stderr.columns : void 0),
      getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
      getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
      stripColor: (str) => stripVTControlCharacters2(str),
    };
    this._hidden = false;
    this._helpOption = void 0;
    this._addImplicitHelpCommand = void 0;
    this._helpCommand = void 0;
    this._helpConfiguration = {};
    this._helpGroupHeading = void 0;
    this._defaultCommandGroup = void 0;
    this._defaultOptionGroup = void 0;
  }
  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
    return this;
  }
  /**
   * @returns {Command[]}
   * @private
   */
  _getCommandAndAncestors() {
    const result = [];
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }
  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */
  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden);
    cmd._executableFile = opts.executableFile || null;
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);
    if (desc) return this;
    return cmd;
  }
  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */
  createCommand(name) {
    return new _Command(name);
  }
  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */
  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }
  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */
  configureHelp(configuration) {
    if (configuration === void 0) return this._helpConfiguration;
    this._helpConfiguration = configuration;
    return this;
  }
  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */
  configureOutput(configuration) {
    if (configuration === void 0) return this._outputConfiguration;
    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }
  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }
  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }
  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */
  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }
    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true;
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();
    return this;
  }
  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */
  createArgument(name, description) {
    return new Argument(name, description);
  }
  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }
  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */
  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }
  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(`only the last argument can be variadic '${previousArgument.name()}'`);
    }
    if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
      throw new Error(`a default value for a required argument is never used: '${argument.name()}'`);
    }
    this.registeredArguments.push(argument);
    return this;
  }
  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */
  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }
    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';
    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);
    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
    return this;
  }
  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }
    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }
  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand('help'));
    if (hasImplicitHelpCommand) {
      if (this._helpCommand === void 0) {
        this.helpCommand(void 0, void 0);
      }
      return this._helpCommand;
    }
    return null;
  }
  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */
  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }
  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */
  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
        }
      };
    }
    return this;
  }
  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */
  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
    }
    process2.exit(exitCode);
  }
  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */
  action(fn) {
    const listener = (args) => {
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this;
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);
      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }
  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */
  createOption(flags, description) {
    return new Option(flags, description);
  }
  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */
  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }
  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */
  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) || (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }
    this._initOptionGroup(option);
    this.options.push(option);
  }
  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */
  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };
    const alreadyUsed = knownBy(command).find((name) => this._findCommand(name));
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(`cannot add command '${newCmd}' as already have command '${existingCmd}'`);
    }
    this._initCommandGroup(command);
    this.commands.push(command);
  }
  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);
    const oname = option.name();
    const name = option.attributeName();
    if (option.defaultValue !== void 0) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      if (val == null && option.presetArg !== void 0) {
        val = option.presetArg;
      }
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = '';
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };
    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });
    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }
    return this;
  }
  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error('To add an Option object use addOption() instead of option() or requiredOption()');
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      const regex2 = fn;
      fn = (val, def) => {
        const m = regex2.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }
    return this.addOption(option);
  }
  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }
  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx({ mandatory: true }, flags, description, parseArg, defaultValue);
  }
  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }
  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }
  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }
  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }
  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }
  /**
   * @private
   */
  _checkForBrokenPassThrough() {
    if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }
  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */
  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error('call .storeOptionsAsProperties() before setting option values');
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }
  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */
  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }
  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */
  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, void 0);
  }
  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */
  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }
  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */
  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }
  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */
  getOptionValueSourceWithGlobals(key) {
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (Object.hasOwn(cmd._optionValueSources, key)) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }
  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */
  _prepareUserArgs(argv, parseOptions) {
    if (argv !== void 0 && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};
    if (argv === void 0 && parseOptions.from === void 0) {
      if (process2.versions?.electron) {
        parseOptions.from = 'electron';
      }
      const execArgv = process2.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval';
      }
    }
    if (argv === void 0) {
      argv = process2.argv;
    }
    this.rawArgs = argv.slice();
    let userArgs;
    switch (parseOptions.from) {
      case void 0:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        if (process2.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(`unexpected parse option { from: '${parseOptions.from}' }`);
    }
    if (!this._name && this._scriptPath) this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';
    return userArgs;
  }
  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */
  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);
    return this;
  }
  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */
  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);
    return this;
  }
  _prepareForParse() {
    if (this._savedState === null) {
      this.options
        .filter(
          (option) =>
            option.negate && option.defaultValue === void 0 && this.getOptionValue(option.attributeName()) === void 0,
        )
        .forEach((option) => {
          const positiveLongFlag = option.long.replace(/^--no-/, '--');
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(option.attributeName(), true, 'default');
          }
        });
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }
  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }
  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    this.args = [];
    this.processedArgs = [];
  }
  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;
    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }
  /**
   * Execute a sub-command executable.
   *
   * @private
   */
  _executeSubCommand(subcommand, args) {
    args = args.slice();
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];
    function findFile(baseDir, baseName) {
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;
      if (sourceExt.includes(path.extname(baseName))) return void 0;
      const foundExt = sourceExt.find((ext) => fs.existsSync(`${localBin}${ext}`));
      if (foundExt) return `${localBin}${foundExt}`;
      return void 0;
    }
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();
    let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath;
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(path.dirname(resolvedScriptPath), executableDir);
    }
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(this._scriptPath, path.extname(this._scriptPath));
        if (legacyName !== this._name) {
          localFile = findFile(executableDir, `${legacyName}-${subcommand._name}`);
        }
      }
      executableFile = localFile || executableFile;
    }
    const launchWithNode = sourceExt.includes(path.extname(executableFile));
    let proc;
    if (process2.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        args = incrementNodeInspectorPort(process2.execArgv).concat(args);
        proc = childProcess.spawn(process2.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
      args.unshift(executableFile);
      args = incrementNodeInspectorPort(process2.execArgv).concat(args);
      proc = childProcess.spawn(process2.execPath, args, { stdio: 'inherit' });
    }
    if (!proc.killed) {
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process2.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            proc.kill(signal);
          }
        });
      });
    }
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1;
      if (!exitCallback) {
        process2.exit(code);
      } else {
        exitCallback(new CommanderError(code, 'commander.executeSubCommandAsync', '(close)'));
      }
    });
    proc.on('error', (err) => {
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process2.exit(1);
      } else {
        const wrappedError = new CommanderError(1, 'commander.executeSubCommandAsync', '(error)');
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });
    this.runningCommand = proc;
  }
  /**
   * @private
   */
  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });
    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(promiseChain, subCommand, 'preSubcommand');
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }
  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */
  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }
  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */
  _checkNumberOfArguments() {
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }
  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */
  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(argument, value, previous, invalidValueMessage);
      }
      return parsedValue;
    };
    this._checkNumberOfArguments();
    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === void 0) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }
  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCall(promise, fn) {
    if (promise?.then && typeof promise.then === 'function') {
      return promise.then(() => fn());
    }
    return fn();
  }
  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== void 0)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }
    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }
  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== void 0) {
      this._lifeCycleHooks[event].forEach((hook6) => {
        result = this._chainOrCall(result, () => {
          return hook6(this, subCommand);
        });
      });
    }
    return result;
  }
  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */
  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv();
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);
    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown);
      return this._dispatchSubcommand(this._defaultCommandName, operands, unknown);
    }
    if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
      this.help({ error: true });
    }
    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };
    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();
      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () => this._actionHandler(this.processedArgs));
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown);
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown);
    } else if (operands.length) {
      if (this._findCommand('*')) {
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
    }
  }
  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return void 0;
    return this.commands.find((cmd) => cmd._name === name || cmd._aliases.includes(name));
  }
  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */
  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }
  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForMissingMandatoryOptions() {
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }
  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === void 0) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });
    const optionsWithConflicting = definedNonDefaultOptions.filter((option) => option.conflictsWith.length > 0);
    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }
  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }
  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */
  parseOptions(args) {
    const operands = [];
    const unknown = [];
    let dest = operands;
    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }
    const negativeNumberArg = (arg) => {
      if (!/^-(\d+|\d*\.\d+)([eE][+-]?\d+)?$/.test(arg)) return false;
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short)),
      );
    };
    let activeVariadicOption = null;
    let activeGroup = null;
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }
      if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;
      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === void 0) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (option.required || (option.optional && this._combineFlagAndOptionalValue)) {
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            this.emit(`option:${option.name()}`);
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }
      if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
        dest = unknown;
      }
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }
      dest.push(arg);
    }
    return { operands, unknown };
  }
  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      const result = {};
      const len = this.options.length;
      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] = key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }
    return this._optionValues;
  }
  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }
  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    this._outputConfiguration.outputError(
      `${message}
`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }
  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process2.env) {
        const optionKey = option.attributeName();
        if (
          this.getOptionValue(optionKey) === void 0 ||
          ['default', 'config', 'env'].includes(this.getOptionValueSource(optionKey))
        ) {
          if (option.required || option.optional) {
            this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
          } else {
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }
  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== void 0 &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== void 0 &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(this.getOptionValue(option.attributeName()), option),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(impliedKey, option.implied[impliedKey], 'implied');
          });
      });
  }
  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */
  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }
  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */
  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }
  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */
  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }
  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    const findBestOptionFromValue = (option2) => {
      const optionKey = option2.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find((target) => target.negate && optionKey === target.attributeName());
      const positiveOption = this.options.find((target) => !target.negate && optionKey === target.attributeName());
      if (
        negativeOption &&
        ((negativeOption.presetArg === void 0 && optionValue === false) ||
          (negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option2;
    };
    const getErrorMessage = (option2) => {
      const bestOption = findBestOptionFromValue(option2);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };
    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }
  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */
  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';
    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      let candidateFlags = [];
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }
    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }
  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */
  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const received = receivedArgs.length;
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const details = receivedArgs.join(', ');
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${received}: ${details}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }
  /**
   * Unknown command.
   *
   * @private
   */
  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';
    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }
    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }
  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */
  version(str, flags, description) {
    if (str === void 0) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);
    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}
`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }
  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === void 0 && argsDescription === void 0) return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }
  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === void 0) return this._summary;
    this._summary = str;
    return this;
  }
  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */
  alias(alias) {
    if (alias === void 0) return this._aliases[0];
    let command = this;
    if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
      command = this.commands[this.commands.length - 1];
    }
    if (alias === command._name) throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }
    command._aliases.push(alias);
    return this;
  }
  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */
  aliases(aliases) {
    if (aliases === void 0) return this._aliases;
    aliases.forEach((alias) => this.alias(alias));
    return this;
  }
  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  usage(str) {
    if (str === void 0) {
      if (this._usage) return this._usage;
      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }
    this._usage = str;
    return this;
  }
  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  name(str) {
    if (str === void 0) return this._name;
    this._name = str;
    return this;
  }
  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */
  helpGroup(heading) {
    if (heading === void 0) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }
  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:');
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === void 0) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }
  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === void 0) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }
  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading) option.helpGroup(this._defaultOptionGroup);
  }
  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup()) cmd.helpGroup(this._defaultCommandGroup);
  }
  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or import.meta.filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(import.meta.filename);
   *
   * @param {string} filename
   * @return {Command}
   */
  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));
    return this;
  }
  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(import.meta.dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */
  executableDir(path2) {
    if (path2 === void 0) return this._executableDir;
    this._executableDir = path2;
    return this;
  }
  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */
  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }
  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */
  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }
  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */
  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = void 0;
    }
    const outputContext = this._getOutputContext(contextOptions);
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };
    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);
    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (typeof helpInformation !== 'string' && !Buffer.isBuffer(helpInformation)) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);
    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long);
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) => command.emit('afterAllHelp', eventContext));
  }
  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help', 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */
  helpOption(flags, description) {
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = void 0;
        if (this._defaultOptionGroup) {
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null;
      }
      return this;
    }
    this._helpOption = this.createOption(flags ?? '-h, --help', description ?? 'display help for command');
    if (flags || description) this._initOptionGroup(this._helpOption);
    return this;
  }
  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    if (this._helpOption === void 0) {
      this.helpOption(void 0, void 0);
    }
    return this._helpOption;
  }
  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }
  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */
  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process2.exitCode ?? 0);
    if (exitCode === 0 && contextOptions && typeof contextOptions !== 'function' && contextOptions.error) {
      exitCode = 1;
    }
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }
  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */
  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */
  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    const helpEvent = `${position}Help`;
    this.on(helpEvent, (context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      if (helpStr) {
        context.write(`${helpStr}
`);
      }
    });
    return this;
  }
  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */
  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
};
function incrementNodeInspectorPort(args) {
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk|-wait)?)$/)) !== null) {
      debugOption = match[1];
    } else if ((match = arg.match(/^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+)$/)) !== null) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        debugPort = match[3];
      } else {
        debugHost = match[3];
      }
    } else if ((match = arg.match(/^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+):(\d+)$/)) !== null) {
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }
    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}
function useColor() {
  if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === '0' || process2.env.FORCE_COLOR === 'false') return false;
  if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0) return true;
  return void 0;
}

// packages/sdk/node_modules/commander/index.js
var program = new Command();

// packages/sdk/dist/chunk-GUAO4HVV.js
import { readFile } from 'fs/promises';

var MASK = '****';
var URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@"'<>]+@/gi;
var SecretMasker = class {
  secrets = /* @__PURE__ */ new Set();
  pattern;
  constructor(secrets = []) {
    for (const secret of secrets) this.add(secret);
  }
  /** Registers a secret (a string or number); empty values are ignored. */
  add(secret) {
    if (typeof secret !== 'string' && typeof secret !== 'number') return;
    const text = String(secret);
    if (text.length === 0) return;
    const before = this.secrets.size;
    for (const variant of variantsOf(text)) if (variant.length > 0) this.secrets.add(variant);
    if (this.secrets.size !== before) this.pattern = void 0;
  }
  /** Whether any secret has been registered. */
  get size() {
    return this.secrets.size;
  }
  /** The text with every secret replaced by {@link MASK} and URL credentials removed. */
  mask(text) {
    let out = text.includes('://') ? text.replace(URL_CREDENTIALS, '$1') : text;
    if (this.secrets.size > 0) out = out.replace(this.regex(), MASK);
    return out;
  }
  regex() {
    if (!this.pattern) {
      const alternatives = [...this.secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
      this.pattern = new RegExp(alternatives.join('|'), 'g');
    }
    return this.pattern;
  }
};
function variantsOf(secret) {
  const jsonEscaped = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    jsonEscaped,
    JSON.stringify(jsonEscaped).slice(1, -1),
    Buffer.from(secret, 'utf8').toString('base64'),
  ];
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
var BRAND = /* @__PURE__ */ Symbol.for('@faros-ce/sdk.AirbyteError');
var AirbyteError = class _AirbyteError extends Error {
  /**
   * True for any AirbyteError, also one made by another copy of the SDK (a connector that bundles
   * its own), where `instanceof` would say no.
   */
  static is(value) {
    return value instanceof _AirbyteError || (value instanceof Error && value[BRAND] === true);
  }
  [BRAND] = true;
  failureType;
  internalMessage;
  stream;
  constructor(message, options) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = 'AirbyteError';
    this.failureType = options.failureType;
    this.internalMessage = options.internalMessage;
    this.stream = options.stream;
  }
};
function configError(message, options = {}) {
  return new AirbyteError(message, { ...options, failureType: 'config_error' });
}
function systemError(message, options = {}) {
  return new AirbyteError(message, { ...options, failureType: 'system_error' });
}
function toAirbyteError(error, stream) {
  if (AirbyteError.is(error)) {
    return error.stream || !stream
      ? error
      : new AirbyteError(error.message, {
          failureType: error.failureType,
          internalMessage: error.internalMessage,
          stream,
          cause: error.cause,
        });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AirbyteError(message || 'unexpected error', {
    failureType: 'system_error',
    internalMessage: error instanceof Error ? `${error.name}: ${error.message}` : void 0,
    stream,
    cause: error,
  });
}
function stackOf(error) {
  const parts = [];
  let current = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    parts.push(current.stack ?? `${current.name}: ${current.message}`);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join('\nCaused by: ') : void 0;
}
var PAYLOAD_FIELD = {
  RECORD: 'record',
  STATE: 'state',
  LOG: 'log',
  SPEC: 'spec',
  CONNECTION_STATUS: 'connectionStatus',
  CATALOG: 'catalog',
  TRACE: 'trace',
  CONTROL: 'control',
  DESTINATION_CATALOG: 'destination_catalog',
};
function streamDescriptor(name, namespace) {
  return namespace === void 0 ? { name } : { name, namespace };
}
function streamStateMessage(stream, streamState, recordCount) {
  const state = {
    type: 'STREAM',
    stream: { stream_descriptor: stream, stream_state: streamState },
  };
  if (recordCount !== void 0) state.sourceStats = { recordCount };
  return { type: 'STATE', state };
}
function logMessage(level, message, stackTrace) {
  const log = stackTrace === void 0 ? { level, message } : { level, message, stack_trace: stackTrace };
  return { type: 'LOG', log };
}
function specMessage(spec2) {
  return { type: 'SPEC', spec: spec2 };
}
function connectionStatusMessage(status, message) {
  return { type: 'CONNECTION_STATUS', connectionStatus: message === void 0 ? { status } : { status, message } };
}
function catalogMessage(catalog) {
  return { type: 'CATALOG', catalog };
}
function destinationCatalogMessage(catalog) {
  return { type: 'DESTINATION_CATALOG', destination_catalog: catalog };
}
function errorTraceMessage(fields, emittedAt = Date.now()) {
  const error = {
    message: fields.message,
    failure_type: fields.failureType,
  };
  if (fields.internalMessage !== void 0) error.internal_message = fields.internalMessage;
  if (fields.stackTrace !== void 0) error.stack_trace = fields.stackTrace;
  if (fields.stream !== void 0) error.stream_descriptor = fields.stream;
  return { type: 'TRACE', trace: { type: 'ERROR', emitted_at: emittedAt, error } };
}
function streamStatusMessage(stream, status, rateLimitedUntil, emittedAt = Date.now()) {
  const streamStatus = { stream_descriptor: stream, status };
  if (rateLimitedUntil !== void 0) {
    streamStatus.reasons = [{ type: 'RATE_LIMITED', rate_limited: { quota_reset: Math.round(rateLimitedUntil) } }];
  }
  return { type: 'TRACE', trace: { type: 'STREAM_STATUS', emitted_at: emittedAt, stream_status: streamStatus } };
}
function estimateTraceMessage(estimate, emittedAt = Date.now()) {
  const body = { name: estimate.name, type: estimate.type ?? 'STREAM' };
  if (estimate.namespace !== void 0) body.namespace = estimate.namespace;
  if (estimate.rows !== void 0) body.row_estimate = Math.round(estimate.rows);
  if (estimate.bytes !== void 0) body.byte_estimate = Math.round(estimate.bytes);
  return { type: 'TRACE', trace: { type: 'ESTIMATE', emitted_at: emittedAt, estimate: body } };
}
function analyticsTraceMessage(type, value, emittedAt = Date.now()) {
  const analytics = value === void 0 ? { type } : { type, value };
  return { type: 'TRACE', trace: { type: 'ANALYTICS', emitted_at: emittedAt, analytics } };
}
function controlConfigMessage(config, emittedAt = Date.now()) {
  return { type: 'CONTROL', control: { type: 'CONNECTOR_CONFIG', emitted_at: emittedAt, connectorConfig: { config } } };
}
var UNICODE_LINE_BREAKS = /[\u2028\u2029]/g;
function serializeMessage(message) {
  const line = JSON.stringify(message);
  if (!line.includes('\u2028') && !line.includes('\u2029')) return line;
  return line.replace(UNICODE_LINE_BREAKS, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}
var ConnectorOutput = class {
  constructor(writer, masker, debugEnabled = false) {
    this.writer = writer;
    this.masker = masker;
    this.debugEnabled = debugEnabled;
  }
  writer;
  masker;
  debugEnabled;
  /** Writes a message; await the result when it is a promise (backpressure). */
  emit(message) {
    if (message.type === 'RECORD' || message.type === 'STATE' || message.type === 'CONTROL') {
      return this.writer.write(message);
    }
    return this.writer.writeLine(this.masker.mask(serializeMessage(message)));
  }
  /** Writes a pre-serialized RECORD line (the hot path). */
  emitRecordLine(line) {
    return this.writer.writeLine(line);
  }
  log(level, message, error) {
    if (level === 'DEBUG' && !this.debugEnabled) return;
    const stack = error instanceof Error ? error.stack : void 0;
    const pending = this.emit(
      logMessage(level, error instanceof Error ? `${message}: ${error.message}` : message, stack),
    );
    pending?.catch(() => void 0);
  }
  debug(message) {
    this.log('DEBUG', message);
  }
  info(message) {
    this.log('INFO', message);
  }
  warn(message, error) {
    this.log('WARN', message, error);
  }
  error(message, error) {
    this.log('ERROR', message, error);
  }
  flush() {
    return this.writer.flush();
  }
};
var MessageWriter = class {
  constructor(sink, options = {}) {
    this.sink = sink;
    this.chunkChars = options.chunkChars ?? 64 * 1024;
  }
  sink;
  pending = [];
  pendingChars = 0;
  drain;
  flushScheduled = false;
  failure;
  chunkChars;
  /** Bytes waiting in the sink plus characters gathered here and not yet handed to it. */
  get bufferedBytes() {
    return this.sink.writableLength + this.pendingChars;
  }
  /** Serializes and writes a message. Await the result when it is a promise. */
  write(message) {
    return this.writeLine(serializeMessage(message));
  }
  /** Writes a line that is already one serialized message (no newline). */
  writeLine(line) {
    if (this.failure) return Promise.reject(this.failure);
    this.pending.push(line, '\n');
    this.pendingChars += line.length + 1;
    if (this.pendingChars >= this.chunkChars) this.writePending();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.writePending();
      });
    }
    return this.drain;
  }
  /** Hands everything gathered to the sink and resolves once the sink has written it. */
  async flush() {
    this.writePending();
    if (this.failure) throw this.failure;
    await new Promise((resolve, reject) => {
      this.sink.write('', (error) => (error ? reject(error) : resolve()));
    });
    if (this.drain) await this.drain;
  }
  writePending() {
    if (this.pendingChars === 0 || this.failure) return;
    const chunk =
      this.pending.length === 2
        ? `${this.pending[0]}
`
        : this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    const accepted = this.sink.write(chunk, (error) => {
      if (error && !this.failure) this.failure = error;
    });
    if (!accepted && !this.drain) this.drain = this.waitForDrain();
  }
  waitForDrain() {
    const drained = new Promise((resolve, reject) => {
      const onDrain = () => {
        this.sink.removeListener('error', onError);
        this.drain = void 0;
        resolve();
      };
      const onError = (error) => {
        this.sink.removeListener('drain', onDrain);
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.drain = void 0;
        reject(this.failure);
      };
      this.sink.once('drain', onDrain);
      this.sink.once('error', onError);
    });
    drained.catch(() => void 0);
    return drained;
  }
};
function secretValuesOf(connectionSpecification, config) {
  const found = [];
  collect(connectionSpecification, config, found);
  return found;
}
function collect(schema, value, found) {
  if (!schema || value === void 0 || value === null) return;
  if (schema.airbyte_secret === true) {
    leaves(value, found);
    return;
  }
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    const options = schema[key];
    if (Array.isArray(options)) for (const option of options) collect(option, value, found);
  }
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items && !Array.isArray(items)) for (const item of value) collect(items, item, found);
    return;
  }
  if (typeof value === 'object' && schema.properties) {
    for (const [key, child] of Object.entries(schema.properties)) {
      collect(child, value[key], found);
    }
  }
}
function leaves(value, found) {
  if (Array.isArray(value)) for (const item of value) leaves(item, found);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) leaves(item, found);
  else found.push(value);
}
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
function validateConfig(connectionSpecification, config) {
  const problems = configProblems(connectionSpecification, config);
  if (problems.problems.length > 0) {
    const list = problems.problems.map((p) => `${p.field} ${p.message} (rule: ${p.rule})`).join('; ');
    throw configError(`The config is invalid: ${list}`);
  }
  return problems.config;
}
function configProblems(connectionSpecification, config) {
  const copy = config === void 0 ? void 0 : structuredClone(config);
  if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) {
    return { config: copy, problems: [{ field: 'config', rule: 'type', message: 'must be a JSON object' }] };
  }
  const ajv2 = new import_ajv.Ajv({ allErrors: true, strict: false, useDefaults: true, coerceTypes: false });
  addFormats(ajv2);
  let validate;
  try {
    validate = ajv2.compile(connectionSpecification);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      config: copy,
      problems: [{ field: 'spec', rule: 'schema', message: `is not a valid JSON schema: ${detail}` }],
    };
  }
  if (validate(copy)) return { config: copy, problems: [] };
  return { config: copy, problems: dedupe((validate.errors ?? []).filter(relevant).map(toProblem)) };
}
function relevant(error) {
  return error.keyword !== 'if';
}
function toProblem(error) {
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
  let field = ['config', ...segments].join('.');
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'required') {
    field = `${field}.${String(error.params.missingProperty)}`;
    message = 'is required';
  } else if (error.keyword === 'enum') {
    const allowed = error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ');
    message = `must be one of ${allowed}`;
  } else if (error.keyword === 'additionalProperties') {
    field = `${field}.${String(error.params.additionalProperty)}`;
    message = 'is not allowed here';
  } else if (error.keyword === 'oneOf') {
    message = 'must match exactly one of the options';
  }
  return { field: field.replace(/^config\./, ''), rule: error.keyword, message };
}
function unescapePointer(segment) {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.field}|${p.rule}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var NEWLINE = 10;
var CARRIAGE_RETURN = 13;
var DEFAULT_MAX_LINE_BYTES = 512 * 1024 * 1024;
var LineReader = class {
  constructor(input, options = {}) {
    this.input = input;
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  }
  input;
  /** Number of the line last yielded, counting blank lines too. */
  lineNumber = 0;
  maxLineBytes;
  async *[Symbol.asyncIterator]() {
    const max = this.maxLineBytes;
    let pending = [];
    let pendingBytes = 0;
    for await (const chunk of this.input) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let start = 0;
      let end = buffer.indexOf(NEWLINE, start);
      while (end !== -1) {
        this.lineNumber++;
        let text;
        if (pendingBytes > 0) {
          const total = pendingBytes + end - start;
          const lastByte = end > start ? buffer[end - 1] : lastByteOf(pending);
          if (total - (lastByte === CARRIAGE_RETURN ? 1 : 0) > max) throw this.tooLong(this.lineNumber);
          pending.push(buffer.subarray(start, end));
          text = this.decode(Buffer.concat(pending, total), 0, total);
          pending = [];
          pendingBytes = 0;
        } else {
          text = this.decode(buffer, start, end);
        }
        if (!isBlank(text)) yield text;
        start = end + 1;
        end = buffer.indexOf(NEWLINE, start);
      }
      if (start < buffer.length) {
        pendingBytes += buffer.length - start;
        if (pendingBytes > max + 1) throw this.tooLong(this.lineNumber + 1);
        pending.push(start === 0 ? buffer : buffer.subarray(start));
      }
    }
    if (pendingBytes > 0) {
      this.lineNumber++;
      const text = this.decode(Buffer.concat(pending, pendingBytes), 0, pendingBytes);
      if (!isBlank(text)) yield text;
    }
  }
  /** The line between `start` and `end` without a trailing CR, checked against the bound. */
  decode(buffer, start, end) {
    const stop = end > start && buffer[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
    if (stop - start > this.maxLineBytes) throw this.tooLong(this.lineNumber);
    return buffer.toString('utf8', start, stop);
  }
  tooLong(lineNumber) {
    return systemError(`line ${lineNumber} is longer than the ${this.maxLineBytes} bytes a line may have`);
  }
};
function lastByteOf(chunks) {
  const last = chunks[chunks.length - 1];
  return last === void 0 ? void 0 : last[last.length - 1];
}
function isBlank(text) {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  return first !== 123 && text.trim().length === 0;
}
var airbyte_protocol_schema_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://faros-ce.dev/schemas/airbyte-protocol-0.18.json',
  title: 'AirbyteProtocol',
  description:
    'The Airbyte protocol, version 0.18, as @faros-ce/sdk understands it. Every object allows fields it does not name, so newer peers can add fields and older ones carry them along.',
  type: 'object',
  properties: {
    airbyte_message: { $ref: '#/definitions/AirbyteMessage' },
    configured_airbyte_catalog: { $ref: '#/definitions/ConfiguredAirbyteCatalog' },
  },
  definitions: {
    AirbyteMessage: {
      description: 'One line of connector output: a type tag and the one payload field that matches it.',
      type: 'object',
      additionalProperties: true,
      required: ['type'],
      properties: {
        type: { $ref: '#/definitions/AirbyteMessageType' },
        record: { $ref: '#/definitions/AirbyteRecordMessage' },
        state: { $ref: '#/definitions/AirbyteStateMessage' },
        log: { $ref: '#/definitions/AirbyteLogMessage' },
        spec: { $ref: '#/definitions/ConnectorSpecification' },
        connectionStatus: { $ref: '#/definitions/AirbyteConnectionStatus' },
        catalog: { $ref: '#/definitions/AirbyteCatalog' },
        trace: { $ref: '#/definitions/AirbyteTraceMessage' },
        control: { $ref: '#/definitions/AirbyteControlMessage' },
        destination_catalog: { $ref: '#/definitions/DestinationCatalog' },
      },
    },
    AirbyteMessageType: {
      description: 'Which payload field the message carries.',
      type: 'string',
      enum: [
        'RECORD',
        'STATE',
        'LOG',
        'SPEC',
        'CONNECTION_STATUS',
        'CATALOG',
        'TRACE',
        'CONTROL',
        'DESTINATION_CATALOG',
      ],
    },
    AirbyteRecordMessage: {
      description: 'A row of a stream.',
      type: 'object',
      additionalProperties: true,
      required: ['stream', 'data', 'emitted_at'],
      properties: {
        namespace: { type: 'string', description: 'Namespace of the stream, when it has one.' },
        stream: { type: 'string', description: 'Name of the stream the row belongs to.' },
        data: { type: 'object', description: 'The row itself.', tsType: 'Record<string, unknown>' },
        emitted_at: { type: 'integer', description: 'When the source emitted the row, in epoch milliseconds.' },
        meta: { $ref: '#/definitions/AirbyteRecordMessageMeta' },
        file_reference: { $ref: '#/definitions/AirbyteRecordMessageFileReference' },
      },
    },
    AirbyteRecordMessageMeta: {
      description: 'What happened to the row on its way.',
      type: 'object',
      additionalProperties: true,
      properties: {
        changes: { type: 'array', items: { $ref: '#/definitions/AirbyteRecordMessageMetaChange' } },
      },
    },
    AirbyteRecordMessageMetaChange: {
      description: 'One field that was nulled or truncated, and why.',
      type: 'object',
      additionalProperties: true,
      required: ['field', 'change', 'reason'],
      properties: {
        field: { type: 'string' },
        change: { type: 'string', enum: ['NULLED', 'TRUNCATED'] },
        reason: {
          type: 'string',
          enum: [
            'SOURCE_RECORD_SIZE_LIMITATION',
            'DESTINATION_RECORD_SIZE_LIMITATION',
            'PLATFORM_RECORD_SIZE_LIMITATION',
            'SOURCE_FIELD_SIZE_LIMITATION',
            'DESTINATION_FIELD_SIZE_LIMITATION',
            'PLATFORM_FIELD_SIZE_LIMITATION',
            'SOURCE_SERIALIZATION_ERROR',
            'DESTINATION_SERIALIZATION_ERROR',
            'PLATFORM_SERIALIZATION_ERROR',
            'SOURCE_RETRIEVAL_ERROR',
            'DESTINATION_TYPECAST_ERROR',
          ],
        },
      },
    },
    AirbyteRecordMessageFileReference: {
      description: 'Where the file a file-based record describes was staged.',
      type: 'object',
      additionalProperties: true,
      properties: {
        staging_file_url: { type: 'string' },
        source_file_relative_path: { type: 'string' },
        file_size_bytes: { type: 'integer' },
      },
    },
    AirbyteStateMessage: {
      description:
        "A checkpoint. STREAM scopes it to one stream, GLOBAL carries every stream's state, LEGACY (or no type) keeps a single blob in data.",
      type: 'object',
      additionalProperties: true,
      properties: {
        type: { $ref: '#/definitions/AirbyteStateType' },
        stream: { $ref: '#/definitions/AirbyteStreamState' },
        global: { $ref: '#/definitions/AirbyteGlobalState' },
        data: {
          type: 'object',
          description: 'Deprecated: the legacy state blob.',
          tsType: 'Record<string, unknown>',
        },
        sourceStats: { $ref: '#/definitions/AirbyteStateStats' },
        destinationStats: { $ref: '#/definitions/AirbyteStateStats' },
      },
    },
    AirbyteStateType: { type: 'string', enum: ['GLOBAL', 'STREAM', 'LEGACY'] },
    AirbyteStreamState: {
      type: 'object',
      additionalProperties: true,
      required: ['stream_descriptor'],
      properties: {
        stream_descriptor: { $ref: '#/definitions/StreamDescriptor' },
        stream_state: {
          description: "The stream's state; null resets the stream.",
          anyOf: [{ $ref: '#/definitions/AirbyteStateBlob' }, { type: 'null' }],
        },
      },
    },
    AirbyteGlobalState: {
      type: 'object',
      additionalProperties: true,
      required: ['stream_states'],
      properties: {
        shared_state: { $ref: '#/definitions/AirbyteStateBlob' },
        stream_states: { type: 'array', items: { $ref: '#/definitions/AirbyteStreamState' } },
      },
    },
    StreamDescriptor: {
      description: 'Names a stream: its name and, optionally, its namespace.',
      type: 'object',
      additionalProperties: true,
      required: ['name'],
      properties: {
        name: { type: 'string' },
        namespace: { type: 'string' },
      },
    },
    AirbyteStateBlob: {
      description: "The source's own state: opaque to everyone else.",
      type: 'object',
      additionalProperties: true,
    },
    AirbyteStateStats: {
      description: 'Counts since the previous state of the same scope. Doubles on the wire.',
      type: 'object',
      additionalProperties: true,
      properties: {
        recordCount: { type: 'number' },
        rejectedRecordCount: { type: 'number' },
      },
    },
    AirbyteLogMessage: {
      type: 'object',
      additionalProperties: true,
      required: ['level', 'message'],
      properties: {
        level: { type: 'string', enum: ['FATAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE'] },
        message: { type: 'string' },
        stack_trace: { type: 'string' },
      },
    },
    AirbyteTraceMessage: {
      type: 'object',
      additionalProperties: true,
      required: ['type', 'emitted_at'],
      properties: {
        type: {
          title: 'trace type',
          type: 'string',
          enum: ['ERROR', 'ESTIMATE', 'STREAM_STATUS', 'ANALYTICS'],
        },
        emitted_at: { type: 'number', description: 'Epoch milliseconds.' },
        error: { $ref: '#/definitions/AirbyteErrorTraceMessage' },
        estimate: { $ref: '#/definitions/AirbyteEstimateTraceMessage' },
        stream_status: { $ref: '#/definitions/AirbyteStreamStatusTraceMessage' },
        analytics: { $ref: '#/definitions/AirbyteAnalyticsTraceMessage' },
      },
    },
    AirbyteErrorTraceMessage: {
      type: 'object',
      additionalProperties: true,
      required: ['message'],
      properties: {
        message: { type: 'string', description: 'What the user should read.' },
        internal_message: { type: 'string' },
        stack_trace: { type: 'string' },
        failure_type: { $ref: '#/definitions/FailureType' },
        stream_descriptor: { $ref: '#/definitions/StreamDescriptor' },
      },
    },
    FailureType: {
      description: 'config_error: the user must act; transient_error: a retry may succeed; system_error: a bug.',
      type: 'string',
      enum: ['system_error', 'config_error', 'transient_error'],
    },
    AirbyteEstimateTraceMessage: {
      type: 'object',
      additionalProperties: true,
      required: ['name', 'type'],
      properties: {
        name: { type: 'string' },
        type: { title: 'estimate type', type: 'string', enum: ['STREAM', 'SYNC'] },
        namespace: { type: 'string' },
        row_estimate: { type: 'integer' },
        byte_estimate: { type: 'integer' },
      },
    },
    AirbyteStreamStatus: { type: 'string', enum: ['STARTED', 'RUNNING', 'COMPLETE', 'INCOMPLETE'] },
    AirbyteStreamStatusReason: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { type: 'string', enum: ['RATE_LIMITED'] },
        rate_limited: {
          type: 'object',
          properties: {
            quota_reset: { type: 'integer', description: 'Epoch milliseconds when the quota resets.' },
          },
        },
      },
    },
    AirbyteStreamStatusTraceMessage: {
      type: 'object',
      additionalProperties: true,
      required: ['stream_descriptor', 'status'],
      properties: {
        stream_descriptor: { $ref: '#/definitions/StreamDescriptor' },
        status: { $ref: '#/definitions/AirbyteStreamStatus' },
        reasons: { type: 'array', items: { $ref: '#/definitions/AirbyteStreamStatusReason' } },
      },
    },
    AirbyteAnalyticsTraceMessage: {
      type: 'object',
      additionalProperties: true,
      required: ['type'],
      properties: {
        type: { type: 'string' },
        value: { type: 'string' },
      },
    },
    AirbyteControlMessage: {
      type: 'object',
      additionalProperties: true,
      required: ['type', 'emitted_at'],
      properties: {
        type: { title: 'orchestrator type', type: 'string', enum: ['CONNECTOR_CONFIG'] },
        emitted_at: { type: 'number' },
        connectorConfig: {
          type: 'object',
          additionalProperties: true,
          required: ['config'],
          properties: {
            config: { type: 'object', additionalProperties: true, tsType: 'Record<string, unknown>' },
          },
        },
      },
    },
    AirbyteConnectionStatus: {
      type: 'object',
      additionalProperties: true,
      required: ['status'],
      properties: {
        status: { type: 'string', enum: ['SUCCEEDED', 'FAILED'] },
        message: { type: 'string' },
      },
    },
    AirbyteCatalog: {
      type: 'object',
      additionalProperties: true,
      required: ['streams'],
      properties: { streams: { type: 'array', items: { $ref: '#/definitions/AirbyteStream' } } },
    },
    AirbyteStream: {
      type: 'object',
      additionalProperties: true,
      required: ['name', 'json_schema', 'supported_sync_modes'],
      properties: {
        name: { type: 'string' },
        json_schema: {
          type: 'object',
          description: "JSON schema of the stream's records.",
          tsType: 'Record<string, unknown>',
        },
        supported_sync_modes: { type: 'array', minItems: 1, items: { $ref: '#/definitions/SyncMode' } },
        source_defined_cursor: { type: 'boolean' },
        default_cursor_field: { type: 'array', items: { type: 'string' } },
        source_defined_primary_key: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        namespace: { type: 'string' },
        is_resumable: { type: 'boolean' },
        is_file_based: { type: 'boolean' },
      },
    },
    ConfiguredAirbyteCatalog: {
      type: 'object',
      additionalProperties: true,
      required: ['streams'],
      properties: { streams: { type: 'array', items: { $ref: '#/definitions/ConfiguredAirbyteStream' } } },
    },
    ConfiguredAirbyteStream: {
      type: 'object',
      additionalProperties: true,
      required: ['stream', 'sync_mode', 'destination_sync_mode'],
      properties: {
        stream: { $ref: '#/definitions/AirbyteStream' },
        sync_mode: { $ref: '#/definitions/SyncMode' },
        cursor_field: { type: 'array', items: { type: 'string' } },
        destination_sync_mode: { $ref: '#/definitions/DestinationSyncMode' },
        destination_object_name: { type: 'string' },
        primary_key: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        generation_id: { type: 'integer' },
        minimum_generation_id: { type: 'integer' },
        sync_id: { type: 'integer' },
        include_files: { type: 'boolean' },
      },
    },
    SyncMode: { type: 'string', enum: ['full_refresh', 'incremental'] },
    DestinationSyncMode: {
      type: 'string',
      enum: ['append', 'overwrite', 'append_dedup', 'update', 'soft_delete'],
    },
    DestinationCatalog: {
      type: 'object',
      additionalProperties: true,
      required: ['operations'],
      properties: { operations: { type: 'array', items: { $ref: '#/definitions/DestinationOperation' } } },
    },
    DestinationOperation: {
      type: 'object',
      additionalProperties: true,
      required: ['object_name', 'sync_mode', 'json_schema'],
      properties: {
        object_name: { type: 'string' },
        sync_mode: { $ref: '#/definitions/DestinationSyncMode' },
        json_schema: { type: 'object', tsType: 'Record<string, unknown>' },
        matching_keys: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
      },
    },
    ConnectorSpecification: {
      description: 'What the connector needs from its user (a JSON schema of the config) and what it supports.',
      type: 'object',
      additionalProperties: true,
      required: ['connectionSpecification'],
      properties: {
        documentationUrl: { type: 'string', format: 'uri' },
        changelogUrl: { type: 'string', format: 'uri' },
        connectionSpecification: { type: 'object', tsType: 'Record<string, unknown>' },
        supportsIncremental: { type: 'boolean', description: 'Deprecated.' },
        supportsNormalization: { type: 'boolean' },
        supportsDBT: { type: 'boolean' },
        supported_destination_sync_modes: {
          type: 'array',
          items: { $ref: '#/definitions/DestinationSyncMode' },
        },
        advanced_auth: {
          type: 'object',
          additionalProperties: true,
          properties: {
            auth_flow_type: { type: 'string', enum: ['oauth2.0', 'oauth1.0'] },
            predicate_key: { type: 'array', items: { type: 'string' } },
            predicate_value: { type: 'string' },
            oauth_config_specification: {
              type: 'object',
              additionalProperties: true,
              tsType: 'Record<string, unknown>',
            },
          },
        },
        protocol_version: { type: 'string' },
      },
    },
  },
};
var SCHEMA_ID = airbyte_protocol_schema_default.$id;
var PAYLOAD_DEFINITION = {
  RECORD: 'AirbyteRecordMessage',
  STATE: 'AirbyteStateMessage',
  LOG: 'AirbyteLogMessage',
  SPEC: 'ConnectorSpecification',
  CONNECTION_STATUS: 'AirbyteConnectionStatus',
  CATALOG: 'AirbyteCatalog',
  TRACE: 'AirbyteTraceMessage',
  CONTROL: 'AirbyteControlMessage',
  DESTINATION_CATALOG: 'DestinationCatalog',
};
var ajv;
var compiled = /* @__PURE__ */ new Map();
function validatorFor(definition) {
  let validate = compiled.get(definition);
  if (!validate) {
    if (!ajv) {
      ajv = new import_ajv2.Ajv({ allErrors: false, strict: false, validateFormats: false });
      ajv.addSchema(airbyte_protocol_schema_default);
    }
    const found = ajv.getSchema(`${SCHEMA_ID}#/definitions/${definition}`);
    if (!found) throw new Error(`protocol schema has no definition ${definition}`);
    validate = found;
    compiled.set(definition, validate);
  }
  return validate;
}
function describeSchemaErrors(errors, root) {
  if (!errors || errors.length === 0) return `${root}: invalid`;
  return errors
    .map((e) => {
      const path2 = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : `${acc}.${p}`), root);
      if (e.keyword === 'required') return `${path2}.${String(e.params.missingProperty)}: is required`;
      if (e.keyword === 'enum')
        return `${path2}: must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
      return `${path2}: ${e.message ?? 'is invalid'}`;
    })
    .join('; ');
}
function validateProtocolValue(definition, value, root) {
  const validate = validatorFor(definition);
  return validate(value) ? void 0 : describeSchemaErrors(validate.errors, root);
}
function validateEnvelope(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'message must be a JSON object';
  const type = value.type;
  if (typeof type !== 'string') return 'message has no string "type"';
  if (!Object.hasOwn(PAYLOAD_FIELD, type)) return `unknown message type ${JSON.stringify(type)}`;
  const field = PAYLOAD_FIELD[type];
  const payload = value[field];
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return `${type} message must carry an object in "${field}"`;
  }
  return validateProtocolValue(PAYLOAD_DEFINITION[type], payload, field);
}
function validateConfiguredCatalog(value) {
  return validateProtocolValue('ConfiguredAirbyteCatalog', value, 'catalog');
}
function parseConfiguredCatalog(value) {
  const problem = validateConfiguredCatalog(value);
  if (problem !== void 0) throw configError(`The catalog is invalid: ${problem}`);
  return value;
}
function streamKey(stream) {
  return stream.namespace === void 0 || stream.namespace === null ? stream.name : `${stream.namespace}\0${stream.name}`;
}
function emptyInputState() {
  return { kind: 'NONE', streams: /* @__PURE__ */ new Map() };
}
function parseInputState(value, file = 'state') {
  if (value === null || value === void 0) return emptyInputState();
  if (Array.isArray(value)) return fromArray(value, file);
  if (typeof value === 'object') return fromLegacy(value, file);
  throw configError(`${file} must be a JSON array of state messages or a legacy state object`);
}
function fromArray(items, file) {
  const state = { kind: items.length === 0 ? 'NONE' : 'STREAM', streams: /* @__PURE__ */ new Map() };
  items.forEach((item, index) => {
    const where2 = `${file}[${index}]`;
    const problem = validateProtocolValue('AirbyteStateMessage', item, where2);
    if (problem !== void 0) throw configError(`Invalid state: ${problem}`);
    const message = item;
    const type = message.type ?? 'LEGACY';
    if (type === 'STREAM') {
      if (state.kind === 'GLOBAL' || state.kind === 'LEGACY') throw mixed(where2, type, state.kind);
      const stream = message.stream;
      if (!stream) throw configError(`Invalid state: ${where2} is a STREAM state without "stream"`);
      setStream(state, stream.stream_descriptor, stream.stream_state, where2);
    } else if (type === 'GLOBAL') {
      if (index > 0 && state.kind !== 'GLOBAL') throw mixed(where2, type, state.kind);
      state.kind = 'GLOBAL';
      const global2 = message.global;
      if (!global2) throw configError(`Invalid state: ${where2} is a GLOBAL state without "global"`);
      if (isObject(global2.shared_state)) state.shared = global2.shared_state;
      for (const [i, s] of global2.stream_states.entries()) {
        const streamState = s;
        setStream(
          state,
          streamState.stream_descriptor,
          streamState.stream_state,
          `${where2}.global.stream_states[${i}]`,
        );
      }
    } else {
      if (index > 0 && state.kind !== 'LEGACY') throw mixed(where2, type, state.kind);
      const legacy = fromLegacy({ data: message.data ?? {} }, where2);
      state.kind = 'LEGACY';
      for (const [key, blob] of legacy.streams) state.streams.set(key, blob);
    }
  });
  return state;
}
function fromLegacy(value, file) {
  const isMessage = value.type === 'LEGACY' || (Object.keys(value).length === 1 && 'data' in value);
  const data = isMessage ? value.data : value;
  if (!isObject(data)) throw configError(`Invalid state: ${file}.data must be an object of stream states`);
  const state = { kind: Object.keys(data).length === 0 ? 'NONE' : 'LEGACY', streams: /* @__PURE__ */ new Map() };
  for (const [name, blob] of Object.entries(data)) {
    setStream(state, { name }, blob, `${file}${isMessage ? '.data' : ''}.${name}`);
  }
  return state;
}
function setStream(state, descriptor, blob, where2) {
  if (blob === null || blob === void 0) return;
  if (!isObject(blob)) throw configError(`Invalid state: ${where2} must be an object, not ${describe(blob)}`);
  state.streams.set(streamKey(descriptor), blob);
}
function mixed(where2, type, kind) {
  return configError(
    `Invalid state: ${where2} is a ${type} state but earlier entries are ${kind}; one file holds one kind`,
  );
}
function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function describe(value) {
  return Array.isArray(value) ? 'an array' : typeof value;
}
var DEFAULT_WRITE_OPTIONS = Object.freeze({
  batchRecords: 1e3,
  batchBytes: 4 * 1024 * 1024,
  flushIntervalMs: 5e3,
  maxBufferedBytes: 32 * 1024 * 1024,
  invalidRecords: 'fail',
  validateRecords: false,
});
var POSITIVE_OPTIONS = ['batchRecords', 'batchBytes', 'flushIntervalMs', 'maxBufferedBytes'];
function resolveWriteOptions(options) {
  const resolved = { ...DEFAULT_WRITE_OPTIONS };
  for (const [name, value] of Object.entries(options)) {
    if (value !== void 0) resolved[name] = value;
  }
  for (const name of POSITIVE_OPTIONS) {
    const value = resolved[name];
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
      throw systemError(`Write option ${name} must be a positive number, not ${String(value)}`);
    }
  }
  if (resolved.invalidRecords !== 'fail' && resolved.invalidRecords !== 'skip') {
    throw systemError(`Write option invalidRecords must be "fail" or "skip", not ${String(resolved.invalidRecords)}`);
  }
  return resolved;
}
var ProtocolError = class extends Error {
  lineNumber;
  reason;
  constructor(reason, lineNumber) {
    super(lineNumber === void 0 ? reason : `line ${lineNumber}: ${reason}`);
    this.name = 'ProtocolError';
    this.reason = reason;
    this.lineNumber = lineNumber;
  }
};
function parseMessage(line, lineNumber) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: new ProtocolError(`not valid JSON (${detail})`, lineNumber) };
  }
  const problem = validateEnvelope(value);
  if (problem !== void 0) return { ok: false, error: new ProtocolError(problem, lineNumber) };
  return { ok: true, message: value };
}
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var COLON = 58;
function jsonObjectMembers(text, start) {
  if (text.charCodeAt(start) !== OPEN_BRACE) throw new SyntaxError(`no JSON object at ${start}`);
  const members = [];
  let i = skipSpace(text, start + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) return { members, close: i };
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) throw new SyntaxError(`expected a member name at ${i}`);
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd));
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) throw new SyntaxError(`expected ':' at ${i}`);
    const valueStart = skipSpace(text, i + 1);
    const valueEnd = valueEndAt(text, valueStart);
    members.push({ key, valueStart, valueEnd });
    i = skipSpace(text, valueEnd);
    const next = text.charCodeAt(i);
    if (next === CLOSE_BRACE) return { members, close: i };
    if (next !== COMMA) throw new SyntaxError(`expected ',' or '}' at ${i}`);
    i = skipSpace(text, i + 1);
  }
}
function skipSpace(text, i) {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return j;
    j++;
  }
}
function stringEnd(text, i) {
  let from = i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) throw new SyntaxError(`unterminated string at ${i}`);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}
function valueEndAt(text, i) {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return stringEnd(text, i);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    let j2 = i;
    while (j2 < text.length) {
      const c = text.charCodeAt(j2);
      if (c === QUOTE) {
        j2 = stringEnd(text, j2);
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return j2 + 1;
      }
      j2++;
    }
    throw new SyntaxError(`unterminated value at ${i}`);
  }
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 32 || c === 9 || c === 10 || c === 13) {
      break;
    }
    j++;
  }
  if (j === i) throw new SyntaxError(`expected a value at ${i}`);
  return j;
}
function echoStateLine(line, stats) {
  const statsJson = JSON.stringify(stats);
  try {
    const root = jsonObjectMembers(line, skipSpace(line, 0));
    const state = lastMember(root.members, 'state');
    if (state === void 0) throw new SyntaxError('no "state" member');
    const inner = jsonObjectMembers(line, state.valueStart);
    const existing = lastMember(inner.members, 'destinationStats');
    if (existing !== void 0) {
      return line.slice(0, existing.valueStart) + statsJson + line.slice(existing.valueEnd);
    }
    const separator = inner.members.length > 0 ? ',' : '';
    return `${line.slice(0, inner.close)}${separator}"destinationStats":${statsJson}${line.slice(inner.close)}`;
  } catch {
    const message = JSON.parse(line);
    return JSON.stringify({ ...message, state: { ...message.state, destinationStats: stats } });
  }
}
function lastMember(members, key) {
  for (let i = members.length - 1; i >= 0; i--) {
    if (members[i]?.key === key) return members[i];
  }
  return void 0;
}
var FlushTimer = class {
  constructor(intervalMs, flush) {
    this.intervalMs = intervalMs;
    this.flush = flush;
  }
  intervalMs;
  flush;
  handle;
  running;
  due = false;
  busy = false;
  stopped = false;
  failure;
  interruptWait;
  /** Starts the clock, unless it is already running. */
  arm() {
    if (this.handle !== void 0 || this.stopped) return;
    this.handle = setTimeout(() => this.fire(), this.intervalMs);
    this.handle.unref();
  }
  /** Waits for `next` (the next input line); rejects as soon as a timer flush fails. */
  wait(next) {
    if (this.failure !== void 0) return Promise.reject(this.failure.error);
    if (this.handle === void 0 && this.running === void 0) return next;
    return new Promise((resolve, reject) => {
      this.interruptWait = reject;
      next.then(
        (value) => {
          this.interruptWait = void 0;
          resolve(value);
        },
        (error) => {
          this.interruptWait = void 0;
          reject(error);
        },
      );
    });
  }
  /** The loop starts on a message: waits for a timer flush in progress and rethrows its failure. */
  enter() {
    this.busy = true;
    if (this.running !== void 0) return this.running.then(() => this.throwIfFailed());
    this.throwIfFailed();
    return void 0;
  }
  /** The loop is done with a message: runs the flush that came due meanwhile, if one did. */
  leave() {
    if (!this.due) {
      this.busy = false;
      return void 0;
    }
    this.due = false;
    return this.flush().then(() => {
      this.busy = false;
    });
  }
  /** Stops the clock and waits for a timer flush in progress to settle (its failure is kept). */
  async stop() {
    this.stopped = true;
    this.busy = true;
    this.due = false;
    clearTimeout(this.handle);
    this.handle = void 0;
    if (this.running !== void 0) await this.running;
  }
  /** Throws the error of a failed timer flush, if one failed. */
  throwIfFailed() {
    if (this.failure !== void 0) throw this.failure.error;
  }
  fire() {
    this.handle = void 0;
    if (this.busy) {
      this.due = true;
      return;
    }
    this.running = this.flush().then(
      () => {
        this.running = void 0;
      },
      (error) => {
        this.running = void 0;
        this.failure = { error };
        this.interruptWait?.(error);
      },
    );
  }
};
var RecordValidator = class {
  validate;
  constructor(schema, options = {}) {
    const formats = options.formats ?? true;
    const ajv2 = new import_ajv3.Ajv({ allErrors: true, strict: false, validateFormats: formats });
    if (formats) addFormats(ajv2);
    this.validate = ajv2.compile(schema);
  }
  /** Undefined when the record is valid, else the fields at fault, under `root`. */
  problems(record, root = 'record') {
    return this.validate(record) ? void 0 : describeSchemaErrors(this.validate.errors, root);
  }
};
var RecordChecker = class {
  streams = /* @__PURE__ */ new Map();
  validators = /* @__PURE__ */ new Map();
  constructor(catalog, validateRecords) {
    for (const configured of catalog.streams) {
      const key = streamKey(configured.stream);
      if (this.streams.has(key)) continue;
      this.streams.set(key, configured);
      if (!validateRecords) continue;
      try {
        this.validators.set(key, new RecordValidator(configured.stream.json_schema, { formats: false }));
      } catch (error) {
        throw configError(`The JSON schema of stream ${configured.stream.name} in the catalog is invalid`, {
          internalMessage: error instanceof Error ? error.message : String(error),
          cause: error,
        });
      }
    }
  }
  /** The configured stream with this key, if the catalog has it. */
  stream(key) {
    return this.streams.get(key);
  }
  /** Undefined when the record fits its stream's schema (or validation is off), else what is wrong. */
  problems(key, data) {
    return this.validators.get(key)?.problems(data, 'data');
  }
};
var CappedWarnings = class {
  constructor(logger, limit, what) {
    this.logger = logger;
    this.limit = limit;
    this.what = what;
  }
  logger;
  limit;
  what;
  seen = 0;
  /** Number of warnings given, logged or not. */
  get count() {
    return this.seen;
  }
  warn(message) {
    this.seen++;
    if (this.seen <= this.limit) this.logger.warn(message);
    else if (this.seen === this.limit + 1) {
      this.logger.warn(`More than ${this.limit} ${this.what}: the rest are counted, not logged`);
    }
  }
};
var RecordBuffers = class {
  buffers = /* @__PURE__ */ new Map();
  inFlight;
  bufferedBytes = 0;
  bufferedRecords = 0;
  /** Characters of JSON buffered over all streams. */
  get totalBytes() {
    return this.bufferedBytes;
  }
  /** Records buffered over all streams. */
  get totalRecords() {
    return this.bufferedRecords;
  }
  /** Adds a record; returns its stream's record and byte counts after it. */
  add(key, stream, record, seq, bytes) {
    let buffer = this.buffers.get(key);
    if (buffer === void 0) {
      buffer = { stream, records: [], seqs: [], bytes: 0 };
      this.buffers.set(key, buffer);
    }
    buffer.records.push(record);
    buffer.seqs.push(seq);
    buffer.bytes += bytes;
    this.bufferedBytes += bytes;
    this.bufferedRecords++;
    return { records: buffer.records.length, bytes: buffer.bytes };
  }
  /** Removes and returns a stream's records, marking them in flight; undefined when it has none. */
  take(key) {
    const buffer = this.buffers.get(key);
    if (buffer === void 0) return void 0;
    if (this.inFlight !== void 0) throw new Error('a batch is already in flight');
    this.buffers.delete(key);
    this.bufferedBytes -= buffer.bytes;
    this.bufferedRecords -= buffer.records.length;
    this.inFlight = { key, firstSeq: buffer.seqs[0] };
    return { key, stream: buffer.stream, records: buffer.records, seqs: buffer.seqs };
  }
  /** The batch in flight is committed. */
  settle() {
    this.inFlight = void 0;
  }
  /** Sequence number of the oldest uncommitted record of a stream (Infinity when none). */
  firstUncommitted(key) {
    if (this.inFlight?.key === key) return this.inFlight.firstSeq;
    return this.buffers.get(key)?.seqs[0] ?? Number.POSITIVE_INFINITY;
  }
  /** Sequence number of the oldest uncommitted record of all (Infinity when none). */
  oldestUncommitted() {
    const first = this.buffers.values().next().value;
    const oldestBuffered = first?.seqs[0] ?? Number.POSITIVE_INFINITY;
    return Math.min(oldestBuffered, this.inFlight?.firstSeq ?? Number.POSITIVE_INFINITY);
  }
  /** Keys of the streams with buffered records, oldest record first. */
  keysByAge() {
    return [...this.buffers.keys()];
  }
  /** Key of the stream buffering the most bytes. */
  largest() {
    let largestKey;
    let largestBytes = -1;
    for (const [key, buffer] of this.buffers) {
      if (buffer.bytes > largestBytes) {
        largestKey = key;
        largestBytes = buffer.bytes;
      }
    }
    return largestKey;
  }
};
var StateLedger = class {
  queue = [];
  head = 0;
  sinceStreamState = /* @__PURE__ */ new Map();
  sinceGlobalState = { received: 0, rejected: 0 };
  heldBytes = 0;
  /** Characters of the state lines held. */
  get pendingBytes() {
    return this.heldBytes;
  }
  /** Number of states held. */
  get pendingCount() {
    return this.queue.length - this.head;
  }
  /** A record of stream `key` arrived. */
  recordReceived(key) {
    this.tally(key).received++;
    this.sinceGlobalState.received++;
  }
  /**
   * The record numbered `seq` of stream `key` was rejected: it counts in the first state of each
   * scope that comes after it, which may already be held (the writer rejects at commit time).
   */
  recordRejected(key, seq) {
    let countedForStream = false;
    let countedForAll = false;
    for (let i = this.head; i < this.queue.length && !(countedForStream && countedForAll); i++) {
      const pending = this.queue[i];
      if (pending.upTo < seq) continue;
      if (pending.scope.kind === 'stream') {
        if (!countedForStream && pending.scope.key === key) {
          pending.rejected++;
          countedForStream = true;
        }
      } else if (!countedForAll) {
        pending.rejected++;
        countedForAll = true;
      }
    }
    if (!countedForStream) this.tally(key).rejected++;
    if (!countedForAll) this.sinceGlobalState.rejected++;
  }
  /** A state arrived after record number `upTo`; it takes the counts since the previous state of its scope. */
  add(line, scope, upTo) {
    let tally;
    if (scope.kind === 'stream') {
      tally = this.tally(scope.key);
      this.sinceStreamState.delete(scope.key);
    } else {
      tally = this.sinceGlobalState;
      this.sinceGlobalState = { received: 0, rejected: 0 };
    }
    this.queue.push({ line, scope, upTo, recordCount: tally.received, rejected: tally.rejected });
    this.heldBytes += line.length;
  }
  /** Takes the states at the head whose records are all committed, oldest first. */
  release(committedThrough) {
    const released = [];
    while (this.head < this.queue.length) {
      const pending = this.queue[this.head];
      if (!committedThrough(pending.scope, pending.upTo)) break;
      this.head++;
      this.heldBytes -= pending.line.length;
      released.push({ line: pending.line, recordCount: pending.recordCount, rejectedRecordCount: pending.rejected });
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return released;
  }
  tally(key) {
    let tally = this.sinceStreamState.get(key);
    if (tally === void 0) {
      tally = { received: 0, rejected: 0 };
      this.sinceStreamState.set(key, tally);
    }
    return tally;
  }
};
var WriteCounts = class {
  statesReceived = 0;
  statesEchoed = 0;
  streams = /* @__PURE__ */ new Map();
  /** The counters of one stream, created at its first record. */
  of(key) {
    let counts = this.streams.get(key);
    if (counts === void 0) {
      counts = { received: 0, committed: 0, rejected: 0 };
      this.streams.set(key, counts);
    }
    return counts;
  }
  /** A copy of the per-stream counters. */
  snapshot() {
    return new Map([...this.streams].map(([key, counts]) => [key, { ...counts }]));
  }
  /** The totals. */
  result(invalidLines, completedStreams) {
    let received = 0;
    let committed = 0;
    let rejected = 0;
    for (const c of this.streams.values()) {
      received += c.received;
      committed += c.committed;
      rejected += c.rejected;
    }
    return {
      recordsReceived: received,
      recordsCommitted: committed,
      recordsRejected: rejected,
      statesReceived: this.statesReceived,
      statesEchoed: this.statesEchoed,
      invalidLines,
      completedStreams,
      streams: this.snapshot(),
    };
  }
  /** Logs the totals: an INFO line, and WARN lines when lines were ignored or records skipped. */
  log(logger, result) {
    const r = result;
    logger.info(
      `Write: ${r.recordsReceived} records received, ${r.recordsCommitted} committed, ${r.recordsRejected} skipped; ${r.statesEchoed} of ${r.statesReceived} states echoed`,
    );
    if (r.invalidLines > 0) logger.warn(`Ignored ${r.invalidLines} input lines that were not Airbyte messages`);
    if (r.recordsRejected > 0) {
      const byStream = [...this.streams]
        .filter(([, c]) => c.rejected > 0)
        .map(([key, c]) => `${displayKey(key)}: ${c.rejected}`)
        .join(', ');
      logger.warn(`Skipped ${r.recordsRejected} records (${byStream})`);
    }
  }
};
function displayKey(key) {
  return key.replace('\0', '.');
}
var WARNING_LIMIT = 100;
var WriteRun = class {
  constructor(writer, checker, output, options) {
    this.writer = writer;
    this.checker = checker;
    this.output = output;
    this.options = options;
    this.rejections = new CappedWarnings(output, WARNING_LIMIT, 'records skipped');
    this.invalidLines = new CappedWarnings(output, WARNING_LIMIT, 'input lines ignored');
  }
  writer;
  checker;
  output;
  options;
  buffers = new RecordBuffers();
  ledger = new StateLedger();
  counts = new WriteCounts();
  completed = /* @__PURE__ */ new Map();
  rejections;
  invalidLines;
  afterComplete = /* @__PURE__ */ new Set();
  seq = 0;
  committedThrough = (scope, upTo) =>
    (scope.kind === 'stream' ? this.buffers.firstUncommitted(scope.key) : this.buffers.oldestUncommitted()) > upTo;
  /** Records buffered and not yet handed to the writer. */
  get bufferedRecords() {
    return this.buffers.totalRecords;
  }
  /** Handles one input line; invalid lines are logged and ignored, LOG and other messages ignored. */
  handleLine(line, lineNumber) {
    const parsed = parseMessage(line, lineNumber);
    if (!parsed.ok) {
      this.invalidLines.warn(`Ignored line ${lineNumber}, not an Airbyte message: ${parsed.error.reason}`);
      return void 0;
    }
    const message = parsed.message;
    if (message.type === 'RECORD') return this.onRecord(message.record, line.length, lineNumber);
    if (message.type === 'STATE') return this.onState(message.state, line);
    if (message.type === 'TRACE' && message.trace.type === 'STREAM_STATUS') {
      const status = message.trace.stream_status;
      if (status?.status === 'COMPLETE') return this.onComplete(status.stream_descriptor);
    }
    return void 0;
  }
  /** Commits every buffered batch, oldest record first. */
  async flushAll() {
    for (const key of this.buffers.keysByAge()) await this.flushStream(key);
  }
  /** End of input: commit everything; every state must have been echoed by then. */
  async finish() {
    await this.flushAll();
    if (this.ledger.pendingCount > 0) {
      throw systemError(`${this.ledger.pendingCount} states were still held after every record was committed`);
    }
  }
  /** What `close` receives. */
  summary(error) {
    const counts = this.counts.snapshot();
    const completedStreams = [...this.completed.values()];
    return error === void 0 ? { completedStreams, counts } : { completedStreams, counts, error };
  }
  /** The totals. */
  result() {
    return this.counts.result(this.invalidLines.count, [...this.completed.values()]);
  }
  /** Logs the totals. */
  logTotals() {
    this.counts.log(this.output, this.result());
  }
  onRecord(record, bytes, lineNumber) {
    const descriptor = streamDescriptor(record.stream, record.namespace ?? void 0);
    const key = streamKey(descriptor);
    const seq = ++this.seq;
    this.counts.of(key).received++;
    this.ledger.recordReceived(key);
    const stream = this.checker.stream(key);
    if (stream === void 0) {
      this.reject(key, descriptor, seq, 'its stream is not in the configured catalog', `on line ${lineNumber}`, true);
      return void 0;
    }
    const problem = this.checker.problems(key, record.data);
    if (problem !== void 0) {
      this.reject(key, descriptor, seq, `it does not match the stream schema: ${problem}`, `on line ${lineNumber}`);
      return void 0;
    }
    if (this.completed.has(key) && !this.afterComplete.has(key)) {
      this.afterComplete.add(key);
      this.output.warn(`Stream ${displayKey(key)} has records after its COMPLETE status (line ${lineNumber})`);
    }
    const size = this.buffers.add(key, stream, record, seq, bytes);
    if (size.records >= this.options.batchRecords || size.bytes >= this.options.batchBytes) {
      return this.flushThenBound(key);
    }
    return this.overBound() ? this.enforceBound() : void 0;
  }
  onState(state, line) {
    this.counts.statesReceived++;
    this.ledger.add(line, scopeOf(state), this.seq);
    const echoed = this.release();
    if (!this.overBound()) return echoed;
    return echoed === void 0 ? this.enforceBound() : echoed.then(() => this.enforceBound());
  }
  async onComplete(descriptor) {
    const key = streamKey(descriptor);
    const stream = this.checker.stream(key);
    if (stream === void 0) {
      this.output.warn(`Ignored a COMPLETE status for stream ${displayKey(key)}, which is not in the catalog`);
      return;
    }
    if (this.completed.has(key)) return;
    await this.flushStream(key);
    this.completed.set(key, stream);
    if (this.writer.streamComplete === void 0) return;
    try {
      await this.writer.streamComplete(stream);
    } catch (error) {
      throw toAirbyteError(error, descriptor);
    }
  }
  async flushThenBound(key) {
    await this.flushStream(key);
    await this.enforceBound();
  }
  // Commits one stream's buffer. If the writer throws, or refuses a record under `fail`, the batch
  // stays in flight for good, so no state after it is ever released.
  async flushStream(key) {
    const batch = this.buffers.take(key);
    if (batch === void 0) return;
    const descriptor = streamDescriptor(batch.stream.stream.name, batch.stream.stream.namespace ?? void 0);
    let outcome;
    try {
      outcome = await this.writer.writeBatch({ stream: batch.stream, records: batch.records });
    } catch (error) {
      throw toAirbyteError(error, descriptor);
    }
    const rejected = checkedRejections(outcome, batch.records.length, descriptor);
    for (const r of rejected) {
      const where2 = `(#${r.index + 1} of a batch of ${batch.records.length})`;
      this.reject(key, descriptor, batch.seqs[r.index], `the destination refused it: ${r.reason}`, where2);
    }
    this.buffers.settle();
    this.counts.of(key).committed += batch.records.length - rejected.length;
    await this.release();
  }
  overBound() {
    return this.buffers.totalBytes + this.ledger.pendingBytes > this.options.maxBufferedBytes;
  }
  // Over the bound on buffered bytes: commit the largest batches until under it.
  async enforceBound() {
    while (this.overBound()) {
      const key = this.buffers.largest();
      if (key === void 0) return;
      await this.flushStream(key);
    }
  }
  release() {
    const states = this.ledger.release(this.committedThrough);
    return states.length === 0 ? void 0 : this.echo(states);
  }
  async echo(states) {
    for (const state of states) {
      const stats = { recordCount: state.recordCount };
      if (state.rejectedRecordCount > 0) stats.rejectedRecordCount = state.rejectedRecordCount;
      this.counts.statesEchoed++;
      const blocked = this.output.writer.writeLine(echoStateLine(state.line, stats));
      if (blocked) await blocked;
    }
  }
  reject(key, descriptor, seq, reason, where2, alwaysSkip = false) {
    if (this.options.invalidRecords === 'fail' && !alwaysSkip) {
      throw systemError(`Invalid record ${where2} of stream ${displayKey(key)}: ${reason}`, { stream: descriptor });
    }
    this.counts.of(key).rejected++;
    this.ledger.recordRejected(key, seq);
    this.rejections.warn(`Skipped a record ${where2} of stream ${displayKey(key)}: ${reason}`);
  }
};
function scopeOf(state) {
  if (state.type === 'STREAM' && state.stream !== void 0) {
    return { kind: 'stream', key: streamKey(state.stream.stream_descriptor) };
  }
  return { kind: 'all' };
}
function checkedRejections(outcome, size, stream) {
  const rejected = outcome?.rejected;
  if (rejected === void 0 || rejected.length === 0) return [];
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const r of rejected) {
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= size) {
      throw systemError(`The destination rejected record #${r.index} of a batch of ${size}`, { stream });
    }
    if (seen.has(r.index)) continue;
    seen.add(r.index);
    unique.push(r);
  }
  return unique;
}
async function runWrite(destination, config, catalog, input, output, overrides = {}) {
  const options = resolveWriteOptions({ ...destination.writeOptions(config), ...definedOnly(overrides) });
  const checker = new RecordChecker(catalog, options.validateRecords);
  const writer = await destination.open(config, catalog, { logger: output, catalog });
  return drive(writer, checker, input, output, options);
}
async function drive(writer, checker, input, output, options) {
  const run = new WriteRun(writer, checker, output, options);
  const timer = new FlushTimer(options.flushIntervalMs, () => run.flushAll());
  const reader = new LineReader(input);
  const lines = reader[Symbol.asyncIterator]();
  let failure;
  try {
    await pump(lines, reader, run, timer);
    await timer.stop();
    timer.throwIfFailed();
    await run.finish();
  } catch (error) {
    failure = toAirbyteError(error);
    await timer.stop();
    lines.return(void 0).catch(() => void 0);
  }
  try {
    await writer.close?.(run.summary(failure));
  } catch (error) {
    if (failure === void 0) failure = toAirbyteError(error);
    else output.warn('Closing the writer after the failure failed too', error);
  }
  run.logTotals();
  if (failure !== void 0) {
    await output.flush().catch(() => void 0);
    throw failure;
  }
  await output.flush();
  return run.result();
}
async function pump(lines, reader, run, timer) {
  for (;;) {
    const next = await timer.wait(lines.next());
    if (next.done) return;
    const entered = timer.enter();
    if (entered) await entered;
    const handled = run.handleLine(next.value, reader.lineNumber);
    if (handled) await handled;
    if (run.bufferedRecords > 0) timer.arm();
    const left = timer.leave();
    if (left) await left;
  }
}
function definedOnly(options) {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== void 0));
}
function toAirbyteStream(stream) {
  const incremental = stream.cursorField !== void 0 && stream.cursorField.length > 0;
  const entry = {
    name: stream.name,
    json_schema: stream.jsonSchema,
    supported_sync_modes: incremental ? ['full_refresh', 'incremental'] : ['full_refresh'],
  };
  if (stream.namespace !== void 0) entry.namespace = stream.namespace;
  if (incremental) {
    entry.source_defined_cursor = true;
    entry.default_cursor_field = [...(stream.cursorField ?? [])];
    entry.is_resumable = true;
  }
  if (stream.primaryKey.length > 0) entry.source_defined_primary_key = stream.primaryKey.map((path2) => [...path2]);
  return entry;
}
function resolveConfiguredCatalog(catalog, streams) {
  const byKey = new Map(streams.map((s) => [streamKey({ name: s.name, namespace: s.namespace }), s]));
  const seen = /* @__PURE__ */ new Set();
  return parseConfiguredCatalog(catalog).streams.map((configured, index) => {
    const where2 = `catalog.streams[${index}]`;
    const name = configured.stream.name;
    const key = streamKey({ name, namespace: configured.stream.namespace });
    const stream = byKey.get(key);
    if (!stream) {
      const known = streams.map((s) => s.name).join(', ');
      throw configError(`${where2}: stream "${name}" is not a stream of this source (its streams: ${known})`);
    }
    if (seen.has(key)) throw configError(`${where2}: stream "${name}" is configured twice`);
    seen.add(key);
    const syncMode = configured.sync_mode;
    const cursorField = stream.cursorField && stream.cursorField.length > 0 ? stream.cursorField : void 0;
    if (syncMode === 'incremental' && !cursorField) {
      const given = configured.cursor_field?.length
        ? ` (cursor_field ${JSON.stringify(configured.cursor_field)} given)`
        : '';
      throw configError(
        `${where2}: stream "${name}" has no cursor, so it cannot sync incrementally${given}; use full_refresh`,
      );
    }
    return { configured, stream, syncMode, cursorField };
  });
}
var storage = new AsyncLocalStorage();
function currentStreamActivity() {
  return storage.getStore();
}
function withStreamActivity(activity, fn) {
  return storage.run(activity, fn);
}
var BoundedQueue = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  head = 0;
  closed = false;
  waitingProducers = [];
  waitingConsumer;
  get size() {
    return this.items.length - this.head;
  }
  /** Adds an item; resolves at once while there is room, else when the consumer makes room. */
  async push(item) {
    while (this.size >= this.capacity && !this.closed) {
      await new Promise((resolve) => this.waitingProducers.push(resolve));
    }
    if (this.closed) return;
    if (this.waitingConsumer) {
      const consumer = this.waitingConsumer;
      this.waitingConsumer = void 0;
      consumer(item);
      return;
    }
    this.items.push(item);
  }
  /** The next item, or undefined once the queue is closed and empty. */
  pop() {
    if (this.size > 0) {
      const item = this.items[this.head];
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items.splice(0, this.head);
        this.head = 0;
      }
      this.waitingProducers.shift()?.();
      return item;
    }
    if (this.closed) return void 0;
    return new Promise((resolve) => {
      this.waitingConsumer = resolve;
    });
  }
  /** No more items: the consumer gets undefined after the last one, waiting producers are released. */
  close() {
    this.closed = true;
    for (const wake of this.waitingProducers.splice(0)) wake();
    if (this.waitingConsumer && this.size === 0) {
      const consumer = this.waitingConsumer;
      this.waitingConsumer = void 0;
      consumer(void 0);
    }
  }
};
var StreamState = class {
  constructor(initial, cursorField, compare) {
    this.compare = compare;
    this.blob = initial ? structuredClone(initial) : {};
    this.cursorName = cursorField && cursorField.length > 0 ? cursorField.join('.') : void 0;
  }
  compare;
  blob;
  cursorName;
  /** The saved cursor value of a slice (by key; undefined key for unkeyed slices). */
  bookmark(sliceKey) {
    if (!this.cursorName) return void 0;
    const holder = sliceKey === void 0 ? this.blob : this.blob[sliceKey];
    if (holder === null || typeof holder !== 'object') return void 0;
    return holder[this.cursorName];
  }
  /**
   * Records that everything up to `cursorValue` was emitted for the slice. A lower value than the
   * saved one never moves the cursor back; a keyed slice without a cursor is marked as seen.
   */
  commit(sliceKey, cursorValue) {
    if (sliceKey === void 0) {
      if (this.cursorName && cursorValue !== void 0 && this.isAhead(cursorValue, this.blob[this.cursorName])) {
        this.blob = { ...this.blob, [this.cursorName]: cursorValue };
      }
      return;
    }
    const holder = this.blob[sliceKey];
    const current = holder !== null && typeof holder === 'object' ? holder : void 0;
    if (!this.cursorName) {
      if (!current) this.blob = { ...this.blob, [sliceKey]: {} };
      return;
    }
    if (cursorValue === void 0) {
      if (!current) this.blob = { ...this.blob, [sliceKey]: {} };
      return;
    }
    if (this.isAhead(cursorValue, current?.[this.cursorName])) {
      this.blob = { ...this.blob, [sliceKey]: { ...current, [this.cursorName]: cursorValue } };
    }
  }
  /** The state to emit. It is replaced, never mutated, on commit, so callers may keep it. */
  snapshot() {
    return this.blob;
  }
  isAhead(value, saved) {
    return saved === void 0 || saved === null || this.compare(value, saved) > 0;
  }
};
async function readStream(resolved, savedState, options) {
  const { stream, syncMode, cursorField } = resolved;
  const { output } = options;
  const descriptor = streamDescriptor(stream.name, stream.namespace);
  const incremental = syncMode === 'incremental';
  const compare = (a, b) => stream.compareCursor(a, b);
  const saved = new StreamState(incremental ? savedState : void 0, cursorField, compare);
  const state = new StreamState(incremental ? savedState : void 0, cursorField, compare);
  const validator = options.validateRecords ? new RecordValidator(stream.jsonSchema) : void 0;
  const queue = new BoundedQueue(options.queueCapacity ?? 1e3);
  const abort = new AbortController();
  let apiCalls = 0;
  const emit = async (message) => {
    await output.emit(message);
  };
  await emit(streamStatusMessage(descriptor, 'STARTED'));
  const sliceContext = {
    config: options.config,
    syncMode,
    logger: output,
    signal: abort.signal,
    savedCursor: (key) => saved.bookmark(key),
    analytics: (type, value) => void output.emit(analyticsTraceMessage(type, value)),
    updateConfig: (config) => void output.emit(controlConfigMessage(config)),
  };
  const activity = {
    stream: descriptor,
    // Through the queue, so the status keeps its place after the records read before the wait.
    rateLimited: (until) => void queue.push({ kind: 'rateLimited', until }),
    apiCall: () => {
      apiCalls++;
    },
  };
  if (stream.estimate) {
    try {
      const estimate = await withStreamActivity(activity, () => stream.estimate?.(sliceContext));
      if (estimate) {
        await emit(
          estimateTraceMessage({
            name: stream.name,
            namespace: stream.namespace,
            rows: estimate.rows,
            bytes: estimate.bytes,
          }),
        );
      }
    } catch (error) {
      output.warn(`Could not estimate stream ${stream.name}`, error);
    }
  }
  const readSlice = async (slice) => {
    const run = { key: slice.key, bookmark: saved.bookmark(slice.key), max: void 0, count: 0 };
    try {
      const setCursor = (value) => {
        run.cursor = { value };
      };
      for await (const data of stream.read({ ...sliceContext, slice, bookmark: run.bookmark, setCursor })) {
        if (abort.signal.aborted) return;
        await queue.push({ kind: 'record', run, data });
      }
      await queue.push({ kind: 'done', run });
    } catch (error) {
      await queue.push({ kind: 'failed', error });
    }
  };
  const produce = async () => {
    const inFlight = /* @__PURE__ */ new Set();
    try {
      for await (const slice of stream.slices(sliceContext)) {
        if (abort.signal.aborted) break;
        if (slice.key !== void 0 && options.concurrency > 1) {
          const task = readSlice(slice).finally(() => inFlight.delete(task));
          inFlight.add(task);
          while (inFlight.size >= options.concurrency) await Promise.race(inFlight);
        } else {
          await Promise.all(inFlight);
          await readSlice(slice);
        }
      }
      await Promise.all(inFlight);
    } catch (error) {
      await Promise.all(inFlight);
      await queue.push({ kind: 'failed', error });
    }
  };
  const producer = withStreamActivity(activity, produce).finally(() => queue.close());
  const recordPrefix = `{"type":"RECORD","record":{${stream.namespace === void 0 ? '' : `"namespace":${JSON.stringify(stream.namespace)},`}"stream":${JSON.stringify(stream.name)},"data":`;
  let failure;
  let running = false;
  let sinceState = 0;
  let records = 0;
  let states = 0;
  let lastState;
  const emitStateIfChanged = async () => {
    const snapshot = state.snapshot();
    const serialized = JSON.stringify(snapshot);
    if (serialized === lastState) return;
    await emit(streamStateMessage(descriptor, snapshot, sinceState));
    lastState = serialized;
    sinceState = 0;
    states++;
  };
  for (let item = await queue.pop(); item !== void 0; item = await queue.pop()) {
    if (failure) continue;
    if (item.kind === 'failed') {
      failure = toAirbyteError(item.error, descriptor);
      abort.abort();
      continue;
    }
    if (item.kind === 'rateLimited') {
      await emit(streamStatusMessage(descriptor, 'RUNNING', item.until));
      continue;
    }
    const run = item.run;
    if (item.kind === 'done') {
      state.commit(run.key, run.cursor ? run.cursor.value : run.max);
      await emitStateIfChanged();
      continue;
    }
    const data = item.data;
    const cursorValue = cursorField ? stream.cursorValue(data, cursorField) : void 0;
    if (incremental && run.bookmark !== void 0 && cursorValue != null && compare(cursorValue, run.bookmark) < 0) {
      continue;
    }
    if (validator) {
      const problems = validator.problems(data);
      if (problems !== void 0) {
        failure = systemError(`A record of stream ${stream.name} does not match the stream's schema: ${problems}`, {
          stream: descriptor,
        });
        abort.abort();
        continue;
      }
    }
    if (run.checkpointDue && cursorValue != null && run.max !== void 0 && compare(cursorValue, run.max) > 0) {
      run.checkpointDue = false;
      state.commit(run.key, run.max);
      await emitStateIfChanged();
    }
    if (!running) {
      running = true;
      await emit(streamStatusMessage(descriptor, 'RUNNING'));
    }
    const pending = output.emitRecordLine(`${recordPrefix}${JSON.stringify(data)},"emitted_at":${Date.now()}}}`);
    if (pending) await pending;
    sinceState++;
    records++;
    run.count++;
    if (cursorValue != null && (run.max === void 0 || compare(cursorValue, run.max) > 0)) run.max = cursorValue;
    if (stream.sortedByCursor && run.count % stream.checkpointInterval === 0) run.checkpointDue = true;
  }
  await producer;
  if (failure) {
    await emit(
      errorTraceMessage({
        message: `Stream ${stream.name} failed: ${failure.message}`,
        failureType: failure.failureType,
        internalMessage: failure.internalMessage,
        stackTrace: stackOf(failure.cause ?? failure),
        stream: descriptor,
      }),
    );
    await emit(streamStatusMessage(descriptor, 'INCOMPLETE'));
  } else {
    if (lastState === void 0) await emitStateIfChanged();
    await emit(streamStatusMessage(descriptor, 'COMPLETE'));
  }
  return { name: stream.name, namespace: stream.namespace, records, states, apiCalls, error: failure };
}
async function readSource(config, streams, input, output, options = {}) {
  const results = [];
  for (const resolved of streams) {
    const key = streamKey({ name: resolved.stream.name, namespace: resolved.stream.namespace });
    results.push(
      await readStream(resolved, input.streams.get(key), {
        config,
        output,
        concurrency: Math.max(1, options.concurrency ?? 1),
        validateRecords: options.validateRecords ?? false,
        queueCapacity: options.queueCapacity,
      }),
    );
  }
  for (const r of results) {
    output.info(
      `Stream ${r.name}: ${r.records} records, ${r.states} states, ${r.apiCalls} API calls${r.error ? `, failed: ${r.error.message}` : ''}`,
    );
  }
  return { streams: results, failed: results.some((r) => r.error !== void 0) };
}
async function readJsonFile(path2, what) {
  let text;
  try {
    text = await readFile(path2, 'utf8');
  } catch (error) {
    const code = error.code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'is not readable'
            : `cannot be read (${code ?? 'unknown error'})`;
    throw configError(`The ${what} file ${path2} ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw configError(`The ${what} file ${path2} is not valid JSON: ${where(text, error)}`);
  }
}
function where(text, error) {
  if (text.trim().length === 0) return 'it is empty';
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : void 0;
  if (offset === void 0) return message.includes('end of JSON') ? 'it ends too early' : 'syntax error';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `syntax error at line ${line}, column ${column}`;
}
async function loadConfig(path2, spec2, output) {
  const raw = await readJsonFile(path2, 'config');
  const schema = spec2.connectionSpecification;
  for (const secret of secretValuesOf(schema, raw)) output.masker.add(secret);
  return validateConfig(schema, raw);
}
async function reportFailure(output, error) {
  const failure = toAirbyteError(error);
  const stack = stackOf(failure.cause ?? failure);
  const internal =
    failure.failureType === 'system_error' ? (stack ?? failure.internalMessage) : failure.internalMessage;
  await output.emit(
    errorTraceMessage({
      message: failure.message,
      failureType: failure.failureType,
      internalMessage: internal,
      stackTrace: failure.failureType === 'system_error' ? stack : void 0,
      stream: failure.stream,
    }),
  );
  return 1;
}
async function writeCommand(destination, paths, ctx) {
  const { output } = ctx;
  try {
    const config = await loadConfig(paths.config, await destination.spec(), output);
    const catalog = parseConfiguredCatalog(await readJsonFile(paths.catalog, 'catalog'));
    if (!ctx.stdin) throw systemError('write needs an input stream');
    const result = await runWrite(destination, config, catalog, ctx.stdin, output, {
      validateRecords: ctx.validateRecords || void 0,
    });
    output.info(
      `Wrote ${result.recordsCommitted} records (${result.recordsRejected} rejected), echoed ${result.statesEchoed} of ${result.statesReceived} states`,
    );
    return 0;
  } catch (error) {
    return reportFailure(output, error);
  }
}
async function destinationDiscoverCommand(destination, configPath, ctx) {
  try {
    if (!destination.discover) throw configError(`${destination.name} does not support discover`);
    const config = await loadConfig(configPath, await destination.spec(), ctx.output);
    await ctx.output.emit(destinationCatalogMessage(await destination.discover(config, ctx.output)));
    return 0;
  } catch (error) {
    return reportFailure(ctx.output, error);
  }
}
async function specCommand(connector, ctx) {
  try {
    await ctx.output.emit(specMessage(await connector.spec()));
    return 0;
  } catch (error) {
    return reportFailure(ctx.output, error);
  }
}
async function checkCommand(connector, configPath, ctx) {
  const { output } = ctx;
  try {
    const config = await loadConfig(configPath, await connector.spec(), output);
    const result = await connector.check(config, output);
    await output.emit(
      result.succeeded ? connectionStatusMessage('SUCCEEDED') : connectionStatusMessage('FAILED', result.message),
    );
    return 0;
  } catch (error) {
    const failure = toAirbyteError(error);
    if (failure.failureType === 'system_error') return reportFailure(output, failure);
    await output.emit(connectionStatusMessage('FAILED', failure.message));
    return 0;
  }
}
async function discoverCommand(source, configPath, ctx) {
  try {
    const config = await loadConfig(configPath, await source.spec(), ctx.output);
    const streams = await source.streams(config, ctx.output);
    await ctx.output.emit(catalogMessage({ streams: streams.map((s) => toAirbyteStream(s)) }));
    return 0;
  } catch (error) {
    return reportFailure(ctx.output, error);
  }
}
async function readCommand(source, paths, ctx) {
  const { output } = ctx;
  try {
    const config = await loadConfig(paths.config, await source.spec(), output);
    const catalog = resolveConfiguredCatalog(
      await readJsonFile(paths.catalog, 'catalog'),
      await source.streams(config, ctx.output),
    );
    const input = paths.state ? parseInputState(await readJsonFile(paths.state, 'state'), 'state') : emptyInputState();
    const result = await readSource(config, catalog, input, output, {
      concurrency: source.concurrency(config),
      validateRecords: ctx.validateRecords,
    });
    return result.failed ? 1 : 0;
  } catch (error) {
    return reportFailure(output, error);
  }
}
async function runConnector(connector, options = {}) {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const masker = options.masker ?? new SecretMasker();
  const argv = [...(options.argv ?? process.argv.slice(2))];
  const debug = argv.includes('--debug');
  const output = new ConnectorOutput(new MessageWriter(stdout), masker, debug);
  const ctx = {
    output,
    stdin: options.stdin ?? (connector.type === 'destination' ? process.stdin : void 0),
    validateRecords: argv.includes('--validate-records'),
  };
  let code = 0;
  const program2 = buildProgram(
    connector,
    ctx,
    {
      writeOut: (text) => stdout.write(text),
      writeErr: (text) => stderr.write(masker.mask(text)),
      outputError: (text, write) => write(text),
    },
    (c) => {
      code = c;
    },
  );
  try {
    await program2.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) {
        code = 0;
      } else {
        code = await reportFailure(
          output,
          configError(`Invalid command line: ${error.message.replace(/^error: /, '')}`),
        );
      }
    } else {
      code = await reportFailure(output, error);
    }
  }
  await output.flush().catch(() => void 0);
  return code;
}
function buildProgram(connector, ctx, output, done) {
  const program2 = new Command(connector.name)
    .configureOutput(output)
    .description(`Airbyte ${connector.type} ${connector.name}`)
    .version(connector.version, '-V, --version')
    .option('--debug', 'also print DEBUG log messages')
    .exitOverride()
    .showHelpAfterError(false);
  const sub = (name, description) =>
    program2.command(name).description(description).option('--debug', 'also print DEBUG log messages').exitOverride();
  sub('spec', 'print the connection specification').action(async () => done(await specCommand(connector, ctx)));
  sub('check', 'check that the config can reach the service')
    .requiredOption('--config <path>', 'config JSON file')
    .action(async (opts) => done(await checkCommand(connector, opts.config, ctx)));
  if (connector.type === 'source') {
    sub('discover', 'print the catalog of streams')
      .requiredOption('--config <path>', 'config JSON file')
      .action(async (opts) => done(await discoverCommand(connector, opts.config, ctx)));
    sub('read', 'read records of the configured streams')
      .requiredOption('--config <path>', 'config JSON file')
      .requiredOption('--catalog <path>', 'configured catalog JSON file')
      .option('--state <path>', 'state JSON file: STREAM or GLOBAL state array, or a legacy object')
      .option('--validate-records', 'check every record against its stream schema (debug and tests)')
      .action(async (opts) => done(await readCommand(connector, opts, ctx)));
  } else {
    if (connector.discover) {
      sub('discover', 'print the objects this destination writes (DESTINATION_CATALOG)')
        .requiredOption('--config <path>', 'config JSON file')
        .action(async (opts) => done(await destinationDiscoverCommand(connector, opts.config, ctx)));
    }
    sub('write', 'write records from stdin')
      .requiredOption('--config <path>', 'config JSON file')
      .requiredOption('--catalog <path>', 'configured catalog JSON file')
      .option('--validate-records', 'check every record against its stream schema')
      .action(async (opts) => done(await writeCommand(connector, opts, ctx)));
  }
  return program2;
}
var Stream = class {
  /** Namespace, if the source has them. */
  namespace = void 0;
  /** Primary key: a list of field paths. Empty when the stream has none. */
  primaryKey = [];
  /** Path of the cursor field. When set, the stream supports incremental syncs and the cursor is source-defined. */
  cursorField = void 0;
  /**
   * True when `read` yields the records of a slice in ascending cursor order. Then the runtime
   * checkpoints every `checkpointInterval` records, never between two records with the same cursor
   * value (the checkpoint waits for the next higher one), so a saved cursor covers every record at
   * or below it; otherwise only when a slice completes, so a failure never moves the cursor past
   * records not yet read.
   */
  sortedByCursor = false;
  /** Records between checkpoints for streams sorted by cursor. */
  checkpointInterval = 1e3;
  /**
   * A parent stream: by default, each of its records becomes one slice of this stream, keyed by
   * its primary key, with the record under `parent`.
   */
  parent = void 0;
  /** The slices to read. Default: one unkeyed slice, or one slice per parent record. */
  slices(ctx) {
    return this.parent ? parentRecordSlices(this.parent, ctx) : [{}];
  }
  /**
   * The record's cursor value as the runtime compares and saves it. Default: the value at
   * `cursorField`. Override to keep the cursor in another form than the record's, e.g. epoch
   * milliseconds for a date string in a service's own format.
   */
  cursorValue(record, cursorField) {
    return valueAt(record, cursorField);
  }
  /**
   * Orders two cursor values: numbers numerically, date-like strings by time, other strings by
   * code point. Override for cursors of another kind.
   */
  compareCursor(a, b) {
    return compareCursorValues(a, b);
  }
};
async function* parentRecordSlices(parent, ctx) {
  const parentCtx = { ...ctx, syncMode: 'full_refresh' };
  for await (const slice of parent.slices(parentCtx)) {
    const setCursor = () => {};
    for await (const record of parent.read({ ...parentCtx, slice, bookmark: void 0, setCursor })) {
      const keyParts = parent.primaryKey.map((path2) => valueAt(record, path2));
      const key = keyParts.length > 0 ? keyParts.map((v) => String(v ?? '')).join('|') : JSON.stringify(record);
      yield { key, parent: record };
    }
  }
}
function valueAt(record, path2) {
  let current = record;
  for (const segment of path2) {
    if (current === null || typeof current !== 'object') return void 0;
    current = current[segment];
  }
  return current;
}
var DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;
function compareCursorValues(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    if (DATE_LIKE.test(a) && DATE_LIKE.test(b)) {
      const ta = Date.parse(a);
      const tb = Date.parse(b);
      if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

// packages/sdk/dist/index.js
function installOutputGuards(masker) {
  const stdout = process.stdout;
  const stderr = process.stderr;
  const realStdoutWrite = stdout.write.bind(stdout);
  const realStderrWrite = stderr.write.bind(stderr);
  const maskChunk = (chunk) => masker.mask(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  stderr.write = (chunk, ...rest) => realStderrWrite(maskChunk(chunk), ...rest);
  stdout.write = (chunk, ...rest) => realStderrWrite(maskChunk(chunk), ...rest);
  const sink = {
    write: (chunk, callback) => realStdoutWrite(chunk, callback),
    get writableLength() {
      return stdout.writableLength;
    },
    get writableHighWaterMark() {
      return stdout.writableHighWaterMark;
    },
    once: (event, listener) => stdout.once(event, listener),
    removeListener: (event, listener) => stdout.removeListener(event, listener),
  };
  return {
    stdout: sink,
    restore: () => {
      stdout.write = realStdoutWrite;
      stderr.write = realStderrWrite;
    },
  };
}
async function main(connector) {
  const masker = new SecretMasker();
  const guards = installOutputGuards(masker);
  const crash = (error) => {
    const failure = toAirbyteError(error);
    const line = serializeMessage(
      errorTraceMessage({
        message: `Unexpected error: ${failure.message}`,
        failureType: 'system_error',
        internalMessage: stackOf(error),
        stackTrace: stackOf(error),
      }),
    );
    guards.stdout.write(
      `${masker.mask(line)}
`,
      () => process.exit(1),
    );
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  const code = await runConnector(connector, { stdout: guards.stdout, masker });
  process.exitCode = code;
  setTimeout(() => process.exit(code), 500).unref();
}
var Source = class {
  type = 'source';
  /** Connector version, for `--version`. */
  version = '0.0.0';
  /** How many slices may be read at once (default 1). */
  concurrency(_config) {
    return 1;
  }
};

// packages/source-github/src/client/github-client.ts
import { randomUUID } from 'crypto';

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === 'object' && 'userAgent' in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === 'object' && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return '<environment undetectable>';
}

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = '0.0.0-development';
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: 'GET',
  baseUrl: 'https://api.github.com',
  headers: {
    accept: 'application/vnd.github.v3+json',
    'user-agent': userAgent,
  },
  mediaType: {
    format: '',
  },
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.hasOwn(proto, 'constructor') && proto.constructor;
  return (
    typeof Ctor === 'function' &&
    Ctor instanceof Ctor &&
    Function.prototype.call(Ctor) === Function.prototype.call(value)
  );
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === 'string') {
    const [method, url] = route.split(' ');
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === '/graphql') {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews
        .filter((preview) => !mergedOptions.mediaType.previews.includes(preview))
        .concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) =>
      preview.replace(/-preview/, ''),
    );
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? '&' : '?';
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return (
    url +
    separator +
    names
      .map((name) => {
        if (name === 'q') {
          return 'q=' + parameters.q.split('+').map(encodeURIComponent).join('+');
        }
        return `${name}=${encodeURIComponent(parameters[name])}`;
      })
      .join('&')
  );
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, '').split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str
    .split(/(%[0-9A-Fa-f]{2})/g)
    .map((part) => {
      if (!/%[0-9A-Fa-f]/.test(part)) {
        part = encodeURI(part).replace(/%5B/g, '[').replace(/%5D/g, ']');
      }
      return part;
    })
    .join('');
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
function encodeValue(operator, value, key) {
  value = operator === '+' || operator === '#' ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + '=' + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ';' || operator === '&' || operator === '?';
}
function getValues(context, operator, key, modifier) {
  var value = context[key],
    result = [];
  if (isDefined(value) && value !== '') {
    if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'bigint' ||
      typeof value === 'boolean'
    ) {
      value = value.toString();
      if (modifier && modifier !== '*') {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(encodeValue(operator, value, isKeyOperator(operator) ? key : ''));
    } else {
      if (modifier === '*') {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach((value2) => {
            result.push(encodeValue(operator, value2, isKeyOperator(operator) ? key : ''));
          });
        } else {
          Object.keys(value).forEach((k) => {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach((value2) => {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach((k) => {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + '=' + tmp.join(','));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(','));
        }
      }
    }
  } else {
    if (operator === ';') {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === '' && (operator === '&' || operator === '?')) {
      result.push(encodeUnreserved(key) + '=');
    } else if (value === '') {
      result.push('');
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template),
  };
}
function expand(template, context) {
  var operators = ['+', '#', '.', '/', ';', '?', '&'];
  template = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expression, literal) => {
    if (expression) {
      let operator = '';
      const values = [];
      if (operators.indexOf(expression.charAt(0)) !== -1) {
        operator = expression.charAt(0);
        expression = expression.substr(1);
      }
      expression.split(/,/g).forEach((variable) => {
        var tmp = /([^:*]*)(?::(\d+)|(\*))?/.exec(variable);
        values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
      });
      if (operator && operator !== '+') {
        var separator = ',';
        if (operator === '?') {
          separator = '&';
        } else if (operator !== '#') {
          separator = operator;
        }
        return (values.length !== 0 ? operator : '') + values.join(separator);
      } else {
        return values.join(',');
      }
    } else {
      return encodeReserved(literal);
    }
  });
  if (template === '/') {
    return template;
  } else {
    return template.replace(/\/$/, '');
  }
}
function parse(options) {
  const method = options.method.toUpperCase();
  let url = (options.url || '/').replace(/:([a-z]\w+)/g, '{$1}');
  const headers = Object.assign({}, options.headers);
  let body;
  const parameters = omit(options, ['method', 'baseUrl', 'url', 'headers', 'request', 'mediaType']);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options)
    .filter((option) => urlVariableNames.includes(option))
    .concat('baseUrl');
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept
        .split(/,/)
        .map((format) =>
          format.replace(
            /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
            `application/vnd$1$2.${options.mediaType.format}`,
          ),
        )
        .join(',');
    }
    if (url.endsWith('/graphql')) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader
          .concat(options.mediaType.previews)
          .map((preview) => {
            const format = options.mediaType.format ? `.${options.mediaType.format}` : '+json';
            return `application/vnd.github.${preview}-preview${format}`;
          })
          .join(',');
      }
    }
  }
  if (['GET', 'HEAD'].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ('data' in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers['content-type'] && typeof body !== 'undefined') {
    headers['content-type'] = 'application/json; charset=utf-8';
  }
  if (['PATCH', 'PUT'].includes(method) && typeof body === 'undefined') {
    body = '';
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== 'undefined' ? { body } : null,
    options.request ? { request: options.request } : null,
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse,
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA2 = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA2] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = () => {};
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1) whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= (code & NON_ASCII) | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0) break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped
                  ? unescapeQuotedPairs(header, quotedStart, index)
                  : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0) break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1) valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0) break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1) keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= (code & NON_ASCII) | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = '';
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([[:])?"(-?\d+)n"($|\s*[,}\]])/g;
var noiseStringify = /([[:])?("-?\d+n+)n("$|"\s*[,}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === 'function' || typeof val === 'symbol';
var isRawJSON = (val) =>
  val !== null && typeof val === 'object' && val.constructor && val.constructor.name === 'RawJSON';
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = '';
  if (typeof spaceParam === 'number') {
    space = ' '.repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === 'string') {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === 'function';
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject2 = val !== null && typeof val === 'object';
    const hasToJSON = isObject2 && typeof val.toJSON === 'function';
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === 'string' && noiseValue.test(val);
    if (isNoise) return val + 'n';
    const isBigInt = typeof val === 'bigint';
    if (isBigInt) {
      const supportsRawJSON = 'rawJSON' in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + 'n';
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === 'object';
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ '': rootValue }, '', rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== 'object';
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { '': rootProcessed },
      key: '',
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? '[' : '{');
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(',');
        if (space) chunks.push('\n' + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push('null');
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === 'object';
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError('Converting circular structure to JSON');
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(',');
        if (space) {
          chunks.push('\n' + space.repeat(level) + originalStringify(k) + ': ');
        } else {
          chunks.push(originalStringify(k) + ':');
        }
        const isComplexObject = childVal !== null && typeof childVal === 'object';
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError('Converting circular structure to JSON');
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push('\n' + space.repeat(level));
      chunks.push(node.isArray ? ']' : '}');
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join('');
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = 'rawJSON' in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === 'bigint') return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === 'function';
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space,
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === 'string' && noiseValue.test(val);
        if (isNoise) return val.toString() + 'n';
        if (typeof val === 'bigint') return val.toString() + 'n';
        const hasFunctionReplacer = typeof replacer === 'function';
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space,
    );
    const processedJSON = convertedToCustomJSON.replace(bigIntsStringify, '$1$2$3');
    const denoisedJSON = processedJSON.replace(noiseStringify, '$1$2$3');
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = 'rawJSON' in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, '$1$2$3');
      return processedJSON.replace(noiseStringify, '$1$2$3');
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse('1', (_, __, context) => !!context?.source && context.source === '1');
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === 'string' && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === 'string' && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === 'function';
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === 'number';
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === 'function';
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { '': parsed };
  const stack = [{ parent: rootHolder, key: '', visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === 'object';
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === 'string') {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === 'function';
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[''];
};
var serializeBigInts = (text) => {
  return text.replace(stringsOrLargeNumbers, (match, digits, fractional, exponential) => {
    const isString = match[0] === '"';
    const isNoise = isString && noiseValueWithQuotes.test(match);
    if (isNoise) return match.substring(0, match.length - 1) + 'n"';
    const hasFractionalOrExponential = fractional || exponential;
    const isLessThanMaxSafeInt =
      digits && (digits.length < MAX_DIGITS || (digits.length === MAX_DIGITS && digits <= MAX_INT));
    const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
    if (isStandardValue) return match;
    return '"' + match + 'n"';
  });
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = 'HttpError';
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ('response' in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(/(?<! ) .*$/, ' [REDACTED]'),
      });
    }
    requestCopy.url = requestCopy.url
      .replace(/\bclient_secret=\w+/g, 'client_secret=[REDACTED]')
      .replace(/\baccess_token=\w+/g, 'access_token=[REDACTED]');
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = '10.0.16';
var defaults_default = {
  headers: {
    'user-agent': `octokit-request.js/${VERSION2} ${getUserAgent()}`,
  },
};
function isPlainObject2(value) {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.hasOwn(proto, 'constructor') && proto.constructor;
  return (
    typeof Ctor === 'function' &&
    Ctor instanceof Ctor &&
    Function.prototype.call(Ctor) === Function.prototype.call(value)
  );
}
var noop = () => '';
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      'fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing',
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body =
    isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body)
      ? JSONStringify(requestOptions.body)
      : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [name, String(value)]),
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...(requestOptions.body && { duplex: 'half' }),
    });
  } catch (error) {
    let message = 'Unknown Error';
    if (error instanceof Error) {
      if (error.name === 'AbortError') {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === 'TypeError' && 'cause' in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === 'string') {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions,
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: '',
  };
  if ('deprecation' in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ''}`,
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === 'HEAD') {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions,
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError('Not modified', status, {
      response: octokitResponse,
      request: requestOptions,
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions,
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get('content-type');
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = '';
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (
    mimetype.type.startsWith('text/') || // `application/octet-stream` is the canonical "arbitrary binary" type
    // (RFC 2046) and must never be decoded as text, even when the response
    // carries a (misleading) `charset=utf-8` parameter — see #751.
    (mimetype.parameters.charset?.toLowerCase() === 'utf-8' && mimetype.type !== 'application/octet-stream')
  ) {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0),
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === 'application/json' || mimetype.type === 'application/scim+json';
}
function toErrorMessage(data) {
  if (typeof data === 'string') {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return 'Unknown error';
  }
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const objectData = data;
    const suffix = 'documentation_url' in objectData ? ` - ${objectData.documentation_url}` : '';
    return Array.isArray(objectData.errors)
      ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(', ')}${suffix}`
      : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = (route, parameters) => {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(endpoint2.parse(endpoint2.merge(route2, parameters2)));
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2),
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2),
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/oauth-methods/dist-bundle/index.js
function requestToOAuthBaseUrl(request2) {
  const endpointDefaults = request2.endpoint.DEFAULTS;
  if (/^https:\/\/(api\.)?github\.com$/.test(endpointDefaults.baseUrl)) {
    return 'https://github.com';
  }
  if (/^https:\/\/api\..*\.ghe\.com$/.test(endpointDefaults.baseUrl)) {
    return endpointDefaults.baseUrl.replace('api.', '');
  }
  return endpointDefaults.baseUrl.replace('/api/v3', '');
}
async function oauthRequest(request2, route, parameters) {
  const withOAuthParameters = {
    baseUrl: requestToOAuthBaseUrl(request2),
    headers: {
      accept: 'application/json',
    },
    ...parameters,
  };
  const response = await request2(route, withOAuthParameters);
  if ('error' in response.data) {
    const error = new RequestError(
      `${response.data.error_description} (${response.data.error}, ${response.data.error_uri})`,
      400,
      {
        request: request2.endpoint.merge(route, withOAuthParameters),
      },
    );
    error.response = response;
    throw error;
  }
  return response;
}
async function exchangeWebFlowCode(options) {
  const request2 = options.request || request;
  const response = await oauthRequest(request2, 'POST /login/oauth/access_token', {
    client_id: options.clientId,
    client_secret: options.clientSecret,
    code: options.code,
    redirect_uri: options.redirectUrl,
  });
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.access_token,
    scopes: response.data.scope.split(/\s+/).filter(Boolean),
  };
  if (options.clientType === 'github-app') {
    if ('refresh_token' in response.data) {
      const apiTimeInMs = new Date(response.headers.date).getTime();
      (authentication.refreshToken = response.data.refresh_token),
        (authentication.expiresAt = toTimestamp(apiTimeInMs, response.data.expires_in)),
        (authentication.refreshTokenExpiresAt = toTimestamp(apiTimeInMs, response.data.refresh_token_expires_in));
    }
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
function toTimestamp(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}
async function createDeviceCode(options) {
  const request2 = options.request || request;
  const parameters = {
    client_id: options.clientId,
  };
  if ('scopes' in options && Array.isArray(options.scopes)) {
    parameters.scope = options.scopes.join(' ');
  }
  return oauthRequest(request2, 'POST /login/device/code', parameters);
}
async function exchangeDeviceCode(options) {
  const request2 = options.request || request;
  const response = await oauthRequest(request2, 'POST /login/oauth/access_token', {
    client_id: options.clientId,
    device_code: options.code,
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
  });
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    token: response.data.access_token,
    scopes: response.data.scope.split(/\s+/).filter(Boolean),
  };
  if ('clientSecret' in options) {
    authentication.clientSecret = options.clientSecret;
  }
  if (options.clientType === 'github-app') {
    if ('refresh_token' in response.data) {
      const apiTimeInMs = new Date(response.headers.date).getTime();
      (authentication.refreshToken = response.data.refresh_token),
        (authentication.expiresAt = toTimestamp2(apiTimeInMs, response.data.expires_in)),
        (authentication.refreshTokenExpiresAt = toTimestamp2(apiTimeInMs, response.data.refresh_token_expires_in));
    }
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
function toTimestamp2(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}
async function checkToken(options) {
  const request2 = options.request || request;
  const response = await request2('POST /applications/{client_id}/token', {
    headers: {
      authorization: `basic ${btoa(`${options.clientId}:${options.clientSecret}`)}`,
    },
    client_id: options.clientId,
    access_token: options.token,
  });
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: options.token,
    scopes: response.data.scopes,
  };
  if (response.data.expires_at) authentication.expiresAt = response.data.expires_at;
  if (options.clientType === 'github-app') {
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
async function refreshToken(options) {
  const request2 = options.request || request;
  const response = await oauthRequest(request2, 'POST /login/oauth/access_token', {
    client_id: options.clientId,
    client_secret: options.clientSecret,
    grant_type: 'refresh_token',
    refresh_token: options.refreshToken,
  });
  const apiTimeInMs = new Date(response.headers.date).getTime();
  const authentication = {
    clientType: 'github-app',
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.access_token,
    refreshToken: response.data.refresh_token,
    expiresAt: toTimestamp3(apiTimeInMs, response.data.expires_in),
    refreshTokenExpiresAt: toTimestamp3(apiTimeInMs, response.data.refresh_token_expires_in),
  };
  return { ...response, authentication };
}
function toTimestamp3(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}
async function resetToken(options) {
  const request2 = options.request || request;
  const auth6 = btoa(`${options.clientId}:${options.clientSecret}`);
  const response = await request2('PATCH /applications/{client_id}/token', {
    headers: {
      authorization: `basic ${auth6}`,
    },
    client_id: options.clientId,
    access_token: options.token,
  });
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.token,
    scopes: response.data.scopes,
  };
  if (response.data.expires_at) authentication.expiresAt = response.data.expires_at;
  if (options.clientType === 'github-app') {
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
async function deleteToken(options) {
  const request2 = options.request || request;
  const auth6 = btoa(`${options.clientId}:${options.clientSecret}`);
  return request2('DELETE /applications/{client_id}/token', {
    headers: {
      authorization: `basic ${auth6}`,
    },
    client_id: options.clientId,
    access_token: options.token,
  });
}
async function deleteAuthorization(options) {
  const request2 = options.request || request;
  const auth6 = btoa(`${options.clientId}:${options.clientSecret}`);
  return request2('DELETE /applications/{client_id}/grant', {
    headers: {
      authorization: `basic ${auth6}`,
    },
    client_id: options.clientId,
    access_token: options.token,
  });
}

// node_modules/@octokit/auth-oauth-device/dist-bundle/index.js
async function getOAuthAccessToken(state, options) {
  const cachedAuthentication = getCachedAuthentication(state, options.auth);
  if (cachedAuthentication) return cachedAuthentication;
  const { data: verification } = await createDeviceCode({
    clientType: state.clientType,
    clientId: state.clientId,
    request: options.request || state.request,
    // @ts-expect-error the extra code to make TS happy is not worth it
    scopes: options.auth.scopes || state.scopes,
  });
  await state.onVerification(verification);
  const authentication = await waitForAccessToken(
    options.request || state.request,
    state.clientId,
    state.clientType,
    verification,
  );
  state.authentication = authentication;
  return authentication;
}
function getCachedAuthentication(state, auth22) {
  if (auth22.refresh === true) return false;
  if (!state.authentication) return false;
  if (state.clientType === 'github-app') {
    return state.authentication;
  }
  const authentication = state.authentication;
  const newScope = (('scopes' in auth22 && auth22.scopes) || state.scopes).join(' ');
  const currentScope = authentication.scopes.join(' ');
  return newScope === currentScope ? authentication : false;
}
async function wait(seconds) {
  await new Promise((resolve) => setTimeout(resolve, seconds * 1e3));
}
async function waitForAccessToken(request2, clientId, clientType, verification) {
  try {
    const options = {
      clientId,
      request: request2,
      code: verification.device_code,
    };
    const { authentication } =
      clientType === 'oauth-app'
        ? await exchangeDeviceCode({
            ...options,
            clientType: 'oauth-app',
          })
        : await exchangeDeviceCode({
            ...options,
            clientType: 'github-app',
          });
    return {
      type: 'token',
      tokenType: 'oauth',
      ...authentication,
    };
  } catch (error) {
    if (!error.response) throw error;
    const errorType = error.response.data.error;
    if (errorType === 'authorization_pending') {
      await wait(verification.interval);
      return waitForAccessToken(request2, clientId, clientType, verification);
    }
    if (errorType === 'slow_down') {
      await wait(verification.interval + 7);
      return waitForAccessToken(request2, clientId, clientType, verification);
    }
    throw error;
  }
}
async function auth(state, authOptions) {
  return getOAuthAccessToken(state, {
    auth: authOptions,
  });
}
async function hook(state, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(route, parameters);
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint2.url)) {
    return request2(endpoint2);
  }
  const { token } = await getOAuthAccessToken(state, {
    request: request2,
    auth: { type: 'oauth' },
  });
  endpoint2.headers.authorization = `token ${token}`;
  return request2(endpoint2);
}
var VERSION3 = '0.0.0-development';
function createOAuthDeviceAuth(options) {
  const requestWithDefaults =
    options.request ||
    request.defaults({
      headers: {
        'user-agent': `octokit-auth-oauth-device.js/${VERSION3} ${getUserAgent()}`,
      },
    });
  const { request: request2 = requestWithDefaults, ...otherOptions } = options;
  const state =
    options.clientType === 'github-app'
      ? {
          ...otherOptions,
          clientType: 'github-app',
          request: request2,
        }
      : {
          ...otherOptions,
          clientType: 'oauth-app',
          request: request2,
          scopes: options.scopes || [],
        };
  if (!options.clientId) {
    throw new Error(
      '[@octokit/auth-oauth-device] "clientId" option must be set (https://github.com/octokit/auth-oauth-device.js#usage)',
    );
  }
  if (!options.onVerification) {
    throw new Error(
      '[@octokit/auth-oauth-device] "onVerification" option must be a function (https://github.com/octokit/auth-oauth-device.js#usage)',
    );
  }
  return Object.assign(auth.bind(null, state), {
    hook: hook.bind(null, state),
  });
}

// node_modules/@octokit/auth-oauth-user/dist-bundle/index.js
var VERSION4 = '0.0.0-development';
async function getAuthentication(state) {
  if ('code' in state.strategyOptions) {
    const { authentication } = await exchangeWebFlowCode({
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions,
      request: state.request,
    });
    return {
      type: 'token',
      tokenType: 'oauth',
      ...authentication,
    };
  }
  if ('onVerification' in state.strategyOptions) {
    const deviceAuth = createOAuthDeviceAuth({
      clientType: state.clientType,
      clientId: state.clientId,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions,
      request: state.request,
    });
    const authentication = await deviceAuth({
      type: 'oauth',
    });
    return {
      clientSecret: state.clientSecret,
      ...authentication,
    };
  }
  if ('token' in state.strategyOptions) {
    return {
      type: 'token',
      tokenType: 'oauth',
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions,
    };
  }
  throw new Error('[@octokit/auth-oauth-user] Invalid strategy options');
}
async function auth2(state, options = {}) {
  if (!state.authentication) {
    state.authentication =
      state.clientType === 'oauth-app' ? await getAuthentication(state) : await getAuthentication(state);
  }
  if (state.authentication.invalid) {
    throw new Error('[@octokit/auth-oauth-user] Token is invalid');
  }
  const currentAuthentication = state.authentication;
  if ('expiresAt' in currentAuthentication) {
    if (options.type === 'refresh' || new Date(currentAuthentication.expiresAt) < /* @__PURE__ */ new Date()) {
      const { authentication } = await refreshToken({
        clientType: 'github-app',
        clientId: state.clientId,
        clientSecret: state.clientSecret,
        refreshToken: currentAuthentication.refreshToken,
        request: state.request,
      });
      state.authentication = {
        tokenType: 'oauth',
        type: 'token',
        ...authentication,
      };
    }
  }
  if (options.type === 'refresh') {
    if (state.clientType === 'oauth-app') {
      throw new Error('[@octokit/auth-oauth-user] OAuth Apps do not support expiring tokens');
    }
    if (!Object.hasOwn(currentAuthentication, 'expiresAt')) {
      throw new Error('[@octokit/auth-oauth-user] Refresh token missing');
    }
    await state.onTokenCreated?.(state.authentication, {
      type: options.type,
    });
  }
  if (options.type === 'check' || options.type === 'reset') {
    const method = options.type === 'check' ? checkToken : resetToken;
    try {
      const { authentication } = await method({
        // @ts-expect-error making TS happy would require unnecessary code so no
        clientType: state.clientType,
        clientId: state.clientId,
        clientSecret: state.clientSecret,
        token: state.authentication.token,
        request: state.request,
      });
      state.authentication = {
        tokenType: 'oauth',
        type: 'token',
        // @ts-expect-error TBD
        ...authentication,
      };
      if (options.type === 'reset') {
        await state.onTokenCreated?.(state.authentication, {
          type: options.type,
        });
      }
      return state.authentication;
    } catch (error) {
      if (error.status === 404) {
        error.message = '[@octokit/auth-oauth-user] Token is invalid';
        state.authentication.invalid = true;
      }
      throw error;
    }
  }
  if (options.type === 'delete' || options.type === 'deleteAuthorization') {
    const method = options.type === 'delete' ? deleteToken : deleteAuthorization;
    try {
      await method({
        // @ts-expect-error making TS happy would require unnecessary code so no
        clientType: state.clientType,
        clientId: state.clientId,
        clientSecret: state.clientSecret,
        token: state.authentication.token,
        request: state.request,
      });
    } catch (error) {
      if (error.status !== 404) throw error;
    }
    state.authentication.invalid = true;
    return state.authentication;
  }
  return state.authentication;
}
var ROUTES_REQUIRING_BASIC_AUTH = /\/applications\/[^/]+\/(token|grant)s?/;
function requiresBasicAuth(url) {
  return url && ROUTES_REQUIRING_BASIC_AUTH.test(url);
}
async function hook2(state, request2, route, parameters = {}) {
  const endpoint2 = request2.endpoint.merge(route, parameters);
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint2.url)) {
    return request2(endpoint2);
  }
  if (requiresBasicAuth(endpoint2.url)) {
    const credentials = btoa(`${state.clientId}:${state.clientSecret}`);
    endpoint2.headers.authorization = `basic ${credentials}`;
    return request2(endpoint2);
  }
  const { token } =
    state.clientType === 'oauth-app'
      ? await auth2({ ...state, request: request2 })
      : await auth2({ ...state, request: request2 });
  endpoint2.headers.authorization = 'token ' + token;
  return request2(endpoint2);
}
function createOAuthUserAuth({
  clientId,
  clientSecret,
  clientType = 'oauth-app',
  request: request2 = request.defaults({
    headers: {
      'user-agent': `octokit-auth-oauth-app.js/${VERSION4} ${getUserAgent()}`,
    },
  }),
  onTokenCreated,
  ...strategyOptions
}) {
  const state = Object.assign({
    clientType,
    clientId,
    clientSecret,
    onTokenCreated,
    strategyOptions,
    request: request2,
  });
  return Object.assign(auth2.bind(null, state), {
    // @ts-expect-error not worth the extra code needed to appease TS
    hook: hook2.bind(null, state),
  });
}
createOAuthUserAuth.VERSION = VERSION4;

// node_modules/@octokit/auth-oauth-app/dist-bundle/index.js
async function auth3(state, authOptions) {
  if (authOptions.type === 'oauth-app') {
    return {
      type: 'oauth-app',
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      headers: {
        authorization: `basic ${btoa(`${state.clientId}:${state.clientSecret}`)}`,
      },
    };
  }
  if ('factory' in authOptions) {
    const { type, ...options } = {
      ...authOptions,
      ...state,
    };
    return authOptions.factory(options);
  }
  const common = {
    clientId: state.clientId,
    clientSecret: state.clientSecret,
    request: state.request,
    ...authOptions,
  };
  const userAuth =
    state.clientType === 'oauth-app'
      ? await createOAuthUserAuth({
          ...common,
          clientType: state.clientType,
        })
      : await createOAuthUserAuth({
          ...common,
          clientType: state.clientType,
        });
  return userAuth();
}
async function hook3(state, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(route, parameters);
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint2.url)) {
    return request2(endpoint2);
  }
  if (state.clientType === 'github-app' && !requiresBasicAuth(endpoint2.url)) {
    throw new Error(
      `[@octokit/auth-oauth-app] GitHub Apps cannot use their client ID/secret for basic authentication for endpoints other than "/applications/{client_id}/**". "${endpoint2.method} ${endpoint2.url}" is not supported.`,
    );
  }
  const credentials = btoa(`${state.clientId}:${state.clientSecret}`);
  endpoint2.headers.authorization = `basic ${credentials}`;
  try {
    return await request2(endpoint2);
  } catch (error) {
    if (error.status !== 401) throw error;
    error.message = `[@octokit/auth-oauth-app] "${endpoint2.method} ${endpoint2.url}" does not support clientId/clientSecret basic authentication.`;
    throw error;
  }
}
var VERSION5 = '0.0.0-development';
function createOAuthAppAuth(options) {
  const state = Object.assign(
    {
      request: request.defaults({
        headers: {
          'user-agent': `octokit-auth-oauth-app.js/${VERSION5} ${getUserAgent()}`,
        },
      }),
      clientType: 'oauth-app',
    },
    options,
  );
  return Object.assign(auth3.bind(null, state), {
    hook: hook3.bind(null, state),
  });
}

// node_modules/universal-github-app-jwt/lib/utils.js
function isPkcs1(privateKey) {
  return privateKey.includes('-----BEGIN RSA PRIVATE KEY-----');
}
function isOpenSsh(privateKey) {
  return privateKey.includes('-----BEGIN OPENSSH PRIVATE KEY-----');
}
function string2ArrayBuffer(str) {
  const buf = new ArrayBuffer(str.length);
  const bufView = new Uint8Array(buf);
  for (let i = 0, strLen = str.length; i < strLen; i++) {
    bufView[i] = str.charCodeAt(i);
  }
  return buf;
}
function getDERfromPEM(pem) {
  const pemB64 = pem.trim().split('\n').slice(1, -1).join('');
  const decoded = atob(pemB64);
  return string2ArrayBuffer(decoded);
}
function getEncodedMessage(header, payload) {
  return `${base64encodeJSON(header)}.${base64encodeJSON(payload)}`;
}
function base64encode(buffer) {
  var binary = '';
  var bytes = new Uint8Array(buffer);
  var len = bytes.byteLength;
  for (var i = 0; i < len; i++) {
    binary += String.fromCharCode(bytes[i]);
  }
  return fromBase64(btoa(binary));
}
function fromBase64(base64) {
  return base64.replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
}
function base64encodeJSON(obj) {
  return fromBase64(btoa(JSON.stringify(obj)));
}

// node_modules/universal-github-app-jwt/lib/crypto-node.js
import { createPrivateKey, subtle } from 'crypto';

function convertPrivateKey(privateKey) {
  if (!isPkcs1(privateKey)) return privateKey;
  return createPrivateKey(privateKey).export({
    type: 'pkcs8',
    format: 'pem',
  });
}

// node_modules/universal-github-app-jwt/lib/get-token.js
async function getToken({ privateKey, payload }) {
  const convertedPrivateKey = convertPrivateKey(privateKey);
  if (isPkcs1(convertedPrivateKey)) {
    throw new Error(
      '[universal-github-app-jwt] Private Key is in PKCS#1 format, but only PKCS#8 is supported. See https://github.com/gr2m/universal-github-app-jwt#private-key-formats',
    );
  }
  if (isOpenSsh(convertedPrivateKey)) {
    throw new Error(
      '[universal-github-app-jwt] Private Key is in OpenSSH format, but only PKCS#8 is supported. See https://github.com/gr2m/universal-github-app-jwt#private-key-formats',
    );
  }
  const algorithm = {
    name: 'RSASSA-PKCS1-v1_5',
    hash: { name: 'SHA-256' },
  };
  const header = { alg: 'RS256', typ: 'JWT' };
  const privateKeyDER = getDERfromPEM(convertedPrivateKey);
  const importedKey = await subtle.importKey('pkcs8', privateKeyDER, algorithm, false, ['sign']);
  const encodedMessage = getEncodedMessage(header, payload);
  const encodedMessageArrBuf = string2ArrayBuffer(encodedMessage);
  const signatureArrBuf = await subtle.sign(algorithm.name, importedKey, encodedMessageArrBuf);
  const encodedSignature = base64encode(signatureArrBuf);
  return `${encodedMessage}.${encodedSignature}`;
}

// node_modules/universal-github-app-jwt/index.js
async function githubAppJwt({ id, privateKey, now = Math.floor(Date.now() / 1e3) }) {
  const privateKeyWithNewlines = privateKey.replace(/\\n/g, '\n');
  const nowWithSafetyMargin = now - 30;
  const expiration = nowWithSafetyMargin + 60 * 10;
  const payload = {
    iat: nowWithSafetyMargin,
    // Issued at time
    exp: expiration,
    iss: id,
  };
  const token = await getToken({
    privateKey: privateKeyWithNewlines,
    payload,
  });
  return {
    appId: id,
    expiration,
    token,
  };
}

// node_modules/toad-cache/dist/toad-cache.mjs
function validateCacheParams(max, ttlInMsecs) {
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) {
    throw new Error('Invalid max value');
  }
  if (typeof ttlInMsecs !== 'number' || !Number.isInteger(ttlInMsecs) || ttlInMsecs < 0) {
    throw new Error('Invalid ttl value');
  }
}
var LruObject = class {
  constructor(max = 1e3, ttlInMsecs = 0) {
    validateCacheParams(max, ttlInMsecs);
    this.first = null;
    this.items = /* @__PURE__ */ Object.create(null);
    this.last = null;
    this.size = 0;
    this.max = max;
    this.ttl = ttlInMsecs;
  }
  bumpLru(item) {
    if (this.last === item) {
      return;
    }
    const last = this.last;
    const next = item.next;
    const prev = item.prev;
    if (this.first === item) {
      this.first = next;
    }
    item.next = null;
    item.prev = last;
    last.next = item;
    if (prev !== null) {
      prev.next = next;
    }
    if (next !== null) {
      next.prev = prev;
    }
    this.last = item;
  }
  clear() {
    this.items = /* @__PURE__ */ Object.create(null);
    this.first = null;
    this.last = null;
    this.size = 0;
  }
  delete(key) {
    const item = this.items[key];
    if (item !== void 0) {
      delete this.items[key];
      this.size--;
      if (item.prev !== null) {
        item.prev.next = item.next;
      }
      if (item.next !== null) {
        item.next.prev = item.prev;
      }
      if (this.first === item) {
        this.first = item.next;
      }
      if (this.last === item) {
        this.last = item.prev;
      }
    }
  }
  deleteMany(keys) {
    for (var i = 0; i < keys.length; i++) {
      this.delete(keys[i]);
    }
  }
  evict() {
    if (this.size > 0) {
      const item = this.first;
      delete this.items[item.key];
      if (--this.size === 0) {
        this.first = null;
        this.last = null;
      } else {
        this.first = item.next;
        this.first.prev = null;
      }
    }
  }
  expiresAt(key) {
    const item = this.items[key];
    if (item !== void 0) {
      return item.expiry;
    }
  }
  get(key) {
    const item = this.items[key];
    if (item !== void 0) {
      if (this.ttl > 0 && item.expiry <= Date.now()) {
        this.delete(key);
        return;
      }
      this.bumpLru(item);
      return item.value;
    }
  }
  getMany(keys) {
    const result = new Array(keys.length);
    for (var i = 0; i < keys.length; i++) {
      result[i] = this.get(keys[i]);
    }
    return result;
  }
  keys() {
    return Object.keys(this.items);
  }
  set(key, value) {
    const existing = this.items[key];
    if (existing !== void 0) {
      existing.value = value;
      existing.expiry = this.ttl > 0 ? Date.now() + this.ttl : this.ttl;
      this.bumpLru(existing);
      return;
    }
    if (this.max > 0 && this.size >= this.max) {
      this.evict();
    }
    const item = {
      expiry: this.ttl > 0 ? Date.now() + this.ttl : this.ttl,
      key,
      prev: this.last,
      next: null,
      value,
    };
    this.items[key] = item;
    if (++this.size === 1) {
      this.first = item;
    } else {
      this.last.next = item;
    }
    this.last = item;
  }
};

// node_modules/@octokit/auth-app/dist-node/index.js
async function getAppAuthentication({ appId, privateKey, timeDifference, createJwt }) {
  try {
    if (createJwt) {
      const { jwt, expiresAt } = await createJwt(appId, timeDifference);
      return {
        type: 'app',
        token: jwt,
        appId,
        expiresAt,
      };
    }
    const authOptions = {
      id: appId,
      privateKey,
    };
    if (timeDifference) {
      Object.assign(authOptions, {
        now: Math.floor(Date.now() / 1e3) + timeDifference,
      });
    }
    const appAuthentication = await githubAppJwt(authOptions);
    return {
      type: 'app',
      token: appAuthentication.token,
      appId: appAuthentication.appId,
      expiresAt: new Date(appAuthentication.expiration * 1e3).toISOString(),
    };
  } catch (error) {
    if (privateKey === '-----BEGIN RSA PRIVATE KEY-----') {
      throw new Error(
        "The 'privateKey` option contains only the first line '-----BEGIN RSA PRIVATE KEY-----'. If you are setting it using a `.env` file, make sure it is set on a single line with newlines replaced by '\n'",
      );
    } else {
      throw error;
    }
  }
}
function getCache() {
  return new LruObject(
    // cache max. 15000 tokens, that will use less than 10mb memory
    15e3,
    // Cache for 1 minute less than GitHub expiry
    1e3 * 60 * 59,
  );
}
async function get(cache, options) {
  const cacheKey = optionsToCacheKey(options);
  const result = await cache.get(cacheKey);
  if (!result) {
    return;
  }
  const [token, createdAt, expiresAt, repositorySelection, permissionsString, singleFileName] = result.split('|');
  const permissions =
    options.permissions ||
    permissionsString.split(/,/).reduce((permissions2, string) => {
      if (/!$/.test(string)) {
        permissions2[string.slice(0, -1)] = 'write';
      } else {
        permissions2[string] = 'read';
      }
      return permissions2;
    }, {});
  return {
    token,
    createdAt,
    expiresAt,
    permissions,
    repositoryIds: options.repositoryIds,
    repositoryNames: options.repositoryNames,
    singleFileName,
    repositorySelection,
  };
}
async function set(cache, options, data) {
  const key = optionsToCacheKey(options);
  const permissionsString = options.permissions
    ? ''
    : Object.keys(data.permissions)
        .map((name) => `${name}${data.permissions[name] === 'write' ? '!' : ''}`)
        .join(',');
  const value = [
    data.token,
    data.createdAt,
    data.expiresAt,
    data.repositorySelection,
    permissionsString,
    data.singleFileName,
  ].join('|');
  await cache.set(key, value);
}
function optionsToCacheKey({ installationId, permissions = {}, repositoryIds = [], repositoryNames = [] }) {
  const permissionsString = Object.keys(permissions)
    .sort()
    .map((name) => (permissions[name] === 'read' ? name : `${name}!`))
    .join(',');
  const repositoryIdsString = repositoryIds.sort().join(',');
  const repositoryNamesString = repositoryNames.join(',');
  return [installationId, repositoryIdsString, repositoryNamesString, permissionsString].filter(Boolean).join('|');
}
function toTokenAuthentication({
  installationId,
  token,
  createdAt,
  expiresAt,
  repositorySelection,
  permissions,
  repositoryIds,
  repositoryNames,
  singleFileName,
}) {
  return Object.assign(
    {
      type: 'token',
      tokenType: 'installation',
      token,
      installationId,
      permissions,
      createdAt,
      expiresAt,
      repositorySelection,
    },
    repositoryIds ? { repositoryIds } : null,
    repositoryNames ? { repositoryNames } : null,
    singleFileName ? { singleFileName } : null,
  );
}
async function getInstallationAuthentication(state, options, customRequest) {
  const installationId = Number(options.installationId || state.installationId);
  if (!installationId) {
    throw new Error('[@octokit/auth-app] installationId option is required for installation authentication.');
  }
  if (options.factory) {
    const { type, factory, oauthApp, ...factoryAuthOptions } = {
      ...state,
      ...options,
    };
    return factory(factoryAuthOptions);
  }
  const request2 = customRequest || state.request;
  return getInstallationAuthenticationConcurrently(state, { ...options, installationId }, request2);
}
var pendingPromises = /* @__PURE__ */ new Map();
function getInstallationAuthenticationConcurrently(state, options, request2) {
  const cacheKey = optionsToCacheKey(options);
  if (pendingPromises.has(cacheKey)) {
    return pendingPromises.get(cacheKey);
  }
  const promise = getInstallationAuthenticationImpl(state, options, request2).finally(() =>
    pendingPromises.delete(cacheKey),
  );
  pendingPromises.set(cacheKey, promise);
  return promise;
}
async function getInstallationAuthenticationImpl(state, options, request2) {
  if (!options.refresh) {
    const result = await get(state.cache, options);
    if (result) {
      const {
        token: token2,
        createdAt: createdAt2,
        expiresAt: expiresAt2,
        permissions: permissions2,
        repositoryIds: repositoryIds2,
        repositoryNames: repositoryNames2,
        singleFileName: singleFileName2,
        repositorySelection: repositorySelection2,
      } = result;
      return toTokenAuthentication({
        installationId: options.installationId,
        token: token2,
        createdAt: createdAt2,
        expiresAt: expiresAt2,
        permissions: permissions2,
        repositorySelection: repositorySelection2,
        repositoryIds: repositoryIds2,
        repositoryNames: repositoryNames2,
        singleFileName: singleFileName2,
      });
    }
  }
  const appAuthentication = await getAppAuthentication(state);
  const payload = {
    installation_id: options.installationId,
    mediaType: {
      previews: ['machine-man'],
    },
    headers: {
      authorization: `bearer ${appAuthentication.token}`,
    },
  };
  if (options.repositoryIds) {
    Object.assign(payload, { repository_ids: options.repositoryIds });
  }
  if (options.repositoryNames) {
    Object.assign(payload, {
      repositories: options.repositoryNames,
    });
  }
  if (options.permissions) {
    Object.assign(payload, { permissions: options.permissions });
  }
  const {
    data: {
      token,
      expires_at: expiresAt,
      repositories,
      permissions: permissionsOptional,
      repository_selection: repositorySelectionOptional,
      single_file: singleFileName,
    },
  } = await request2('POST /app/installations/{installation_id}/access_tokens', payload);
  const permissions = permissionsOptional || {};
  const repositorySelection = repositorySelectionOptional || 'all';
  const repositoryIds = repositories ? repositories.map((r) => r.id) : void 0;
  const repositoryNames = repositories ? repositories.map((repo) => repo.name) : void 0;
  const createdAt = /* @__PURE__ */ new Date().toISOString();
  const cacheOptions = {
    token,
    createdAt,
    expiresAt,
    repositorySelection,
    permissions,
    repositoryIds,
    repositoryNames,
  };
  if (singleFileName) {
    Object.assign(payload, { singleFileName });
  }
  await set(state.cache, options, cacheOptions);
  const cacheData = {
    installationId: options.installationId,
    token,
    createdAt,
    expiresAt,
    repositorySelection,
    permissions,
    repositoryIds,
    repositoryNames,
  };
  if (singleFileName) {
    Object.assign(cacheData, { singleFileName });
  }
  return toTokenAuthentication(cacheData);
}
async function auth4(state, authOptions) {
  switch (authOptions.type) {
    case 'app':
      return getAppAuthentication(state);
    case 'oauth-app':
      return state.oauthApp({ type: 'oauth-app' });
    case 'installation':
      authOptions;
      return getInstallationAuthentication(state, {
        ...authOptions,
        type: 'installation',
      });
    case 'oauth-user':
      return state.oauthApp(authOptions);
    default:
      throw new Error(`Invalid auth type: ${authOptions.type}`);
  }
}
var PATHS = [
  '/app',
  '/app/hook/config',
  '/app/hook/deliveries',
  '/app/hook/deliveries/{delivery_id}',
  '/app/hook/deliveries/{delivery_id}/attempts',
  '/app/installations',
  '/app/installations/{installation_id}',
  '/app/installations/{installation_id}/access_tokens',
  '/app/installations/{installation_id}/suspended',
  '/app/installation-requests',
  '/marketplace_listing/accounts/{account_id}',
  '/marketplace_listing/plan',
  '/marketplace_listing/plans',
  '/marketplace_listing/plans/{plan_id}/accounts',
  '/marketplace_listing/stubbed/accounts/{account_id}',
  '/marketplace_listing/stubbed/plan',
  '/marketplace_listing/stubbed/plans',
  '/marketplace_listing/stubbed/plans/{plan_id}/accounts',
  '/orgs/{org}/installation',
  '/repos/{owner}/{repo}/installation',
  '/users/{username}/installation',
  '/enterprises/{enterprise}/installation',
];
function routeMatcher(paths) {
  const regexes = paths.map((p) =>
    p
      .split('/')
      .map((c) => (c.startsWith('{') ? '(?:.+?)' : c))
      .join('/'),
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join('|')})$`;
  return new RegExp(regex2, 'i');
}
var REGEX = routeMatcher(PATHS);
function requiresAppAuth(url) {
  return !!url && REGEX.test(url.split('?')[0]);
}
var FIVE_SECONDS_IN_MS = 5 * 1e3;
function isNotTimeSkewError(error) {
  return !(
    error.message.match(/'Expiration time' claim \('exp'\) is too far in the future/) ||
    error.message.match(
      /'Expiration time' claim \('exp'\) must be a numeric value representing the future time at which the assertion expires/,
    ) ||
    error.message.match(
      /'Issued at' claim \('iat'\) must be an Integer representing the time that the assertion was issued/,
    )
  );
}
async function hook4(state, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(route, parameters);
  const url = endpoint2.url;
  if (/\/login\/oauth\/access_token$/.test(url)) {
    return request2(endpoint2);
  }
  if (requiresAppAuth(url.replace(request2.endpoint.DEFAULTS.baseUrl, ''))) {
    const { token: token2 } = await getAppAuthentication(state);
    endpoint2.headers.authorization = `bearer ${token2}`;
    let response;
    try {
      response = await request2(endpoint2);
    } catch (error) {
      if (isNotTimeSkewError(error)) {
        throw error;
      }
      if (typeof error.response.headers.date === 'undefined') {
        throw error;
      }
      const diff = Math.floor(
        (Date.parse(error.response.headers.date) - Date.parse(/* @__PURE__ */ new Date().toString())) / 1e3,
      );
      state.log.warn(error.message);
      state.log.warn(
        `[@octokit/auth-app] GitHub API time and system time are different by ${diff} seconds. Retrying request with the difference accounted for.`,
      );
      const { token: token3 } = await getAppAuthentication({
        ...state,
        timeDifference: diff,
      });
      endpoint2.headers.authorization = `bearer ${token3}`;
      return request2(endpoint2);
    }
    return response;
  }
  if (requiresBasicAuth(url)) {
    const authentication = await state.oauthApp({ type: 'oauth-app' });
    endpoint2.headers.authorization = authentication.headers.authorization;
    return request2(endpoint2);
  }
  const { token, createdAt } = await getInstallationAuthentication(
    state,
    // @ts-expect-error TBD
    {},
    request2.defaults({ baseUrl: endpoint2.baseUrl }),
  );
  endpoint2.headers.authorization = `token ${token}`;
  return sendRequestWithRetries(state, request2, endpoint2, createdAt);
}
async function sendRequestWithRetries(state, request2, options, createdAt, retries = 0) {
  const timeSinceTokenCreationInMs = +(/* @__PURE__ */ new Date()) - +new Date(createdAt);
  try {
    return await request2(options);
  } catch (error) {
    if (error.status !== 401) {
      throw error;
    }
    if (timeSinceTokenCreationInMs >= FIVE_SECONDS_IN_MS) {
      if (retries > 0) {
        error.message = `After ${retries} retries within ${timeSinceTokenCreationInMs / 1e3}s of creating the installation access token, the response remains 401. At this point, the cause may be an authentication problem or a system outage. Please check https://www.githubstatus.com for status information`;
      }
      throw error;
    }
    ++retries;
    const awaitTime = retries * 1e3;
    state.log.warn(
      `[@octokit/auth-app] Retrying after 401 response to account for token replication delay (retry: ${retries}, wait: ${awaitTime / 1e3}s)`,
    );
    await new Promise((resolve) => setTimeout(resolve, awaitTime));
    return sendRequestWithRetries(state, request2, options, createdAt, retries);
  }
}
var VERSION6 = '8.3.1';
function createAppAuth(options) {
  if (!options.appId) {
    throw new Error('[@octokit/auth-app] appId option is required');
  }
  if (!options.privateKey && !options.createJwt) {
    throw new Error('[@octokit/auth-app] privateKey option is required');
  } else if (options.privateKey && options.createJwt) {
    throw new Error('[@octokit/auth-app] privateKey and createJwt options are mutually exclusive');
  }
  if ('installationId' in options && !options.installationId) {
    throw new Error('[@octokit/auth-app] installationId is set to a falsy value');
  }
  const log = options.log || {};
  if (typeof log.warn !== 'function') {
    log.warn = console.warn.bind(console);
  }
  const request2 =
    options.request ||
    request.defaults({
      headers: {
        'user-agent': `octokit-auth-app.js/${VERSION6} ${getUserAgent()}`,
      },
    });
  const state = Object.assign(
    {
      request: request2,
      cache: getCache(),
    },
    options,
    options.installationId ? { installationId: Number(options.installationId) } : {},
    {
      log,
      oauthApp: createOAuthAppAuth({
        clientType: 'github-app',
        clientId: options.clientId || '',
        clientSecret: options.clientSecret || '',
        request: request2,
      }),
    },
  );
  return Object.assign(auth4.bind(null, state), {
    hook: hook4.bind(null, state),
  });
}

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION7 = '0.0.0-development';
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = ((options.request.retryCount || 0) + 1) ** 2;
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on('failed', (error, info) => {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(requestWithGraphqlErrorHandling.bind(null, state, octokit, request2), options);
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (
    response.data &&
    response.data.errors &&
    response.data.errors.length > 0 &&
    /Something went wrong while executing your query/.test(response.data.errors[0].message)
  ) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response,
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3,
    },
    octokitOptions.retry,
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter,
        });
        return error;
      },
    },
  };
  if (state.enabled) {
    octokit.hook.error('request', errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap('request', wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION7;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION8 = '0.0.0-development';
var noop2 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, 'http://github.test');
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== 'GET' && options.method !== 'HEAD';
  const isSearch = options.method === 'GET' && pathname.startsWith('/search/');
  const isGraphQL = pathname.startsWith('/graphql');
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop2);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop2);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop2);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === 'RATE_LIMITED')) {
      const error = Object.assign(new Error('GraphQL Rate Limit Exceeded'), {
        response: res,
        data: res.data,
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return (
    (method === 'PATCH' && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
      /^\/applications\/[^/]+\/token\/scoped$/.test(pathname)) ||
    (method === 'POST' && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
      (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
        /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
        pathname === '/login/oauth/access_token'))
  );
}
var triggers_notification_paths_default = [
  '/orgs/{org}/invitations',
  '/orgs/{org}/invitations/{invitation_id}',
  '/orgs/{org}/teams/{team_slug}/discussions',
  '/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments',
  '/repos/{owner}/{repo}/collaborators/{username}',
  '/repos/{owner}/{repo}/commits/{commit_sha}/comments',
  '/repos/{owner}/{repo}/issues',
  '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  '/repos/{owner}/{repo}/issues/{issue_number}/sub_issue',
  '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority',
  '/repos/{owner}/{repo}/pulls',
  '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
  '/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies',
  '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
  '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  '/repos/{owner}/{repo}/releases',
  '/teams/{team_id}/discussions',
  '/teams/{team_id}/discussions/{discussion_number}/comments',
];
function routeMatcher2(paths) {
  const regexes = paths.map((path2) =>
    path2
      .split('/')
      .map((c) => (c.startsWith('{') ? '(?:.+?)' : c))
      .join('/'),
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join('|')})[^/]*$`;
  return new RegExp(regex2, 'i');
}
var regex = routeMatcher2(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = (Bottleneck2, common) => {
  groups.global = new Bottleneck2.Group({
    id: 'octokit-global',
    maxConcurrent: 10,
    ...common,
  });
  groups.auth = new Bottleneck2.Group({
    id: 'octokit-auth',
    maxConcurrent: 1,
    ...common,
  });
  groups.search = new Bottleneck2.Group({
    id: 'octokit-search',
    maxConcurrent: 1,
    minTime: 2e3,
    ...common,
  });
  groups.write = new Bottleneck2.Group({
    id: 'octokit-write',
    maxConcurrent: 1,
    minTime: 1e3,
    ...common,
  });
  groups.notifications = new Bottleneck2.Group({
    id: 'octokit-notifications',
    maxConcurrent: 1,
    minTime: 3e3,
    ...common,
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = 'no-id',
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection,
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== 'undefined') {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id,
    },
    octokitOptions.throttle,
  );
  if (typeof state.onSecondaryRateLimit !== 'function' || typeof state.onRateLimit !== 'function') {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on('secondary-limit', state.onSecondaryRateLimit);
    events.on('rate-limit', state.onRateLimit);
    events.on('error', (e) => octokit.log.warn('Error in throttling-plugin limit handler', e));
    state.retryLimiter.on('failed', async (error, info) => {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, 'http://github.test');
      const shouldRetryGraphQL = pathname.startsWith('/graphql') && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async () => {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers['retry-after']) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger('secondary-limit', retryAfter2, options, octokit, retryCount);
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (
          (error.response.headers != null && error.response.headers['x-ratelimit-remaining'] === '0') ||
          (error.response.data?.errors ?? []).some((error2) => error2.type === 'RATE_LIMITED')
        ) {
          const rateLimitReset = new Date(~~error.response.headers['x-ratelimit-reset'] * 1e3).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0,
          );
          const wantRetry2 = await emitter.trigger('rate-limit', retryAfter2, options, octokit, retryCount);
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap('request', (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION8;
throttling.triggersNotification = triggersNotification;

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== 'function') {
    throw new Error('method for before hook must be a function');
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook6) {
  const orig = hook6;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === 'before') {
    hook6 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === 'after') {
    hook6 = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }
  if (kind === 'error') {
    hook6 = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }
  state.registry[name].push({
    hook: hook6,
    orig,
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook6, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(null, name ? [state, name] : [state]);
  hook6.api = { remove: removeHookRef };
  hook6.remove = removeHookRef;
  ['before', 'error', 'after', 'wrap'].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook6[kind] = hook6.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol('Singular');
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {},
  };
  const hook6 = register.bind(null, state);
  bindApi(hook6, state);
  return hook6;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION9 = '0.0.0-development';
function _buildMessageForResponseErrors(data) {
  return (
    `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join('\n')
  );
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = 'GraphqlResponseError';
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = ['method', 'baseUrl', 'url', 'headers', 'request', 'query', 'mediaType', 'operationName'];
var FORBIDDEN_VARIABLE_OPTIONS = ['query', 'method', 'url'];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === 'string' && 'query' in options) {
      return Promise.reject(new Error(`[@octokit/graphql] "query" cannot be used as variable name`));
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(new Error(`[@octokit/graphql] "${key}" cannot be used as variable name`));
    }
  }
  const parsedOptions = typeof query === 'string' ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(parsedOptions).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, '/api/graphql');
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(requestOptions, headers, response.data);
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint,
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    'user-agent': `octokit-graphql.js/${VERSION9} ${getUserAgent()}`,
  },
  method: 'POST',
  url: '/graphql',
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: 'POST',
    url: '/graphql',
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = '(?:[a-zA-Z0-9_-]+)';
var sep = '\\.';
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth5(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith('v1.') || token.startsWith('ghs_');
  const isUserToServer = token.startsWith('ghu_');
  const tokenType = isApp ? 'app' : isInstallation ? 'installation' : isUserToServer ? 'user-to-server' : 'oauth';
  return {
    type: 'token',
    token,
    tokenType,
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook5(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(route, parameters);
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error('[@octokit/auth-token] No token passed to createTokenAuth');
  }
  if (typeof token !== 'string') {
    throw new Error('[@octokit/auth-token] Token passed to createTokenAuth is not a string');
  }
  token = token.replace(/^(token|bearer) +/i, '');
  return Object.assign(auth5.bind(null, token), {
    hook: hook5.bind(null, token),
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION10 = '7.0.8';

// node_modules/@octokit/core/dist-src/index.js
var noop3 = () => {};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== 'function') {
    logger.debug = noop3;
  }
  if (typeof logger.info !== 'function') {
    logger.info = noop3;
  }
  if (typeof logger.warn !== 'function') {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== 'function') {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION10} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION10;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === 'function') {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent
              ? {
                  userAgent: `${options.userAgent} ${defaults.userAgent}`,
                }
              : null,
          ),
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(newPlugins.filter((plugin) => !currentPlugins.includes(plugin)));
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook6 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-expect-error internal usage only, no need to type
        hook: hook6.bind(null, 'request'),
      }),
      mediaType: {
        previews: [],
        format: '',
      },
    };
    requestDefaults.headers['user-agent'] = options.userAgent
      ? `${options.userAgent} ${userAgentTrail}`
      : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers['time-zone'] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook6;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: 'unauthenticated',
        });
      } else {
        const auth6 = createTokenAuth(options.auth);
        hook6.wrap('request', auth6.hook);
        this.auth = auth6;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth6 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions,
          },
          options.auth,
        ),
      );
      hook6.wrap('request', auth6.hook);
      this.auth = auth6;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION11 = '6.0.0';

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap('request', (request2, options) => {
    octokit.log.debug('request', options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path2 = requestOptions.url.replace(options.baseUrl, '');
    return request2(options)
      .then((response) => {
        const requestId = response.headers['x-github-request-id'];
        octokit.log.info(
          `${requestOptions.method} ${path2} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`,
        );
        return response;
      })
      .catch((error) => {
        const requestId = error.response?.headers['x-github-request-id'] || 'UNKNOWN';
        octokit.log.error(
          `${requestOptions.method} ${path2} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`,
        );
        throw error;
      });
  });
}
requestLog.VERSION = VERSION11;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION12 = '0.0.0-development';
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: [],
    };
  }
  const responseNeedsNormalization =
    ('total_count' in response.data || 'total_commits' in response.data) && !('url' in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== 'undefined') {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== 'undefined') {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options =
    typeof route === 'function' ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === 'function' ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || '').match(/<([^<>]+)>;\s*rel="next"/) || [])[1];
          if (!url && 'total_commits' in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get('page') || '1', 10);
            const per_page = parseInt(params.get('per_page') || '250', 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set('page', String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = '';
          return {
            value: {
              status: 200,
              headers: {},
              data: [],
            },
          };
        }
      },
    }),
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === 'function') {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(octokit, [], iterator(octokit, route, parameters)[Symbol.asyncIterator](), mapFn);
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(mapFn ? mapFn(result.value, done) : result.value.data);
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator,
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit),
    }),
  };
}
paginateRest.VERSION = VERSION12;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION13 = '17.0.0';

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: ['POST /orgs/{org}/actions/runners/{runner_id}/labels'],
    addCustomLabelsToSelfHostedRunnerForRepo: ['POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels'],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}',
    ],
    addSelectedRepoToOrgSecret: ['PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}'],
    addSelectedRepoToOrgVariable: ['PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}'],
    approveWorkflowRun: ['POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve'],
    cancelWorkflowRun: ['POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel'],
    createEnvironmentVariable: ['POST /repos/{owner}/{repo}/environments/{environment_name}/variables'],
    createHostedRunnerForOrg: ['POST /orgs/{org}/actions/hosted-runners'],
    createOrUpdateEnvironmentSecret: [
      'PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}',
    ],
    createOrUpdateOrgSecret: ['PUT /orgs/{org}/actions/secrets/{secret_name}'],
    createOrUpdateRepoSecret: ['PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}'],
    createOrgVariable: ['POST /orgs/{org}/actions/variables'],
    createRegistrationTokenForOrg: ['POST /orgs/{org}/actions/runners/registration-token'],
    createRegistrationTokenForRepo: ['POST /repos/{owner}/{repo}/actions/runners/registration-token'],
    createRemoveTokenForOrg: ['POST /orgs/{org}/actions/runners/remove-token'],
    createRemoveTokenForRepo: ['POST /repos/{owner}/{repo}/actions/runners/remove-token'],
    createRepoVariable: ['POST /repos/{owner}/{repo}/actions/variables'],
    createWorkflowDispatch: ['POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'],
    deleteActionsCacheById: ['DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}'],
    deleteActionsCacheByKey: ['DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}'],
    deleteArtifact: ['DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}'],
    deleteCustomImageFromOrg: ['DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}'],
    deleteCustomImageVersionFromOrg: [
      'DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}',
    ],
    deleteEnvironmentSecret: ['DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}'],
    deleteEnvironmentVariable: ['DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}'],
    deleteHostedRunnerForOrg: ['DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}'],
    deleteOrgSecret: ['DELETE /orgs/{org}/actions/secrets/{secret_name}'],
    deleteOrgVariable: ['DELETE /orgs/{org}/actions/variables/{name}'],
    deleteRepoSecret: ['DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}'],
    deleteRepoVariable: ['DELETE /repos/{owner}/{repo}/actions/variables/{name}'],
    deleteSelfHostedRunnerFromOrg: ['DELETE /orgs/{org}/actions/runners/{runner_id}'],
    deleteSelfHostedRunnerFromRepo: ['DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}'],
    deleteWorkflowRun: ['DELETE /repos/{owner}/{repo}/actions/runs/{run_id}'],
    deleteWorkflowRunLogs: ['DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs'],
    disableSelectedRepositoryGithubActionsOrganization: [
      'DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}',
    ],
    disableWorkflow: ['PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable'],
    downloadArtifact: ['GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
    downloadJobLogsForWorkflowRun: ['GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs'],
    downloadWorkflowRunAttemptLogs: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs'],
    downloadWorkflowRunLogs: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs'],
    enableSelectedRepositoryGithubActionsOrganization: [
      'PUT /orgs/{org}/actions/permissions/repositories/{repository_id}',
    ],
    enableWorkflow: ['PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable'],
    forceCancelWorkflowRun: ['POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel'],
    generateRunnerJitconfigForOrg: ['POST /orgs/{org}/actions/runners/generate-jitconfig'],
    generateRunnerJitconfigForRepo: ['POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig'],
    getActionsCacheList: ['GET /repos/{owner}/{repo}/actions/caches'],
    getActionsCacheUsage: ['GET /repos/{owner}/{repo}/actions/cache/usage'],
    getActionsCacheUsageByRepoForOrg: ['GET /orgs/{org}/actions/cache/usage-by-repository'],
    getActionsCacheUsageForOrg: ['GET /orgs/{org}/actions/cache/usage'],
    getAllowedActionsOrganization: ['GET /orgs/{org}/actions/permissions/selected-actions'],
    getAllowedActionsRepository: ['GET /repos/{owner}/{repo}/actions/permissions/selected-actions'],
    getArtifact: ['GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}'],
    getCustomImageForOrg: ['GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}'],
    getCustomImageVersionForOrg: [
      'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}',
    ],
    getCustomOidcSubClaimForRepo: ['GET /repos/{owner}/{repo}/actions/oidc/customization/sub'],
    getEnvironmentPublicKey: ['GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key'],
    getEnvironmentSecret: ['GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}'],
    getEnvironmentVariable: ['GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}'],
    getGithubActionsDefaultWorkflowPermissionsOrganization: ['GET /orgs/{org}/actions/permissions/workflow'],
    getGithubActionsDefaultWorkflowPermissionsRepository: ['GET /repos/{owner}/{repo}/actions/permissions/workflow'],
    getGithubActionsPermissionsOrganization: ['GET /orgs/{org}/actions/permissions'],
    getGithubActionsPermissionsRepository: ['GET /repos/{owner}/{repo}/actions/permissions'],
    getHostedRunnerForOrg: ['GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}'],
    getHostedRunnersGithubOwnedImagesForOrg: ['GET /orgs/{org}/actions/hosted-runners/images/github-owned'],
    getHostedRunnersLimitsForOrg: ['GET /orgs/{org}/actions/hosted-runners/limits'],
    getHostedRunnersMachineSpecsForOrg: ['GET /orgs/{org}/actions/hosted-runners/machine-sizes'],
    getHostedRunnersPartnerImagesForOrg: ['GET /orgs/{org}/actions/hosted-runners/images/partner'],
    getHostedRunnersPlatformsForOrg: ['GET /orgs/{org}/actions/hosted-runners/platforms'],
    getJobForWorkflowRun: ['GET /repos/{owner}/{repo}/actions/jobs/{job_id}'],
    getOrgPublicKey: ['GET /orgs/{org}/actions/secrets/public-key'],
    getOrgSecret: ['GET /orgs/{org}/actions/secrets/{secret_name}'],
    getOrgVariable: ['GET /orgs/{org}/actions/variables/{name}'],
    getPendingDeploymentsForRun: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments'],
    getRepoPermissions: [
      'GET /repos/{owner}/{repo}/actions/permissions',
      {},
      { renamed: ['actions', 'getGithubActionsPermissionsRepository'] },
    ],
    getRepoPublicKey: ['GET /repos/{owner}/{repo}/actions/secrets/public-key'],
    getRepoSecret: ['GET /repos/{owner}/{repo}/actions/secrets/{secret_name}'],
    getRepoVariable: ['GET /repos/{owner}/{repo}/actions/variables/{name}'],
    getReviewsForRun: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals'],
    getSelfHostedRunnerForOrg: ['GET /orgs/{org}/actions/runners/{runner_id}'],
    getSelfHostedRunnerForRepo: ['GET /repos/{owner}/{repo}/actions/runners/{runner_id}'],
    getWorkflow: ['GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}'],
    getWorkflowAccessToRepository: ['GET /repos/{owner}/{repo}/actions/permissions/access'],
    getWorkflowRun: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}'],
    getWorkflowRunAttempt: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}'],
    getWorkflowRunUsage: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing'],
    getWorkflowUsage: ['GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing'],
    listArtifactsForRepo: ['GET /repos/{owner}/{repo}/actions/artifacts'],
    listCustomImageVersionsForOrg: [
      'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions',
    ],
    listCustomImagesForOrg: ['GET /orgs/{org}/actions/hosted-runners/images/custom'],
    listEnvironmentSecrets: ['GET /repos/{owner}/{repo}/environments/{environment_name}/secrets'],
    listEnvironmentVariables: ['GET /repos/{owner}/{repo}/environments/{environment_name}/variables'],
    listGithubHostedRunnersInGroupForOrg: ['GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners'],
    listHostedRunnersForOrg: ['GET /orgs/{org}/actions/hosted-runners'],
    listJobsForWorkflowRun: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs'],
    listJobsForWorkflowRunAttempt: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs'],
    listLabelsForSelfHostedRunnerForOrg: ['GET /orgs/{org}/actions/runners/{runner_id}/labels'],
    listLabelsForSelfHostedRunnerForRepo: ['GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels'],
    listOrgSecrets: ['GET /orgs/{org}/actions/secrets'],
    listOrgVariables: ['GET /orgs/{org}/actions/variables'],
    listRepoOrganizationSecrets: ['GET /repos/{owner}/{repo}/actions/organization-secrets'],
    listRepoOrganizationVariables: ['GET /repos/{owner}/{repo}/actions/organization-variables'],
    listRepoSecrets: ['GET /repos/{owner}/{repo}/actions/secrets'],
    listRepoVariables: ['GET /repos/{owner}/{repo}/actions/variables'],
    listRepoWorkflows: ['GET /repos/{owner}/{repo}/actions/workflows'],
    listRunnerApplicationsForOrg: ['GET /orgs/{org}/actions/runners/downloads'],
    listRunnerApplicationsForRepo: ['GET /repos/{owner}/{repo}/actions/runners/downloads'],
    listSelectedReposForOrgSecret: ['GET /orgs/{org}/actions/secrets/{secret_name}/repositories'],
    listSelectedReposForOrgVariable: ['GET /orgs/{org}/actions/variables/{name}/repositories'],
    listSelectedRepositoriesEnabledGithubActionsOrganization: ['GET /orgs/{org}/actions/permissions/repositories'],
    listSelfHostedRunnersForOrg: ['GET /orgs/{org}/actions/runners'],
    listSelfHostedRunnersForRepo: ['GET /repos/{owner}/{repo}/actions/runners'],
    listWorkflowRunArtifacts: ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
    listWorkflowRuns: ['GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'],
    listWorkflowRunsForRepo: ['GET /repos/{owner}/{repo}/actions/runs'],
    reRunJobForWorkflowRun: ['POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun'],
    reRunWorkflow: ['POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun'],
    reRunWorkflowFailedJobs: ['POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs'],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: ['DELETE /orgs/{org}/actions/runners/{runner_id}/labels'],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      'DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels',
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: ['DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}'],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      'DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}',
    ],
    removeSelectedRepoFromOrgSecret: ['DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}'],
    removeSelectedRepoFromOrgVariable: ['DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}'],
    reviewCustomGatesForRun: ['POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule'],
    reviewPendingDeploymentsForRun: ['POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments'],
    setAllowedActionsOrganization: ['PUT /orgs/{org}/actions/permissions/selected-actions'],
    setAllowedActionsRepository: ['PUT /repos/{owner}/{repo}/actions/permissions/selected-actions'],
    setCustomLabelsForSelfHostedRunnerForOrg: ['PUT /orgs/{org}/actions/runners/{runner_id}/labels'],
    setCustomLabelsForSelfHostedRunnerForRepo: ['PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels'],
    setCustomOidcSubClaimForRepo: ['PUT /repos/{owner}/{repo}/actions/oidc/customization/sub'],
    setGithubActionsDefaultWorkflowPermissionsOrganization: ['PUT /orgs/{org}/actions/permissions/workflow'],
    setGithubActionsDefaultWorkflowPermissionsRepository: ['PUT /repos/{owner}/{repo}/actions/permissions/workflow'],
    setGithubActionsPermissionsOrganization: ['PUT /orgs/{org}/actions/permissions'],
    setGithubActionsPermissionsRepository: ['PUT /repos/{owner}/{repo}/actions/permissions'],
    setSelectedReposForOrgSecret: ['PUT /orgs/{org}/actions/secrets/{secret_name}/repositories'],
    setSelectedReposForOrgVariable: ['PUT /orgs/{org}/actions/variables/{name}/repositories'],
    setSelectedRepositoriesEnabledGithubActionsOrganization: ['PUT /orgs/{org}/actions/permissions/repositories'],
    setWorkflowAccessToRepository: ['PUT /repos/{owner}/{repo}/actions/permissions/access'],
    updateEnvironmentVariable: ['PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}'],
    updateHostedRunnerForOrg: ['PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}'],
    updateOrgVariable: ['PATCH /orgs/{org}/actions/variables/{name}'],
    updateRepoVariable: ['PATCH /repos/{owner}/{repo}/actions/variables/{name}'],
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ['GET /user/starred/{owner}/{repo}'],
    deleteRepoSubscription: ['DELETE /repos/{owner}/{repo}/subscription'],
    deleteThreadSubscription: ['DELETE /notifications/threads/{thread_id}/subscription'],
    getFeeds: ['GET /feeds'],
    getRepoSubscription: ['GET /repos/{owner}/{repo}/subscription'],
    getThread: ['GET /notifications/threads/{thread_id}'],
    getThreadSubscriptionForAuthenticatedUser: ['GET /notifications/threads/{thread_id}/subscription'],
    listEventsForAuthenticatedUser: ['GET /users/{username}/events'],
    listNotificationsForAuthenticatedUser: ['GET /notifications'],
    listOrgEventsForAuthenticatedUser: ['GET /users/{username}/events/orgs/{org}'],
    listPublicEvents: ['GET /events'],
    listPublicEventsForRepoNetwork: ['GET /networks/{owner}/{repo}/events'],
    listPublicEventsForUser: ['GET /users/{username}/events/public'],
    listPublicOrgEvents: ['GET /orgs/{org}/events'],
    listReceivedEventsForUser: ['GET /users/{username}/received_events'],
    listReceivedPublicEventsForUser: ['GET /users/{username}/received_events/public'],
    listRepoEvents: ['GET /repos/{owner}/{repo}/events'],
    listRepoNotificationsForAuthenticatedUser: ['GET /repos/{owner}/{repo}/notifications'],
    listReposStarredByAuthenticatedUser: ['GET /user/starred'],
    listReposStarredByUser: ['GET /users/{username}/starred'],
    listReposWatchedByUser: ['GET /users/{username}/subscriptions'],
    listStargazersForRepo: ['GET /repos/{owner}/{repo}/stargazers'],
    listWatchedReposForAuthenticatedUser: ['GET /user/subscriptions'],
    listWatchersForRepo: ['GET /repos/{owner}/{repo}/subscribers'],
    markNotificationsAsRead: ['PUT /notifications'],
    markRepoNotificationsAsRead: ['PUT /repos/{owner}/{repo}/notifications'],
    markThreadAsDone: ['DELETE /notifications/threads/{thread_id}'],
    markThreadAsRead: ['PATCH /notifications/threads/{thread_id}'],
    setRepoSubscription: ['PUT /repos/{owner}/{repo}/subscription'],
    setThreadSubscription: ['PUT /notifications/threads/{thread_id}/subscription'],
    starRepoForAuthenticatedUser: ['PUT /user/starred/{owner}/{repo}'],
    unstarRepoForAuthenticatedUser: ['DELETE /user/starred/{owner}/{repo}'],
  },
  apps: {
    addRepoToInstallation: [
      'PUT /user/installations/{installation_id}/repositories/{repository_id}',
      {},
      { renamed: ['apps', 'addRepoToInstallationForAuthenticatedUser'] },
    ],
    addRepoToInstallationForAuthenticatedUser: [
      'PUT /user/installations/{installation_id}/repositories/{repository_id}',
    ],
    checkToken: ['POST /applications/{client_id}/token'],
    createFromManifest: ['POST /app-manifests/{code}/conversions'],
    createInstallationAccessToken: ['POST /app/installations/{installation_id}/access_tokens'],
    deleteAuthorization: ['DELETE /applications/{client_id}/grant'],
    deleteInstallation: ['DELETE /app/installations/{installation_id}'],
    deleteToken: ['DELETE /applications/{client_id}/token'],
    getAuthenticated: ['GET /app'],
    getBySlug: ['GET /apps/{app_slug}'],
    getInstallation: ['GET /app/installations/{installation_id}'],
    getOrgInstallation: ['GET /orgs/{org}/installation'],
    getRepoInstallation: ['GET /repos/{owner}/{repo}/installation'],
    getSubscriptionPlanForAccount: ['GET /marketplace_listing/accounts/{account_id}'],
    getSubscriptionPlanForAccountStubbed: ['GET /marketplace_listing/stubbed/accounts/{account_id}'],
    getUserInstallation: ['GET /users/{username}/installation'],
    getWebhookConfigForApp: ['GET /app/hook/config'],
    getWebhookDelivery: ['GET /app/hook/deliveries/{delivery_id}'],
    listAccountsForPlan: ['GET /marketplace_listing/plans/{plan_id}/accounts'],
    listAccountsForPlanStubbed: ['GET /marketplace_listing/stubbed/plans/{plan_id}/accounts'],
    listInstallationReposForAuthenticatedUser: ['GET /user/installations/{installation_id}/repositories'],
    listInstallationRequestsForAuthenticatedApp: ['GET /app/installation-requests'],
    listInstallations: ['GET /app/installations'],
    listInstallationsForAuthenticatedUser: ['GET /user/installations'],
    listPlans: ['GET /marketplace_listing/plans'],
    listPlansStubbed: ['GET /marketplace_listing/stubbed/plans'],
    listReposAccessibleToInstallation: ['GET /installation/repositories'],
    listSubscriptionsForAuthenticatedUser: ['GET /user/marketplace_purchases'],
    listSubscriptionsForAuthenticatedUserStubbed: ['GET /user/marketplace_purchases/stubbed'],
    listWebhookDeliveries: ['GET /app/hook/deliveries'],
    redeliverWebhookDelivery: ['POST /app/hook/deliveries/{delivery_id}/attempts'],
    removeRepoFromInstallation: [
      'DELETE /user/installations/{installation_id}/repositories/{repository_id}',
      {},
      { renamed: ['apps', 'removeRepoFromInstallationForAuthenticatedUser'] },
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      'DELETE /user/installations/{installation_id}/repositories/{repository_id}',
    ],
    resetToken: ['PATCH /applications/{client_id}/token'],
    revokeInstallationAccessToken: ['DELETE /installation/token'],
    scopeToken: ['POST /applications/{client_id}/token/scoped'],
    suspendInstallation: ['PUT /app/installations/{installation_id}/suspended'],
    unsuspendInstallation: ['DELETE /app/installations/{installation_id}/suspended'],
    updateWebhookConfigForApp: ['PATCH /app/hook/config'],
  },
  billing: {
    getGithubActionsBillingOrg: ['GET /orgs/{org}/settings/billing/actions'],
    getGithubActionsBillingUser: ['GET /users/{username}/settings/billing/actions'],
    getGithubBillingPremiumRequestUsageReportOrg: ['GET /organizations/{org}/settings/billing/premium_request/usage'],
    getGithubBillingPremiumRequestUsageReportUser: ['GET /users/{username}/settings/billing/premium_request/usage'],
    getGithubBillingUsageReportOrg: ['GET /organizations/{org}/settings/billing/usage'],
    getGithubBillingUsageReportUser: ['GET /users/{username}/settings/billing/usage'],
    getGithubPackagesBillingOrg: ['GET /orgs/{org}/settings/billing/packages'],
    getGithubPackagesBillingUser: ['GET /users/{username}/settings/billing/packages'],
    getSharedStorageBillingOrg: ['GET /orgs/{org}/settings/billing/shared-storage'],
    getSharedStorageBillingUser: ['GET /users/{username}/settings/billing/shared-storage'],
  },
  campaigns: {
    createCampaign: ['POST /orgs/{org}/campaigns'],
    deleteCampaign: ['DELETE /orgs/{org}/campaigns/{campaign_number}'],
    getCampaignSummary: ['GET /orgs/{org}/campaigns/{campaign_number}'],
    listOrgCampaigns: ['GET /orgs/{org}/campaigns'],
    updateCampaign: ['PATCH /orgs/{org}/campaigns/{campaign_number}'],
  },
  checks: {
    create: ['POST /repos/{owner}/{repo}/check-runs'],
    createSuite: ['POST /repos/{owner}/{repo}/check-suites'],
    get: ['GET /repos/{owner}/{repo}/check-runs/{check_run_id}'],
    getSuite: ['GET /repos/{owner}/{repo}/check-suites/{check_suite_id}'],
    listAnnotations: ['GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations'],
    listForRef: ['GET /repos/{owner}/{repo}/commits/{ref}/check-runs'],
    listForSuite: ['GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs'],
    listSuitesForRef: ['GET /repos/{owner}/{repo}/commits/{ref}/check-suites'],
    rerequestRun: ['POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest'],
    rerequestSuite: ['POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest'],
    setSuitesPreferences: ['PATCH /repos/{owner}/{repo}/check-suites/preferences'],
    update: ['PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'],
  },
  codeScanning: {
    commitAutofix: ['POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits'],
    createAutofix: ['POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix'],
    createVariantAnalysis: ['POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses'],
    deleteAnalysis: ['DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}'],
    deleteCodeqlDatabase: ['DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}'],
    getAlert: [
      'GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}',
      {},
      { renamedParameters: { alert_id: 'alert_number' } },
    ],
    getAnalysis: ['GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}'],
    getAutofix: ['GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix'],
    getCodeqlDatabase: ['GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}'],
    getDefaultSetup: ['GET /repos/{owner}/{repo}/code-scanning/default-setup'],
    getSarif: ['GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}'],
    getVariantAnalysis: [
      'GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}',
    ],
    getVariantAnalysisRepoTask: [
      'GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}',
    ],
    listAlertInstances: ['GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances'],
    listAlertsForOrg: ['GET /orgs/{org}/code-scanning/alerts'],
    listAlertsForRepo: ['GET /repos/{owner}/{repo}/code-scanning/alerts'],
    listAlertsInstances: [
      'GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances',
      {},
      { renamed: ['codeScanning', 'listAlertInstances'] },
    ],
    listCodeqlDatabases: ['GET /repos/{owner}/{repo}/code-scanning/codeql/databases'],
    listRecentAnalyses: ['GET /repos/{owner}/{repo}/code-scanning/analyses'],
    updateAlert: ['PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}'],
    updateDefaultSetup: ['PATCH /repos/{owner}/{repo}/code-scanning/default-setup'],
    uploadSarif: ['POST /repos/{owner}/{repo}/code-scanning/sarifs'],
  },
  codeSecurity: {
    attachConfiguration: ['POST /orgs/{org}/code-security/configurations/{configuration_id}/attach'],
    attachEnterpriseConfiguration: [
      'POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach',
    ],
    createConfiguration: ['POST /orgs/{org}/code-security/configurations'],
    createConfigurationForEnterprise: ['POST /enterprises/{enterprise}/code-security/configurations'],
    deleteConfiguration: ['DELETE /orgs/{org}/code-security/configurations/{configuration_id}'],
    deleteConfigurationForEnterprise: [
      'DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}',
    ],
    detachConfiguration: ['DELETE /orgs/{org}/code-security/configurations/detach'],
    getConfiguration: ['GET /orgs/{org}/code-security/configurations/{configuration_id}'],
    getConfigurationForRepository: ['GET /repos/{owner}/{repo}/code-security-configuration'],
    getConfigurationsForEnterprise: ['GET /enterprises/{enterprise}/code-security/configurations'],
    getConfigurationsForOrg: ['GET /orgs/{org}/code-security/configurations'],
    getDefaultConfigurations: ['GET /orgs/{org}/code-security/configurations/defaults'],
    getDefaultConfigurationsForEnterprise: ['GET /enterprises/{enterprise}/code-security/configurations/defaults'],
    getRepositoriesForConfiguration: ['GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories'],
    getRepositoriesForEnterpriseConfiguration: [
      'GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories',
    ],
    getSingleConfigurationForEnterprise: [
      'GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}',
    ],
    setConfigurationAsDefault: ['PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults'],
    setConfigurationAsDefaultForEnterprise: [
      'PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults',
    ],
    updateConfiguration: ['PATCH /orgs/{org}/code-security/configurations/{configuration_id}'],
    updateEnterpriseConfiguration: ['PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}'],
  },
  codesOfConduct: {
    getAllCodesOfConduct: ['GET /codes_of_conduct'],
    getConductCode: ['GET /codes_of_conduct/{key}'],
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      'PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}',
    ],
    addSelectedRepoToOrgSecret: ['PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}'],
    checkPermissionsForDevcontainer: ['GET /repos/{owner}/{repo}/codespaces/permissions_check'],
    codespaceMachinesForAuthenticatedUser: ['GET /user/codespaces/{codespace_name}/machines'],
    createForAuthenticatedUser: ['POST /user/codespaces'],
    createOrUpdateOrgSecret: ['PUT /orgs/{org}/codespaces/secrets/{secret_name}'],
    createOrUpdateRepoSecret: ['PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}'],
    createOrUpdateSecretForAuthenticatedUser: ['PUT /user/codespaces/secrets/{secret_name}'],
    createWithPrForAuthenticatedUser: ['POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces'],
    createWithRepoForAuthenticatedUser: ['POST /repos/{owner}/{repo}/codespaces'],
    deleteForAuthenticatedUser: ['DELETE /user/codespaces/{codespace_name}'],
    deleteFromOrganization: ['DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}'],
    deleteOrgSecret: ['DELETE /orgs/{org}/codespaces/secrets/{secret_name}'],
    deleteRepoSecret: ['DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}'],
    deleteSecretForAuthenticatedUser: ['DELETE /user/codespaces/secrets/{secret_name}'],
    exportForAuthenticatedUser: ['POST /user/codespaces/{codespace_name}/exports'],
    getCodespacesForUserInOrg: ['GET /orgs/{org}/members/{username}/codespaces'],
    getExportDetailsForAuthenticatedUser: ['GET /user/codespaces/{codespace_name}/exports/{export_id}'],
    getForAuthenticatedUser: ['GET /user/codespaces/{codespace_name}'],
    getOrgPublicKey: ['GET /orgs/{org}/codespaces/secrets/public-key'],
    getOrgSecret: ['GET /orgs/{org}/codespaces/secrets/{secret_name}'],
    getPublicKeyForAuthenticatedUser: ['GET /user/codespaces/secrets/public-key'],
    getRepoPublicKey: ['GET /repos/{owner}/{repo}/codespaces/secrets/public-key'],
    getRepoSecret: ['GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}'],
    getSecretForAuthenticatedUser: ['GET /user/codespaces/secrets/{secret_name}'],
    listDevcontainersInRepositoryForAuthenticatedUser: ['GET /repos/{owner}/{repo}/codespaces/devcontainers'],
    listForAuthenticatedUser: ['GET /user/codespaces'],
    listInOrganization: ['GET /orgs/{org}/codespaces', {}, { renamedParameters: { org_id: 'org' } }],
    listInRepositoryForAuthenticatedUser: ['GET /repos/{owner}/{repo}/codespaces'],
    listOrgSecrets: ['GET /orgs/{org}/codespaces/secrets'],
    listRepoSecrets: ['GET /repos/{owner}/{repo}/codespaces/secrets'],
    listRepositoriesForSecretForAuthenticatedUser: ['GET /user/codespaces/secrets/{secret_name}/repositories'],
    listSecretsForAuthenticatedUser: ['GET /user/codespaces/secrets'],
    listSelectedReposForOrgSecret: ['GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories'],
    preFlightWithRepoForAuthenticatedUser: ['GET /repos/{owner}/{repo}/codespaces/new'],
    publishForAuthenticatedUser: ['POST /user/codespaces/{codespace_name}/publish'],
    removeRepositoryForSecretForAuthenticatedUser: [
      'DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}',
    ],
    removeSelectedRepoFromOrgSecret: [
      'DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}',
    ],
    repoMachinesForAuthenticatedUser: ['GET /repos/{owner}/{repo}/codespaces/machines'],
    setRepositoriesForSecretForAuthenticatedUser: ['PUT /user/codespaces/secrets/{secret_name}/repositories'],
    setSelectedReposForOrgSecret: ['PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories'],
    startForAuthenticatedUser: ['POST /user/codespaces/{codespace_name}/start'],
    stopForAuthenticatedUser: ['POST /user/codespaces/{codespace_name}/stop'],
    stopInOrganization: ['POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop'],
    updateForAuthenticatedUser: ['PATCH /user/codespaces/{codespace_name}'],
  },
  copilot: {
    addCopilotSeatsForTeams: ['POST /orgs/{org}/copilot/billing/selected_teams'],
    addCopilotSeatsForUsers: ['POST /orgs/{org}/copilot/billing/selected_users'],
    cancelCopilotSeatAssignmentForTeams: ['DELETE /orgs/{org}/copilot/billing/selected_teams'],
    cancelCopilotSeatAssignmentForUsers: ['DELETE /orgs/{org}/copilot/billing/selected_users'],
    copilotMetricsForOrganization: ['GET /orgs/{org}/copilot/metrics'],
    copilotMetricsForTeam: ['GET /orgs/{org}/team/{team_slug}/copilot/metrics'],
    getCopilotOrganizationDetails: ['GET /orgs/{org}/copilot/billing'],
    getCopilotSeatDetailsForUser: ['GET /orgs/{org}/members/{username}/copilot'],
    listCopilotSeats: ['GET /orgs/{org}/copilot/billing/seats'],
  },
  credentials: { revoke: ['POST /credentials/revoke'] },
  dependabot: {
    addSelectedRepoToOrgSecret: ['PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}'],
    createOrUpdateOrgSecret: ['PUT /orgs/{org}/dependabot/secrets/{secret_name}'],
    createOrUpdateRepoSecret: ['PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}'],
    deleteOrgSecret: ['DELETE /orgs/{org}/dependabot/secrets/{secret_name}'],
    deleteRepoSecret: ['DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}'],
    getAlert: ['GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}'],
    getOrgPublicKey: ['GET /orgs/{org}/dependabot/secrets/public-key'],
    getOrgSecret: ['GET /orgs/{org}/dependabot/secrets/{secret_name}'],
    getRepoPublicKey: ['GET /repos/{owner}/{repo}/dependabot/secrets/public-key'],
    getRepoSecret: ['GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}'],
    listAlertsForEnterprise: ['GET /enterprises/{enterprise}/dependabot/alerts'],
    listAlertsForOrg: ['GET /orgs/{org}/dependabot/alerts'],
    listAlertsForRepo: ['GET /repos/{owner}/{repo}/dependabot/alerts'],
    listOrgSecrets: ['GET /orgs/{org}/dependabot/secrets'],
    listRepoSecrets: ['GET /repos/{owner}/{repo}/dependabot/secrets'],
    listSelectedReposForOrgSecret: ['GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories'],
    removeSelectedRepoFromOrgSecret: [
      'DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}',
    ],
    repositoryAccessForOrg: ['GET /organizations/{org}/dependabot/repository-access'],
    setRepositoryAccessDefaultLevel: ['PUT /organizations/{org}/dependabot/repository-access/default-level'],
    setSelectedReposForOrgSecret: ['PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories'],
    updateAlert: ['PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}'],
    updateRepositoryAccessForOrg: ['PATCH /organizations/{org}/dependabot/repository-access'],
  },
  dependencyGraph: {
    createRepositorySnapshot: ['POST /repos/{owner}/{repo}/dependency-graph/snapshots'],
    diffRange: ['GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}'],
    exportSbom: ['GET /repos/{owner}/{repo}/dependency-graph/sbom'],
  },
  emojis: { get: ['GET /emojis'] },
  enterpriseTeamMemberships: {
    add: ['PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}'],
    bulkAdd: ['POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add'],
    bulkRemove: ['POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove'],
    get: ['GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}'],
    list: ['GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships'],
    remove: ['DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}'],
  },
  enterpriseTeamOrganizations: {
    add: ['PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}'],
    bulkAdd: ['POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add'],
    bulkRemove: ['POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove'],
    delete: ['DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}'],
    getAssignment: ['GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}'],
    getAssignments: ['GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations'],
  },
  enterpriseTeams: {
    create: ['POST /enterprises/{enterprise}/teams'],
    delete: ['DELETE /enterprises/{enterprise}/teams/{team_slug}'],
    get: ['GET /enterprises/{enterprise}/teams/{team_slug}'],
    list: ['GET /enterprises/{enterprise}/teams'],
    update: ['PATCH /enterprises/{enterprise}/teams/{team_slug}'],
  },
  gists: {
    checkIsStarred: ['GET /gists/{gist_id}/star'],
    create: ['POST /gists'],
    createComment: ['POST /gists/{gist_id}/comments'],
    delete: ['DELETE /gists/{gist_id}'],
    deleteComment: ['DELETE /gists/{gist_id}/comments/{comment_id}'],
    fork: ['POST /gists/{gist_id}/forks'],
    get: ['GET /gists/{gist_id}'],
    getComment: ['GET /gists/{gist_id}/comments/{comment_id}'],
    getRevision: ['GET /gists/{gist_id}/{sha}'],
    list: ['GET /gists'],
    listComments: ['GET /gists/{gist_id}/comments'],
    listCommits: ['GET /gists/{gist_id}/commits'],
    listForUser: ['GET /users/{username}/gists'],
    listForks: ['GET /gists/{gist_id}/forks'],
    listPublic: ['GET /gists/public'],
    listStarred: ['GET /gists/starred'],
    star: ['PUT /gists/{gist_id}/star'],
    unstar: ['DELETE /gists/{gist_id}/star'],
    update: ['PATCH /gists/{gist_id}'],
    updateComment: ['PATCH /gists/{gist_id}/comments/{comment_id}'],
  },
  git: {
    createBlob: ['POST /repos/{owner}/{repo}/git/blobs'],
    createCommit: ['POST /repos/{owner}/{repo}/git/commits'],
    createRef: ['POST /repos/{owner}/{repo}/git/refs'],
    createTag: ['POST /repos/{owner}/{repo}/git/tags'],
    createTree: ['POST /repos/{owner}/{repo}/git/trees'],
    deleteRef: ['DELETE /repos/{owner}/{repo}/git/refs/{ref}'],
    getBlob: ['GET /repos/{owner}/{repo}/git/blobs/{file_sha}'],
    getCommit: ['GET /repos/{owner}/{repo}/git/commits/{commit_sha}'],
    getRef: ['GET /repos/{owner}/{repo}/git/ref/{ref}'],
    getTag: ['GET /repos/{owner}/{repo}/git/tags/{tag_sha}'],
    getTree: ['GET /repos/{owner}/{repo}/git/trees/{tree_sha}'],
    listMatchingRefs: ['GET /repos/{owner}/{repo}/git/matching-refs/{ref}'],
    updateRef: ['PATCH /repos/{owner}/{repo}/git/refs/{ref}'],
  },
  gitignore: {
    getAllTemplates: ['GET /gitignore/templates'],
    getTemplate: ['GET /gitignore/templates/{name}'],
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: ['POST /orgs/{org}/settings/network-configurations'],
    deleteNetworkConfigurationFromOrg: [
      'DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}',
    ],
    getNetworkConfigurationForOrg: ['GET /orgs/{org}/settings/network-configurations/{network_configuration_id}'],
    getNetworkSettingsForOrg: ['GET /orgs/{org}/settings/network-settings/{network_settings_id}'],
    listNetworkConfigurationsForOrg: ['GET /orgs/{org}/settings/network-configurations'],
    updateNetworkConfigurationForOrg: ['PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}'],
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ['GET /user/interaction-limits'],
    getRestrictionsForOrg: ['GET /orgs/{org}/interaction-limits'],
    getRestrictionsForRepo: ['GET /repos/{owner}/{repo}/interaction-limits'],
    getRestrictionsForYourPublicRepos: [
      'GET /user/interaction-limits',
      {},
      { renamed: ['interactions', 'getRestrictionsForAuthenticatedUser'] },
    ],
    removeRestrictionsForAuthenticatedUser: ['DELETE /user/interaction-limits'],
    removeRestrictionsForOrg: ['DELETE /orgs/{org}/interaction-limits'],
    removeRestrictionsForRepo: ['DELETE /repos/{owner}/{repo}/interaction-limits'],
    removeRestrictionsForYourPublicRepos: [
      'DELETE /user/interaction-limits',
      {},
      { renamed: ['interactions', 'removeRestrictionsForAuthenticatedUser'] },
    ],
    setRestrictionsForAuthenticatedUser: ['PUT /user/interaction-limits'],
    setRestrictionsForOrg: ['PUT /orgs/{org}/interaction-limits'],
    setRestrictionsForRepo: ['PUT /repos/{owner}/{repo}/interaction-limits'],
    setRestrictionsForYourPublicRepos: [
      'PUT /user/interaction-limits',
      {},
      { renamed: ['interactions', 'setRestrictionsForAuthenticatedUser'] },
    ],
  },
  issues: {
    addAssignees: ['POST /repos/{owner}/{repo}/issues/{issue_number}/assignees'],
    addBlockedByDependency: ['POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by'],
    addLabels: ['POST /repos/{owner}/{repo}/issues/{issue_number}/labels'],
    addSubIssue: ['POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues'],
    checkUserCanBeAssigned: ['GET /repos/{owner}/{repo}/assignees/{assignee}'],
    checkUserCanBeAssignedToIssue: ['GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}'],
    create: ['POST /repos/{owner}/{repo}/issues'],
    createComment: ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments'],
    createLabel: ['POST /repos/{owner}/{repo}/labels'],
    createMilestone: ['POST /repos/{owner}/{repo}/milestones'],
    deleteComment: ['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}'],
    deleteLabel: ['DELETE /repos/{owner}/{repo}/labels/{name}'],
    deleteMilestone: ['DELETE /repos/{owner}/{repo}/milestones/{milestone_number}'],
    get: ['GET /repos/{owner}/{repo}/issues/{issue_number}'],
    getComment: ['GET /repos/{owner}/{repo}/issues/comments/{comment_id}'],
    getEvent: ['GET /repos/{owner}/{repo}/issues/events/{event_id}'],
    getLabel: ['GET /repos/{owner}/{repo}/labels/{name}'],
    getMilestone: ['GET /repos/{owner}/{repo}/milestones/{milestone_number}'],
    getParent: ['GET /repos/{owner}/{repo}/issues/{issue_number}/parent'],
    list: ['GET /issues'],
    listAssignees: ['GET /repos/{owner}/{repo}/assignees'],
    listComments: ['GET /repos/{owner}/{repo}/issues/{issue_number}/comments'],
    listCommentsForRepo: ['GET /repos/{owner}/{repo}/issues/comments'],
    listDependenciesBlockedBy: ['GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by'],
    listDependenciesBlocking: ['GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking'],
    listEvents: ['GET /repos/{owner}/{repo}/issues/{issue_number}/events'],
    listEventsForRepo: ['GET /repos/{owner}/{repo}/issues/events'],
    listEventsForTimeline: ['GET /repos/{owner}/{repo}/issues/{issue_number}/timeline'],
    listForAuthenticatedUser: ['GET /user/issues'],
    listForOrg: ['GET /orgs/{org}/issues'],
    listForRepo: ['GET /repos/{owner}/{repo}/issues'],
    listLabelsForMilestone: ['GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels'],
    listLabelsForRepo: ['GET /repos/{owner}/{repo}/labels'],
    listLabelsOnIssue: ['GET /repos/{owner}/{repo}/issues/{issue_number}/labels'],
    listMilestones: ['GET /repos/{owner}/{repo}/milestones'],
    listSubIssues: ['GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues'],
    lock: ['PUT /repos/{owner}/{repo}/issues/{issue_number}/lock'],
    removeAllLabels: ['DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels'],
    removeAssignees: ['DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees'],
    removeDependencyBlockedBy: [
      'DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}',
    ],
    removeLabel: ['DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}'],
    removeSubIssue: ['DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue'],
    reprioritizeSubIssue: ['PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority'],
    setLabels: ['PUT /repos/{owner}/{repo}/issues/{issue_number}/labels'],
    unlock: ['DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock'],
    update: ['PATCH /repos/{owner}/{repo}/issues/{issue_number}'],
    updateComment: ['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'],
    updateLabel: ['PATCH /repos/{owner}/{repo}/labels/{name}'],
    updateMilestone: ['PATCH /repos/{owner}/{repo}/milestones/{milestone_number}'],
  },
  licenses: {
    get: ['GET /licenses/{license}'],
    getAllCommonlyUsed: ['GET /licenses'],
    getForRepo: ['GET /repos/{owner}/{repo}/license'],
  },
  markdown: {
    render: ['POST /markdown'],
    renderRaw: ['POST /markdown/raw', { headers: { 'content-type': 'text/plain; charset=utf-8' } }],
  },
  meta: {
    get: ['GET /meta'],
    getAllVersions: ['GET /versions'],
    getOctocat: ['GET /octocat'],
    getZen: ['GET /zen'],
    root: ['GET /'],
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: ['DELETE /user/migrations/{migration_id}/archive'],
    deleteArchiveForOrg: ['DELETE /orgs/{org}/migrations/{migration_id}/archive'],
    downloadArchiveForOrg: ['GET /orgs/{org}/migrations/{migration_id}/archive'],
    getArchiveForAuthenticatedUser: ['GET /user/migrations/{migration_id}/archive'],
    getStatusForAuthenticatedUser: ['GET /user/migrations/{migration_id}'],
    getStatusForOrg: ['GET /orgs/{org}/migrations/{migration_id}'],
    listForAuthenticatedUser: ['GET /user/migrations'],
    listForOrg: ['GET /orgs/{org}/migrations'],
    listReposForAuthenticatedUser: ['GET /user/migrations/{migration_id}/repositories'],
    listReposForOrg: ['GET /orgs/{org}/migrations/{migration_id}/repositories'],
    listReposForUser: [
      'GET /user/migrations/{migration_id}/repositories',
      {},
      { renamed: ['migrations', 'listReposForAuthenticatedUser'] },
    ],
    startForAuthenticatedUser: ['POST /user/migrations'],
    startForOrg: ['POST /orgs/{org}/migrations'],
    unlockRepoForAuthenticatedUser: ['DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock'],
    unlockRepoForOrg: ['DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock'],
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: ['GET /orgs/{org}/actions/oidc/customization/sub'],
    updateOidcCustomSubTemplateForOrg: ['PUT /orgs/{org}/actions/oidc/customization/sub'],
  },
  orgs: {
    addSecurityManagerTeam: [
      'PUT /orgs/{org}/security-managers/teams/{team_slug}',
      {},
      {
        deprecated:
          'octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team',
      },
    ],
    assignTeamToOrgRole: ['PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}'],
    assignUserToOrgRole: ['PUT /orgs/{org}/organization-roles/users/{username}/{role_id}'],
    blockUser: ['PUT /orgs/{org}/blocks/{username}'],
    cancelInvitation: ['DELETE /orgs/{org}/invitations/{invitation_id}'],
    checkBlockedUser: ['GET /orgs/{org}/blocks/{username}'],
    checkMembershipForUser: ['GET /orgs/{org}/members/{username}'],
    checkPublicMembershipForUser: ['GET /orgs/{org}/public_members/{username}'],
    convertMemberToOutsideCollaborator: ['PUT /orgs/{org}/outside_collaborators/{username}'],
    createArtifactStorageRecord: ['POST /orgs/{org}/artifacts/metadata/storage-record'],
    createInvitation: ['POST /orgs/{org}/invitations'],
    createIssueType: ['POST /orgs/{org}/issue-types'],
    createWebhook: ['POST /orgs/{org}/hooks'],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: ['PATCH /organizations/{org}/org-properties/values'],
    customPropertiesForOrgsGetOrganizationValues: ['GET /organizations/{org}/org-properties/values'],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      'PUT /orgs/{org}/properties/schema/{custom_property_name}',
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: ['PATCH /orgs/{org}/properties/schema'],
    customPropertiesForReposCreateOrUpdateOrganizationValues: ['PATCH /orgs/{org}/properties/values'],
    customPropertiesForReposDeleteOrganizationDefinition: [
      'DELETE /orgs/{org}/properties/schema/{custom_property_name}',
    ],
    customPropertiesForReposGetOrganizationDefinition: ['GET /orgs/{org}/properties/schema/{custom_property_name}'],
    customPropertiesForReposGetOrganizationDefinitions: ['GET /orgs/{org}/properties/schema'],
    customPropertiesForReposGetOrganizationValues: ['GET /orgs/{org}/properties/values'],
    delete: ['DELETE /orgs/{org}'],
    deleteAttestationsBulk: ['POST /orgs/{org}/attestations/delete-request'],
    deleteAttestationsById: ['DELETE /orgs/{org}/attestations/{attestation_id}'],
    deleteAttestationsBySubjectDigest: ['DELETE /orgs/{org}/attestations/digest/{subject_digest}'],
    deleteIssueType: ['DELETE /orgs/{org}/issue-types/{issue_type_id}'],
    deleteWebhook: ['DELETE /orgs/{org}/hooks/{hook_id}'],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      'DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}',
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      'PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}',
    ],
    get: ['GET /orgs/{org}'],
    getImmutableReleasesSettings: ['GET /orgs/{org}/settings/immutable-releases'],
    getImmutableReleasesSettingsRepositories: ['GET /orgs/{org}/settings/immutable-releases/repositories'],
    getMembershipForAuthenticatedUser: ['GET /user/memberships/orgs/{org}'],
    getMembershipForUser: ['GET /orgs/{org}/memberships/{username}'],
    getOrgRole: ['GET /orgs/{org}/organization-roles/{role_id}'],
    getOrgRulesetHistory: ['GET /orgs/{org}/rulesets/{ruleset_id}/history'],
    getOrgRulesetVersion: ['GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}'],
    getWebhook: ['GET /orgs/{org}/hooks/{hook_id}'],
    getWebhookConfigForOrg: ['GET /orgs/{org}/hooks/{hook_id}/config'],
    getWebhookDelivery: ['GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}'],
    list: ['GET /organizations'],
    listAppInstallations: ['GET /orgs/{org}/installations'],
    listArtifactStorageRecords: ['GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records'],
    listAttestationRepositories: ['GET /orgs/{org}/attestations/repositories'],
    listAttestations: ['GET /orgs/{org}/attestations/{subject_digest}'],
    listAttestationsBulk: ['POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}'],
    listBlockedUsers: ['GET /orgs/{org}/blocks'],
    listFailedInvitations: ['GET /orgs/{org}/failed_invitations'],
    listForAuthenticatedUser: ['GET /user/orgs'],
    listForUser: ['GET /users/{username}/orgs'],
    listInvitationTeams: ['GET /orgs/{org}/invitations/{invitation_id}/teams'],
    listIssueTypes: ['GET /orgs/{org}/issue-types'],
    listMembers: ['GET /orgs/{org}/members'],
    listMembershipsForAuthenticatedUser: ['GET /user/memberships/orgs'],
    listOrgRoleTeams: ['GET /orgs/{org}/organization-roles/{role_id}/teams'],
    listOrgRoleUsers: ['GET /orgs/{org}/organization-roles/{role_id}/users'],
    listOrgRoles: ['GET /orgs/{org}/organization-roles'],
    listOrganizationFineGrainedPermissions: ['GET /orgs/{org}/organization-fine-grained-permissions'],
    listOutsideCollaborators: ['GET /orgs/{org}/outside_collaborators'],
    listPatGrantRepositories: ['GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories'],
    listPatGrantRequestRepositories: ['GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories'],
    listPatGrantRequests: ['GET /orgs/{org}/personal-access-token-requests'],
    listPatGrants: ['GET /orgs/{org}/personal-access-tokens'],
    listPendingInvitations: ['GET /orgs/{org}/invitations'],
    listPublicMembers: ['GET /orgs/{org}/public_members'],
    listSecurityManagerTeams: [
      'GET /orgs/{org}/security-managers',
      {},
      {
        deprecated:
          'octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams',
      },
    ],
    listWebhookDeliveries: ['GET /orgs/{org}/hooks/{hook_id}/deliveries'],
    listWebhooks: ['GET /orgs/{org}/hooks'],
    pingWebhook: ['POST /orgs/{org}/hooks/{hook_id}/pings'],
    redeliverWebhookDelivery: ['POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts'],
    removeMember: ['DELETE /orgs/{org}/members/{username}'],
    removeMembershipForUser: ['DELETE /orgs/{org}/memberships/{username}'],
    removeOutsideCollaborator: ['DELETE /orgs/{org}/outside_collaborators/{username}'],
    removePublicMembershipForAuthenticatedUser: ['DELETE /orgs/{org}/public_members/{username}'],
    removeSecurityManagerTeam: [
      'DELETE /orgs/{org}/security-managers/teams/{team_slug}',
      {},
      {
        deprecated:
          'octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team',
      },
    ],
    reviewPatGrantRequest: ['POST /orgs/{org}/personal-access-token-requests/{pat_request_id}'],
    reviewPatGrantRequestsInBulk: ['POST /orgs/{org}/personal-access-token-requests'],
    revokeAllOrgRolesTeam: ['DELETE /orgs/{org}/organization-roles/teams/{team_slug}'],
    revokeAllOrgRolesUser: ['DELETE /orgs/{org}/organization-roles/users/{username}'],
    revokeOrgRoleTeam: ['DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}'],
    revokeOrgRoleUser: ['DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}'],
    setImmutableReleasesSettings: ['PUT /orgs/{org}/settings/immutable-releases'],
    setImmutableReleasesSettingsRepositories: ['PUT /orgs/{org}/settings/immutable-releases/repositories'],
    setMembershipForUser: ['PUT /orgs/{org}/memberships/{username}'],
    setPublicMembershipForAuthenticatedUser: ['PUT /orgs/{org}/public_members/{username}'],
    unblockUser: ['DELETE /orgs/{org}/blocks/{username}'],
    update: ['PATCH /orgs/{org}'],
    updateIssueType: ['PUT /orgs/{org}/issue-types/{issue_type_id}'],
    updateMembershipForAuthenticatedUser: ['PATCH /user/memberships/orgs/{org}'],
    updatePatAccess: ['POST /orgs/{org}/personal-access-tokens/{pat_id}'],
    updatePatAccesses: ['POST /orgs/{org}/personal-access-tokens'],
    updateWebhook: ['PATCH /orgs/{org}/hooks/{hook_id}'],
    updateWebhookConfigForOrg: ['PATCH /orgs/{org}/hooks/{hook_id}/config'],
  },
  packages: {
    deletePackageForAuthenticatedUser: ['DELETE /user/packages/{package_type}/{package_name}'],
    deletePackageForOrg: ['DELETE /orgs/{org}/packages/{package_type}/{package_name}'],
    deletePackageForUser: ['DELETE /users/{username}/packages/{package_type}/{package_name}'],
    deletePackageVersionForAuthenticatedUser: [
      'DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}',
    ],
    deletePackageVersionForOrg: [
      'DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}',
    ],
    deletePackageVersionForUser: [
      'DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}',
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      'GET /orgs/{org}/packages/{package_type}/{package_name}/versions',
      {},
      { renamed: ['packages', 'getAllPackageVersionsForPackageOwnedByOrg'] },
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      'GET /user/packages/{package_type}/{package_name}/versions',
      {},
      {
        renamed: ['packages', 'getAllPackageVersionsForPackageOwnedByAuthenticatedUser'],
      },
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      'GET /user/packages/{package_type}/{package_name}/versions',
    ],
    getAllPackageVersionsForPackageOwnedByOrg: ['GET /orgs/{org}/packages/{package_type}/{package_name}/versions'],
    getAllPackageVersionsForPackageOwnedByUser: [
      'GET /users/{username}/packages/{package_type}/{package_name}/versions',
    ],
    getPackageForAuthenticatedUser: ['GET /user/packages/{package_type}/{package_name}'],
    getPackageForOrganization: ['GET /orgs/{org}/packages/{package_type}/{package_name}'],
    getPackageForUser: ['GET /users/{username}/packages/{package_type}/{package_name}'],
    getPackageVersionForAuthenticatedUser: [
      'GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}',
    ],
    getPackageVersionForOrganization: [
      'GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}',
    ],
    getPackageVersionForUser: [
      'GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}',
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: ['GET /user/docker/conflicts'],
    listDockerMigrationConflictingPackagesForOrganization: ['GET /orgs/{org}/docker/conflicts'],
    listDockerMigrationConflictingPackagesForUser: ['GET /users/{username}/docker/conflicts'],
    listPackagesForAuthenticatedUser: ['GET /user/packages'],
    listPackagesForOrganization: ['GET /orgs/{org}/packages'],
    listPackagesForUser: ['GET /users/{username}/packages'],
    restorePackageForAuthenticatedUser: ['POST /user/packages/{package_type}/{package_name}/restore{?token}'],
    restorePackageForOrg: ['POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}'],
    restorePackageForUser: ['POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}'],
    restorePackageVersionForAuthenticatedUser: [
      'POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore',
    ],
    restorePackageVersionForOrg: [
      'POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore',
    ],
    restorePackageVersionForUser: [
      'POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore',
    ],
  },
  privateRegistries: {
    createOrgPrivateRegistry: ['POST /orgs/{org}/private-registries'],
    deleteOrgPrivateRegistry: ['DELETE /orgs/{org}/private-registries/{secret_name}'],
    getOrgPrivateRegistry: ['GET /orgs/{org}/private-registries/{secret_name}'],
    getOrgPublicKey: ['GET /orgs/{org}/private-registries/public-key'],
    listOrgPrivateRegistries: ['GET /orgs/{org}/private-registries'],
    updateOrgPrivateRegistry: ['PATCH /orgs/{org}/private-registries/{secret_name}'],
  },
  projects: {
    addItemForOrg: ['POST /orgs/{org}/projectsV2/{project_number}/items'],
    addItemForUser: ['POST /users/{username}/projectsV2/{project_number}/items'],
    deleteItemForOrg: ['DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}'],
    deleteItemForUser: ['DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}'],
    getFieldForOrg: ['GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}'],
    getFieldForUser: ['GET /users/{username}/projectsV2/{project_number}/fields/{field_id}'],
    getForOrg: ['GET /orgs/{org}/projectsV2/{project_number}'],
    getForUser: ['GET /users/{username}/projectsV2/{project_number}'],
    getOrgItem: ['GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}'],
    getUserItem: ['GET /users/{username}/projectsV2/{project_number}/items/{item_id}'],
    listFieldsForOrg: ['GET /orgs/{org}/projectsV2/{project_number}/fields'],
    listFieldsForUser: ['GET /users/{username}/projectsV2/{project_number}/fields'],
    listForOrg: ['GET /orgs/{org}/projectsV2'],
    listForUser: ['GET /users/{username}/projectsV2'],
    listItemsForOrg: ['GET /orgs/{org}/projectsV2/{project_number}/items'],
    listItemsForUser: ['GET /users/{username}/projectsV2/{project_number}/items'],
    updateItemForOrg: ['PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}'],
    updateItemForUser: ['PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}'],
  },
  pulls: {
    checkIfMerged: ['GET /repos/{owner}/{repo}/pulls/{pull_number}/merge'],
    create: ['POST /repos/{owner}/{repo}/pulls'],
    createReplyForReviewComment: ['POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies'],
    createReview: ['POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
    createReviewComment: ['POST /repos/{owner}/{repo}/pulls/{pull_number}/comments'],
    deletePendingReview: ['DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}'],
    deleteReviewComment: ['DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}'],
    dismissReview: ['PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals'],
    get: ['GET /repos/{owner}/{repo}/pulls/{pull_number}'],
    getReview: ['GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}'],
    getReviewComment: ['GET /repos/{owner}/{repo}/pulls/comments/{comment_id}'],
    list: ['GET /repos/{owner}/{repo}/pulls'],
    listCommentsForReview: ['GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments'],
    listCommits: ['GET /repos/{owner}/{repo}/pulls/{pull_number}/commits'],
    listFiles: ['GET /repos/{owner}/{repo}/pulls/{pull_number}/files'],
    listRequestedReviewers: ['GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'],
    listReviewComments: ['GET /repos/{owner}/{repo}/pulls/{pull_number}/comments'],
    listReviewCommentsForRepo: ['GET /repos/{owner}/{repo}/pulls/comments'],
    listReviews: ['GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
    merge: ['PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge'],
    removeRequestedReviewers: ['DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'],
    requestReviewers: ['POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'],
    submitReview: ['POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events'],
    update: ['PATCH /repos/{owner}/{repo}/pulls/{pull_number}'],
    updateBranch: ['PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch'],
    updateReview: ['PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}'],
    updateReviewComment: ['PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}'],
  },
  rateLimit: { get: ['GET /rate_limit'] },
  reactions: {
    createForCommitComment: ['POST /repos/{owner}/{repo}/comments/{comment_id}/reactions'],
    createForIssue: ['POST /repos/{owner}/{repo}/issues/{issue_number}/reactions'],
    createForIssueComment: ['POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions'],
    createForPullRequestReviewComment: ['POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions'],
    createForRelease: ['POST /repos/{owner}/{repo}/releases/{release_id}/reactions'],
    createForTeamDiscussionCommentInOrg: [
      'POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions',
    ],
    createForTeamDiscussionInOrg: ['POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions'],
    deleteForCommitComment: ['DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}'],
    deleteForIssue: ['DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}'],
    deleteForIssueComment: ['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}'],
    deleteForPullRequestComment: ['DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}'],
    deleteForRelease: ['DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}'],
    deleteForTeamDiscussion: [
      'DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}',
    ],
    deleteForTeamDiscussionComment: [
      'DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}',
    ],
    listForCommitComment: ['GET /repos/{owner}/{repo}/comments/{comment_id}/reactions'],
    listForIssue: ['GET /repos/{owner}/{repo}/issues/{issue_number}/reactions'],
    listForIssueComment: ['GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions'],
    listForPullRequestReviewComment: ['GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions'],
    listForRelease: ['GET /repos/{owner}/{repo}/releases/{release_id}/reactions'],
    listForTeamDiscussionCommentInOrg: [
      'GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions',
    ],
    listForTeamDiscussionInOrg: ['GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions'],
  },
  repos: {
    acceptInvitation: [
      'PATCH /user/repository_invitations/{invitation_id}',
      {},
      { renamed: ['repos', 'acceptInvitationForAuthenticatedUser'] },
    ],
    acceptInvitationForAuthenticatedUser: ['PATCH /user/repository_invitations/{invitation_id}'],
    addAppAccessRestrictions: [
      'POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps',
      {},
      { mapToData: 'apps' },
    ],
    addCollaborator: ['PUT /repos/{owner}/{repo}/collaborators/{username}'],
    addStatusCheckContexts: [
      'POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts',
      {},
      { mapToData: 'contexts' },
    ],
    addTeamAccessRestrictions: [
      'POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams',
      {},
      { mapToData: 'teams' },
    ],
    addUserAccessRestrictions: [
      'POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users',
      {},
      { mapToData: 'users' },
    ],
    cancelPagesDeployment: ['POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel'],
    checkAutomatedSecurityFixes: ['GET /repos/{owner}/{repo}/automated-security-fixes'],
    checkCollaborator: ['GET /repos/{owner}/{repo}/collaborators/{username}'],
    checkImmutableReleases: ['GET /repos/{owner}/{repo}/immutable-releases'],
    checkPrivateVulnerabilityReporting: ['GET /repos/{owner}/{repo}/private-vulnerability-reporting'],
    checkVulnerabilityAlerts: ['GET /repos/{owner}/{repo}/vulnerability-alerts'],
    codeownersErrors: ['GET /repos/{owner}/{repo}/codeowners/errors'],
    compareCommits: ['GET /repos/{owner}/{repo}/compare/{base}...{head}'],
    compareCommitsWithBasehead: ['GET /repos/{owner}/{repo}/compare/{basehead}'],
    createAttestation: ['POST /repos/{owner}/{repo}/attestations'],
    createAutolink: ['POST /repos/{owner}/{repo}/autolinks'],
    createCommitComment: ['POST /repos/{owner}/{repo}/commits/{commit_sha}/comments'],
    createCommitSignatureProtection: ['POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures'],
    createCommitStatus: ['POST /repos/{owner}/{repo}/statuses/{sha}'],
    createDeployKey: ['POST /repos/{owner}/{repo}/keys'],
    createDeployment: ['POST /repos/{owner}/{repo}/deployments'],
    createDeploymentBranchPolicy: [
      'POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    ],
    createDeploymentProtectionRule: [
      'POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules',
    ],
    createDeploymentStatus: ['POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
    createDispatchEvent: ['POST /repos/{owner}/{repo}/dispatches'],
    createForAuthenticatedUser: ['POST /user/repos'],
    createFork: ['POST /repos/{owner}/{repo}/forks'],
    createInOrg: ['POST /orgs/{org}/repos'],
    createOrUpdateEnvironment: ['PUT /repos/{owner}/{repo}/environments/{environment_name}'],
    createOrUpdateFileContents: ['PUT /repos/{owner}/{repo}/contents/{path}'],
    createOrgRuleset: ['POST /orgs/{org}/rulesets'],
    createPagesDeployment: ['POST /repos/{owner}/{repo}/pages/deployments'],
    createPagesSite: ['POST /repos/{owner}/{repo}/pages'],
    createRelease: ['POST /repos/{owner}/{repo}/releases'],
    createRepoRuleset: ['POST /repos/{owner}/{repo}/rulesets'],
    createUsingTemplate: ['POST /repos/{template_owner}/{template_repo}/generate'],
    createWebhook: ['POST /repos/{owner}/{repo}/hooks'],
    customPropertiesForReposCreateOrUpdateRepositoryValues: ['PATCH /repos/{owner}/{repo}/properties/values'],
    customPropertiesForReposGetRepositoryValues: ['GET /repos/{owner}/{repo}/properties/values'],
    declineInvitation: [
      'DELETE /user/repository_invitations/{invitation_id}',
      {},
      { renamed: ['repos', 'declineInvitationForAuthenticatedUser'] },
    ],
    declineInvitationForAuthenticatedUser: ['DELETE /user/repository_invitations/{invitation_id}'],
    delete: ['DELETE /repos/{owner}/{repo}'],
    deleteAccessRestrictions: ['DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions'],
    deleteAdminBranchProtection: ['DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins'],
    deleteAnEnvironment: ['DELETE /repos/{owner}/{repo}/environments/{environment_name}'],
    deleteAutolink: ['DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}'],
    deleteBranchProtection: ['DELETE /repos/{owner}/{repo}/branches/{branch}/protection'],
    deleteCommitComment: ['DELETE /repos/{owner}/{repo}/comments/{comment_id}'],
    deleteCommitSignatureProtection: ['DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures'],
    deleteDeployKey: ['DELETE /repos/{owner}/{repo}/keys/{key_id}'],
    deleteDeployment: ['DELETE /repos/{owner}/{repo}/deployments/{deployment_id}'],
    deleteDeploymentBranchPolicy: [
      'DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}',
    ],
    deleteFile: ['DELETE /repos/{owner}/{repo}/contents/{path}'],
    deleteInvitation: ['DELETE /repos/{owner}/{repo}/invitations/{invitation_id}'],
    deleteOrgRuleset: ['DELETE /orgs/{org}/rulesets/{ruleset_id}'],
    deletePagesSite: ['DELETE /repos/{owner}/{repo}/pages'],
    deletePullRequestReviewProtection: [
      'DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews',
    ],
    deleteRelease: ['DELETE /repos/{owner}/{repo}/releases/{release_id}'],
    deleteReleaseAsset: ['DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}'],
    deleteRepoRuleset: ['DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}'],
    deleteWebhook: ['DELETE /repos/{owner}/{repo}/hooks/{hook_id}'],
    disableAutomatedSecurityFixes: ['DELETE /repos/{owner}/{repo}/automated-security-fixes'],
    disableDeploymentProtectionRule: [
      'DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}',
    ],
    disableImmutableReleases: ['DELETE /repos/{owner}/{repo}/immutable-releases'],
    disablePrivateVulnerabilityReporting: ['DELETE /repos/{owner}/{repo}/private-vulnerability-reporting'],
    disableVulnerabilityAlerts: ['DELETE /repos/{owner}/{repo}/vulnerability-alerts'],
    downloadArchive: ['GET /repos/{owner}/{repo}/zipball/{ref}', {}, { renamed: ['repos', 'downloadZipballArchive'] }],
    downloadTarballArchive: ['GET /repos/{owner}/{repo}/tarball/{ref}'],
    downloadZipballArchive: ['GET /repos/{owner}/{repo}/zipball/{ref}'],
    enableAutomatedSecurityFixes: ['PUT /repos/{owner}/{repo}/automated-security-fixes'],
    enableImmutableReleases: ['PUT /repos/{owner}/{repo}/immutable-releases'],
    enablePrivateVulnerabilityReporting: ['PUT /repos/{owner}/{repo}/private-vulnerability-reporting'],
    enableVulnerabilityAlerts: ['PUT /repos/{owner}/{repo}/vulnerability-alerts'],
    generateReleaseNotes: ['POST /repos/{owner}/{repo}/releases/generate-notes'],
    get: ['GET /repos/{owner}/{repo}'],
    getAccessRestrictions: ['GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions'],
    getAdminBranchProtection: ['GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins'],
    getAllDeploymentProtectionRules: [
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules',
    ],
    getAllEnvironments: ['GET /repos/{owner}/{repo}/environments'],
    getAllStatusCheckContexts: [
      'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts',
    ],
    getAllTopics: ['GET /repos/{owner}/{repo}/topics'],
    getAppsWithAccessToProtectedBranch: ['GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps'],
    getAutolink: ['GET /repos/{owner}/{repo}/autolinks/{autolink_id}'],
    getBranch: ['GET /repos/{owner}/{repo}/branches/{branch}'],
    getBranchProtection: ['GET /repos/{owner}/{repo}/branches/{branch}/protection'],
    getBranchRules: ['GET /repos/{owner}/{repo}/rules/branches/{branch}'],
    getClones: ['GET /repos/{owner}/{repo}/traffic/clones'],
    getCodeFrequencyStats: ['GET /repos/{owner}/{repo}/stats/code_frequency'],
    getCollaboratorPermissionLevel: ['GET /repos/{owner}/{repo}/collaborators/{username}/permission'],
    getCombinedStatusForRef: ['GET /repos/{owner}/{repo}/commits/{ref}/status'],
    getCommit: ['GET /repos/{owner}/{repo}/commits/{ref}'],
    getCommitActivityStats: ['GET /repos/{owner}/{repo}/stats/commit_activity'],
    getCommitComment: ['GET /repos/{owner}/{repo}/comments/{comment_id}'],
    getCommitSignatureProtection: ['GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures'],
    getCommunityProfileMetrics: ['GET /repos/{owner}/{repo}/community/profile'],
    getContent: ['GET /repos/{owner}/{repo}/contents/{path}'],
    getContributorsStats: ['GET /repos/{owner}/{repo}/stats/contributors'],
    getCustomDeploymentProtectionRule: [
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}',
    ],
    getDeployKey: ['GET /repos/{owner}/{repo}/keys/{key_id}'],
    getDeployment: ['GET /repos/{owner}/{repo}/deployments/{deployment_id}'],
    getDeploymentBranchPolicy: [
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}',
    ],
    getDeploymentStatus: ['GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}'],
    getEnvironment: ['GET /repos/{owner}/{repo}/environments/{environment_name}'],
    getLatestPagesBuild: ['GET /repos/{owner}/{repo}/pages/builds/latest'],
    getLatestRelease: ['GET /repos/{owner}/{repo}/releases/latest'],
    getOrgRuleSuite: ['GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}'],
    getOrgRuleSuites: ['GET /orgs/{org}/rulesets/rule-suites'],
    getOrgRuleset: ['GET /orgs/{org}/rulesets/{ruleset_id}'],
    getOrgRulesets: ['GET /orgs/{org}/rulesets'],
    getPages: ['GET /repos/{owner}/{repo}/pages'],
    getPagesBuild: ['GET /repos/{owner}/{repo}/pages/builds/{build_id}'],
    getPagesDeployment: ['GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}'],
    getPagesHealthCheck: ['GET /repos/{owner}/{repo}/pages/health'],
    getParticipationStats: ['GET /repos/{owner}/{repo}/stats/participation'],
    getPullRequestReviewProtection: [
      'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews',
    ],
    getPunchCardStats: ['GET /repos/{owner}/{repo}/stats/punch_card'],
    getReadme: ['GET /repos/{owner}/{repo}/readme'],
    getReadmeInDirectory: ['GET /repos/{owner}/{repo}/readme/{dir}'],
    getRelease: ['GET /repos/{owner}/{repo}/releases/{release_id}'],
    getReleaseAsset: ['GET /repos/{owner}/{repo}/releases/assets/{asset_id}'],
    getReleaseByTag: ['GET /repos/{owner}/{repo}/releases/tags/{tag}'],
    getRepoRuleSuite: ['GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}'],
    getRepoRuleSuites: ['GET /repos/{owner}/{repo}/rulesets/rule-suites'],
    getRepoRuleset: ['GET /repos/{owner}/{repo}/rulesets/{ruleset_id}'],
    getRepoRulesetHistory: ['GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history'],
    getRepoRulesetVersion: ['GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}'],
    getRepoRulesets: ['GET /repos/{owner}/{repo}/rulesets'],
    getStatusChecksProtection: ['GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks'],
    getTeamsWithAccessToProtectedBranch: ['GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams'],
    getTopPaths: ['GET /repos/{owner}/{repo}/traffic/popular/paths'],
    getTopReferrers: ['GET /repos/{owner}/{repo}/traffic/popular/referrers'],
    getUsersWithAccessToProtectedBranch: ['GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users'],
    getViews: ['GET /repos/{owner}/{repo}/traffic/views'],
    getWebhook: ['GET /repos/{owner}/{repo}/hooks/{hook_id}'],
    getWebhookConfigForRepo: ['GET /repos/{owner}/{repo}/hooks/{hook_id}/config'],
    getWebhookDelivery: ['GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}'],
    listActivities: ['GET /repos/{owner}/{repo}/activity'],
    listAttestations: ['GET /repos/{owner}/{repo}/attestations/{subject_digest}'],
    listAutolinks: ['GET /repos/{owner}/{repo}/autolinks'],
    listBranches: ['GET /repos/{owner}/{repo}/branches'],
    listBranchesForHeadCommit: ['GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head'],
    listCollaborators: ['GET /repos/{owner}/{repo}/collaborators'],
    listCommentsForCommit: ['GET /repos/{owner}/{repo}/commits/{commit_sha}/comments'],
    listCommitCommentsForRepo: ['GET /repos/{owner}/{repo}/comments'],
    listCommitStatusesForRef: ['GET /repos/{owner}/{repo}/commits/{ref}/statuses'],
    listCommits: ['GET /repos/{owner}/{repo}/commits'],
    listContributors: ['GET /repos/{owner}/{repo}/contributors'],
    listCustomDeploymentRuleIntegrations: [
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps',
    ],
    listDeployKeys: ['GET /repos/{owner}/{repo}/keys'],
    listDeploymentBranchPolicies: [
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    ],
    listDeploymentStatuses: ['GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
    listDeployments: ['GET /repos/{owner}/{repo}/deployments'],
    listForAuthenticatedUser: ['GET /user/repos'],
    listForOrg: ['GET /orgs/{org}/repos'],
    listForUser: ['GET /users/{username}/repos'],
    listForks: ['GET /repos/{owner}/{repo}/forks'],
    listInvitations: ['GET /repos/{owner}/{repo}/invitations'],
    listInvitationsForAuthenticatedUser: ['GET /user/repository_invitations'],
    listLanguages: ['GET /repos/{owner}/{repo}/languages'],
    listPagesBuilds: ['GET /repos/{owner}/{repo}/pages/builds'],
    listPublic: ['GET /repositories'],
    listPullRequestsAssociatedWithCommit: ['GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'],
    listReleaseAssets: ['GET /repos/{owner}/{repo}/releases/{release_id}/assets'],
    listReleases: ['GET /repos/{owner}/{repo}/releases'],
    listTags: ['GET /repos/{owner}/{repo}/tags'],
    listTeams: ['GET /repos/{owner}/{repo}/teams'],
    listWebhookDeliveries: ['GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries'],
    listWebhooks: ['GET /repos/{owner}/{repo}/hooks'],
    merge: ['POST /repos/{owner}/{repo}/merges'],
    mergeUpstream: ['POST /repos/{owner}/{repo}/merge-upstream'],
    pingWebhook: ['POST /repos/{owner}/{repo}/hooks/{hook_id}/pings'],
    redeliverWebhookDelivery: ['POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts'],
    removeAppAccessRestrictions: [
      'DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps',
      {},
      { mapToData: 'apps' },
    ],
    removeCollaborator: ['DELETE /repos/{owner}/{repo}/collaborators/{username}'],
    removeStatusCheckContexts: [
      'DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts',
      {},
      { mapToData: 'contexts' },
    ],
    removeStatusCheckProtection: ['DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks'],
    removeTeamAccessRestrictions: [
      'DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams',
      {},
      { mapToData: 'teams' },
    ],
    removeUserAccessRestrictions: [
      'DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users',
      {},
      { mapToData: 'users' },
    ],
    renameBranch: ['POST /repos/{owner}/{repo}/branches/{branch}/rename'],
    replaceAllTopics: ['PUT /repos/{owner}/{repo}/topics'],
    requestPagesBuild: ['POST /repos/{owner}/{repo}/pages/builds'],
    setAdminBranchProtection: ['POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins'],
    setAppAccessRestrictions: [
      'PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps',
      {},
      { mapToData: 'apps' },
    ],
    setStatusCheckContexts: [
      'PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts',
      {},
      { mapToData: 'contexts' },
    ],
    setTeamAccessRestrictions: [
      'PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams',
      {},
      { mapToData: 'teams' },
    ],
    setUserAccessRestrictions: [
      'PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users',
      {},
      { mapToData: 'users' },
    ],
    testPushWebhook: ['POST /repos/{owner}/{repo}/hooks/{hook_id}/tests'],
    transfer: ['POST /repos/{owner}/{repo}/transfer'],
    update: ['PATCH /repos/{owner}/{repo}'],
    updateBranchProtection: ['PUT /repos/{owner}/{repo}/branches/{branch}/protection'],
    updateCommitComment: ['PATCH /repos/{owner}/{repo}/comments/{comment_id}'],
    updateDeploymentBranchPolicy: [
      'PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}',
    ],
    updateInformationAboutPagesSite: ['PUT /repos/{owner}/{repo}/pages'],
    updateInvitation: ['PATCH /repos/{owner}/{repo}/invitations/{invitation_id}'],
    updateOrgRuleset: ['PUT /orgs/{org}/rulesets/{ruleset_id}'],
    updatePullRequestReviewProtection: [
      'PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews',
    ],
    updateRelease: ['PATCH /repos/{owner}/{repo}/releases/{release_id}'],
    updateReleaseAsset: ['PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}'],
    updateRepoRuleset: ['PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}'],
    updateStatusCheckPotection: [
      'PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks',
      {},
      { renamed: ['repos', 'updateStatusCheckProtection'] },
    ],
    updateStatusCheckProtection: ['PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks'],
    updateWebhook: ['PATCH /repos/{owner}/{repo}/hooks/{hook_id}'],
    updateWebhookConfigForRepo: ['PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config'],
    uploadReleaseAsset: [
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}',
      { baseUrl: 'https://uploads.github.com' },
    ],
  },
  search: {
    code: ['GET /search/code'],
    commits: ['GET /search/commits'],
    issuesAndPullRequests: ['GET /search/issues'],
    labels: ['GET /search/labels'],
    repos: ['GET /search/repositories'],
    topics: ['GET /search/topics'],
    users: ['GET /search/users'],
  },
  secretScanning: {
    createPushProtectionBypass: ['POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses'],
    getAlert: ['GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}'],
    getScanHistory: ['GET /repos/{owner}/{repo}/secret-scanning/scan-history'],
    listAlertsForOrg: ['GET /orgs/{org}/secret-scanning/alerts'],
    listAlertsForRepo: ['GET /repos/{owner}/{repo}/secret-scanning/alerts'],
    listLocationsForAlert: ['GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations'],
    listOrgPatternConfigs: ['GET /orgs/{org}/secret-scanning/pattern-configurations'],
    updateAlert: ['PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}'],
    updateOrgPatternConfigs: ['PATCH /orgs/{org}/secret-scanning/pattern-configurations'],
  },
  securityAdvisories: {
    createFork: ['POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks'],
    createPrivateVulnerabilityReport: ['POST /repos/{owner}/{repo}/security-advisories/reports'],
    createRepositoryAdvisory: ['POST /repos/{owner}/{repo}/security-advisories'],
    createRepositoryAdvisoryCveRequest: ['POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve'],
    getGlobalAdvisory: ['GET /advisories/{ghsa_id}'],
    getRepositoryAdvisory: ['GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}'],
    listGlobalAdvisories: ['GET /advisories'],
    listOrgRepositoryAdvisories: ['GET /orgs/{org}/security-advisories'],
    listRepositoryAdvisories: ['GET /repos/{owner}/{repo}/security-advisories'],
    updateRepositoryAdvisory: ['PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}'],
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: ['PUT /orgs/{org}/teams/{team_slug}/memberships/{username}'],
    addOrUpdateRepoPermissionsInOrg: ['PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}'],
    checkPermissionsForRepoInOrg: ['GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}'],
    create: ['POST /orgs/{org}/teams'],
    createDiscussionCommentInOrg: ['POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments'],
    createDiscussionInOrg: ['POST /orgs/{org}/teams/{team_slug}/discussions'],
    deleteDiscussionCommentInOrg: [
      'DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}',
    ],
    deleteDiscussionInOrg: ['DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}'],
    deleteInOrg: ['DELETE /orgs/{org}/teams/{team_slug}'],
    getByName: ['GET /orgs/{org}/teams/{team_slug}'],
    getDiscussionCommentInOrg: [
      'GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}',
    ],
    getDiscussionInOrg: ['GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}'],
    getMembershipForUserInOrg: ['GET /orgs/{org}/teams/{team_slug}/memberships/{username}'],
    list: ['GET /orgs/{org}/teams'],
    listChildInOrg: ['GET /orgs/{org}/teams/{team_slug}/teams'],
    listDiscussionCommentsInOrg: ['GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments'],
    listDiscussionsInOrg: ['GET /orgs/{org}/teams/{team_slug}/discussions'],
    listForAuthenticatedUser: ['GET /user/teams'],
    listMembersInOrg: ['GET /orgs/{org}/teams/{team_slug}/members'],
    listPendingInvitationsInOrg: ['GET /orgs/{org}/teams/{team_slug}/invitations'],
    listReposInOrg: ['GET /orgs/{org}/teams/{team_slug}/repos'],
    removeMembershipForUserInOrg: ['DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}'],
    removeRepoInOrg: ['DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}'],
    updateDiscussionCommentInOrg: [
      'PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}',
    ],
    updateDiscussionInOrg: ['PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}'],
    updateInOrg: ['PATCH /orgs/{org}/teams/{team_slug}'],
  },
  users: {
    addEmailForAuthenticated: ['POST /user/emails', {}, { renamed: ['users', 'addEmailForAuthenticatedUser'] }],
    addEmailForAuthenticatedUser: ['POST /user/emails'],
    addSocialAccountForAuthenticatedUser: ['POST /user/social_accounts'],
    block: ['PUT /user/blocks/{username}'],
    checkBlocked: ['GET /user/blocks/{username}'],
    checkFollowingForUser: ['GET /users/{username}/following/{target_user}'],
    checkPersonIsFollowedByAuthenticated: ['GET /user/following/{username}'],
    createGpgKeyForAuthenticated: [
      'POST /user/gpg_keys',
      {},
      { renamed: ['users', 'createGpgKeyForAuthenticatedUser'] },
    ],
    createGpgKeyForAuthenticatedUser: ['POST /user/gpg_keys'],
    createPublicSshKeyForAuthenticated: [
      'POST /user/keys',
      {},
      { renamed: ['users', 'createPublicSshKeyForAuthenticatedUser'] },
    ],
    createPublicSshKeyForAuthenticatedUser: ['POST /user/keys'],
    createSshSigningKeyForAuthenticatedUser: ['POST /user/ssh_signing_keys'],
    deleteAttestationsBulk: ['POST /users/{username}/attestations/delete-request'],
    deleteAttestationsById: ['DELETE /users/{username}/attestations/{attestation_id}'],
    deleteAttestationsBySubjectDigest: ['DELETE /users/{username}/attestations/digest/{subject_digest}'],
    deleteEmailForAuthenticated: ['DELETE /user/emails', {}, { renamed: ['users', 'deleteEmailForAuthenticatedUser'] }],
    deleteEmailForAuthenticatedUser: ['DELETE /user/emails'],
    deleteGpgKeyForAuthenticated: [
      'DELETE /user/gpg_keys/{gpg_key_id}',
      {},
      { renamed: ['users', 'deleteGpgKeyForAuthenticatedUser'] },
    ],
    deleteGpgKeyForAuthenticatedUser: ['DELETE /user/gpg_keys/{gpg_key_id}'],
    deletePublicSshKeyForAuthenticated: [
      'DELETE /user/keys/{key_id}',
      {},
      { renamed: ['users', 'deletePublicSshKeyForAuthenticatedUser'] },
    ],
    deletePublicSshKeyForAuthenticatedUser: ['DELETE /user/keys/{key_id}'],
    deleteSocialAccountForAuthenticatedUser: ['DELETE /user/social_accounts'],
    deleteSshSigningKeyForAuthenticatedUser: ['DELETE /user/ssh_signing_keys/{ssh_signing_key_id}'],
    follow: ['PUT /user/following/{username}'],
    getAuthenticated: ['GET /user'],
    getById: ['GET /user/{account_id}'],
    getByUsername: ['GET /users/{username}'],
    getContextForUser: ['GET /users/{username}/hovercard'],
    getGpgKeyForAuthenticated: [
      'GET /user/gpg_keys/{gpg_key_id}',
      {},
      { renamed: ['users', 'getGpgKeyForAuthenticatedUser'] },
    ],
    getGpgKeyForAuthenticatedUser: ['GET /user/gpg_keys/{gpg_key_id}'],
    getPublicSshKeyForAuthenticated: [
      'GET /user/keys/{key_id}',
      {},
      { renamed: ['users', 'getPublicSshKeyForAuthenticatedUser'] },
    ],
    getPublicSshKeyForAuthenticatedUser: ['GET /user/keys/{key_id}'],
    getSshSigningKeyForAuthenticatedUser: ['GET /user/ssh_signing_keys/{ssh_signing_key_id}'],
    list: ['GET /users'],
    listAttestations: ['GET /users/{username}/attestations/{subject_digest}'],
    listAttestationsBulk: ['POST /users/{username}/attestations/bulk-list{?per_page,before,after}'],
    listBlockedByAuthenticated: ['GET /user/blocks', {}, { renamed: ['users', 'listBlockedByAuthenticatedUser'] }],
    listBlockedByAuthenticatedUser: ['GET /user/blocks'],
    listEmailsForAuthenticated: ['GET /user/emails', {}, { renamed: ['users', 'listEmailsForAuthenticatedUser'] }],
    listEmailsForAuthenticatedUser: ['GET /user/emails'],
    listFollowedByAuthenticated: ['GET /user/following', {}, { renamed: ['users', 'listFollowedByAuthenticatedUser'] }],
    listFollowedByAuthenticatedUser: ['GET /user/following'],
    listFollowersForAuthenticatedUser: ['GET /user/followers'],
    listFollowersForUser: ['GET /users/{username}/followers'],
    listFollowingForUser: ['GET /users/{username}/following'],
    listGpgKeysForAuthenticated: ['GET /user/gpg_keys', {}, { renamed: ['users', 'listGpgKeysForAuthenticatedUser'] }],
    listGpgKeysForAuthenticatedUser: ['GET /user/gpg_keys'],
    listGpgKeysForUser: ['GET /users/{username}/gpg_keys'],
    listPublicEmailsForAuthenticated: [
      'GET /user/public_emails',
      {},
      { renamed: ['users', 'listPublicEmailsForAuthenticatedUser'] },
    ],
    listPublicEmailsForAuthenticatedUser: ['GET /user/public_emails'],
    listPublicKeysForUser: ['GET /users/{username}/keys'],
    listPublicSshKeysForAuthenticated: [
      'GET /user/keys',
      {},
      { renamed: ['users', 'listPublicSshKeysForAuthenticatedUser'] },
    ],
    listPublicSshKeysForAuthenticatedUser: ['GET /user/keys'],
    listSocialAccountsForAuthenticatedUser: ['GET /user/social_accounts'],
    listSocialAccountsForUser: ['GET /users/{username}/social_accounts'],
    listSshSigningKeysForAuthenticatedUser: ['GET /user/ssh_signing_keys'],
    listSshSigningKeysForUser: ['GET /users/{username}/ssh_signing_keys'],
    setPrimaryEmailVisibilityForAuthenticated: [
      'PATCH /user/email/visibility',
      {},
      { renamed: ['users', 'setPrimaryEmailVisibilityForAuthenticatedUser'] },
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: ['PATCH /user/email/visibility'],
    unblock: ['DELETE /user/blocks/{username}'],
    unfollow: ['DELETE /user/following/{username}'],
    updateAuthenticated: ['PATCH /user'],
  },
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url,
      },
      defaults,
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations,
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true,
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return (target.cache[methodName] = value);
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(octokit, scope, methodName, endpointDefaults, decorations);
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  },
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0,
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(`octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`);
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(decorations.renamedParameters)) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`,
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api,
  };
}
restEndpointMethods.VERSION = VERSION13;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api,
  };
}
legacyRestEndpointMethods.VERSION = VERSION13;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION14 = '22.0.1';

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults({
  userAgent: `octokit-rest.js/${VERSION14}`,
});

// packages/source-github/src/client/rate-limit-policy.ts
var RateLimitPolicy = class {
  constructor(maxTotalWaitMs, logger, msPerSecond = 1e3) {
    this.maxTotalWaitMs = maxTotalWaitMs;
    this.logger = logger;
    this.msPerSecond = msPerSecond;
  }
  maxTotalWaitMs;
  logger;
  msPerSecond;
  waitedMs = 0;
  /** Total time spent waiting so far (ms). */
  get totalWaitMs() {
    return this.waitedMs;
  }
  /** The throttling plugin's handler: true to wait `retryAfterSeconds` and retry. */
  onLimit(kind, retryAfterSeconds, route) {
    const waitMs = Math.max(0, retryAfterSeconds) * this.msPerSecond;
    if (this.waitedMs + waitMs > this.maxTotalWaitMs) {
      this.logger.warn(
        `GitHub ${kind} rate limit on ${route}: waiting ${retryAfterSeconds}s more would exceed the ${Math.round(
          this.maxTotalWaitMs / 6e4,
        )} minutes allowed; giving up`,
      );
      return false;
    }
    this.waitedMs += waitMs;
    this.logger.warn(`GitHub ${kind} rate limit on ${route}: waiting ${retryAfterSeconds}s`);
    currentStreamActivity()?.rateLimited(Date.now() + waitMs);
    return true;
  }
};

// packages/source-github/src/client/github-client.ts
var PluggedOctokit = Octokit2.plugin(throttling, retry);
function apiUrlOf(config) {
  return (config.api_url ?? 'https://api.github.com').replace(/\/+$/, '');
}
var passThroughGroup = {
  key: () => ({
    schedule: (_options, task, ...args) => task(...args),
  }),
};
function createGithubClient(config, logger, options = {}) {
  const policy = new RateLimitPolicy(
    (config.max_rate_limit_wait_minutes ?? 65) * 6e4,
    logger,
    options.rateLimitMsPerSecond ?? 1e3,
  );
  const credentials = config.credentials;
  const auth6 =
    credentials.option_title === 'GitHub App Credentials'
      ? {
          authStrategy: createAppAuth,
          auth: {
            appId: credentials.app_id,
            privateKey: credentials.private_key,
            installationId: credentials.installation_id,
          },
        }
      : { auth: credentials.personal_access_token };
  const octokit = new PluggedOctokit({
    ...auth6,
    baseUrl: apiUrlOf(config),
    userAgent: 'faros-ce-source-github',
    log: { debug: () => {}, info: () => {}, warn: (m) => logger.warn(m), error: (m) => logger.warn(m) },
    request: { headers: { 'x-github-api-version': '2022-11-28' } },
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451], retryAfterBaseValue: options.retryBaseMs ?? 1e3 },
    throttle: {
      id: randomUUID(),
      retryAfterBaseValue: options.rateLimitMsPerSecond ?? 1e3,
      write: passThroughGroup,
      onRateLimit: (retryAfter, request2) =>
        policy.onLimit('primary', retryAfter, `${request2.method} ${request2.url}`),
      onSecondaryRateLimit: (retryAfter, request2) =>
        policy.onLimit('secondary', retryAfter, `${request2.method} ${request2.url}`),
    },
  });
  octokit.hook.before('request', () => {
    currentStreamActivity()?.apiCall();
  });
  return octokit;
}

// packages/source-github/src/client/request-status.ts
function statusOf(error) {
  if (error === null || typeof error !== 'object') return void 0;
  const status = error.status;
  return typeof status === 'number' ? status : void 0;
}
function graphqlTypes(error) {
  if (error === null || typeof error !== 'object') return [];
  const errors = error.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((e) => (e !== null && typeof e === 'object' ? String(e.type) : ''));
}
function isMissing(error) {
  const status = statusOf(error);
  return status === 404 || status === 409 || status === 410 || graphqlTypes(error).includes('NOT_FOUND');
}
function isForbidden(error) {
  return statusOf(error) === 403 || graphqlTypes(error).includes('FORBIDDEN');
}

// packages/source-github/src/streams/ascending-read.ts
async function* ascendingSince(listing, since, maxBuffered = 5e3) {
  if (since !== void 0) {
    const from2 = Date.parse(since);
    const buffered = [];
    let reachedOlder = false;
    for await (const page of listing.descending()) {
      for (const item of page) {
        if (Date.parse(listing.cursorOf(item)) < from2) {
          reachedOlder = true;
          break;
        }
        buffered.push(item);
      }
      if (reachedOlder || buffered.length > maxBuffered) break;
    }
    if (buffered.length <= maxBuffered) {
      for (let i = buffered.length - 1; i >= 0; i--) yield buffered[i];
      return;
    }
  }
  const from = since === void 0 ? void 0 : Date.parse(since);
  for await (const page of listing.ascending()) {
    for (const item of page) if (from === void 0 || Date.parse(listing.cursorOf(item)) >= from) yield item;
  }
}

// packages/source-github/src/streams/github-context.ts
function pageSizeOf(config) {
  return config.page_size ?? 100;
}
function lowerBound(bookmark, config) {
  const saved = typeof bookmark === 'string' && bookmark !== '' ? bookmark : void 0;
  const start = config.start_date;
  if (saved === void 0) return start;
  if (start === void 0) return saved;
  return Date.parse(saved) >= Date.parse(start) ? saved : start;
}

// packages/source-github/src/schemas/assignees.json
var assignees_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    login: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    avatar_url: {
      type: ['null', 'string'],
    },
    gravatar_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    followers_url: {
      type: ['null', 'string'],
    },
    following_url: {
      type: ['null', 'string'],
    },
    gists_url: {
      type: ['null', 'string'],
    },
    starred_url: {
      type: ['null', 'string'],
    },
    subscriptions_url: {
      type: ['null', 'string'],
    },
    organizations_url: {
      type: ['null', 'string'],
    },
    repos_url: {
      type: ['null', 'string'],
    },
    events_url: {
      type: ['null', 'string'],
    },
    received_events_url: {
      type: ['null', 'string'],
    },
    type: {
      type: ['null', 'string'],
    },
    site_admin: {
      type: ['null', 'boolean'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/branches.json
var branches_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    name: {
      type: ['null', 'string'],
    },
    commit: {
      type: ['null', 'object'],
      properties: {
        sha: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
      },
    },
    protected: {
      type: ['null', 'boolean'],
    },
    protection: {
      type: ['null', 'object'],
      properties: {
        enabled: {
          type: ['null', 'boolean'],
        },
        required_status_checks: {
          type: ['null', 'object'],
          properties: {
            enforcement_level: {
              type: ['null', 'string'],
            },
            contexts: {
              type: ['null', 'array'],
              items: {
                type: ['null', 'string'],
              },
            },
            checks: {
              type: ['null', 'array'],
              items: {
                type: 'object',
                properties: {
                  context: {
                    type: ['null', 'string'],
                  },
                  app_id: {
                    type: ['null', 'integer'],
                  },
                },
              },
            },
          },
        },
      },
    },
    protection_url: {
      type: ['null', 'string'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/collaborators.json
var collaborators_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    login: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    avatar_url: {
      type: ['null', 'string'],
    },
    gravatar_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    followers_url: {
      type: ['null', 'string'],
    },
    following_url: {
      type: ['null', 'string'],
    },
    gists_url: {
      type: ['null', 'string'],
    },
    starred_url: {
      type: ['null', 'string'],
    },
    subscriptions_url: {
      type: ['null', 'string'],
    },
    organizations_url: {
      type: ['null', 'string'],
    },
    repos_url: {
      type: ['null', 'string'],
    },
    events_url: {
      type: ['null', 'string'],
    },
    received_events_url: {
      type: ['null', 'string'],
    },
    type: {
      type: ['null', 'string'],
    },
    site_admin: {
      type: ['null', 'boolean'],
    },
    role_name: {
      type: ['null', 'string'],
    },
    permissions: {
      type: ['null', 'object'],
      properties: {
        admin: {
          type: ['null', 'boolean'],
        },
        maintain: {
          type: ['null', 'boolean'],
        },
        push: {
          type: ['null', 'boolean'],
        },
        pull: {
          type: ['null', 'boolean'],
        },
        triage: {
          type: ['null', 'boolean'],
        },
      },
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/comments.json
var comments_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    user: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    body: {
      type: ['null', 'string'],
    },
    user_id: {
      type: ['null', 'integer'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    issue_url: {
      type: ['null', 'string'],
    },
    author_association: {
      type: ['null', 'string'],
    },
    reactions: {
      type: ['null', 'object'],
      properties: {
        url: {
          type: ['null', 'string'],
        },
        total_count: {
          type: ['null', 'integer'],
        },
        plus_one: {
          type: ['null', 'integer'],
        },
        minus_one: {
          type: ['null', 'integer'],
        },
        laugh: {
          type: ['null', 'integer'],
        },
        hooray: {
          type: ['null', 'integer'],
        },
        confused: {
          type: ['null', 'integer'],
        },
        heart: {
          type: ['null', 'integer'],
        },
        rocket: {
          type: ['null', 'integer'],
        },
        eyes: {
          type: ['null', 'integer'],
        },
      },
    },
    performed_via_github_app: {
      type: ['null', 'object'],
      properties: {
        id: {
          type: ['null', 'integer'],
        },
        slug: {
          type: ['null', 'string'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        owner: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
        name: {
          type: ['null', 'string'],
        },
        description: {
          type: ['null', 'string'],
        },
        external_url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        updated_at: {
          type: 'string',
          format: 'date-time',
        },
        permissions: {
          type: 'object',
          properties: {
            issues: {
              type: ['null', 'string'],
            },
            metadata: {
              type: ['null', 'string'],
            },
            pull_requests: {
              type: ['null', 'string'],
            },
          },
        },
        events: {
          type: 'array',
          items: {
            type: ['null', 'string'],
          },
        },
      },
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/commits.json
var commits_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    branch: {
      type: ['null', 'string'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    url: {
      type: ['null', 'string'],
    },
    sha: {
      type: ['null', 'string'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    comments_url: {
      type: ['null', 'string'],
    },
    commit: {
      type: ['null', 'object'],
      properties: {
        author: {
          type: ['null', 'object'],
          properties: {
            name: {
              type: ['null', 'string'],
            },
            email: {
              type: ['null', 'string'],
            },
            date: {
              type: 'string',
              format: 'date-time',
            },
          },
        },
        committer: {
          type: ['null', 'object'],
          properties: {
            name: {
              type: ['null', 'string'],
            },
            email: {
              type: ['null', 'string'],
            },
            date: {
              type: 'string',
              format: 'date-time',
            },
          },
        },
        message: {
          type: ['null', 'string'],
        },
        tree: {
          type: ['null', 'object'],
          properties: {
            sha: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
          },
        },
        url: {
          type: ['null', 'string'],
        },
        comment_count: {
          type: ['null', 'integer'],
        },
        verification: {
          type: ['null', 'object'],
          properties: {
            verified: {
              type: ['null', 'boolean'],
            },
            reason: {
              type: ['null', 'string'],
            },
            signature: {
              type: ['null', 'string'],
            },
            payload: {
              type: ['null', 'string'],
            },
          },
        },
      },
    },
    author: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    committer: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    parents: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          sha: {
            type: ['null', 'string'],
          },
          url: {
            type: ['null', 'string'],
          },
          html_url: {
            type: ['null', 'string'],
          },
        },
      },
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/deployments.json
var deployments_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    url: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    task: {
      type: ['null', 'string'],
    },
    original_environment: {
      type: ['null', 'string'],
    },
    environment: {
      type: ['null', 'string'],
    },
    description: {
      type: ['null', 'string'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    statuses_url: {
      type: ['null', 'string'],
    },
    repository_url: {
      type: ['null', 'string'],
    },
    creator: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    sha: {
      type: ['null', 'string'],
    },
    ref: {
      type: ['null', 'string'],
    },
    payload: {
      oneOf: [
        {
          type: 'object',
          properties: {},
          additionalProperties: true,
        },
        {
          type: 'string',
        },
        {
          type: 'null',
        },
      ],
    },
    transient_environment: {
      type: ['null', 'boolean'],
    },
    production_environment: {
      type: ['null', 'boolean'],
    },
    performed_via_github_app: {
      type: ['null', 'string'],
    },
    repository: {
      type: 'string',
    },
    statuses: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          id: {
            type: ['null', 'integer'],
          },
          node_id: {
            type: ['null', 'string'],
          },
          state: {
            type: ['null', 'string'],
          },
          description: {
            type: ['null', 'string'],
          },
          environment: {
            type: ['null', 'string'],
          },
          target_url: {
            type: ['null', 'string'],
          },
          log_url: {
            type: ['null', 'string'],
          },
          environment_url: {
            type: ['null', 'string'],
          },
          created_at: {
            type: ['null', 'string'],
            format: 'date-time',
          },
          updated_at: {
            type: ['null', 'string'],
            format: 'date-time',
          },
          creator: {
            type: ['null', 'object'],
            properties: {
              login: {
                type: ['null', 'string'],
              },
              id: {
                type: ['null', 'integer'],
              },
            },
          },
        },
      },
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/issue_labels.json
var issue_labels_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    name: {
      type: ['null', 'string'],
    },
    description: {
      type: ['null', 'string'],
    },
    color: {
      type: ['null', 'string'],
    },
    default: {
      type: ['null', 'boolean'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/issue_milestones.json
var issue_milestones_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    labels_url: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    number: {
      type: ['null', 'integer'],
    },
    state: {
      type: ['null', 'string'],
    },
    title: {
      type: ['null', 'string'],
    },
    description: {
      type: ['null', 'string'],
    },
    creator: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    open_issues: {
      type: ['null', 'integer'],
    },
    closed_issues: {
      type: ['null', 'integer'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    closed_at: {
      type: ['null', 'string'],
      format: 'date-time',
    },
    due_on: {
      type: ['null', 'string'],
      format: 'date-time',
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/issues.json
var issues_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    repository_url: {
      type: ['null', 'string'],
    },
    labels_url: {
      type: ['null', 'string'],
    },
    comments_url: {
      type: ['null', 'string'],
    },
    events_url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    number: {
      type: ['null', 'integer'],
    },
    state: {
      type: ['null', 'string'],
    },
    title: {
      type: ['null', 'string'],
    },
    user: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    body: {
      type: ['null', 'string'],
    },
    user_id: {
      type: ['null', 'integer'],
    },
    labels: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          id: {
            type: ['null', 'integer'],
          },
          node_id: {
            type: ['null', 'string'],
          },
          url: {
            type: ['null', 'string'],
          },
          name: {
            type: ['null', 'string'],
          },
          description: {
            type: ['null', 'string'],
          },
          color: {
            type: ['null', 'string'],
          },
          default: {
            type: ['null', 'boolean'],
          },
        },
      },
    },
    assignee: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    assignees: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          login: {
            type: ['null', 'string'],
          },
          id: {
            type: ['null', 'integer'],
          },
          node_id: {
            type: ['null', 'string'],
          },
          avatar_url: {
            type: ['null', 'string'],
          },
          gravatar_id: {
            type: ['null', 'string'],
          },
          url: {
            type: ['null', 'string'],
          },
          html_url: {
            type: ['null', 'string'],
          },
          followers_url: {
            type: ['null', 'string'],
          },
          following_url: {
            type: ['null', 'string'],
          },
          gists_url: {
            type: ['null', 'string'],
          },
          starred_url: {
            type: ['null', 'string'],
          },
          subscriptions_url: {
            type: ['null', 'string'],
          },
          organizations_url: {
            type: ['null', 'string'],
          },
          repos_url: {
            type: ['null', 'string'],
          },
          events_url: {
            type: ['null', 'string'],
          },
          received_events_url: {
            type: ['null', 'string'],
          },
          type: {
            type: ['null', 'string'],
          },
          site_admin: {
            type: ['null', 'boolean'],
          },
        },
      },
    },
    milestone: {
      type: ['null', 'object'],
      properties: {
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        labels_url: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        number: {
          type: ['null', 'integer'],
        },
        state: {
          type: ['null', 'string'],
        },
        title: {
          type: ['null', 'string'],
        },
        description: {
          type: ['null', 'string'],
        },
        creator: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
        open_issues: {
          type: ['null', 'integer'],
        },
        closed_issues: {
          type: ['null', 'integer'],
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        updated_at: {
          type: 'string',
          format: 'date-time',
        },
        closed_at: {
          type: ['null', 'string'],
          format: 'date-time',
        },
        due_on: {
          type: ['null', 'string'],
          format: 'date-time',
        },
      },
    },
    locked: {
      type: ['null', 'boolean'],
    },
    active_lock_reason: {
      type: ['null', 'string'],
    },
    comments: {
      type: ['null', 'integer'],
    },
    pull_request: {
      type: ['null', 'object'],
      properties: {
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        diff_url: {
          type: ['null', 'string'],
        },
        patch_url: {
          type: ['null', 'string'],
        },
        merged_at: {
          type: ['null', 'string'],
          format: 'date-time',
        },
      },
    },
    closed_at: {
      type: ['null', 'string'],
      format: 'date-time',
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    author_association: {
      type: ['null', 'string'],
    },
    draft: {
      type: ['null', 'boolean'],
    },
    reactions: {
      type: ['null', 'object'],
      properties: {
        url: {
          type: ['null', 'string'],
        },
        total_count: {
          type: ['null', 'integer'],
        },
        plus_one: {
          type: ['null', 'integer'],
        },
        minus_one: {
          type: ['null', 'integer'],
        },
        laugh: {
          type: ['null', 'integer'],
        },
        hooray: {
          type: ['null', 'integer'],
        },
        confused: {
          type: ['null', 'integer'],
        },
        heart: {
          type: ['null', 'integer'],
        },
        rocket: {
          type: ['null', 'integer'],
        },
        eyes: {
          type: ['null', 'integer'],
        },
      },
    },
    timeline_url: {
      type: ['null', 'string'],
    },
    performed_via_github_app: {
      type: ['null', 'object'],
      properties: {
        id: {
          type: ['null', 'integer'],
        },
        slug: {
          type: ['null', 'string'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        owner: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
        name: {
          type: ['null', 'string'],
        },
        description: {
          type: ['null', 'string'],
        },
        external_url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        updated_at: {
          type: 'string',
          format: 'date-time',
        },
        permissions: {
          type: ['null', 'object'],
          properties: {
            issues: {
              type: ['null', 'string'],
            },
            metadata: {
              type: ['null', 'string'],
            },
            pull_requests: {
              type: ['null', 'string'],
            },
            actions: {
              type: ['null', 'string'],
            },
            checks: {
              type: ['null', 'string'],
            },
            contents: {
              type: ['null', 'string'],
            },
            deployments: {
              type: ['null', 'string'],
            },
            discussions: {
              type: ['null', 'string'],
            },
            repository_projects: {
              type: ['null', 'string'],
            },
            statuses: {
              type: ['null', 'string'],
            },
          },
        },
        events: {
          type: 'array',
          items: {
            type: ['null', 'string'],
          },
        },
      },
    },
    state_reason: {
      type: ['null', 'string'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/organizations.json
var organizations_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    login: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    repos_url: {
      type: ['null', 'string'],
    },
    events_url: {
      type: ['null', 'string'],
    },
    hooks_url: {
      type: ['null', 'string'],
    },
    issues_url: {
      type: ['null', 'string'],
    },
    members_url: {
      type: ['null', 'string'],
    },
    public_members_url: {
      type: ['null', 'string'],
    },
    avatar_url: {
      type: ['null', 'string'],
    },
    description: {
      type: ['null', 'string'],
    },
    name: {
      type: ['null', 'string'],
    },
    company: {
      type: ['null', 'string'],
    },
    blog: {
      type: ['null', 'string'],
    },
    location: {
      type: ['null', 'string'],
    },
    email: {
      type: ['null', 'string'],
    },
    twitter_username: {
      type: ['null', 'string'],
    },
    is_verified: {
      type: ['null', 'boolean'],
    },
    has_organization_projects: {
      type: ['null', 'boolean'],
    },
    has_repository_projects: {
      type: ['null', 'boolean'],
    },
    public_repos: {
      type: ['null', 'integer'],
    },
    public_gists: {
      type: ['null', 'integer'],
    },
    followers: {
      type: ['null', 'integer'],
    },
    following: {
      type: ['null', 'integer'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    archived_at: {
      type: ['null', 'string'],
      format: 'date-time',
    },
    type: {
      type: ['null', 'string'],
    },
    total_private_repos: {
      type: ['null', 'integer'],
    },
    owned_private_repos: {
      type: ['null', 'integer'],
    },
    private_gists: {
      type: ['null', 'integer'],
    },
    disk_usage: {
      type: ['null', 'integer'],
    },
    collaborators: {
      type: ['null', 'integer'],
    },
    billing_email: {
      type: ['null', 'string'],
    },
    default_repository_permission: {
      type: ['null', 'string'],
    },
    members_can_create_repositories: {
      type: ['null', 'boolean'],
    },
    two_factor_requirement_enabled: {
      type: ['null', 'boolean'],
    },
    members_allowed_repository_creation_type: {
      type: ['null', 'string'],
    },
    members_can_create_public_repositories: {
      type: ['null', 'boolean'],
    },
    members_can_create_private_repositories: {
      type: ['null', 'boolean'],
    },
    members_can_create_internal_repositories: {
      type: ['null', 'boolean'],
    },
    members_can_create_pages: {
      type: ['null', 'boolean'],
    },
    members_can_fork_private_repositories: {
      type: ['null', 'boolean'],
    },
    web_commit_signoff_required: {
      type: ['null', 'boolean'],
    },
    members_can_create_public_pages: {
      type: ['null', 'boolean'],
    },
    members_can_create_private_pages: {
      type: ['null', 'boolean'],
    },
    plan: {
      type: ['null', 'object'],
      properties: {
        name: {
          type: ['null', 'string'],
        },
        space: {
          type: ['null', 'integer'],
        },
        private_repos: {
          type: ['null', 'integer'],
        },
        filled_seats: {
          type: ['null', 'integer'],
        },
        seats: {
          type: ['null', 'integer'],
        },
      },
    },
    advanced_security_enabled_for_new_repositories: {
      type: ['null', 'boolean'],
    },
    dependabot_alerts_enabled_for_new_repositories: {
      type: ['null', 'boolean'],
    },
    dependabot_security_updates_enabled_for_new_repositories: {
      type: ['null', 'boolean'],
    },
    dependency_graph_enabled_for_new_repositories: {
      type: ['null', 'boolean'],
    },
    secret_scanning_enabled_for_new_repositories: {
      type: ['null', 'boolean'],
    },
    secret_scanning_push_protection_enabled_for_new_repositories: {
      type: ['null', 'boolean'],
    },
    secret_scanning_push_protection_custom_link_enabled: {
      type: ['null', 'boolean'],
    },
    secret_scanning_push_protection_custom_link: {
      type: ['null', 'string'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/pull_request_commits.json
var pull_request_commits_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    sha: {
      type: ['null', 'string'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    commit: {
      type: 'object',
      properties: {
        author: {
          type: 'object',
          properties: {
            name: {
              type: ['null', 'string'],
            },
            email: {
              type: ['null', 'string'],
            },
            date: {
              type: 'string',
              format: 'date-time',
            },
          },
        },
        committer: {
          type: 'object',
          properties: {
            name: {
              type: ['null', 'string'],
            },
            email: {
              type: ['null', 'string'],
            },
            date: {
              type: 'string',
              format: 'date-time',
            },
          },
        },
        message: {
          type: ['null', 'string'],
        },
        tree: {
          type: 'object',
          properties: {
            sha: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
          },
        },
        url: {
          type: ['null', 'string'],
        },
        comment_count: {
          type: ['null', 'integer'],
        },
        verification: {
          type: 'object',
          properties: {
            verified: {
              type: ['null', 'boolean'],
            },
            reason: {
              type: ['null', 'string'],
            },
            signature: {
              type: ['null', 'string'],
            },
            payload: {
              type: ['null', 'string'],
            },
          },
        },
      },
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    comments_url: {
      type: ['null', 'string'],
    },
    author: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    committer: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    parents: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          sha: {
            type: ['null', 'string'],
          },
          url: {
            type: ['null', 'string'],
          },
          html_url: {
            type: ['null', 'string'],
          },
        },
      },
    },
    repository: {
      type: 'string',
    },
    pull_number: {
      type: 'integer',
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/pull_request_stats.json
var pull_request_stats_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    number: {
      type: ['null', 'integer'],
    },
    merged: {
      type: ['null', 'boolean'],
    },
    mergeable: {
      type: ['null', 'string'],
    },
    can_be_rebased: {
      type: ['null', 'boolean'],
    },
    merge_state_status: {
      type: ['null', 'string'],
    },
    merged_by: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    comments: {
      type: ['null', 'integer'],
    },
    review_comments: {
      type: ['null', 'integer'],
    },
    maintainer_can_modify: {
      type: ['null', 'boolean'],
    },
    commits: {
      type: ['null', 'integer'],
    },
    additions: {
      type: ['null', 'integer'],
    },
    deletions: {
      type: ['null', 'integer'],
    },
    changed_files: {
      type: ['null', 'integer'],
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/pull_requests.json
var pull_requests_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    url: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    diff_url: {
      type: ['null', 'string'],
    },
    patch_url: {
      type: ['null', 'string'],
    },
    issue_url: {
      type: ['null', 'string'],
    },
    commits_url: {
      type: ['null', 'string'],
    },
    review_comments_url: {
      type: ['null', 'string'],
    },
    review_comment_url: {
      type: ['null', 'string'],
    },
    comments_url: {
      type: ['null', 'string'],
    },
    statuses_url: {
      type: ['null', 'string'],
    },
    number: {
      type: ['null', 'integer'],
    },
    state: {
      type: ['null', 'string'],
    },
    locked: {
      type: ['null', 'boolean'],
    },
    title: {
      type: ['null', 'string'],
    },
    user: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    body: {
      type: ['null', 'string'],
    },
    labels: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          id: {
            type: ['null', 'integer'],
          },
          node_id: {
            type: ['null', 'string'],
          },
          url: {
            type: ['null', 'string'],
          },
          name: {
            type: ['null', 'string'],
          },
          description: {
            type: ['null', 'string'],
          },
          color: {
            type: ['null', 'string'],
          },
          default: {
            type: ['null', 'boolean'],
          },
        },
      },
    },
    milestone: {
      type: ['null', 'object'],
      properties: {
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        labels_url: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        number: {
          type: ['null', 'integer'],
        },
        state: {
          type: ['null', 'string'],
        },
        title: {
          type: ['null', 'string'],
        },
        description: {
          type: ['null', 'string'],
        },
        creator: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
        open_issues: {
          type: ['null', 'integer'],
        },
        closed_issues: {
          type: ['null', 'integer'],
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        updated_at: {
          type: 'string',
          format: 'date-time',
        },
        closed_at: {
          type: ['null', 'string'],
          format: 'date-time',
        },
        due_on: {
          type: ['null', 'string'],
          format: 'date-time',
        },
      },
    },
    active_lock_reason: {
      type: ['null', 'string'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    closed_at: {
      type: ['null', 'string'],
      format: 'date-time',
    },
    merged_at: {
      type: ['null', 'string'],
      format: 'date-time',
    },
    merge_commit_sha: {
      type: ['null', 'string'],
    },
    assignee: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    assignees: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          login: {
            type: ['null', 'string'],
          },
          id: {
            type: ['null', 'integer'],
          },
          node_id: {
            type: ['null', 'string'],
          },
          avatar_url: {
            type: ['null', 'string'],
          },
          gravatar_id: {
            type: ['null', 'string'],
          },
          url: {
            type: ['null', 'string'],
          },
          html_url: {
            type: ['null', 'string'],
          },
          followers_url: {
            type: ['null', 'string'],
          },
          following_url: {
            type: ['null', 'string'],
          },
          gists_url: {
            type: ['null', 'string'],
          },
          starred_url: {
            type: ['null', 'string'],
          },
          subscriptions_url: {
            type: ['null', 'string'],
          },
          organizations_url: {
            type: ['null', 'string'],
          },
          repos_url: {
            type: ['null', 'string'],
          },
          events_url: {
            type: ['null', 'string'],
          },
          received_events_url: {
            type: ['null', 'string'],
          },
          type: {
            type: ['null', 'string'],
          },
          site_admin: {
            type: ['null', 'boolean'],
          },
        },
      },
    },
    requested_reviewers: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          login: {
            type: ['null', 'string'],
          },
          id: {
            type: ['null', 'integer'],
          },
          node_id: {
            type: ['null', 'string'],
          },
          avatar_url: {
            type: ['null', 'string'],
          },
          gravatar_id: {
            type: ['null', 'string'],
          },
          url: {
            type: ['null', 'string'],
          },
          html_url: {
            type: ['null', 'string'],
          },
          followers_url: {
            type: ['null', 'string'],
          },
          following_url: {
            type: ['null', 'string'],
          },
          gists_url: {
            type: ['null', 'string'],
          },
          starred_url: {
            type: ['null', 'string'],
          },
          subscriptions_url: {
            type: ['null', 'string'],
          },
          organizations_url: {
            type: ['null', 'string'],
          },
          repos_url: {
            type: ['null', 'string'],
          },
          events_url: {
            type: ['null', 'string'],
          },
          received_events_url: {
            type: ['null', 'string'],
          },
          type: {
            type: ['null', 'string'],
          },
          site_admin: {
            type: ['null', 'boolean'],
          },
        },
      },
    },
    requested_teams: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          id: {
            type: ['null', 'integer'],
          },
          node_id: {
            type: ['null', 'string'],
          },
          url: {
            type: ['null', 'string'],
          },
          html_url: {
            type: ['null', 'string'],
          },
          name: {
            type: ['null', 'string'],
          },
          slug: {
            type: ['null', 'string'],
          },
          description: {
            type: ['null', 'string'],
          },
          privacy: {
            type: ['null', 'string'],
          },
          permission: {
            type: ['null', 'string'],
          },
          members_url: {
            type: ['null', 'string'],
          },
          repositories_url: {
            type: ['null', 'string'],
          },
          parent: {
            type: ['null', 'object'],
            properties: {},
          },
        },
      },
    },
    head: {
      type: ['null', 'object'],
      properties: {
        label: {
          type: ['null', 'string'],
        },
        ref: {
          type: ['null', 'string'],
        },
        sha: {
          type: ['null', 'string'],
        },
        user_id: {
          type: ['null', 'integer'],
        },
        repo_id: {
          type: ['null', 'integer'],
        },
        user: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
      },
    },
    base: {
      type: ['null', 'object'],
      properties: {
        label: {
          type: ['null', 'string'],
        },
        ref: {
          type: ['null', 'string'],
        },
        sha: {
          type: ['null', 'string'],
        },
        user_id: {
          type: ['null', 'integer'],
        },
        repo_id: {
          type: ['null', 'integer'],
        },
        repo: {
          type: ['null', 'object'],
        },
        user: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
      },
    },
    _links: {
      type: ['null', 'object'],
      properties: {
        self: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        html: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        issue: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        comments: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        review_comments: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        review_comment: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        commits: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        statuses: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
      },
    },
    author_association: {
      type: ['null', 'string'],
    },
    auto_merge: {
      type: ['null', 'object'],
      properties: {
        enabled_by: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
        commit_title: {
          type: ['null', 'string'],
        },
        merge_method: {
          type: ['null', 'string'],
        },
        commit_message: {
          type: ['null', 'string'],
        },
      },
    },
    draft: {
      type: ['null', 'boolean'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/releases.json
var releases_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    assets_url: {
      type: ['null', 'string'],
    },
    upload_url: {
      type: ['null', 'string'],
    },
    tarball_url: {
      type: ['null', 'string'],
    },
    zipball_url: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    tag_name: {
      type: ['null', 'string'],
    },
    target_commitish: {
      type: ['null', 'string'],
    },
    name: {
      type: ['null', 'string'],
    },
    body: {
      type: ['null', 'string'],
    },
    draft: {
      type: ['null', 'boolean'],
    },
    prerelease: {
      type: ['null', 'boolean'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    published_at: {
      type: ['null', 'string'],
      format: 'date-time',
    },
    updated_at: {
      type: ['null', 'string'],
      format: 'date-time',
    },
    author: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    assets: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          url: {
            type: ['null', 'string'],
          },
          browser_download_url: {
            type: ['null', 'string'],
          },
          id: {
            type: ['null', 'integer'],
          },
          node_id: {
            type: ['null', 'string'],
          },
          name: {
            type: ['null', 'string'],
          },
          content_type: {
            type: ['null', 'string'],
          },
          size: {
            type: ['null', 'integer'],
          },
          download_count: {
            type: ['null', 'integer'],
          },
          created_at: {
            type: 'string',
            format: 'date-time',
          },
          updated_at: {
            type: 'string',
            format: 'date-time',
          },
          uploader_id: {
            type: ['null', 'integer'],
          },
        },
      },
    },
    body_html: {
      type: ['null', 'string'],
    },
    mentions_count: {
      type: ['null', 'integer'],
    },
    reactions: {
      type: ['null', 'object'],
      properties: {
        url: {
          type: ['null', 'string'],
        },
        total_count: {
          type: ['null', 'integer'],
        },
        plus_one: {
          type: ['null', 'integer'],
        },
        minus_one: {
          type: ['null', 'integer'],
        },
        laugh: {
          type: ['null', 'integer'],
        },
        hooray: {
          type: ['null', 'integer'],
        },
        confused: {
          type: ['null', 'integer'],
        },
        heart: {
          type: ['null', 'integer'],
        },
        rocket: {
          type: ['null', 'integer'],
        },
        eyes: {
          type: ['null', 'integer'],
        },
      },
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/repositories.json
var repositories_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    name: {
      type: ['null', 'string'],
    },
    full_name: {
      type: ['null', 'string'],
    },
    owner: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    private: {
      type: ['null', 'boolean'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    description: {
      type: ['null', 'string'],
    },
    fork: {
      type: ['null', 'boolean'],
    },
    url: {
      type: ['null', 'string'],
    },
    archive_url: {
      type: ['null', 'string'],
    },
    assignees_url: {
      type: ['null', 'string'],
    },
    blobs_url: {
      type: ['null', 'string'],
    },
    branches_url: {
      type: ['null', 'string'],
    },
    collaborators_url: {
      type: ['null', 'string'],
    },
    comments_url: {
      type: ['null', 'string'],
    },
    commits_url: {
      type: ['null', 'string'],
    },
    compare_url: {
      type: ['null', 'string'],
    },
    contents_url: {
      type: ['null', 'string'],
    },
    contributors_url: {
      type: ['null', 'string'],
    },
    deployments_url: {
      type: ['null', 'string'],
    },
    downloads_url: {
      type: ['null', 'string'],
    },
    events_url: {
      type: ['null', 'string'],
    },
    forks_url: {
      type: ['null', 'string'],
    },
    git_commits_url: {
      type: ['null', 'string'],
    },
    git_refs_url: {
      type: ['null', 'string'],
    },
    git_tags_url: {
      type: ['null', 'string'],
    },
    git_url: {
      type: ['null', 'string'],
    },
    issue_comment_url: {
      type: ['null', 'string'],
    },
    issue_events_url: {
      type: ['null', 'string'],
    },
    issues_url: {
      type: ['null', 'string'],
    },
    keys_url: {
      type: ['null', 'string'],
    },
    labels_url: {
      type: ['null', 'string'],
    },
    languages_url: {
      type: ['null', 'string'],
    },
    merges_url: {
      type: ['null', 'string'],
    },
    milestones_url: {
      type: ['null', 'string'],
    },
    notifications_url: {
      type: ['null', 'string'],
    },
    pulls_url: {
      type: ['null', 'string'],
    },
    releases_url: {
      type: ['null', 'string'],
    },
    ssh_url: {
      type: ['null', 'string'],
    },
    stargazers_url: {
      type: ['null', 'string'],
    },
    statuses_url: {
      type: ['null', 'string'],
    },
    subscribers_url: {
      type: ['null', 'string'],
    },
    subscription_url: {
      type: ['null', 'string'],
    },
    tags_url: {
      type: ['null', 'string'],
    },
    teams_url: {
      type: ['null', 'string'],
    },
    trees_url: {
      type: ['null', 'string'],
    },
    clone_url: {
      type: ['null', 'string'],
    },
    mirror_url: {
      type: ['null', 'string'],
    },
    hooks_url: {
      type: ['null', 'string'],
    },
    svn_url: {
      type: ['null', 'string'],
    },
    homepage: {
      type: ['null', 'string'],
    },
    language: {
      type: ['null', 'string'],
    },
    forks_count: {
      type: ['null', 'integer'],
    },
    stargazers_count: {
      type: ['null', 'integer'],
    },
    watchers_count: {
      type: ['null', 'integer'],
    },
    size: {
      type: ['null', 'integer'],
    },
    default_branch: {
      type: ['null', 'string'],
    },
    open_issues_count: {
      type: ['null', 'integer'],
    },
    is_template: {
      type: ['null', 'boolean'],
    },
    topics: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'string'],
      },
    },
    license: {
      type: ['null', 'object'],
      properties: {
        key: {
          type: ['null', 'string'],
        },
        name: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        spdx_id: {
          type: ['null', 'string'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
      },
    },
    has_issues: {
      type: ['null', 'boolean'],
    },
    has_projects: {
      type: ['null', 'boolean'],
    },
    has_wiki: {
      type: ['null', 'boolean'],
    },
    has_pages: {
      type: ['null', 'boolean'],
    },
    has_downloads: {
      type: ['null', 'boolean'],
    },
    archived: {
      type: ['null', 'boolean'],
    },
    disabled: {
      type: ['null', 'boolean'],
    },
    visibility: {
      type: ['null', 'string'],
    },
    pushed_at: {
      type: 'string',
      format: 'date-time',
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    permissions: {
      type: ['null', 'object'],
      properties: {
        admin: {
          type: ['null', 'boolean'],
        },
        push: {
          type: ['null', 'boolean'],
        },
        pull: {
          type: ['null', 'boolean'],
        },
        maintain: {
          type: ['null', 'boolean'],
        },
        triage: {
          type: ['null', 'boolean'],
        },
      },
    },
    allow_forking: {
      type: ['null', 'boolean'],
    },
    forks: {
      type: ['null', 'integer'],
    },
    has_discussions: {
      type: ['null', 'boolean'],
    },
    open_issues: {
      type: ['null', 'integer'],
    },
    organization: {
      type: ['null', 'string'],
    },
    watchers: {
      type: ['null', 'integer'],
    },
    web_commit_signoff_required: {
      type: ['null', 'boolean'],
    },
    security_and_analysis: {
      type: ['null', 'object'],
      properties: {
        secret_scanning: {
          type: ['null', 'object'],
          properties: {
            status: {
              type: ['null', 'string'],
            },
          },
        },
        secret_scanning_push_protection: {
          type: ['null', 'object'],
          properties: {
            status: {
              type: ['null', 'string'],
            },
          },
        },
        secret_scanning_validity_checks: {
          type: ['null', 'object'],
          properties: {
            status: {
              type: ['null', 'string'],
            },
          },
        },
        dependabot_security_updates: {
          type: ['null', 'object'],
          properties: {
            status: {
              type: ['null', 'string'],
            },
          },
        },
      },
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/review_comments.json
var review_comments_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    url: {
      type: ['null', 'string'],
    },
    pull_request_review_id: {
      type: ['null', 'integer'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    diff_hunk: {
      type: ['null', 'string'],
    },
    path: {
      type: ['null', 'string'],
    },
    position: {
      type: ['null', 'integer'],
    },
    original_position: {
      type: ['null', 'integer'],
    },
    commit_id: {
      type: ['null', 'string'],
    },
    original_commit_id: {
      type: ['null', 'string'],
    },
    in_reply_to_id: {
      type: ['null', 'integer'],
    },
    user: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    body: {
      type: ['null', 'string'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    html_url: {
      type: ['null', 'string'],
    },
    pull_request_url: {
      type: ['null', 'string'],
    },
    author_association: {
      type: ['null', 'string'],
    },
    _links: {
      type: ['null', 'object'],
      properties: {
        self: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        html: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        pull_request: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
      },
    },
    start_line: {
      type: ['null', 'integer'],
    },
    original_start_line: {
      type: ['null', 'integer'],
    },
    start_side: {
      type: ['null', 'string'],
    },
    line: {
      type: ['null', 'integer'],
    },
    original_line: {
      type: ['null', 'integer'],
    },
    side: {
      type: ['null', 'string'],
    },
    subject_type: {
      type: ['null', 'string'],
    },
    reactions: {
      type: ['null', 'object'],
      properties: {
        url: {
          type: ['null', 'string'],
        },
        total_count: {
          type: ['null', 'integer'],
        },
        plus_one: {
          type: ['null', 'integer'],
        },
        minus_one: {
          type: ['null', 'integer'],
        },
        laugh: {
          type: ['null', 'integer'],
        },
        hooray: {
          type: ['null', 'integer'],
        },
        confused: {
          type: ['null', 'integer'],
        },
        heart: {
          type: ['null', 'integer'],
        },
        rocket: {
          type: ['null', 'integer'],
        },
        eyes: {
          type: ['null', 'integer'],
        },
      },
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/reviews.json
var reviews_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    user: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    body: {
      type: ['null', 'string'],
    },
    state: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    pull_request_url: {
      type: ['null', 'string'],
    },
    _links: {
      type: ['null', 'object'],
      properties: {
        html: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
        pull_request: {
          type: ['null', 'object'],
          properties: {
            href: {
              type: ['null', 'string'],
            },
          },
        },
      },
    },
    submitted_at: {
      type: 'string',
      format: 'date-time',
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    commit_id: {
      type: ['null', 'string'],
    },
    author_association: {
      type: ['null', 'string'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/tags.json
var tags_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    repository: {
      type: 'string',
    },
    name: {
      type: ['null', 'string'],
    },
    commit: {
      type: ['null', 'object'],
      properties: {
        sha: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
      },
    },
    zipball_url: {
      type: ['null', 'string'],
    },
    tarball_url: {
      type: ['null', 'string'],
    },
    node_id: {
      type: ['null', 'string'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/team_members.json
var team_members_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    login: {
      type: ['null', 'string'],
    },
    id: {
      type: 'integer',
    },
    node_id: {
      type: ['null', 'string'],
    },
    avatar_url: {
      type: ['null', 'string'],
    },
    gravatar_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    followers_url: {
      type: ['null', 'string'],
    },
    following_url: {
      type: ['null', 'string'],
    },
    gists_url: {
      type: ['null', 'string'],
    },
    starred_url: {
      type: ['null', 'string'],
    },
    subscriptions_url: {
      type: ['null', 'string'],
    },
    organizations_url: {
      type: ['null', 'string'],
    },
    repos_url: {
      type: ['null', 'string'],
    },
    events_url: {
      type: ['null', 'string'],
    },
    received_events_url: {
      type: ['null', 'string'],
    },
    type: {
      type: ['null', 'string'],
    },
    site_admin: {
      type: ['null', 'boolean'],
    },
    organization: {
      type: 'string',
    },
    team_slug: {
      type: 'string',
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/team_memberships.json
var team_memberships_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    state: {
      type: ['null', 'string'],
    },
    role: {
      type: ['null', 'string'],
    },
    url: {
      type: 'string',
    },
    organization: {
      type: 'string',
    },
    team_slug: {
      type: 'string',
    },
    username: {
      type: 'string',
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/teams.json
var teams_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    organization: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    name: {
      type: ['null', 'string'],
    },
    slug: {
      type: ['null', 'string'],
    },
    description: {
      type: ['null', 'string'],
    },
    privacy: {
      type: ['null', 'string'],
    },
    notification_setting: {
      type: ['null', 'string'],
    },
    permission: {
      type: ['null', 'string'],
    },
    members_url: {
      type: ['null', 'string'],
    },
    repositories_url: {
      type: ['null', 'string'],
    },
    parent: {
      type: ['null', 'object'],
      properties: {},
      additionalProperties: true,
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/users.json
var users_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    organization: {
      type: ['null', 'string'],
    },
    login: {
      type: ['null', 'string'],
    },
    id: {
      type: ['null', 'integer'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    avatar_url: {
      type: ['null', 'string'],
    },
    gravatar_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    followers_url: {
      type: ['null', 'string'],
    },
    following_url: {
      type: ['null', 'string'],
    },
    gists_url: {
      type: ['null', 'string'],
    },
    starred_url: {
      type: ['null', 'string'],
    },
    subscriptions_url: {
      type: ['null', 'string'],
    },
    organizations_url: {
      type: ['null', 'string'],
    },
    repos_url: {
      type: ['null', 'string'],
    },
    events_url: {
      type: ['null', 'string'],
    },
    received_events_url: {
      type: ['null', 'string'],
    },
    type: {
      type: ['null', 'string'],
    },
    site_admin: {
      type: ['null', 'boolean'],
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/workflow_jobs.json
var workflow_jobs_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    id: {
      type: 'integer',
    },
    run_id: {
      type: 'integer',
    },
    workflow_name: {
      type: ['null', 'string'],
    },
    head_branch: {
      type: ['null', 'string'],
    },
    run_url: {
      type: 'string',
    },
    run_attempt: {
      type: 'integer',
    },
    node_id: {
      type: 'string',
    },
    head_sha: {
      type: 'string',
    },
    url: {
      type: 'string',
    },
    html_url: {
      type: ['null', 'string'],
    },
    status: {
      type: 'string',
    },
    conclusion: {
      type: ['null', 'string'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    started_at: {
      type: 'string',
      format: 'date-time',
    },
    completed_at: {
      type: ['null', 'string'],
      format: 'date-time',
    },
    name: {
      type: 'string',
    },
    steps: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          status: {
            type: 'string',
          },
          conclusion: {
            type: ['null', 'string'],
          },
          name: {
            type: 'string',
          },
          number: {
            type: 'integer',
          },
          started_at: {
            type: ['null', 'string'],
            format: 'date-time',
          },
          completed_at: {
            type: ['null', 'string'],
            format: 'date-time',
          },
        },
      },
    },
    check_run_url: {
      type: 'string',
    },
    labels: {
      type: 'array',
      items: {
        type: 'string',
      },
    },
    runner_id: {
      type: ['integer', 'null'],
    },
    runner_name: {
      type: ['null', 'string'],
    },
    runner_group_id: {
      type: ['integer', 'null'],
    },
    runner_group_name: {
      type: ['null', 'string'],
    },
    repository: {
      type: 'string',
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/workflow_runs.json
var workflow_runs_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    id: {
      type: ['null', 'integer'],
    },
    name: {
      type: ['null', 'string'],
    },
    node_id: {
      type: ['null', 'string'],
    },
    head_branch: {
      type: ['null', 'string'],
    },
    head_sha: {
      type: ['null', 'string'],
    },
    path: {
      type: ['null', 'string'],
    },
    display_title: {
      type: ['null', 'string'],
    },
    run_number: {
      type: ['null', 'integer'],
    },
    event: {
      type: ['null', 'string'],
    },
    status: {
      type: ['null', 'string'],
    },
    conclusion: {
      type: ['null', 'string'],
    },
    workflow_id: {
      type: ['null', 'integer'],
    },
    check_suite_id: {
      type: ['null', 'integer'],
    },
    check_suite_node_id: {
      type: ['null', 'string'],
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    pull_requests: {
      type: 'array',
      items: {
        type: ['null', 'object'],
        properties: {},
        additionalProperties: true,
      },
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    run_attempt: {
      type: ['null', 'integer'],
    },
    referenced_workflows: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          path: {
            type: 'string',
          },
          sha: {
            type: 'string',
          },
          ref: {
            type: 'string',
          },
        },
      },
    },
    run_started_at: {
      type: 'string',
      format: 'date-time',
    },
    jobs_url: {
      type: ['null', 'string'],
    },
    logs_url: {
      type: ['null', 'string'],
    },
    check_suite_url: {
      type: ['null', 'string'],
    },
    artifacts_url: {
      type: ['null', 'string'],
    },
    cancel_url: {
      type: ['null', 'string'],
    },
    rerun_url: {
      type: ['null', 'string'],
    },
    previous_attempt_url: {
      type: ['null', 'string'],
    },
    workflow_url: {
      type: ['null', 'string'],
    },
    head_commit: {
      type: 'object',
      properties: {
        id: {
          type: ['null', 'string'],
        },
        tree_id: {
          type: ['null', 'string'],
        },
        message: {
          type: ['null', 'string'],
        },
        timestamp: {
          type: ['null', 'string'],
        },
        author: {
          type: 'object',
          properties: {
            name: {
              type: ['null', 'string'],
            },
            email: {
              type: ['null', 'string'],
            },
          },
        },
        committer: {
          type: 'object',
          properties: {
            name: {
              type: ['null', 'string'],
            },
            email: {
              type: ['null', 'string'],
            },
          },
        },
      },
    },
    repository: {
      type: 'object',
      properties: {
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        name: {
          type: ['null', 'string'],
        },
        full_name: {
          type: 'string',
        },
        private: {
          type: ['null', 'boolean'],
        },
        owner: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
        html_url: {
          type: ['null', 'string'],
        },
        description: {
          type: ['null', 'string'],
        },
        fork: {
          type: ['null', 'boolean'],
        },
        url: {
          type: ['null', 'string'],
        },
        forks_url: {
          type: ['null', 'string'],
        },
        keys_url: {
          type: ['null', 'string'],
        },
        collaborators_url: {
          type: ['null', 'string'],
        },
        teams_url: {
          type: ['null', 'string'],
        },
        hooks_url: {
          type: ['null', 'string'],
        },
        issue_events_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        assignees_url: {
          type: ['null', 'string'],
        },
        branches_url: {
          type: ['null', 'string'],
        },
        tags_url: {
          type: ['null', 'string'],
        },
        blobs_url: {
          type: ['null', 'string'],
        },
        git_tags_url: {
          type: ['null', 'string'],
        },
        git_refs_url: {
          type: ['null', 'string'],
        },
        trees_url: {
          type: ['null', 'string'],
        },
        statuses_url: {
          type: ['null', 'string'],
        },
        languages_url: {
          type: ['null', 'string'],
        },
        stargazers_url: {
          type: ['null', 'string'],
        },
        contributors_url: {
          type: ['null', 'string'],
        },
        subscribers_url: {
          type: ['null', 'string'],
        },
        subscription_url: {
          type: ['null', 'string'],
        },
        commits_url: {
          type: ['null', 'string'],
        },
        git_commits_url: {
          type: ['null', 'string'],
        },
        comments_url: {
          type: ['null', 'string'],
        },
        issue_comment_url: {
          type: ['null', 'string'],
        },
        contents_url: {
          type: ['null', 'string'],
        },
        compare_url: {
          type: ['null', 'string'],
        },
        merges_url: {
          type: ['null', 'string'],
        },
        archive_url: {
          type: ['null', 'string'],
        },
        downloads_url: {
          type: ['null', 'string'],
        },
        issues_url: {
          type: ['null', 'string'],
        },
        pulls_url: {
          type: ['null', 'string'],
        },
        milestones_url: {
          type: ['null', 'string'],
        },
        notifications_url: {
          type: ['null', 'string'],
        },
        labels_url: {
          type: ['null', 'string'],
        },
        releases_url: {
          type: ['null', 'string'],
        },
        deployments_url: {
          type: ['null', 'string'],
        },
      },
    },
    head_repository: {
      type: ['null', 'object'],
      properties: {
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        name: {
          type: ['null', 'string'],
        },
        full_name: {
          type: ['null', 'string'],
        },
        private: {
          type: ['null', 'boolean'],
        },
        owner: {
          type: ['null', 'object'],
          properties: {
            login: {
              type: ['null', 'string'],
            },
            id: {
              type: ['null', 'integer'],
            },
            node_id: {
              type: ['null', 'string'],
            },
            avatar_url: {
              type: ['null', 'string'],
            },
            gravatar_id: {
              type: ['null', 'string'],
            },
            url: {
              type: ['null', 'string'],
            },
            html_url: {
              type: ['null', 'string'],
            },
            followers_url: {
              type: ['null', 'string'],
            },
            following_url: {
              type: ['null', 'string'],
            },
            gists_url: {
              type: ['null', 'string'],
            },
            starred_url: {
              type: ['null', 'string'],
            },
            subscriptions_url: {
              type: ['null', 'string'],
            },
            organizations_url: {
              type: ['null', 'string'],
            },
            repos_url: {
              type: ['null', 'string'],
            },
            events_url: {
              type: ['null', 'string'],
            },
            received_events_url: {
              type: ['null', 'string'],
            },
            type: {
              type: ['null', 'string'],
            },
            site_admin: {
              type: ['null', 'boolean'],
            },
          },
        },
        html_url: {
          type: ['null', 'string'],
        },
        description: {
          type: ['null', 'string'],
        },
        fork: {
          type: ['null', 'boolean'],
        },
        url: {
          type: ['null', 'string'],
        },
        forks_url: {
          type: ['null', 'string'],
        },
        keys_url: {
          type: ['null', 'string'],
        },
        collaborators_url: {
          type: ['null', 'string'],
        },
        teams_url: {
          type: ['null', 'string'],
        },
        hooks_url: {
          type: ['null', 'string'],
        },
        issue_events_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        assignees_url: {
          type: ['null', 'string'],
        },
        branches_url: {
          type: ['null', 'string'],
        },
        tags_url: {
          type: ['null', 'string'],
        },
        blobs_url: {
          type: ['null', 'string'],
        },
        git_tags_url: {
          type: ['null', 'string'],
        },
        git_refs_url: {
          type: ['null', 'string'],
        },
        trees_url: {
          type: ['null', 'string'],
        },
        statuses_url: {
          type: ['null', 'string'],
        },
        languages_url: {
          type: ['null', 'string'],
        },
        stargazers_url: {
          type: ['null', 'string'],
        },
        contributors_url: {
          type: ['null', 'string'],
        },
        subscribers_url: {
          type: ['null', 'string'],
        },
        subscription_url: {
          type: ['null', 'string'],
        },
        commits_url: {
          type: ['null', 'string'],
        },
        git_commits_url: {
          type: ['null', 'string'],
        },
        comments_url: {
          type: ['null', 'string'],
        },
        issue_comment_url: {
          type: ['null', 'string'],
        },
        contents_url: {
          type: ['null', 'string'],
        },
        compare_url: {
          type: ['null', 'string'],
        },
        merges_url: {
          type: ['null', 'string'],
        },
        archive_url: {
          type: ['null', 'string'],
        },
        downloads_url: {
          type: ['null', 'string'],
        },
        issues_url: {
          type: ['null', 'string'],
        },
        pulls_url: {
          type: ['null', 'string'],
        },
        milestones_url: {
          type: ['null', 'string'],
        },
        notifications_url: {
          type: ['null', 'string'],
        },
        labels_url: {
          type: ['null', 'string'],
        },
        releases_url: {
          type: ['null', 'string'],
        },
        deployments_url: {
          type: ['null', 'string'],
        },
      },
    },
    actor: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
    triggering_actor: {
      type: ['null', 'object'],
      properties: {
        login: {
          type: ['null', 'string'],
        },
        id: {
          type: ['null', 'integer'],
        },
        node_id: {
          type: ['null', 'string'],
        },
        avatar_url: {
          type: ['null', 'string'],
        },
        gravatar_id: {
          type: ['null', 'string'],
        },
        url: {
          type: ['null', 'string'],
        },
        html_url: {
          type: ['null', 'string'],
        },
        followers_url: {
          type: ['null', 'string'],
        },
        following_url: {
          type: ['null', 'string'],
        },
        gists_url: {
          type: ['null', 'string'],
        },
        starred_url: {
          type: ['null', 'string'],
        },
        subscriptions_url: {
          type: ['null', 'string'],
        },
        organizations_url: {
          type: ['null', 'string'],
        },
        repos_url: {
          type: ['null', 'string'],
        },
        events_url: {
          type: ['null', 'string'],
        },
        received_events_url: {
          type: ['null', 'string'],
        },
        type: {
          type: ['null', 'string'],
        },
        site_admin: {
          type: ['null', 'boolean'],
        },
      },
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/workflows.json
var workflows_default = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    id: {
      type: 'integer',
    },
    node_id: {
      type: ['null', 'string'],
    },
    name: {
      type: ['null', 'string'],
    },
    path: {
      type: ['null', 'string'],
    },
    state: {
      type: ['null', 'string'],
    },
    created_at: {
      type: 'string',
      format: 'date-time',
    },
    updated_at: {
      type: 'string',
      format: 'date-time',
    },
    url: {
      type: ['null', 'string'],
    },
    html_url: {
      type: ['null', 'string'],
    },
    badge_url: {
      type: ['null', 'string'],
    },
    repository: {
      type: 'string',
    },
  },
  additionalProperties: true,
};

// packages/source-github/src/schemas/stream-schemas.ts
var STREAM_SCHEMAS = {
  repositories: repositories_default,
  organizations: organizations_default,
  users: users_default,
  assignees: assignees_default,
  collaborators: collaborators_default,
  teams: teams_default,
  team_members: team_members_default,
  team_memberships: team_memberships_default,
  branches: branches_default,
  tags: tags_default,
  releases: releases_default,
  commits: commits_default,
  pull_requests: pull_requests_default,
  pull_request_stats: pull_request_stats_default,
  pull_request_commits: pull_request_commits_default,
  reviews: reviews_default,
  review_comments: review_comments_default,
  issues: issues_default,
  issue_labels: issue_labels_default,
  issue_milestones: issue_milestones_default,
  comments: comments_default,
  workflows: workflows_default,
  workflow_runs: workflow_runs_default,
  workflow_jobs: workflow_jobs_default,
  deployments: deployments_default,
};
function schemaOf(stream) {
  const schema = STREAM_SCHEMAS[stream];
  if (!schema) throw new Error(`no schema for stream ${stream}`);
  return schema;
}

// packages/source-github/src/streams/repo-stream.ts
var RepoStream = class extends Stream {
  constructor(gh) {
    super();
    this.gh = gh;
  }
  gh;
  get jsonSchema() {
    return schemaOf(this.name);
  }
  async *slices() {
    const { repositories } = await this.gh.resolver.resolve();
    for (const repo of repositories) yield { key: repo.fullName, repo };
  }
  async *read(ctx) {
    const { repo } = ctx.slice;
    const after = this.cursorField && !this.sortedByCursor ? ctx.bookmark : void 0;
    try {
      for await (const record of this.readRepo(ctx, repo)) {
        if (
          after !== void 0 &&
          after !== null &&
          this.compareCursor(valueAt(record, this.cursorField ?? []), after) <= 0
        ) {
          continue;
        }
        yield record;
      }
    } catch (error) {
      if (isMissing(error)) {
        ctx.logger.warn(`${this.name}: skipping ${repo.fullName}: ${answerOf(error)}`);
        return;
      }
      if (isForbidden(error)) {
        ctx.logger.warn(
          `${this.name}: no access for ${repo.fullName} (${answerOf(error)}); this stream skips the repository`,
        );
        return;
      }
      throw error;
    }
  }
};
function answerOf(error) {
  const message = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
  const status = statusOf(error);
  return status === void 0 ? message : `GitHub answered ${status}: ${message}`;
}

// packages/source-github/src/graphql/pull-request-pages.ts
async function* pullRequestPages(octokit, repo, fields, direction, first) {
  const query = `query PullRequests($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(first: $first, after: $after, orderBy: {field: UPDATED_AT, direction: ${direction}}) {
      pageInfo { hasNextPage endCursor }
      nodes { id number updatedAt ${fields} }
    }
  }
}`;
  let after = null;
  for (;;) {
    const data = await octokit.graphql(query, {
      owner: repo.owner,
      name: repo.name,
      first,
      after,
    });
    const connection = data.repository?.pullRequests;
    if (!connection) return;
    yield [...connection.nodes];
    if (!connection.pageInfo?.hasNextPage || !connection.pageInfo.endCursor) return;
    after = connection.pageInfo.endCursor;
  }
}
async function* restOfConnection(octokit, pullRequestId, connection, nodeFields, first) {
  yield* first.nodes;
  let pageInfo = first.pageInfo;
  while (pageInfo?.hasNextPage && pageInfo.endCursor) {
    const query = `query Rest($id: ID!, $after: String) {
  node(id: $id) { ... on PullRequest { ${connection}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${nodeFields} } } } }
}`;
    const data = await octokit.graphql(query, {
      id: pullRequestId,
      after: pageInfo.endCursor,
    });
    const page = data.node?.[connection];
    if (!page) return;
    yield* page.nodes;
    pageInfo = page.pageInfo;
  }
}

// packages/source-github/src/graphql/pull-request-graphql-stream.ts
var PullRequestGraphqlStream = class extends RepoStream {
  async *readRepo(ctx, repo) {
    const first = pageSizeOf(ctx.config);
    const pages = (direction) => pullRequestPages(this.gh.octokit, repo, this.pullRequestFields, direction, first);
    const listing = {
      ascending: () => pages('ASC'),
      descending: () => pages('DESC'),
      cursorOf: (pr) => String(pr.updatedAt),
    };
    const since = this.cursorField ? lowerBound(ctx.bookmark, ctx.config) : void 0;
    for await (const pr of ascendingSince(listing, since)) yield* this.recordsOf(pr, repo);
  }
  /** The REST URL of a pull request, as Airbyte's records carry it. */
  pullUrl(repo, number) {
    return `${this.gh.apiUrl}/repos/${repo.fullName}/pulls/${number}`;
  }
};

// packages/source-github/src/graphql/pull-request-commits.ts
var GIT_ACTOR = 'name email date user { login databaseId id avatarUrl url }';
var COMMIT_FIELDS = `commit { id oid message url authoredDate committedDate
  author { ${GIT_ACTOR} } committer { ${GIT_ACTOR} } }`;
var PullRequestCommitsStream = class extends PullRequestGraphqlStream {
  name = 'pull_request_commits';
  primaryKey = [['sha']];
  pullRequestFields = `commits(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${COMMIT_FIELDS} } }`;
  async *recordsOf(node, repo) {
    const first = node.commits;
    for await (const item of restOfConnection(this.gh.octokit, node.id, 'commits', COMMIT_FIELDS, first)) {
      if (item.commit) yield this.commitRecord(item.commit, repo, node.number);
    }
  }
  commitRecord(commit, repo, pullNumber) {
    const api = `${this.gh.apiUrl}/repos/${repo.fullName}`;
    return {
      repository: repo.fullName,
      pull_number: pullNumber,
      sha: commit.oid,
      node_id: commit.id,
      commit: {
        author: gitIdentity(commit.author),
        committer: gitIdentity(commit.committer),
        message: commit.message,
        url: `${api}/git/commits/${commit.oid}`,
        comment_count: 0,
      },
      url: `${api}/commits/${commit.oid}`,
      html_url: commit.url,
      comments_url: `${api}/commits/${commit.oid}/comments`,
      author: accountOf(commit.author, this.gh.apiUrl),
      committer: accountOf(commit.committer, this.gh.apiUrl),
    };
  }
};
function gitIdentity(actor) {
  return actor ? { name: actor.name, email: actor.email, date: actor.date } : null;
}
function accountOf(actor, apiUrl) {
  const user = actor?.user;
  if (!user) return null;
  return {
    login: user.login,
    id: user.databaseId,
    node_id: user.id,
    avatar_url: user.avatarUrl,
    gravatar_id: '',
    url: `${apiUrl}/users/${user.login}`,
    html_url: user.url,
    type: 'User',
    site_admin: false,
  };
}

// packages/source-github/src/graphql/actor-record.ts
var ACTOR_FIELDS = 'login avatarUrl url __typename ... on User { id databaseId } ... on Bot { id databaseId }';
function userRecord(actor, apiUrl) {
  if (!actor) return null;
  return {
    login: actor.login,
    id: actor.databaseId ?? null,
    node_id: actor.id ?? null,
    avatar_url: actor.avatarUrl ?? null,
    gravatar_id: '',
    url: `${apiUrl}/users/${actor.login}`,
    html_url: actor.url ?? null,
    type: actor.__typename === 'Bot' ? 'Bot' : actor.__typename === 'Organization' ? 'Organization' : 'User',
    site_admin: false,
  };
}

// packages/source-github/src/graphql/pull-request-stats.ts
var PullRequestStatsStream = class extends PullRequestGraphqlStream {
  name = 'pull_request_stats';
  primaryKey = [['id']];
  cursorField = ['updated_at'];
  sortedByCursor = true;
  pullRequestFields = `databaseId merged mergeable canBeRebased mergeStateStatus maintainerCanModify
    additions deletions changedFiles mergedBy { ${ACTOR_FIELDS} } comments { totalCount } commits { totalCount }
    totalCommentsCount`;
  async *recordsOf(node, repo) {
    const pr = node;
    yield {
      repository: repo.fullName,
      id: pr.databaseId,
      node_id: pr.id,
      number: pr.number,
      merged: pr.merged,
      mergeable: pr.mergeable,
      can_be_rebased: pr.canBeRebased,
      merge_state_status: pr.mergeStateStatus,
      merged_by: userRecord(pr.mergedBy, this.gh.apiUrl),
      comments: pr.comments.totalCount,
      review_comments: pr.totalCommentsCount === null ? null : pr.totalCommentsCount - pr.comments.totalCount,
      maintainer_can_modify: pr.maintainerCanModify,
      commits: pr.commits.totalCount,
      additions: pr.additions,
      deletions: pr.deletions,
      changed_files: pr.changedFiles,
      updated_at: pr.updatedAt,
    };
  }
};

// packages/source-github/src/graphql/reviews.ts
var REVIEW_FIELDS = `id databaseId body state url submittedAt createdAt updatedAt authorAssociation
  commit { oid } author { ${ACTOR_FIELDS} }`;
var ReviewsStream = class extends PullRequestGraphqlStream {
  name = 'reviews';
  primaryKey = [['id']];
  cursorField = ['updated_at'];
  pullRequestFields = `reviews(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${REVIEW_FIELDS} } }`;
  async *recordsOf(node, repo) {
    const first = node.reviews;
    const pullUrl = this.pullUrl(repo, node.number);
    for await (const review of restOfConnection(this.gh.octokit, node.id, 'reviews', REVIEW_FIELDS, first)) {
      yield {
        repository: repo.fullName,
        id: review.databaseId,
        node_id: review.id,
        user: userRecord(review.author, this.gh.apiUrl),
        body: review.body,
        state: review.state,
        html_url: review.url,
        pull_request_url: pullUrl,
        _links: { html: { href: review.url }, pull_request: { href: pullUrl } },
        submitted_at: review.submittedAt,
        created_at: review.createdAt,
        updated_at: review.updatedAt,
        commit_id: review.commit?.oid ?? null,
        author_association: review.authorAssociation,
      };
    }
  }
};

// packages/source-github/src/repos/repository-resolver.ts
var RepositoryResolver = class {
  constructor(octokit, config, logger) {
    this.octokit = octokit;
    this.config = config;
    this.logger = logger;
  }
  octokit;
  config;
  logger;
  selection;
  listings = /* @__PURE__ */ new Map();
  /** The selection (read on first call). */
  resolve() {
    this.selection ??= this.select();
    return this.selection;
  }
  async select() {
    const byName = /* @__PURE__ */ new Map();
    const organizations = /* @__PURE__ */ new Set();
    const problems = [];
    for (const pattern of this.config.repositories) {
      const [owner = '', namePattern = ''] = pattern.split('/');
      const found = namePattern.endsWith('*')
        ? await this.matching(owner, namePattern.slice(0, -1), organizations)
        : await this.single(owner, namePattern, organizations);
      if (found.length === 0) {
        problems.push(
          namePattern.endsWith('*')
            ? `Repository pattern ${pattern} matches no repository these credentials can see`
            : `Repository ${pattern} was not found, or these credentials cannot see it`,
        );
      }
      for (const repo of found) byName.set(repo.fullName.toLowerCase(), repo);
    }
    for (const problem of problems) this.logger.warn(problem);
    return { repositories: [...byName.values()], organizations: [...organizations], problems };
  }
  async matching(owner, prefix, organizations) {
    const listing = await this.listing(owner);
    if (!listing) return [];
    if (listing.isOrg) organizations.add(listing.repos[0]?.owner?.login ?? owner);
    const lower = prefix.toLowerCase();
    return listing.repos.filter((r) => r.name.toLowerCase().startsWith(lower)).map(selected);
  }
  async single(owner, name, organizations) {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner, repo: name });
      const raw = data;
      if (raw.owner?.type === 'Organization' && raw.owner.login) organizations.add(raw.owner.login);
      return [selected(raw)];
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }
  listing(owner) {
    const key = owner.toLowerCase();
    let listing = this.listings.get(key);
    if (!listing) {
      listing = this.list(owner);
      this.listings.set(key, listing);
    }
    return listing;
  }
  async list(owner) {
    const perPage = this.config.page_size ?? 100;
    try {
      const repos = await this.octokit.paginate('GET /orgs/{org}/repos', {
        org: owner,
        type: 'all',
        per_page: perPage,
      });
      return { repos, isOrg: true };
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    try {
      const repos = await this.octokit.paginate('GET /users/{username}/repos', {
        username: owner,
        type: 'owner',
        per_page: perPage,
      });
      return { repos, isOrg: false };
    } catch (error) {
      if (isMissing(error)) return void 0;
      throw error;
    }
  }
};
function selected(raw) {
  const [owner = '', name = ''] = raw.full_name.split('/');
  return {
    owner,
    name,
    fullName: raw.full_name,
    defaultBranch: typeof raw.default_branch === 'string' ? raw.default_branch : void 0,
    raw,
  };
}

// packages/source-github/src/spec.ts
var spec = {
  documentationUrl: 'https://github.com/faros-ai/faros-ce-connectors/tree/main/packages/source-github',
  connectionSpecification: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'GitHub Source Spec',
    type: 'object',
    required: ['credentials', 'repositories'],
    additionalProperties: true,
    properties: {
      credentials: {
        title: 'Authentication',
        description: 'A personal access token, or a GitHub App installation.',
        type: 'object',
        order: 0,
        oneOf: [
          {
            title: 'Personal access token',
            type: 'object',
            required: ['option_title', 'personal_access_token'],
            properties: {
              option_title: { type: 'string', const: 'PAT Credentials', order: 0 },
              personal_access_token: {
                type: 'string',
                title: 'Personal access token',
                description: 'A classic or fine-grained token; the README lists the scopes each stream needs.',
                airbyte_secret: true,
                order: 1,
              },
            },
          },
          {
            title: 'GitHub App',
            type: 'object',
            required: ['option_title', 'app_id', 'installation_id', 'private_key'],
            properties: {
              option_title: { type: 'string', const: 'GitHub App Credentials', order: 0 },
              app_id: {
                type: 'string',
                title: 'App ID',
                description: 'The GitHub App id.',
                airbyte_secret: true,
                order: 1,
              },
              installation_id: {
                type: 'string',
                title: 'Installation ID',
                description: 'The id of the app installation on the organisation.',
                airbyte_secret: true,
                order: 2,
              },
              private_key: {
                type: 'string',
                title: 'Private key',
                description: "The app's private key (PEM).",
                airbyte_secret: true,
                multiline: true,
                order: 3,
              },
            },
          },
        ],
      },
      repositories: {
        type: 'array',
        title: 'Repositories',
        description:
          'Repositories to read: `owner/repo`, every repository of an owner `owner/*`, or a prefix `owner/web-*`.',
        items: { type: 'string', pattern: '^[\\w.-]+/(\\*|[\\w.-]+\\*?)$' },
        minItems: 1,
        examples: ['airbytehq/airbyte', 'airbytehq/*'],
        order: 1,
      },
      start_date: {
        type: 'string',
        title: 'Start date',
        description: 'Incremental streams read nothing older than this date (UTC). Empty: everything.',
        format: 'date-time',
        pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$',
        pattern_descriptor: 'YYYY-MM-DDTHH:mm:ssZ',
        examples: ['2024-01-01T00:00:00Z'],
        order: 2,
      },
      api_url: {
        type: 'string',
        title: 'API URL',
        description:
          'REST API root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server (GraphQL is then read at https://HOST/api/graphql).',
        format: 'uri',
        default: 'https://api.github.com',
        order: 3,
      },
      branches: {
        type: 'array',
        title: 'Branches',
        description:
          'Branches whose commits to read, as `owner/repo/branch`. Repositories not listed: their default branch.',
        items: { type: 'string' },
        examples: ['airbytehq/airbyte/master'],
        order: 4,
      },
      page_size: {
        type: 'integer',
        title: 'Page size',
        description: 'Items per REST page and pull requests per GraphQL page (GitHub allows at most 100).',
        minimum: 1,
        maximum: 100,
        default: 100,
        order: 5,
      },
      concurrency: {
        type: 'integer',
        title: 'Concurrency',
        description: 'Repositories read at once.',
        minimum: 1,
        maximum: 25,
        default: 4,
        order: 6,
      },
      max_rate_limit_wait_minutes: {
        type: 'integer',
        title: 'Rate-limit wait',
        description: 'Longest total wait for rate limits in one sync before the stream fails (minutes).',
        minimum: 1,
        maximum: 240,
        default: 65,
        order: 7,
      },
    },
  },
};

// packages/source-github/src/streams/rest-items.ts
async function* restPages(octokit, route, params) {
  for await (const response of octokit.paginate.iterator(route, params)) {
    yield response.data;
  }
}
async function* restItems(octokit, route, params) {
  for await (const page of restPages(octokit, route, params)) yield* page;
}

// packages/source-github/src/streams/repo-list-stream.ts
var RepoListStream = class extends RepoStream {
  constructor(gh, definition) {
    super(gh);
    this.definition = definition;
    this.name = definition.name;
    this.primaryKey = definition.primaryKey;
    this.cursorField = definition.cursorField;
    this.sortedByCursor = definition.sortedByCursor ?? false;
  }
  definition;
  name;
  primaryKey;
  cursorField;
  sortedByCursor;
  async *readRepo(ctx, repo) {
    const since = this.cursorField ? lowerBound(ctx.bookmark, ctx.config) : void 0;
    const params = {
      owner: repo.owner,
      repo: repo.name,
      per_page: pageSizeOf(ctx.config),
      ...this.definition.params?.(since),
    };
    for await (const item of restItems(this.gh.octokit, this.definition.route, params)) {
      const record = { repository: repo.fullName, ...item };
      yield this.definition.transform ? this.definition.transform(record, repo) : record;
    }
  }
};

// packages/source-github/src/streams/assignees.ts
function assigneesStream(gh) {
  return new RepoListStream(gh, {
    name: 'assignees',
    route: 'GET /repos/{owner}/{repo}/assignees',
    primaryKey: [['id']],
  });
}

// packages/source-github/src/streams/branches.ts
function branchesStream(gh) {
  return new RepoListStream(gh, {
    name: 'branches',
    route: 'GET /repos/{owner}/{repo}/branches',
    primaryKey: [['repository'], ['name']],
  });
}

// packages/source-github/src/streams/collaborators.ts
function collaboratorsStream(gh) {
  return new RepoListStream(gh, {
    name: 'collaborators',
    route: 'GET /repos/{owner}/{repo}/collaborators',
    primaryKey: [['id']],
    params: () => ({ affiliation: 'all' }),
  });
}

// packages/source-github/src/streams/rename-reactions.ts
function renameReactions(record) {
  const reactions = record.reactions;
  if (reactions === null || typeof reactions !== 'object') return record;
  const { '+1': plusOne, '-1': minusOne, ...rest } = reactions;
  return { ...record, reactions: { ...rest, plus_one: plusOne, minus_one: minusOne } };
}

// packages/source-github/src/streams/comments.ts
function commentsStream(gh) {
  return new RepoListStream(gh, {
    name: 'comments',
    route: 'GET /repos/{owner}/{repo}/issues/comments',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    sortedByCursor: true,
    params: (since) => ({ sort: 'updated', direction: 'asc', since }),
    transform: renameReactions,
  });
}

// packages/source-github/src/streams/commits.ts
var CommitsStream = class extends RepoStream {
  name = 'commits';
  primaryKey = [['sha']];
  cursorField = ['created_at'];
  async *readRepo(ctx, repo) {
    const since = lowerBound(ctx.bookmark, ctx.config);
    for (const branch of branchesOf(ctx.config, repo)) {
      const params = { owner: repo.owner, repo: repo.name, sha: branch, since, per_page: pageSizeOf(ctx.config) };
      for await (const item of restItems(this.gh.octokit, 'GET /repos/{owner}/{repo}/commits', params)) {
        const commit = item.commit;
        yield {
          repository: repo.fullName,
          branch: branch ?? repo.defaultBranch,
          created_at: commit?.author?.date,
          ...item,
        };
      }
    }
  }
};
function branchesOf(config, repo) {
  const prefix = `${repo.fullName.toLowerCase()}/`;
  const configured = (config.branches ?? [])
    .filter((entry) => entry.toLowerCase().startsWith(prefix))
    .map((entry) => entry.slice(prefix.length));
  return configured.length > 0 ? configured : [repo.defaultBranch];
}

// packages/source-github/src/streams/deployments.ts
var DeploymentsStream = class extends RepoStream {
  name = 'deployments';
  primaryKey = [['id']];
  cursorField = ['updated_at'];
  async *readRepo(ctx, repo) {
    const since = lowerBound(ctx.bookmark, ctx.config);
    const perPage = pageSizeOf(ctx.config);
    const params = { owner: repo.owner, repo: repo.name, per_page: perPage };
    for await (const deployment of restItems(this.gh.octokit, 'GET /repos/{owner}/{repo}/deployments', params)) {
      if (since !== void 0 && Date.parse(String(deployment.updated_at)) < Date.parse(since)) continue;
      const statuses = [];
      const statusParams = { ...params, deployment_id: Number(deployment.id) };
      const route = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
      for await (const status of restItems(this.gh.octokit, route, statusParams)) statuses.push(status);
      yield { ...deployment, repository: repo.fullName, statuses };
    }
  }
};

// packages/source-github/src/streams/issue-labels.ts
function issueLabelsStream(gh) {
  return new RepoListStream(gh, {
    name: 'issue_labels',
    route: 'GET /repos/{owner}/{repo}/labels',
    primaryKey: [['id']],
  });
}

// packages/source-github/src/streams/issue-milestones.ts
function issueMilestonesStream(gh) {
  return new RepoListStream(gh, {
    name: 'issue_milestones',
    route: 'GET /repos/{owner}/{repo}/milestones',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    params: () => ({ state: 'all' }),
  });
}

// packages/source-github/src/streams/issues.ts
function issuesStream(gh) {
  return new RepoListStream(gh, {
    name: 'issues',
    route: 'GET /repos/{owner}/{repo}/issues',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    sortedByCursor: true,
    params: (since) => ({ state: 'all', sort: 'updated', direction: 'asc', since }),
    transform: renameReactions,
  });
}

// packages/source-github/src/streams/org-stream.ts
var OrgStream = class extends Stream {
  constructor(gh) {
    super();
    this.gh = gh;
  }
  gh;
  get jsonSchema() {
    return schemaOf(this.name);
  }
  async *slices() {
    const { organizations } = await this.gh.resolver.resolve();
    for (const org of organizations) yield { key: org, org };
  }
  async *read(ctx) {
    try {
      yield* this.readOrg(ctx, ctx.slice.org);
    } catch (error) {
      if (!isMissing(error) && !isForbidden(error)) throw error;
      ctx.logger.warn(`${this.name}: skipping organization ${ctx.slice.org}: ${answerOf(error)}`);
    }
  }
};

// packages/source-github/src/streams/organizations.ts
var OrganizationsStream = class extends OrgStream {
  name = 'organizations';
  primaryKey = [['id']];
  async *readOrg(_ctx, org) {
    const { data } = await this.gh.octokit.request('GET /orgs/{org}', { org });
    yield data;
  }
};

// packages/source-github/src/streams/pull-requests.ts
var PullRequestsStream = class extends RepoStream {
  name = 'pull_requests';
  primaryKey = [['id']];
  cursorField = ['updated_at'];
  sortedByCursor = true;
  async *readRepo(ctx, repo) {
    const pages = (direction) =>
      restPages(this.gh.octokit, 'GET /repos/{owner}/{repo}/pulls', {
        owner: repo.owner,
        repo: repo.name,
        state: 'all',
        sort: 'updated',
        direction,
        per_page: pageSizeOf(ctx.config),
      });
    const listing = {
      ascending: () => pages('asc'),
      descending: () => pages('desc'),
      cursorOf: (item) => String(item.updated_at),
    };
    for await (const item of ascendingSince(listing, lowerBound(ctx.bookmark, ctx.config))) {
      yield { repository: repo.fullName, ...item, head: withRepoId(item.head), base: withRepoId(item.base) };
    }
  }
};
function withRepoId(ref) {
  if (ref === null || typeof ref !== 'object') return ref;
  const { repo, ...rest } = ref;
  const id = repo !== null && typeof repo === 'object' ? repo.id : null;
  return { ...rest, repo_id: typeof id === 'number' ? id : null };
}

// packages/source-github/src/streams/releases.ts
function releasesStream(gh) {
  return new RepoListStream(gh, {
    name: 'releases',
    route: 'GET /repos/{owner}/{repo}/releases',
    primaryKey: [['id']],
    cursorField: ['created_at'],
    transform: renameReactions,
  });
}

// packages/source-github/src/streams/repositories.ts
var RepositoriesStream = class extends Stream {
  constructor(gh) {
    super();
    this.gh = gh;
  }
  gh;
  name = 'repositories';
  primaryKey = [['id']];
  cursorField = ['updated_at'];
  get jsonSchema() {
    return schemaOf(this.name);
  }
  async *slices() {
    const byOwner = /* @__PURE__ */ new Map();
    for (const repo of (await this.gh.resolver.resolve()).repositories) {
      byOwner.set(repo.owner, [...(byOwner.get(repo.owner) ?? []), repo]);
    }
    for (const [owner, repos] of byOwner) yield { key: owner, repos };
  }
  async *read(ctx) {
    const since = lowerBound(ctx.bookmark, ctx.config);
    for (const repo of ctx.slice.repos) {
      if (since !== void 0 && Date.parse(String(repo.raw.updated_at)) < Date.parse(since)) continue;
      if (typeof ctx.bookmark === 'string' && this.compareCursor(repo.raw.updated_at, ctx.bookmark) <= 0) continue;
      yield { ...repo.raw, organization: repo.owner };
    }
  }
};

// packages/source-github/src/streams/review-comments.ts
function reviewCommentsStream(gh) {
  return new RepoListStream(gh, {
    name: 'review_comments',
    route: 'GET /repos/{owner}/{repo}/pulls/comments',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    sortedByCursor: true,
    params: (since) => ({ sort: 'updated', direction: 'asc', since }),
    transform: renameReactions,
  });
}

// packages/source-github/src/streams/tags.ts
function tagsStream(gh) {
  return new RepoListStream(gh, {
    name: 'tags',
    route: 'GET /repos/{owner}/{repo}/tags',
    primaryKey: [['repository'], ['name']],
  });
}

// packages/source-github/src/streams/teams.ts
function teamsOf(octokit, org, config) {
  return restItems(octokit, 'GET /orgs/{org}/teams', { org, per_page: pageSizeOf(config) });
}
var TeamsStream = class extends OrgStream {
  name = 'teams';
  primaryKey = [['id']];
  async *readOrg(ctx, org) {
    for await (const team of teamsOf(this.gh.octokit, org, ctx.config)) yield { organization: org, ...team };
  }
};

// packages/source-github/src/streams/team-members.ts
async function* teamsWithMembers(octokit, org, config) {
  for await (const team of teamsOf(octokit, org, config)) {
    const slug = String(team.slug);
    const members = [];
    const params = { org, team_slug: slug, per_page: pageSizeOf(config) };
    for await (const member of restItems(octokit, 'GET /orgs/{org}/teams/{team_slug}/members', params))
      members.push(member);
    yield { slug, members };
  }
}
var TeamMembersStream = class extends OrgStream {
  name = 'team_members';
  primaryKey = [['id'], ['team_slug']];
  async *readOrg(ctx, org) {
    for await (const { slug, members } of teamsWithMembers(this.gh.octokit, org, ctx.config)) {
      for (const member of members) yield { ...member, organization: org, team_slug: slug };
    }
  }
};

// packages/source-github/src/streams/team-memberships.ts
var TeamMembershipsStream = class extends OrgStream {
  name = 'team_memberships';
  primaryKey = [['url']];
  async *readOrg(_ctx, org) {
    for await (const { slug, members } of teamsWithMembers(this.gh.octokit, org, this.gh.config)) {
      for (const member of members) {
        const username = String(member.login);
        const { data } = await this.gh.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
          org,
          team_slug: slug,
          username,
        });
        yield { ...data, organization: org, team_slug: slug, username };
      }
    }
  }
};

// packages/source-github/src/streams/users.ts
var UsersStream = class extends OrgStream {
  name = 'users';
  primaryKey = [['id']];
  async *readOrg(ctx, org) {
    const params = { org, per_page: pageSizeOf(ctx.config) };
    for await (const user of restItems(this.gh.octokit, 'GET /orgs/{org}/members', params)) {
      yield { organization: org, ...user };
    }
  }
};

// packages/source-github/src/streams/workflow-runs.ts
var RUN_LOOKBACK_MS = 3 * 24 * 36e5;
async function* runsUpdatedSince(octokit, repo, since, perPage) {
  const stopBefore = since === void 0 ? void 0 : Date.parse(since) - RUN_LOOKBACK_MS;
  const params = { owner: repo.owner, repo: repo.name, per_page: perPage };
  for await (const page of restPages(octokit, 'GET /repos/{owner}/{repo}/actions/runs', params)) {
    let older = false;
    for (const run of page) {
      if (stopBefore !== void 0 && Date.parse(String(run.created_at)) < stopBefore) older = true;
      else yield run;
    }
    if (older) return;
  }
}
var WorkflowRunsStream = class extends RepoStream {
  name = 'workflow_runs';
  primaryKey = [['id']];
  cursorField = ['updated_at'];
  async *readRepo(ctx, repo) {
    const since = lowerBound(ctx.bookmark, ctx.config);
    for await (const run of runsUpdatedSince(this.gh.octokit, repo, since, pageSizeOf(ctx.config))) {
      yield run;
    }
  }
};

// packages/source-github/src/streams/workflow-jobs.ts
var WorkflowJobsStream = class extends RepoStream {
  name = 'workflow_jobs';
  primaryKey = [['id']];
  cursorField = ['completed_at'];
  async *readRepo(ctx, repo) {
    const since = lowerBound(ctx.bookmark, ctx.config);
    const perPage = pageSizeOf(ctx.config);
    const runs = [];
    for await (const run of runsUpdatedSince(this.gh.octokit, repo, since, perPage)) {
      if (since === void 0 || Date.parse(String(run.updated_at)) >= Date.parse(since)) runs.push(run);
    }
    for (const run of runs) {
      const params = { owner: repo.owner, repo: repo.name, run_id: Number(run.id), per_page: perPage };
      for await (const job of restItems(
        this.gh.octokit,
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
        params,
      )) {
        if (job.completed_at) yield { ...job, repository: repo.fullName };
      }
    }
  }
};

// packages/source-github/src/streams/workflows.ts
function workflowsStream(gh) {
  return new RepoListStream(gh, {
    name: 'workflows',
    route: 'GET /repos/{owner}/{repo}/actions/workflows',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
  });
}

// packages/source-github/src/github-source.ts
var GithubSource = class extends Source {
  /** @param clientOptions - test knobs for the HTTP client (backoff base, rate-limit time unit). */
  constructor(clientOptions = {}) {
    super();
    this.clientOptions = clientOptions;
  }
  clientOptions;
  name = 'source-github';
  version = '0.1.0';
  spec() {
    return spec;
  }
  async check(config, ctx) {
    const gh = this.context(config, ctx);
    try {
      await gh.octokit.request('GET /rate_limit');
    } catch (error) {
      const status = statusOf(error);
      if (status === 401) return { succeeded: false, message: 'GitHub refused the credentials (401 Bad credentials)' };
      throw configError(`Could not reach GitHub at ${gh.apiUrl}: ${error instanceof Error ? error.message : error}`);
    }
    const selection = await gh.resolver.resolve();
    if (selection.problems.length > 0) return { succeeded: false, message: selection.problems.join('; ') };
    if (selection.repositories.length === 0) {
      return { succeeded: false, message: 'No configured repository is visible to these credentials' };
    }
    return { succeeded: true };
  }
  streams(config, ctx) {
    const gh = this.context(config, ctx);
    const streams = [
      new RepositoriesStream(gh),
      new OrganizationsStream(gh),
      new UsersStream(gh),
      assigneesStream(gh),
      collaboratorsStream(gh),
      new TeamsStream(gh),
      new TeamMembersStream(gh),
      new TeamMembershipsStream(gh),
      branchesStream(gh),
      tagsStream(gh),
      releasesStream(gh),
      new CommitsStream(gh),
      new PullRequestsStream(gh),
      new PullRequestStatsStream(gh),
      new PullRequestCommitsStream(gh),
      new ReviewsStream(gh),
      reviewCommentsStream(gh),
      issuesStream(gh),
      issueLabelsStream(gh),
      issueMilestonesStream(gh),
      commentsStream(gh),
      workflowsStream(gh),
      new WorkflowRunsStream(gh),
      new WorkflowJobsStream(gh),
      new DeploymentsStream(gh),
    ];
    return streams;
  }
  concurrency(config) {
    return config.concurrency ?? 4;
  }
  context(config, ctx) {
    const octokit = createGithubClient(config, ctx, this.clientOptions);
    return {
      octokit,
      resolver: new RepositoryResolver(octokit, config, ctx),
      config,
      apiUrl: apiUrlOf(config),
      logger: ctx,
    };
  }
};

// packages/source-github/src/main.ts
await main(new GithubSource());
/*! Bundled license information:

content-type/dist/index.js:
  (*!
   * content-type
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

@octokit/request-error/dist-src/index.js:
  (* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist *)

@octokit/request/dist-bundle/index.js:
  (* v8 ignore next -- @preserve *)
  (* v8 ignore else -- @preserve *)

@octokit/oauth-methods/dist-bundle/index.js:
  (* v8 ignore next: we always pass a custom request in tests -- @preserve *)

@octokit/auth-oauth-device/dist-bundle/index.js:
  (* v8 ignore next 2 -- @preserve *)

@octokit/auth-oauth-user/dist-bundle/index.js:
  (* v8 ignore if -- @preserve *)
  (* v8 ignore next -- @preserve *)

@octokit/auth-oauth-app/dist-bundle/index.js:
  (* v8 ignore next -- @preserve *)

toad-cache/dist/toad-cache.mjs:
  (**
   * toad-cache
   *
   * @copyright 2026 Igor Savin <kibertoad@gmail.com>
   * @license MIT
   * @version 3.7.3
   *)

@octokit/auth-app/dist-node/index.js:
  (* v8 ignore next - permissions are optional per OpenAPI spec, but we think that is incorrect -- @preserve *)
  (* v8 ignore next - repositorySelection are optional per OpenAPI spec, but we think that is incorrect -- @preserve *)
  (* v8 ignore start - due to skipped tests, see https://github.com/octokit/auth-app.js/pull/580 -- @preserve *)
  (* v8 ignore end -- @preserve *)

@octokit/graphql/dist-bundle/index.js:
  (* v8 ignore if -- @preserve *)
*/
