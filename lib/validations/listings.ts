// Offers and needs: one schema shared by the form (field errors) and the server (the only gate
// before the DAL). Inputs arrive as FormData strings or as JSON values, so optional fields accept
// '' as "not given" and numbers accept a Danish decimal comma.
import { z } from 'zod';
import { plainText } from './text';
import { LISTING_CATEGORIES, LISTING_KINDS, LISTING_STATUSES, VISIBILITIES } from '@/db/schema';

export { LISTING_CATEGORIES, LISTING_KINDS, VISIBILITIES };

export const TITLE_MIN = 3;
export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 5000;
export const UNIT_MAX = 30;
export const QUANTITY_MAX = 1_000_000_000;
export const DEFAULT_EXPIRY_DAYS = 90;
export const MAX_EXPIRY_DAYS = 366;
export const SEARCH_MAX = 100;
export const MAX_DISTANCE_KM = 500;

// The project is Danish and Finnish; a listing may still be written in any common language. This
// short list feeds the form's select, the check below accepts any ISO 639-1 code that CLDR knows.
export const COMMON_LISTING_LANGUAGES = ['da', 'en', 'fi', 'sv', 'de', 'nb', 'pl', 'uk', 'lt', 'et', 'lv', 'ro', 'fr', 'es', 'nl', 'it'] as const;

// Northern and central Europe with generous margins: a coordinate outside is a typo (swapped
// lat/lng, a missing minus), not a real industrial estate in this product.
export const LOCATION_BOUNDS = { minLat: 34, maxLat: 72, minLng: -25, maxLng: 45 } as const;

/** A tag start (`<b`, `</`, `<!--`, `<?`): plain text may still say "< 5 stk". */
export { hasMarkup as hasHtml } from './text';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Trimmed, NFC-normalised plain text: same letters look and compare the same (æ/ø/å). */
const plainTextUpTo = (max: number) => plainText({ max });

// zod's own NaN issue carries no input, so it would read as "required": say "write a number".
const num = () => z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'listings.validation.number' : undefined) });

const optionalNumber = (schema: z.ZodNumber) =>
  z.preprocess((v) => {
    const e = emptyToUndefined(v);
    return typeof e === 'string' ? Number(e.trim().replace(/\s/g, '').replace(',', '.')) : e;
  }, schema.optional());

const optionalDate = z.preprocess(emptyToUndefined, z.iso.date().optional());

let languageNames: Intl.DisplayNames | undefined;
export function isKnownLanguage(code: string) {
  if (!/^[a-z]{2}$/.test(code)) return false;
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return languageNames.of(code) !== undefined;
}

