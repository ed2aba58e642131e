import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/utils/excerpt';

describe('excerptSegments', () => {
  it.each([
    ['plain text', [{ text: 'plain text', matched: false }]],
    [
      'in <mark>kirsal</mark> areas',
      [
        { text: 'in ', matched: false },
        { text: 'kirsal', matched: true },
        { text: ' areas', matched: false },
      ],
    ],
    [
      '<mark>a</mark><mark>b</mark>',
      [
        { text: 'a', matched: true },
        { text: 'b', matched: true },
      ],
    ],
    ['Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#39;', [{ text: 'Tom & Jerry <3 "x" \'y\'', matched: false }]],
    ['', []],
  ])('%j', (excerpt, segments) => {
    expect(excerptSegments(excerpt)).toEqual(segments);
  });

  it('drops any other tag, so no markup from the index can reach the page', () => {
    const text = excerptSegments('a <img src=x onerror=alert(1)>b <script>c</script>')
      .map((s) => s.text)
      .join('');
    expect(text).toBe('a b c');
    expect(text).not.toContain('<');
  });
});
