import * as shared from '../../shared';
import * as convert from '../../shared/convert';
import * as errors from '../../shared/errors';
import * as href from '../../shared/href';
import * as layout from '../../shared/layout';
import * as quoteAttrs from '../../shared/quote-attrs';
import * as renderHtml from '../../shared/render-html';
import * as renderMarkdown from '../../shared/render-markdown';
import * as repair from '../../shared/repair';
import * as result from '../../shared/result';
import * as schema from '../../shared/schema';
import * as threadAnchor from '../../shared/thread-anchor';
import * as threads from '../../shared/threads';
import * as roles from '../../shared/roles';
import * as attribution from '../../shared/attribution';
import * as quotes from '../../shared/quotes';
import * as desk from '../../shared/desk';

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