/** `YYYY-MM-DD` of a date in UTC. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
export const defaultExpiryDay = (now = new Date()) => isoDay(addDays(now, DEFAULT_EXPIRY_DAYS));

/** A listing expires at the end of its expiry day (UTC), so "until 31 March" includes 31 March. */
export function expiryDayToTimestamp(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`);
}

const listingFields = {
  kind: z.enum(LISTING_KINDS),
  category: z.enum(LISTING_CATEGORIES),
  title: plainText({ min: TITLE_MIN, max: TITLE_MAX, singleLine: true }),
  description: z.preprocess((v) => v ?? '', plainTextUpTo(DESCRIPTION_MAX)),
  quantity: optionalNumber(num().positive().max(QUANTITY_MAX)),
  unit: z.preprocess(emptyToUndefined, plainTextUpTo(UNIT_MAX).optional()),
  availableFrom: optionalDate,
  availableUntil: optionalDate,
  lat: optionalNumber(num().min(LOCATION_BOUNDS.minLat).max(LOCATION_BOUNDS.maxLat)),
  lng: optionalNumber(num().min(LOCATION_BOUNDS.minLng).max(LOCATION_BOUNDS.maxLng)),
  visibility: z.preprocess(emptyToUndefined, z.enum(VISIBILITIES).default('network')),
  // A date (the form's date input); the DAL stores the end of that day.
  expiresOn: z.preprocess(emptyToUndefined, z.iso.date().optional()),
  // Left out → the DAL uses the author's UI language.
  language: z.preprocess(
    (v) => (typeof v === 'string' ? emptyToUndefined(v.trim().toLowerCase()) : v),
    z.string().refine(isKnownLanguage, { message: 'listings.validation.language' }).optional(),
  ),
};

type Fields = z.infer<z.ZodObject<typeof listingFields>>;

function crossFieldRules(d: Fields, ctx: z.RefinementCtx) {
  if (d.quantity !== undefined && d.unit === undefined) {
    ctx.addIssue({ code: 'custom', path: ['unit'], message: 'listings.validation.unitRequired' });
  }
  if (d.unit !== undefined && d.quantity === undefined) {
    ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'listings.validation.quantityRequired' });
  }
  if (d.availableFrom && d.availableUntil && d.availableUntil < d.availableFrom) {
    ctx.addIssue({ code: 'custom', path: ['availableUntil'], message: 'listings.validation.untilBeforeFrom' });
  }
  if ((d.lat === undefined) !== (d.lng === undefined)) {
    ctx.addIssue({ code: 'custom', path: [d.lat === undefined ? 'lat' : 'lng'], message: 'listings.validation.latLngPair' });
  }
  // Evaluated at parse time, not when the module loads: a long-running server must use today.
  const today = isoDay(new Date());
  if (d.expiresOn !== undefined && d.expiresOn <= today) {
    ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'listings.validation.expiryInPast' });
  } else if (d.expiresOn !== undefined && d.expiresOn > isoDay(addDays(new Date(), MAX_EXPIRY_DAYS))) {
    ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'listings.validation.expiryTooFar' });
  }
}

/** Create and edit share the rules. The expiry defaults to 90 days ahead when left empty. */
export const listingSchema = z
  .object({
    ...listingFields,
    // Only when the user belongs to several firms; the DAL checks it is one of theirs.
    company: z.preprocess(emptyToUndefined, z.string().max(40).optional()),
  })
  .superRefine(crossFieldRules)
  .transform((d) => ({ ...d, expiresOn: d.expiresOn ?? defaultExpiryDay() }));

export type ListingInput = z.output<typeof listingSchema>;

const refField = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'invalidValue' });

export const listingEditSchema = z
  .object({ ...listingFields, ref: refField })
  .superRefine(crossFieldRules)
  .transform((d) => ({ ...d, expiresOn: d.expiresOn ?? defaultExpiryDay() }));

export type ListingEditInput = z.output<typeof listingEditSchema>;

export const listingRefSchema = z.object({ ref: refField });

export const LISTING_STATUS_VALUES = LISTING_STATUSES;

// ---------------------------------------------------------------- browse (GET parameters)

// 'relevance' applies to a text search (its default); without one it falls back to newest.
export const BROWSE_SORTS = ['relevance', 'newest', 'nearest'] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** NACE section letter (A–U) or a division/group/class code prefix (`25`, `25.6`, `25.62`). */
export const SECTOR_PATTERN = /^(?:[A-U]|\d{2}(?:\.\d{1,2})?)$/;

// A filter link is shared and edited by hand: a bad parameter is dropped, never an error page.
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional()).catch(undefined);

export const browseSchema = z.object({
  kind: lenient(z.enum(LISTING_KINDS)),
  category: lenient(z.enum(LISTING_CATEGORIES)),
  sector: lenient(z.string().trim().toUpperCase().regex(SECTOR_PATTERN)),
  network: lenient(z.string().trim().max(64)),
  km: lenient(z.coerce.number().positive().max(MAX_DISTANCE_KM)),
  q: lenient(z.string().trim().max(SEARCH_MAX)),
  sort: lenient(z.enum(BROWSE_SORTS)),
  /** Measure distance from here instead of the viewer's firm: a postcode or "lat,lng". */
  near: lenient(
    z
      .string()
      .trim()
      .max(40)
      .transform((s, ctx) => parseNear(s) ?? (ctx.addIssue({ code: 'custom', message: 'invalidValue' }), z.NEVER)),
  ),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** A point given by coordinates, or a postcode to look up (DK 4 digits, FI 5). */
export type NearInput = { lat: number; lng: number } | { postcode: string; country: 'DK' | 'FI' };

export function parseNear(input: string): NearInput | null {
  const s = input.trim();
  const postcode = /^(?:(DK|FI)\s*-?\s*)?(\d{4,5})$/i.exec(s);
  if (postcode) {
    const digits = postcode[2]!;
    const country = (postcode[1]?.toUpperCase() as 'DK' | 'FI' | undefined) ?? (digits.length === 4 ? 'DK' : 'FI');
    return (country === 'DK') === (digits.length === 4) ? { postcode: digits, country } : null;
  }
  const point = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(s);
  if (!point) return null;
  const lat = Number(point[1]);
  const lng = Number(point[2]);
  const b = LOCATION_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng ? { lat, lng } : null;
}

export type BrowseFilters = z.output<typeof browseSchema>;

/** URLSearchParams-like record (Next's searchParams) → filters; repeated params use the first. */
export function parseBrowseParams(params: Record<string, string | string[] | undefined>): BrowseFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return browseSchema.parse(flat);
}
