/**
 * The rooms' import rules, read from the source with the TypeScript compiler's own import scanner:
 * no import circle anywhere in server/, shared/ or client/src/ (type-only imports included: a
 * circle of types is still two modules that cannot be understood apart), shared/ imports neither
 * server/ nor client/, and neither of those imports the other.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT, tsSources } from '../helpers/sources';

const FOLDERS = ['server', 'shared', 'client/src'];

/** The repository files `file` imports (relative specifiers only; packages are not ours). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  const out: string[] = [];
  for (const spec of found) {
    if (!spec.startsWith('.')) continue;
    const base = path.join(path.dirname(file), spec);
    const hit = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(path.join(ROOT, candidate)));
    if (hit) out.push(hit);
  }
  return out;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of FOLDERS.flatMap(tsSources)) graph.set(file, importsOf(file));
  return graph;
}

/** One cycle per strongly connected component of more than one file (Tarjan), as `a → b → a`. */
export function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const graph = importGraph();

test('the scan sees the code (a sanity check on the graph itself)', () => {
  expect(graph.size).toBeGreaterThan(100);
  expect(graph.get(path.join('server', 'main.ts'))?.length).toBeGreaterThan(0);
});

test('the cycle finder finds a planted circle', () => {
  const planted = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  expect(circles(planted)).toEqual([['a', 'b', 'c']]);
});

test('no import circles in server/, shared/, client/src/', () => {
  expect(circles(graph)).toEqual([]);
});

test.each([
  ['shared', ['server', 'client']],
  ['server', ['client']],
  ['client/src', ['server']],
])('%s/ imports nothing from %j', (from, forbidden) => {
  const bad = [...graph].flatMap(([file, imports]) =>
    file.startsWith(`${from}/`) ? imports.filter((to) => forbidden.some((f) => to.startsWith(`${f}/`))).map((to) => `${file} → ${to}`) : [],
  );
  expect(bad).toEqual([]);
});
