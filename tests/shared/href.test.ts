import { isHttpUrl, isSafeHref } from '../../shared/article/href';

describe('isSafeHref', () => {
  test.each(['https://news.example/a', 'HTTP://x.example', 'mailto:desk@news.example', '/rel/path', 'rel/path', '#frag', '?q=1', '//cdn.example/x', 'a/b:c'])(
    'allows %j',
    (href) => expect(isSafeHref(href)).toBe(true),
  );

  test.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:x', 'java\nscript:x', 'java\tscript:x', '\u0000javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://x', '', '   '])(
    'refuses %j',
    (href) => expect(isSafeHref(href)).toBe(false),
  );
});

describe('isHttpUrl', () => {
  test('is true only for absolute http(s) URLs', () => {
    expect(isHttpUrl('https://news.example/x')).toBe(true);
    expect(isHttpUrl(' http://a.example ')).toBe(true);
    expect(isHttpUrl('RIA Novosti')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('https://a b')).toBe(false);
  });
});
