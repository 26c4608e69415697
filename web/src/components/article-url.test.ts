import { describe, expect, it } from 'vitest';
import { webUrl } from './ArticleReader.tsx';

describe('an article address becomes a link only when it is http(s)', () => {
  it.each([
    ['https://nos.nl/artikel/1', 'https://nos.nl/artikel/1'],
    ['HTTP://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['//evil.example', null],
    ['', null],
    [null, null],
  ])('%s → %s', (u, want) => expect(webUrl(u)).toBe(want));
});
