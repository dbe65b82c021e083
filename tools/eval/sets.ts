// The project's own evaluation sets (tools/eval/sets/<half>.json): scenarios of listings with a
// known answer, read and checked here and turned into an exchange file by build.ts. Each file's
// "about" says how the set was written and whether it may be tuned on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LISTING_CATEGORIES } from '@/db/schema';
import type { Half } from './build';
import type { Scenario } from './types';

export const HALVES: readonly Half[] = ['dev', 'heldout', 'fresh', 'blind', 'classes', 'classes-2'];

const side = {
  lang: z.enum(['da', 'en', 'fi']),
  category: z.enum(LISTING_CATEGORIES),
  nace: z.array(z.string()).min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  quantity: z.number().optional(),
  unit: z.string().optional(),
  window: z.tuple([z.number().int(), z.number().int()]).optional(),
};
const sideSchema = z.strictObject(side);
const lookalikeSchema = z.strictObject({
  kind: z.enum(['offer', 'need']),
  ...side,
  topic: z.string().optional(),
  status: z.enum(['open', 'paused', 'closed']).optional(),
  visibility: z.enum(['public', 'network', 'facilitators']).optional(),
  where: z.enum(['near', 'far', 'other']).optional(),
});
const base = {
  id: z.string().min(1),
  class: z.enum(['baseline', 'cross-category', 'paraphrase', 'generic', 'decoy', 'direct-first', 'pooling', 'rules']).optional(),
  topic: z.string().min(1),
  area: z.enum(['dk', 'fi']).optional(),
  lookalikes: z.array(lookalikeSchema).optional(),
};
const scenarioSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('pair'), ...base, need: sideSchema, offer: sideSchema }),
  z.strictObject({ type: z.literal('pooling'), ...base, needs: z.array(sideSchema).min(2) }),
  z.strictObject({ type: z.literal('bundling'), ...base, need: sideSchema, offers: z.array(sideSchema).min(1) }),
]);
const setSchema = z.strictObject({ half: z.enum(HALVES), about: z.string(), scenarios: z.array(scenarioSchema).min(1) });

const cache = new Map<Half, Scenario[]>();

/** The scenarios of one set, in file order (the builder's output depends on it). */
export function loadScenarios(half: Half): Scenario[] {
  const hit = cache.get(half);
  if (hit) return hit;
  const file = path.join(import.meta.dirname, 'sets', `${half}.json`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { half: Half; scenarios: Scenario[] };
  const parsed = setSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  if (raw.half !== half) throw new Error(`${file}: says it is the ${raw.half} set`);
  // The objects as written (checked above), not zod's copies: same keys in the same order.
  cache.set(half, raw.scenarios);
  return raw.scenarios;
}
