import { describe, expect, it } from 'vitest';
import { buildReasons, formatReasons, reasonsLine, sectorName, type Reason } from '@/lib/matching/explain';
import { sectorMatch } from '@/lib/matching/sectors';

const input = {
  distanceKm: 3,
  sharedConcepts: ['powder-coating'],
  window: { from: '2026-01-01', to: '2026-03-31' },
  sector: sectorMatch(['25.11'], ['25.61']),
};

// Words that only a Danish explanation would contain, and a NACE code anywhere.
const DANISH = /væk|begge om|i perioden|brancher|supplerer|dækker|pulverlakering|Fremstilling|Overfladebehandling/i;
const NACE_CODE = /\b\d{2}\.\d{1,2}\b/;

describe('buildReasons', () => {
  it('stores language-neutral values only: concept ids, NACE codes, ISO dates, numbers', () => {
    const reasons = buildReasons(input);
    expect(reasons).toEqual([
      { key: 'distance', values: { km: 3 } },
      { key: 'sharedConcept', values: { conceptId: 'powder-coating' } },
      { key: 'window', values: { from: '2026-01-01', to: '2026-03-31' } },
      { key: 'sectors', values: { a: '25.11', b: '25.61' } },
    ]);
    // Built for any locale, the stored reasons are the same.
    expect(buildReasons(input, 'fi')).toEqual(reasons);
    expect(buildReasons(input, 'en')).toEqual(reasons);
  });

  it('leaves out what is unknown or not worth saying', () => {
    expect(buildReasons({ distanceKm: null, sharedConcepts: [], window: null, sector: sectorMatch([], []) }, 'en')).toEqual([]);
    expect(buildReasons({ sector: sectorMatch(['47.11'], ['47.19']) }, 'en')).toEqual([]);
    expect(buildReasons({ sharedConcepts: ['plastic', 'welding', 'steel'] }, 'en')).toHaveLength(2);
    // A broader concept is not named beside a narrower one of its own: stainless steel, not also steel.
    expect(buildReasons({ sharedConcepts: ['stainless', 'steel', 'welding'] }).map((r) => r.values?.conceptId)).toEqual(['stainless', 'welding']);
    // A shared feature that is not a thesaurus concept has no label: not named.
    expect(buildReasons({ sharedConcepts: ['w:foobar'] }, 'en')).toEqual([]);
    expect(buildReasons({ coverage: 1.7, pooling: 3 }, 'en')).toEqual([
      { key: 'quantity', values: { percent: 100 } },
      { key: 'pooling', values: { count: 3 } },
    ]);
  });
});

describe('formatReasons: the same match explained in each language', () => {
  const reasons = buildReasons(input);
  it('Danish: sector names, not codes', () => {
    expect(reasonsLine(reasons, 'da')).toBe(
      '3 km væk · begge om pulverlakering · i perioden jan.–mar. · brancher der supplerer hinanden: Fremstilling af metalkonstruktioner og dele heraf ↔ Overfladebehandling af metal',
    );
  });
  it('English: nothing Danish, no NACE code', () => {
    const line = reasonsLine(reasons, 'en').replace(/\s/g, ' ');
    expect(line).toBe(
      '3 km away · both about powder coating · available Jan – Mar · complementary sectors: Manufacture of metal structures and parts of structures ↔ Treatment and coating of metals',
    );
    expect(line).not.toMatch(DANISH);
    expect(line).not.toMatch(NACE_CODE);
  });
  it('Finnish: nothing Danish, no NACE code', () => {
    const line = reasonsLine(reasons, 'fi');
    expect(line).toBe(
      '3 km:n päässä · molemmat koskevat aihetta jauhemaalaus · ajalla tammi–maalis · toisiaan täydentävät toimialat: Metallirakenteiden ja niiden osien valmistus ↔ Metallien käsittely ja päällystäminen',
    );
    expect(line).not.toMatch(DANISH);
    expect(line).not.toMatch(NACE_CODE);
  });

  it('rows stored before (a Danish label beside the id, or a label only) read in the reader’s language', () => {
    const old: Reason[] = [
      { key: 'sharedConcept', values: { concept: 'pulverlakering', conceptId: 'powder-coating' } },
      { key: 'sharedConcept', values: { concept: 'svejsning' } },
      { key: 'sectors', values: { a: '25.11', b: '25.61' } },
      { key: 'quantity', values: { percent: 80 } },
    ];
    const en = formatReasons(old, 'en');
    expect(en.join(' · ')).not.toMatch(DANISH);
    expect(en.join(' · ')).not.toMatch(NACE_CODE);
    expect(en[0]).toBe('both about powder coating');
    expect(en[1]).toBe('both about welding');
    expect(formatReasons(old, 'fi')[1]).toBe('molemmat koskevat aihetta hitsaus');
    expect(en[3]).toBe('covers 80% of the need');
    // A label that is no concept (unknown to this version) is dropped rather than shown in Danish.
    expect(formatReasons([{ key: 'sharedConcept', values: { concept: 'noget ukendt' } }], 'en')).toEqual([]);
  });

  it('names a code without a name of its own by its nearest named ancestor, never the code', () => {
    expect(sectorName('25.61', 'fi')).toBe('Metallien käsittely ja päällystäminen');
    expect(sectorName('25.6', 'en')).toMatch(/[a-z]/);
    expect(sectorName('25.6', 'en')).not.toMatch(NACE_CODE);
    expect(formatReasons([{ key: 'sectors', values: { a: '99.99', b: '25.61' } }], 'en').join('')).not.toMatch(NACE_CODE);
  });

  it('formats numbers, open-ended windows, years and group reasons per locale', () => {
    const more: Reason[] = [
      { key: 'distance', values: { km: 2.5 } },
      { key: 'window', values: { from: '2026-02-01' } },
      { key: 'window', values: { to: '2027-01-15' } },
      { key: 'window', values: { from: '2026-11-01', to: '2027-02-01' } },
      { key: 'bundling', values: { count: 2 } },
    ];
    const da = formatReasons(more, 'da');
    expect(da[0]).toBe('2,5 km væk');
    expect(da[1]).toBe('fra feb. 2026');
    expect(da[2]).toMatch(/^til jan\.? 2027$/);
    expect(da[3]).toMatch(/2026.*2027/);
    expect(da[4]).toBe('2 tilbud dækker behovet sammen');
    expect(formatReasons(more, 'en')[0]).toBe('2.5 km away');
    expect(formatReasons(more, 'fi')[1]).toMatch(/^helmi.* 2026 alkaen$/);
  });
});
