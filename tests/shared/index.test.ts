import * as shared from '../../shared';
import * as convert from '../../shared/article/convert';
import * as errors from '../../shared/contract/errors';
import * as href from '../../shared/article/href';
import * as layout from '../../shared/article/layout';
import * as quoteAttrs from '../../shared/attribution/quote-attrs';
import * as renderHtml from '../../shared/render/html';
import * as renderMarkdown from '../../shared/render/markdown';
import * as repair from '../../shared/article/repair';
import * as result from '../../shared/contract/result';
import * as schema from '../../shared/article/schema';
import * as threadAnchor from '../../shared/threads/anchor';
import * as threads from '../../shared/threads/threads';
import * as roles from '../../shared/contract/roles';
import * as attribution from '../../shared/attribution/checker';
import * as quotes from '../../shared/attribution/finder';
import * as desk from '../../shared/contract/desk';

describe('shared/index', () => {
  test.each(
    Object.entries({
      convert,
      errors,
      href,
      layout,
      quoteAttrs,
      renderHtml,
      renderMarkdown,
      repair,
      result,
      schema,
      threadAnchor,
      threads,
      roles,
      attribution,
      quotes,
      desk,
    }),
  )('re-exports every runtime export of %s', (_name, module) => {
    for (const [key, value] of Object.entries(module)) {
      expect(shared).toHaveProperty(key, value);
    }
  });
});
