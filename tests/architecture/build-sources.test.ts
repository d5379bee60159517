/**
 * The built server's JavaScript is what V8 keeps in the heap for the process's whole life: every
 * script's source stays (lazy compilation, `Function.prototype.toString`), and a source holding one
 * character above U+00FF is kept two bytes per character. The build drops comments (`removeComments`
 * in tsconfig.build.json): the server's own modules lose their comments' bytes, and the files whose only
 * such characters were in comments (an em dash, an ellipsis, an arrow) are kept one byte per character.
 * Live heap of a server with 50 rooms × 3 clients −0.33 MB (docs/benchmarks.md, "Twenty-third pass").
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '..', '..');

function buildOptions(): ts.CompilerOptions {
  const file = path.join(root, 'tsconfig.build.json');
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, file).options;
}

function build(relative: string): string {
  const source = fs.readFileSync(path.join(root, relative), 'utf8');
  return ts.transpileModule(source, { compilerOptions: { ...buildOptions(), sourceMap: false }, fileName: relative }).outputText;
}

/** Characters a one-byte (Latin-1) V8 string cannot hold. */
const WIDE = /[^\x00-\xff]/u;

describe('the built server sources', () => {
  test('carry no comments', () => {
    const out = build('server/collab/room.ts');
    expect(out).toContain('class Room');
    expect(out).not.toMatch(/\/\*\*|^\s*\/\/ /m);
  });

  test.each(['server/collab/room.ts', 'server/collab/ws-transport.ts', 'server/collab/connection.ts', 'server/articles/desk-index.ts'])(
    '%s, whose wide characters are all in comments, builds to a one-byte source',
    (file) => {
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      expect(source).toMatch(WIDE); // the case this guards
      expect(build(file)).not.toMatch(WIDE);
    },
  );
});
