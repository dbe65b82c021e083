import { describe, expect, it } from 'vitest';
import { buildReasons, formatReasons, reasonsLine, type Reason } from '@/lib/matching/explain';
import { sectorMatch } from '@/lib/matching/sectors';

const input = {
  distanceKm: 3,
  sharedConcepts: ['powder-coating'],
  window: { from: '2026-01-01', to: '2026-03-31' },
  sector: sectorMatch(['25.11'], ['25.61']),
};

describe('buildReasons', () => {
  it('gives message keys with values, the concept labelled in the viewer language', () => {
    expect(buildReasons(input, 'da')).toEqual([
      { key: 'distance', values: { km: 3 } },
      { key: 'sharedConcept', values: { concept: 'pulverlakering', conceptId: 'powder-coating' } },
      { key: 'window', values: { from: '2026-01-01', to: '2026-03-31' } },
      { key: 'sectors', values: { a: '25.11', b: '25.61' } },
    ]);
    expect(buildReasons({ sharedConcepts: ['welding'] }, 'fi')[0]?.values?.concept).toBe('hitsaus');
  });

  it('leaves out what is unknown or not worth saying', () => {
    expect(buildReasons({ distanceKm: null, sharedConcepts: [], window: null, sector: sectorMatch([], []) }, 'en')).toEqual([]);
    expect(buildReasons({ sector: sectorMatch(['47.11'], ['47.19']) }, 'en')).toEqual([]);
    expect(buildReasons({ sharedConcepts: ['plastic', 'welding', 'steel'] }, 'en')).toHaveLength(2);
    expect(buildReasons({ coverage: 1.7, pooling: 3 }, 'en')).toEqual([{ key: 'quantity', values: { percent: 100 } }, { key: 'pooling', values: { count: 3 } }]);
  });
});

describe('formatReasons', () => {
  const reasons = buildReasons(input, 'da');
  it('reads naturally in English', () => {
    expect(reasonsLine(reasons, 'en').replace(/\s/g, ' ')).toBe('3 km away · both about powder coating · available Jan – Mar · complementary sectors: 25.11 ↔ 25.61');
  });
  it('reads naturally in Danish', () => {
    expect(reasonsLine(reasons, 'da')).toBe('3 km væk · begge om pulverlakering · i perioden jan.–mar. · brancher der supplerer hinanden: 25.11 ↔ 25.61');
  });
  it('reads naturally in Finnish, re-labelling the stored concept', () => {
    expect(reasonsLine(reasons, 'fi')).toBe('3 km:n päässä · molemmat koskevat aihetta jauhemaalaus · ajalla tammi–maalis · toisiaan täydentävät toimialat: 25.11 ↔ 25.61');
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
