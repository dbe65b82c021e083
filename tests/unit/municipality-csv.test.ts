import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AreaOverviewDto } from '@/lib/dal/municipality';
import { aggregateArea } from '@/lib/municipality/aggregate';
import { csvFileName, csvRows, toCsv, type CsvLabels } from '@/lib/municipality/csv';

const labels: CsvLabels = {
  headers: ['Tabel', 'Område', 'Postnumre', 'Måned', 'Type', 'Kategori', 'Branche', 'Mål', 'Antal', 'Bemærkning'],
  tables: {
    keyFigures: 'Nøgletal',
    areas: 'Områder',
    areaCategories: 'Område og kategori',
    areaSectors: 'Område og branche',
    categories: 'Kategorier',
    sectors: 'Brancher',
    sectorFirms: 'Virksomheder pr. branche',
    activity: 'Aktivitet',
    outcomes: 'Resultater',
  },
  keyFigures: {
    memberFirms: 'Medlemsvirksomheder',
    activeFirms: 'Aktive',
    openOffers: 'Åbne tilbud',
    openNeeds: 'Åbne behov',
    listings: 'Nye opslag',
    matches: 'Match',
    introductions: 'Kontakter',
    outcomes: 'Resultater',
    meetings: 'Møder',
  },
  activity: { listings: 'Nye opslag', matches: 'Match', introductions: 'Kontakter', outcomes: 'Resultater', meetings: 'Møder' },
  kinds: { offer: 'Tilbud', need: 'Behov' },
  firms: 'Virksomheder',
  listings: 'Åbne opslag',
  category: (k) => `kat:${k}`,
  sector: (k) => `sek:${k}`,
  outcomeKind: (k) => `res:${k}`,
  area: (c) => (c.places[0] ? `${c.places[0].postcode} ${c.places[0].name}` : 'Resten'),
  total: 'Hele netværket',
  combined: 'Samlet',
  otherCategories: 'Øvrige kategorier',
  otherSectors: 'Øvrige brancher',
  otherMonths: 'Øvrige måneder',
  otherKinds: 'Øvrige typer',
  withheldNote: 'færre end 3 virksomheder',
  otherNote: 'sum af skjulte tal',
};

function overview(needs: { firmId: string; kind: 'need'; category: 'staff' }[] = []): AreaOverviewDto {
  const firms = [
    ...['a', 'b', 'c', 'd'].map((id) => ({ id: `secret-${id}`, unit: 'DK-4420', section: 'C' })),
    ...['e', 'f', 'g'].map((id) => ({ id: `secret-${id}`, unit: 'DK-4300', section: 'H' })),
  ];
  const area = aggregateArea({
    firms,
    units: [
      { key: 'DK-4420', lat: 55.66, lng: 11.61 },
      { key: 'DK-4300', lat: 55.71, lng: 11.71 },
    ],
    listings: [
      ...firms.map((f) => ({ firmId: f.id, kind: 'offer' as const, category: 'capacity' as const })),
      { firmId: 'secret-a', kind: 'offer', category: 'staff', count: 5 },
      ...needs,
    ],
  });
  const place = (key: string) => (key === 'DK-4420' ? { postcode: '4420', name: 'Regstrup' } : { postcode: '4300', name: 'Holbæk' });
  const dto = ({ units, ...c }: (typeof area.cells)[number]) => ({ ...c, places: units.map(place) });
  return {
    network: { ref: 'vestsjaelland', name: 'Industrivej Vestsjælland' },
    networks: [],
    period: '12m',
    from: '2024-07',
    to: '2025-06',
    generatedAt: '2025-06-15T10:00:00.000Z',
    area: { ...area, cells: area.cells.map(dto), rest: null },
    activity: [{ month: '2025-06', listings: 4, matches: 1, introductions: 0, outcomes: 0, meetings: 1 }],
    totals: { listings: 4, matches: 1, introductions: 0, outcomes: 0, meetings: 1 },
    withheld: { listings: 0, matches: 0, introductions: 0, outcomes: 0, meetings: 0 },
    outcomes: { byKind: { deal: 1, shared_hire: 0, joint_purchase: 0, project: 0, knowledge: 0, none: 0, other: 0 }, otherKinds: 0, results: 1 },
  };
}

describe('municipality CSV', () => {
  it('starts with a BOM, uses the separator asked for and has one header', () => {
    const text = toCsv(overview(), labels, ';');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Tabel;Område;Postnumre;Måned;Type;Kategori;Branche;Mål;Antal;Bemærkning');
    expect(toCsv(overview(), labels, ',').slice(1).split('\r\n')[0]).toContain('Tabel,Område');
  });

  it('has the same withheld counts as the page, with a note instead of a number', () => {
    const o = overview();
    const rows = csvRows(o, labels);
    // One firm's five staff offers: withheld in the network's category list.
    expect(o.area.kinds.offer?.categories.values.staff).toBeNull();
    const staff = rows.find((r) => r[0] === 'Kategorier' && r[5] === 'kat:staff');
    expect(staff?.[8]).toBe('');
    expect(staff?.[9]).toBe('færre end 3 virksomheder');
    // Every published category count adds up with "other" to the total.
    const cats = rows.filter((r) => r[0] === 'Kategorier' && r[4] === 'Tilbud');
    expect(cats.reduce((s, r) => s + (typeof r[8] === 'number' ? r[8] : 0), 0)).toBe(o.area.kinds.offer!.total);
  });

  it('lists areas with postcodes, key figures and months, and never a firm id', () => {
    const text = toCsv(overview(), labels, ';');
    const parsed = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' }).data;
    expect(parsed.some((r) => r[0] === 'Områder' && r[1] === '4420 Regstrup' && r[7] === 'Virksomheder' && r[8] === '4')).toBe(true);
    expect(parsed.some((r) => r[0] === 'Nøgletal' && r[7] === 'Match' && r[3] === '2024-07 – 2025-06' && r[8] === '1')).toBe(true);
    expect(parsed.some((r) => r[0] === 'Aktivitet' && r[3] === '2025-06' && r[7] === 'Møder' && r[8] === '1')).toBe(true);
    expect(text).not.toContain('secret');
  });

  it('writes areas whose own count is withheld as one combined line, with their postcodes', () => {
    const o = overview(['secret-a', 'secret-e', 'secret-f'].map((firmId) => ({ firmId, kind: 'need' as const, category: 'staff' as const })));
    const rows = csvRows(o, labels);
    expect(rows.filter((r) => r[0] === 'Områder' && r[4] === 'Behov').map((r) => [r[1], r[2], r[8], r[9]])).toEqual([
      ['4420 Regstrup', '4420', '', 'færre end 3 virksomheder'],
      ['4300 Holbæk', '4300', '', 'færre end 3 virksomheder'],
      ['Samlet', '4420, 4300', 3, ''],
      ['Hele netværket', '', 3, ''],
    ]);
    expect(rows.some((r) => r[0] === 'Område og kategori' && r[1] === 'Samlet' && r[4] === 'Behov' && r[5] === 'kat:staff' && r[8] === 3)).toBe(true);
  });

  it('writes nothing but the header for a network too small to show', () => {
    const o = overview();
    o.area = { ...o.area, hidden: true };
    expect(csvRows(o, labels)).toEqual([]);
  });

  it('names the file after the network, period and date', () => {
    expect(csvFileName(overview())).toBe('industrivej-vestsjaelland-12m-2025-06-15.csv');
  });
});
