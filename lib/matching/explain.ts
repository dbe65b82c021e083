// Why a candidate was suggested: reasons as message keys + values, stored with the match and
// worded only when read, in the reader's language. Values are language-neutral: concept ids, NACE
// codes, ISO dates, numbers. formatReasons words them for the web UI, the JSON API and the CLI:
// concepts by their label and sectors by their NACE name in the reader's language (never a code).
// Rows stored before this carry `concept` (a label in the language of the ranking run): it is
// mapped back to its concept when it is one of the thesaurus's labels.
import type { UiLocale } from '@/db/schema';
import da from '@/messages/da/matching.json';
import en from '@/messages/en/matching.json';
import fi from '@/messages/fi/matching.json';
import { naceByCode, naceName } from '@/lib/nace';
import { conceptLabel, conceptWeight, isFormConcept, thesaurus } from './thesaurus';
import type { SectorMatch } from './sectors';

export type ReasonKey = 'distance' | 'sharedConcept' | 'window' | 'sectors' | 'quantity' | 'pooling' | 'bundling' | 'feedbackUp' | 'feedbackDown';

export interface Reason {
  key: ReasonKey;
  values?: Record<string, string | number>;
}

export interface ExplainInput {
  distanceKm?: number | null;
  sharedConcepts?: string[];
  window?: { from: string | null; to: string | null } | null;
  sector?: SectorMatch;
  /** Share of the need an offer covers (0–1+), when quantities were comparable. */
  coverage?: number | null;
  pooling?: number;
  bundling?: number;
}

/** At most this many concepts are named: a list of ten shared words explains nothing. */
const MAX_CONCEPTS = 2;
/** "Both about staff" or "both about joint purchase" explains nothing either: broad concepts and
 * forms of cooperation are not named as a reason. */
const MIN_REASON_WEIGHT = 0.4;
/** Only thesaurus concepts are named (a feature without a label would show as its id). */
const isTellingConcept = (id: string) => thesaurus().groups.has(id) && !isFormConcept(id) && conceptWeight(id) >= MIN_REASON_WEIGHT;

/** The reasons, language-neutral (the locale is no longer used: reasons are worded when read). */
export function buildReasons(x: ExplainInput, _locale?: UiLocale): Reason[] {
  const out: Reason[] = [];
  if (x.distanceKm != null && Number.isFinite(x.distanceKm)) out.push({ key: 'distance', values: { km: Math.round(x.distanceKm * 10) / 10 } });
  // "Both about stainless steel · both about steel" says one thing twice: a concept is not named
  // beside a narrower one of its own (its ancestors are left out).
  const telling = (x.sharedConcepts ?? []).filter(isTellingConcept);
  const th = thesaurus();
  const named = telling.filter((c) => !telling.some((o) => o !== c && th.ancestors.get(o)?.some(([a]) => a === c)));
  for (const c of named.slice(0, MAX_CONCEPTS)) out.push({ key: 'sharedConcept', values: { conceptId: c } });
  if (x.window && (x.window.from || x.window.to))
    out.push({ key: 'window', values: { ...(x.window.from ? { from: x.window.from } : {}), ...(x.window.to ? { to: x.window.to } : {}) } });
  if (x.sector?.a && x.sector.b && (x.sector.relation === 'valueChain' || x.sector.relation === 'service'))
    out.push({ key: 'sectors', values: { a: x.sector.a, b: x.sector.b } });
  if (x.coverage != null && x.coverage > 0) out.push({ key: 'quantity', values: { percent: Math.round(Math.min(1, x.coverage) * 100) } });
  if (x.pooling) out.push({ key: 'pooling', values: { count: x.pooling } });
  if (x.bundling) out.push({ key: 'bundling', values: { count: x.bundling } });
  return out;
}

