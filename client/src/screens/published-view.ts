/**
 * The published view (`#/a/<id>/published`): the article's latest published revision as the
 * server rendered it, inside `<iframe sandbox="allow-same-origin" srcdoc>`. The server escapes
 * every text, but the sandbox (no scripts, no forms, no navigation of this page) means this page
 * never has to trust that; `allow-same-origin` without `allow-scripts` only lets this page read the
 * frame's height, so the frame is as tall as the article: the page scrolls, never an inner frame.
 * Beside it, the revision's quotes with their attribution, read from the HTML by an inert DOMParser.
 */
import { ApiError, getPublished, messageOf, type PublishedReply } from '../app/api';
import { h, replaceChildren } from '../app/dom';
import { absoluteTime } from '../app/format';
import { hrefOf } from '../app/router';

/** Typography of the published page inside the frame (the frame inherits none of ours). */
const FRAME_STYLE = `
body { margin: 0; padding: 32px 40px; font: 1.1rem/1.7 'Iowan Old Style', Charter, Georgia, 'Liberation Serif', serif; color: #1a1a1a; }
h1 { font-size: 2.2rem; line-height: 1.15; margin: 0 0 12px; }
.standfirst { font-size: 1.25rem; color: #4f4f4f; border-bottom: 1px solid #d9d5cc; padding-bottom: 16px; }
.standfirst:empty { display: none; }
q[data-speaker] { background: #fbf3dc; }
/* The copy carries its own quotation marks around a <q>; the browser must not add a second pair. */
q::before, q::after { content: none; }
blockquote { margin: 1.2em 0; padding-left: 20px; border-left: 4px solid #b4232c; color: #4f4f4f; }
@media (max-width: 640px) { body { padding: 16px; } }
`;

type PublishedQuote = { words: string; credit: string };

export function mountPublishedView(root: HTMLElement, articleId: string): () => void {
  let disposed = false;
  document.title = 'Published — Copydesk';
  const status = h('p', { class: 'list-status', role: 'status' }, 'Loading the published revision…');
  const content = h('div', { class: 'published-content' });
  replaceChildren(
    root,
    h(
      'div',
      { class: 'published-screen' },
      h(
        'nav',
        { class: 'published-nav', 'aria-label': 'Article' },
        h('a', { class: 'back', href: '#/' }, h('span', { 'aria-hidden': 'true' }, '← '), 'All articles'),
        h('a', { class: 'back', href: hrefOf({ type: 'editor', articleId }) }, 'Open in the editor'),
      ),
      status,
      content,
    ),
  );

  getPublished(articleId)
    .then((published) => {
      if (disposed) return;
      status.textContent = '';
      render(content, published);
    })
    .catch((e: unknown) => {
      if (disposed) return;
      status.classList.add('error');
      status.textContent = e instanceof ApiError && e.status === 404 ? 'This article has not been published yet.' : `Could not load it: ${messageOf(e)}`;
    });

  return () => {
    disposed = true;
  };
}

function render(content: HTMLElement, published: PublishedReply): void {
  const headline = new DOMParser().parseFromString(published.html, 'text/html').querySelector('h1')?.textContent ?? 'Published article';
  document.title = `${headline} (published) — Copydesk`;
  const frame = h('iframe', {
    class: 'published-frame',
    id: 'published-frame',
    title: `Published revision ${published.revision}: ${headline}`,
    sandbox: 'allow-same-origin',
    referrerpolicy: 'no-referrer',
  });
  fitToContent(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${FRAME_STYLE}</style></head><body>${published.html}</body></html>`;
  const quotes = quotesOf(published.html);
  replaceChildren(
    content,
    h(
      'header',
      { class: 'published-header' },
      h('h1', { id: 'published-title' }, `Published revision ${published.revision}`),
      h('p', {}, 'Published ', h('time', { datetime: published.publishedAt }, absoluteTime(published.publishedAt))),
    ),
    h(
      'div',
      { class: 'published-layout' },
      frame,
      h(
        'aside',
        { class: 'attribution-panel', 'aria-labelledby': 'published-quotes-title' },
        h('h2', { class: 'panel-title', id: 'published-quotes-title' }, `Quotes (${quotes.length})`),
        quotes.length === 0
          ? h('p', { class: 'panel-empty' }, 'No quotes in this revision.')
          : h(
              'ul',
              { class: 'quote-list', id: 'published-quotes' },
              ...quotes.map((q) => h('li', { class: 'quote-item' }, h('p', { class: 'quote-words' }, `“${q.words}”`), h('p', { class: 'quote-credit' }, `— ${q.credit}`))),
            ),
      ),
    ),
  );
}

/**
 * Keeps the frame exactly as tall as its document: on load and whenever the frame's body changes
 * size (a narrower window reflows the text). The observer goes when the frame leaves the page.
 */
function fitToContent(frame: HTMLIFrameElement): void {
  const fit = () => {
    // The body's own height (its padding keeps its children's margins inside): the document's
    // scrollHeight never drops below the frame's current height, so it could grow but not shrink.
    const body = frame.contentDocument?.body;
    if (body) frame.style.height = `${Math.ceil(body.getBoundingClientRect().height)}px`;
  };
  frame.addEventListener('load', () => {
    fit();
    const body = frame.contentDocument?.body;
    if (!body) return;
    const observer = new ResizeObserver(() => (frame.isConnected ? fit() : observer.disconnect()));
    observer.observe(body);
  });
}

/** The quotes of the published HTML: DOMParser documents run no scripts and load nothing. */
function quotesOf(html: string): PublishedQuote[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.querySelectorAll('q[data-speaker], blockquote[data-speaker]')).map((el) => ({
    words: (el.tagName === 'BLOCKQUOTE' ? Array.from(el.querySelectorAll('p')).map((p) => p.textContent).join(' ') : el.textContent) ?? '',
    credit: ['data-speaker', 'data-role', 'data-source']
      .map((a) => el.getAttribute(a)?.trim() ?? '')
      .filter(Boolean)
      .join(', '),
  }));
}
