/**
 * CommonJS (and `require`d ES module) sources compiled one byte per character. V8 keeps every script's
 * source in the heap for the process's whole life (lazy compilation, `Function.prototype.toString`),
 * and a source holding even one character above U+00FF is kept two bytes per character: Yjs's ES build
 * (600 kB for 300 k characters: four of them wide, a `⇒` in a comment and U+FFFD in two strings), zod's
 * core and classic files (an em dash in a comment each), qs, … Each such character is written as its
 * `\uXXXX` escape before the module is compiled, which reads the same in a string, a template's value,
 * a regular expression, an identifier and a comment, and the result is made a one-byte string (a
 * `replace` on a two-byte string stays two-byte). Left as they are: sources where the escapes would
 * cost more than they save, with a wide character right after a backslash, or naming `String.raw` (a
 * template's raw text is the one reading that changes; `Function.prototype.toString` shows the escapes).
 * Installed first by `server/main.ts` (docs/benchmarks.md, "Twenty-third pass").
 */
import Module from 'node:module';

const WIDE = /[^\x00-\xff]/g;
const ANY_WIDE = /[^\x00-\xff]/;

/** `source` with every character above U+00FF escaped, one byte a character; `source` itself when that is not safe or not smaller. */
export function oneByteSource(source: string): string {
  if (!ANY_WIDE.test(source) || source.includes('String.raw')) return source;
  let wide = 0;
  for (const m of source.matchAll(WIDE)) {
    if (source[m.index - 1] === '\\') return source;
    wide++;
  }
  // Kept: one byte a character instead of two, plus five for each escape.
  if (wide * 5 >= source.length) return source;
  const escaped = source.replace(WIDE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return Buffer.from(escaped, 'latin1').toString('latin1');
}

type Compile = ((this: Module, content: string, filename: string) => unknown) & { oneByte?: true };
const proto = Module.prototype as unknown as { _compile: Compile };

/** Wraps the module loader's compile step (once per process). */
export function compileOneByteSources(): void {
  if (proto._compile.oneByte) return;
  const compile = proto._compile;
  const wrapped: Compile = function (this: Module, content: string, filename: string) {
    return compile.call(this, oneByteSource(content), filename);
  };
  wrapped.oneByte = true;
  proto._compile = wrapped;
}

compileOneByteSources();