// The texts come from the UI's message catalogs (messages/<locale>/matching.json, `reasons`), so
// the web UI, the JSON API and the CLI say the same thing. {x} placeholders; counts are always ≥ 2
// so no plural forms are needed.
const TEXTS: Record<UiLocale, Record<ReasonKey | 'from' | 'until', string>> = { da: da.reasons, en: en.reasons, fi: fi.reasons };

// Intl formatters cost ~0.1 ms to build and a list of suggestions formats dozens of reasons: one
// per locale and option set, built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: UiLocale): Intl.NumberFormat {
  let f = formatters.get(`n|${locale}`) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(`n|${locale}`, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return f;
}
function monthFormat(locale: UiLocale, withYear: boolean): Intl.DateTimeFormat {
  const key = `d|${locale}|${withYear}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) })));
  return f;
}

// Concept labels of every language → concept id, for stored rows that carry a label only.
let byLabel: Map<string, string> | undefined;
function conceptIdOfLabel(label: string): string | undefined {
  if (!byLabel) {
    byLabel = new Map();
    for (const g of thesaurus().groups.values()) for (const l of Object.values(g.labels)) if (!byLabel.has(l.toLowerCase())) byLabel.set(l.toLowerCase(), g.id);
  }
  return byLabel.get(label.toLowerCase());
}

function conceptText(v: Record<string, string | number>, locale: UiLocale): string {
  if (typeof v.conceptId === 'string' && thesaurus().groups.has(v.conceptId)) return conceptLabel(v.conceptId, locale);
  const id = typeof v.concept === 'string' ? conceptIdOfLabel(v.concept) : undefined;
  return id ? conceptLabel(id, locale) : '';
}

/** A sector by its NACE name in the locale ("Overfladebehandling af metal"); a code without a name
 * of its own is named by its nearest named ancestor; never the bare code. */
export function sectorName(code: string, locale: UiLocale): string {
  for (let c: string | undefined = code; c; c = naceByCode(c)?.parent || (c.includes('.') ? c.slice(0, -1).replace(/\.$/, '') : undefined)) {
    const name = naceName(c, locale);
    if (name) return name;
  }
  return '';
}

const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function formatWindow(values: Record<string, string | number>, locale: UiLocale): string {
  const t = TEXTS[locale];
  const from = typeof values.from === 'string' ? utc(values.from) : undefined;
  const to = typeof values.to === 'string' ? utc(values.to) : undefined;
  const sameYear = from && to && from.getUTCFullYear() === to.getUTCFullYear();
  const fmt = monthFormat(locale, !sameYear);
  if (from && to) return fill(t.window, { range: fmt.formatRange(from, to) });
  if (from) return fill(t.from, { date: fmt.format(from) });
  return to ? fill(t.until, { date: fmt.format(to) }) : '';
}

/** Each reason as a sentence fragment in the locale (unknown keys are skipped). */
export function formatReasons(reasons: readonly Reason[], locale: UiLocale): string[] {
  const t = TEXTS[locale];
  const num = numberFormat(locale);
  return reasons.flatMap((r): string[] => {
    const v = r.values ?? {};
    switch (r.key) {
      case 'distance':
        return [fill(t.distance, { km: num.format(Number(v.km)) })];
      case 'sharedConcept': {
        const concept = conceptText(v, locale);
        return concept ? [fill(t.sharedConcept, { concept })] : [];
      }
      case 'window':
        return [formatWindow(v, locale)].filter(Boolean);
      case 'sectors': {
        const a = sectorName(String(v.a ?? ''), locale);
        const b = sectorName(String(v.b ?? ''), locale);
        return a && b && a !== b ? [fill(t.sectors, { a, b })] : [];
      }
      case 'quantity':
      case 'pooling':
      case 'bundling':
      case 'feedbackUp':
      case 'feedbackDown':
        return t[r.key] ? [fill(t[r.key], v)] : [];
      default:
        return [];
    }
  });
}

/** One line, as the product shows it: "3 km away · both about powder coating · …". */
export const reasonsLine = (reasons: readonly Reason[], locale: UiLocale) => formatReasons(reasons, locale).join(' · ');
