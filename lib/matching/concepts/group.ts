// The shape of a concept group and the compact way the vocabulary files write one.
import type { UiLocale } from '@/db/schema';

export interface ConceptGroup {
  id: string;
  labels: Record<UiLocale, string>;
  /** Natural spellings; see lib/matching/thesaurus.ts for prefixes, "$" and language tags. */
  terms: string[];
  /** The broader concept(s) this one is a kind of. */
  parent?: string | string[];
  /** 0–1, default 1: how much sharing this concept says two listings are about the same thing. */
  weight?: number;
  /** Names a way of cooperating (joint purchase, rental), not an object. */
  form?: boolean;
}

export interface GroupOptions {
  parent?: string | string[];
  weight?: number;
  form?: boolean;
}

/** g(id, 'en label', 'da label', 'fi label', 'term, term, …', { parent, weight }) */
export const g = (id: string, en: string, da: string, fi: string, terms: string, opts: GroupOptions = {}): ConceptGroup => ({
  id,
  labels: { en, da, fi },
  terms: terms
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean),
  ...opts,
});
