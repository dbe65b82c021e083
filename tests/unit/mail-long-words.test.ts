// Issue 18: a 115-character word from a user (a listing's title in a notification) must not widen
// an e-mail beyond the phone's screen: the HTML body breaks long words.
import { describe, expect, it } from 'vitest';
import { simpleHtml } from '@/lib/mail';

describe('simpleHtml', () => {
  it('breaks words longer than the line in every paragraph', () => {
    const html = simpleHtml({ paragraphs: ['x'.repeat(115)], action: { label: 'Åbn', url: 'https://example.com/' } });
    expect(html).toMatch(/<body style="[^"]*overflow-wrap:anywhere/);
    expect(html).toMatch(/<body style="[^"]*word-break:break-word/);
  });
});
