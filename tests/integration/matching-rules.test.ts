// The hard rules on the path an outside judge uses (issue 13): an `industrivej/v1` file through the
// real `db:import`, then `matches --json --top 5`. Every field of the format that constrains a
// listing gets a copy of the right answer that breaks it — closed, paused, window ended, expiry
// passed (extensions), same firm, beyond twice the radius (its own location), facilitators-only,
// network-only in another network, an availability window that misses the need's, an offer for an
// offer, a need in a category that never pools — and none may ever be printed, for any listing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCli } from '@/scripts/cli/exchange';
import { runMatchesCli, type CliMatch } from '@/scripts/cli/matches';
import { checkSuggestions } from '@/tools/eval/metrics';
import type { ExchangeFile } from '@/lib/exchange/schema';
import { getDbHandle } from '@/db/client';
import { setupTestDb } from './helpers/db';

setupTestDb();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const dir = mkdtempSync(path.join(tmpdir(), 'iv-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const company = (ref: string, postcode: string, city: string, networks = ['vest'], location?: { lat: number; lng: number }) => ({
  ref,
  name: `${ref} ApS`,
  country: 'DK' as const,
  nace: ['25.62'],
  address: { postcode, city },
  ...(location ? { location } : {}),
  networks,
});
const crane = ['Mobilkran med fører udlejes', 'Mobilkran 40 t med kranfører til løft af stålspær og elementer, pr. dag.'] as const;
const offer = (ref: string, co: string, more: Record<string, unknown> = {}) => ({
  ref,
  company: co,
  kind: 'offer' as const,
  category: 'equipment' as const,
  title: crane[0],
  description: crane[1],
  visibility: 'network' as const,
  status: 'open' as const,
  language: 'da',
  ...more,
});

const file = {
  format: 'industrivej/v1',
  networks: [
    { ref: 'vest', name: 'Industrivej Vest', country: 'DK', locale: 'da', center: { lat: 55.68, lng: 11.6 }, radiusKm: 20 },
    { ref: 'midt', name: 'Midt', country: 'DK', locale: 'da', center: { lat: 55.45, lng: 11.8 }, radiusKm: 20 },
  ],
  companies: [
    company('co-need', '4300', 'Holbæk'),
    company('co-good', '4420', 'Regstrup'),
    company('co-bad', '4450', 'Jyderup'),
    company('co-midt', '4100', 'Ringsted', ['midt']),
    company('co-need2', '4300', 'Holbæk'),
  ],
  listings: [
    {
      ref: 'need',
      company: 'co-need',
      kind: 'need',
      category: 'equipment',
      title: 'Kran til montage af stålspær',
      description: 'Vi skal bruge en mobilkran med fører til at løfte stålspær på plads på byggepladsen.',
      availableFrom: day(20),
      availableUntil: day(40),
      visibility: 'network',
      status: 'open',
      language: 'da',
    },
    offer('good', 'co-good', { availableFrom: day(0), availableUntil: day(200) }),
    offer('closed', 'co-bad', { status: 'closed' }),
    offer('paused', 'co-bad', { status: 'paused' }),
    offer('ended', 'co-bad', { availableFrom: day(-60), availableUntil: day(-1) }),
    offer('expiry-passed', 'co-bad'),
    offer('own', 'co-need'),
    // The firm is nearby; the listing itself is 100 km away (its own location counts).
    offer('far', 'co-bad', { location: { lat: 56.55, lng: 11.6 } }),
    offer('facilitators', 'co-bad', { visibility: 'facilitators' }),
    offer('other-network', 'co-midt', { visibility: 'network' }),
    offer('window-missed', 'co-bad', { availableFrom: day(60), availableUntil: day(120) }),
    // For the good offer: another offer (wrong kind), and for the need another need of equipment
    // (equipment needs never pool).
    { ...offer('other-offer', 'co-need2'), title: 'Kran søges? Nej: vi udlejer også mobilkran', availableFrom: day(0), availableUntil: day(200) },
    {
      ref: 'co-needer',
      company: 'co-need2',
      kind: 'need',
      category: 'equipment',
      title: 'Mobilkran med fører søges',
      description: 'Vi skal også bruge en mobilkran med fører til stålspær.',
      visibility: 'network',
      status: 'open',
      language: 'da',
    },
  ],
  extensions: { industrivej: { listings: { 'expiry-passed': { expiresAt: new Date(Date.now() - 3_600_000).toISOString() } } } },
};

let output: Record<string, CliMatch[]> = {};
beforeAll(async () => {
  const at = path.join(dir, 'rules.json');
  writeFileSync(at, JSON.stringify(file));
  const log: string[] = [];
  const io = { out: (l: string) => log.push(l), err: (l: string) => log.push(l) };
  expect(await runImportCli([at], getDbHandle(), io), log.join('\n')).toBe(0);
  const out: string[] = [];
  expect(await runMatchesCli(['--json', '--top', '5'], getDbHandle(), { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
  output = JSON.parse(out.join('\n')) as Record<string, CliMatch[]>;
});

describe('hard rules after db:import, as matches --json prints them', () => {
  it('suggests the good offer to the need and nothing that breaks a rule', () => {
    const refs = (output.need ?? []).map((m) => m.listing);
    expect(refs).toContain('good');
    // The only other listing that may answer it: another firm's crane for hire in reach and in time.
    expect(refs.every((r) => r === 'good' || r === 'other-offer')).toBe(true);
    for (const bad of ['closed', 'paused', 'ended', 'expiry-passed', 'own', 'far', 'facilitators', 'other-network', 'window-missed', 'co-needer'])
      expect(refs, bad).not.toContain(bad);
  });

  it('never prints a listing that is not open or past its window as a source', () => {
    for (const ref of ['closed', 'paused', 'ended', 'expiry-passed']) expect(Object.keys(output)).not.toContain(ref);
  });

  it('never suggests an offer for an offer', () => {
    for (const [source, list] of Object.entries(output)) {
      const kind = file.listings.find((l) => l.ref === source)?.kind;
      if (kind !== 'offer') continue;
      for (const m of list) expect(file.listings.find((l) => l.ref === m.listing)?.kind, `${source} → ${m.listing}`).toBe('need');
    }
  });

  it('breaks no rule for any listing, by the judge’s own reading of the file', () => {
    expect(checkSuggestions(file as unknown as ExchangeFile, output, day(0))).toEqual([]);
  });
});
