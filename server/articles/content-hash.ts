/** The hash that tells whether an article changed since it was published: over exactly what a publish stores. */
import { createHash } from 'node:crypto';

/** sha256 (hex) of the rendered HTML and the ProseMirror JSON string. */
export function contentHash(html: string, docJson: string): string {
  return createHash('sha256').update(html).update('\u0000').update(docJson).digest('hex');
}
