import { readFileSync } from 'node:fs';
import { analyzeListing, scoreCandidate } from '@/lib/matching/rank';
import { textScore } from '@/lib/matching/score';
import { categoryScore } from '@/lib/matching/pair-rules';
import type { MatchListing } from '@/lib/matching/types';
const set = JSON.parse(readFileSync(`tools/eval/sets/${process.argv[2]}.json`, 'utf8'));
const mk = (id: string, kind: 'offer'|'need', s: any): MatchListing => ({ id, companyId: id, kind, category: s.category, title: s.title, description: s.description, language: s.lang, status: 'open', updatedAt: new Date(), distanceKm: 10 });
for (const sc of set.scenarios) {
  if (!sc.id.startsWith(process.argv[3])) continue;
  if (sc.type !== 'pair') continue;
  const n = mk('n','need',sc.need), o = mk('o','offer',sc.offer);
  const a = analyzeListing(n), b = analyzeListing(o);
  const m = scoreCandidate(n, o, { now: new Date(), radiusKm: 25 });
  console.log(sc.id, sc.need.category, '→', sc.offer.category, 'cat', categoryScore(n, o), 'text', textScore(a, b).score.toFixed(3), 'score', m?.score, '| need', [...a.concepts].join(','), [...a.intent.intents].join(','), '| offer', [...b.concepts].join(','), [...b.intent.intents].join(','));
  for (const l of sc.lookalikes ?? []) { const c = mk('l', l.kind, l); const x = scoreCandidate(l.kind==='offer'?n:o, c, { now: new Date(), radiusKm: 25 }); console.log('    look', l.title, x?.score); }
}
