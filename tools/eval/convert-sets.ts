// One-off: writes the evaluation sets, authored as TypeScript (dev-set.ts, heldout-set.ts,
// fresh-set.ts, blind-set.ts: scenario objects built with helper functions), as JSON files
// tools/eval/sets/<half>.json with the same content, so that data is data. Run once with
// `npx tsx tools/eval/convert-sets.ts`; removed once the builder reads the JSON.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { BLIND_SCENARIOS } from './blind-set';
import { DEV_SCENARIOS } from './dev-set';
import { FRESH_SCENARIOS } from './fresh-set';
import { HELDOUT_SCENARIOS } from './heldout-set';

const dir = import.meta.dirname;
const sets = { dev: DEV_SCENARIOS, heldout: HELDOUT_SCENARIOS, fresh: FRESH_SCENARIOS, blind: BLIND_SCENARIOS };

/** The file's leading comment, as one paragraph: what the set is and how it may be used. */
function about(file: string) {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const comment = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
  return comment.map((l) => l.replace(/^\/\/ ?/, '')).join(' ').replace(/\s+/g, ' ').trim();
}

/** JSON with one listing text (an object with a title) per line, so a set reads like the source. */
function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return JSON.stringify(value);
    return `[\n${value.map((v) => `${indent}  ${format(v, `${indent}  `)}`).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    if ('title' in value) return JSON.stringify(value).replace(/","|",|,"|":/g, (m) => m.replace(',', ', ').replace(':', ': '));
    const entries = Object.entries(value).map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${format(v, `${indent}  `)}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

mkdirSync(path.join(dir, 'sets'), { recursive: true });
for (const [half, scenarios] of Object.entries(sets)) {
  const out = { half, about: about(`${half}-set.ts`), scenarios };
  const text = `${format(out, '')}\n`;
  // The file must read back as exactly the objects it was written from.
  if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(out)) throw new Error(`${half}: the JSON does not read back identically`);
  writeFileSync(path.join(dir, 'sets', `${half}.json`), text);
  console.log(`tools/eval/sets/${half}.json: ${scenarios.length} scenarios`);
}
