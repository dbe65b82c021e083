// npx tsx --import ./scripts/server-only/register.mjs scripts/eval-candidates.ts [--half dev|heldout|fresh|classes|classes-2|all] [--misses]
// Candidate recall of the matching engine's first stage on the project's own evaluation sets: for
// every judged need, whether each planted partner (relevance 2) reaches the ranking at all — by the
// distance walk, by the text candidate source, or not — per half and per class, and how many words
// the text source looked for. A partner that is no candidate can never be suggested, whatever the
// scoring does. Never reads the external blind sets.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDb, queryRows } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { selectMatchSource, selectTextCandidateIds, selectMatchCandidates } from '@/db/queries/matching';
import { importExchange } from '@/lib/exchange/import';
import { candidateParams } from '@/lib/matching/engine';
import { buildDataset, type Half } from '@/tools/eval/build';
import { HALVES, loadScenarios } from '@/tools/eval/sets';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { half: { type: 'string', default: 'all' }, misses: { type: 'boolean', default: false } },
  strict: true,
});
// The "blind" half is scored once for the report, never looked into while tuning.
const halves: Half[] = values.half === 'all' ? HALVES.filter((h) => h !== 'blind') : [values.half as Half];
const today = new Date().toISOString().slice(0, 10);
const now = new Date();

type Tally = { pairs: number; walk: number; text: number; none: number };
const tally = () => ({ pairs: 0, walk: 0, text: 0, none: 0 });
const summary: Record<string, Record<string, Tally>> = {};
let words = 0;
let sources = 0;
for (const half of halves) {
  const ds = buildDataset([{ half, scenarios: loadScenarios(half) }], { today });
  const handle = openDb({ pgliteDir: 'memory://' });
  try {
    await runMigrations(handle);
    const imported = await importExchange(handle.db, ds.file);
    if (!imported.ok) throw new Error('import failed');
    const rows = await queryRows<{ id: string; ref: string }>(handle.db, sql`select id, ref from listings`);
    const idOf = new Map(rows.map((r) => [r.ref, r.id]));
    const refOf = new Map(rows.map((r) => [r.id, r.ref]));
    const byClass: Record<string, Tally> = (summary[half] = { all: tally() });
    for (const [ref, relevance] of ds.relevance) {
      const truth = ds.listings.get(ref);
      if (!truth || truth.role !== 'scenario') continue;
      const planted = [...relevance].filter(([, r]) => r === 2).map(([p]) => p);
      if (!planted.length) continue;
      const source = await selectMatchSource(handle.db, idOf.get(ref)!);
      if (!source) continue;
      const p = candidateParams(source, now);
      words += p.text.words.length;
      sources++;
      const all = await selectMatchCandidates(handle.db, p);
      const text = new Set((await selectTextCandidateIds(handle.db, p)).map((r) => refOf.get(r.id)));
      const got = new Map(all.map((l) => [refOf.get(l.id), l.via ?? 'walk']));
      const t = (byClass[truth.class] ??= tally());
      for (const partner of planted) {
        const how = got.get(partner) ?? (text.has(partner) ? 'text' : 'none');
        for (const x of [t, byClass.all!]) {
          x.pairs++;
          x[how === 'walk' ? 'walk' : how === 'text' ? 'text' : 'none']++;
        }
        if (how === 'none' && values.misses) {
          const pt = ds.listings.get(partner);
          console.log(`  miss [${half} ${truth.class}] ${truth.lang} "${truth.title}" → ${pt?.lang} "${pt?.title}"\n       words: ${p.text.words.join(' ')}`);
        }
      }
    }
  } finally {
    await handle.close();
  }
}
for (const [half, byClass] of Object.entries(summary)) {
  console.log(`\n${half}`);
  for (const [c, t] of Object.entries(byClass))
    console.log(
      `  ${c.padEnd(16)} pairs ${String(t.pairs).padStart(3)}  walk ${String(t.walk).padStart(3)}  text ${String(t.text).padStart(3)}  none ${String(t.none).padStart(3)}  candidate recall ${((t.pairs - t.none) / Math.max(1, t.pairs)).toFixed(3)}`,
    );
}
console.log(`\nwords per source: ${(words / Math.max(1, sources)).toFixed(1)}`);
console.log(JSON.stringify(summary));
