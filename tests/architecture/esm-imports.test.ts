/**
 * The server binds yjs, lib0 and y-protocols directly, not through an interop copy with a getter per
 * export (issue 14, CPU per delivery). The built server is CommonJS compiled with `esModuleInterop`,
 * and it runs those packages' ES module builds (`--conditions=module`, tests/architecture/yjs-build.test.ts).
 * `require()` of an ES module returns its namespace object, which has no `__esModule`, so TypeScript's
 * `__importStar` — what `import * as Y from 'yjs'` compiles to — copies it into a new object whose every
 * export is `get: function () { return m[k]; }`: one more call for each `decoding.readVarUint`,
 * `Y.decodeUpdate`, `instanceof Y.Item`, … on the key path (3.2% of the server's busy time in W1 was that
 * getter in protocol.js alone). `import Y = require('yjs')` compiles to `const Y = require("yjs")`, the
 * namespace itself, with the same names and types (docs/benchmarks.md, "Twentieth pass").
 *
 * Checked on what TypeScript emits for every server file, with the build's module settings. shared/ is
 * left out: the client's bundler reads it as ES modules, where `import * as` is the right form.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT, tsSources } from '../helpers/sources';
import { SERVER_NODE_FLAGS } from '../../server/node-flags';

const PACKAGES = /^(yjs|lib0\/[\w/-]+|y-protocols\/[\w/-]+)$/;

/** The build's compiler options (tsconfig.build.json and what it extends), as `tsc -p tsconfig.build.json` reads them. */
function buildOptions(): ts.CompilerOptions {
  const file = path.join(ROOT, 'tsconfig.build.json');
  const read = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, file).options;
}

/** `import * as` specifiers of the three packages that the emitted CommonJS wraps in `__importStar`. */
function wrappedImports(js: string): string[] {
  return [...js.matchAll(/__importStar\(require\("([^"]+)"\)\)/g)].map((m) => m[1]).filter((s) => PACKAGES.test(s));
}

test('the build settings are the ones that make __importStar copy a namespace (CommonJS, esModuleInterop)', () => {
  const options = buildOptions();
  expect(options.module).toBe(ts.ModuleKind.CommonJS);
  expect(options.esModuleInterop).toBe(true);
  const js = ts.transpileModule("import * as Y from 'yjs';\nexport const d = () => new Y.Doc();\n", { compilerOptions: options }).outputText;
  expect(wrappedImports(js)).toEqual(['yjs']);
  const direct = ts.transpileModule("import Y = require('yjs');\nexport const d = () => new Y.Doc();\n", { compilerOptions: options }).outputText;
  expect(wrappedImports(direct)).toEqual([]);
  expect(direct).toContain('const Y = require("yjs");');
});

test('no server file reaches yjs, lib0 or y-protocols through an __importStar copy', () => {
  const options = buildOptions();
  const offenders: string[] = [];
  let checked = 0;
  for (const file of tsSources('server')) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    if (!/['"](yjs|lib0\/|y-protocols\/)/.test(text)) continue;
    checked++;
    const js = ts.transpileModule(text, { compilerOptions: options, fileName: file }).outputText;
    for (const spec of wrappedImports(js)) offenders.push(`${file}: ${spec}`);
  }
  expect(checked).toBeGreaterThan(10); // protocol.ts, room.ts, guard.ts, … import them
  expect(offenders).toEqual([]);
});

test('under the shipped flags an __importStar copy of lib0/decoding is getters; the require itself is the module', () => {
  const helper = ts.transpileModule("import * as d from 'lib0/decoding';\nexport const viaStar = d;\n", { compilerOptions: buildOptions() }).outputText;
  const script = `
const m = { exports: {} };
new Function('exports', 'require', 'module', ${JSON.stringify(helper)})(m.exports, require, m);
const star = m.exports.viaStar;
const direct = require('lib0/decoding');
console.log(JSON.stringify({
  starGetter: typeof Object.getOwnPropertyDescriptor(star, 'readVarUint').get,
  directIsModule: Object.prototype.toString.call(direct),
  same: star.readVarUint === direct.readVarUint,
}));`;
  const out = execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(JSON.parse(out.trim().split('\n').pop() ?? '{}')).toEqual({ starGetter: 'function', directIsModule: '[object Module]', same: true });
});
