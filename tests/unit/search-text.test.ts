import { describe, expect, it } from 'vitest';
import { highlight, segmentsToHtml, snippet, wordMatches } from '@/lib/search/highlight';
import { normalizeText, parseSearchQuery } from '@/lib/search/normalize';
import { parseNear } from '@/lib/validations/listings';
import { dedupeAlternatives } from '@/db/queries/search';

describe('parseSearchQuery', () => {
  it('keeps letters and digits only, lower-cased, without duplicates', () => {
    expect(parseSearchQuery("Svejsning & 'TIG':* | !svejsning")?.terms).toEqual(['svejsning', 'tig']);
    expect(parseSearchQuery('KØLERUM 4')).toEqual({ terms: ['kølerum', '4'], norms: ['kolerum', '4'], text: 'kolerum 4' });
  });

  it('drops filler words unless nothing else is left, and has no query for punctuation', () => {
    expect(parseSearchQuery('transport til Odense')?.terms).toEqual(['transport', 'odense']);
    expect(parseSearchQuery('til')?.terms).toEqual(['til']);
    expect(parseSearchQuery('% _ !')).toBeNull();
    expect(parseSearchQuery('')).toBeNull();
  });

  it('caps the number and length of words', () => {
    expect(parseSearchQuery('a1 b2 c3 d4 e5 f6 g7 h8')?.terms).toHaveLength(6);
    expect(parseSearchQuery('x'.repeat(90))?.terms[0]).toHaveLength(40);
  });
});

describe('normalizeText', () => {
  it('mirrors lower(unaccent()) for Nordic letters', () => {
    expect(normalizeText('Sprøjtestøbte ÆBLER på Åen, Kärkkäinen')).toBe('sprojtestobte aebler pa aen, karkkainen');
  });
});

describe('highlighting', () => {
  const q = (s: string) => parseSearchQuery(s)!;

  it('matches stems, compounds, typos and missing accents', () => {
    expect(wordMatches('svejser', 'svejsning')).toBe(true);
    expect(wordMatches('plastik', 'plastemner')).toBe(true);
    expect(wordMatches('kuljetus', 'kuljetukset')).toBe(true);
    expect(wordMatches('pulverlakkering', 'pulverlakering')).toBe(true);
    expect(wordMatches('emner', 'plastemner')).toBe(true);
    expect(wordMatches('plastik', 'stål')).toBe(false);
  });

  it('cuts text into hit and non-hit segments', () => {
    expect(highlight('Sprøjtestøbte plastemner i små serier', q('plastik'))).toEqual([
      { text: 'Sprøjtestøbte ', hit: false },
      { text: 'plastemner', hit: true },
      { text: ' i små serier', hit: false },
    ]);
  });

  it('centres a snippet on the first match with ellipses', () => {
    const text = `${'Indledning om firmaet. '.repeat(20)}Vi tilbyder svejsning af stål. ${'Mere tekst her. '.repeat(20)}`;
    const s = snippet(text, q('svejser'), 120);
    expect(s[0]?.text.startsWith('… ')).toBe(true);
    expect(s.at(-1)?.text.endsWith(' …')).toBe(true);
    expect(s.some((x) => x.hit && x.text === 'svejsning')).toBe(true);
    expect(s.map((x) => x.text).join('').length).toBeLessThanOrEqual(126);
  });

  it('escapes HTML before marking matches', () => {
    const html = segmentsToHtml(highlight('<script>alert("x")</script> plastemner & co', q('plastik')));
    expect(html).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>plastemner</mark> &amp; co');
  });
});

describe('dedupeAlternatives', () => {
  it('drops repeated top-level alternatives and keeps groups intact', () => {
    expect(dedupeAlternatives("'svejsning':* | 'svejsning':* | 'svejsn':* | 'svejsning':*")).toBe("'svejsning':* | 'svejsn':*");
    expect(dedupeAlternatives("'a' & 'b' | 'c' | 'a' & 'b'")).toBe("'a' & 'b' | 'c'");
    expect(dedupeAlternatives("( 'a' | 'b' ) & 'c' | 'd' | 'd'")).toBe("( 'a' | 'b' ) & 'c' | 'd'");
    expect(dedupeAlternatives("'it''s | x' | 'y' | 'y'")).toBe("'it''s | x' | 'y'");
    expect(dedupeAlternatives('')).toBe('');
  });
});

describe('parseNear', () => {
  it('accepts coordinates and DK/FI postcodes, rejects the rest', () => {
    expect(parseNear('55.72, 11.72')).toEqual({ lat: 55.72, lng: 11.72 });
    expect(parseNear('4300')).toEqual({ postcode: '4300', country: 'DK' });
    expect(parseNear('33100')).toEqual({ postcode: '33100', country: 'FI' });
    expect(parseNear('DK-4420')).toEqual({ postcode: '4420', country: 'DK' });
    expect(parseNear('FI-4420')).toBeNull();
    expect(parseNear('10.0,200')).toBeNull();
    expect(parseNear('Holbæk')).toBeNull();
  });
});
