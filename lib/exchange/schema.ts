// The `industrivej/v1` exchange file (docs: shared/docs/exchange-format.md). One schema for the
// seed, the CLI importer and the facilitator's upload page. Strict everywhere: an unknown field is
// usually a typo, so it is an error, except anything under the top-level `extensions` key.
// Messages are English prose (this is a file format, read by people fixing a file), reported with
// JSON paths such as `listings[12].category`.
import { z } from 'zod';
import { COUNTRIES, LISTING_CATEGORIES, LISTING_KINDS, LISTING_STATUSES, VISIBILITIES } from '@/db/schema';
import { issuePath } from '@/lib/validations/issues';
import { plainText as plainTextOf } from '@/lib/validations/text';
import { isValidRegistrationNumber } from './registration';

export const EXCHANGE_FORMAT = 'industrivej/v1';

const ref = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a ref uses letters, digits, ".", "_" and "-" only');

// Free text: the same rule as the app's forms (lib/validations/text.ts), so a file cannot bring in
// markup that a form would refuse; the error names the value's JSON path.
const NO_HTML = 'HTML is not allowed here';
const plainText = (max: number) => plainTextOf({ min: 1, max, message: NO_HTML });

const longText = plainTextOf({ max: 5000, message: NO_HTML });

const isoLanguage = z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 language code such as "da"');

const point = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

const isoDate = z.iso.date('expected a date as YYYY-MM-DD');

export const exchangeNetworkSchema = z.strictObject({
  ref,
  name: plainText(120),
  country: z.enum(COUNTRIES),
  locale: isoLanguage,
  center: point,
  radiusKm: z.number().positive().max(500),
});

const POSTCODE: Record<(typeof COUNTRIES)[number], RegExp> = { DK: /^\d{4}$/, FI: /^\d{5}$/ };

const postcodeShape = z.object({ country: z.enum(COUNTRIES), address: z.object({ postcode: z.string() }) });
const registrationShape = z.object({ country: z.enum(COUNTRIES), registrationNumber: z.string().optional() });

export const exchangeCompanySchema = z
  .strictObject({
    ref,
    name: plainText(200),
    country: z.enum(COUNTRIES),
    registrationNumber: z.string().trim().optional(),
    nace: z
      .array(z.string().regex(/^\d{2}(\.\d{1,2})?$/, 'expected a NACE Rev. 2 code such as "25.62"'))
      .min(1, 'at least one NACE code is required')
      .max(10),
    employees: z.number().int().min(0).max(100_000).optional(),
    address: z.strictObject({
      street: plainText(200).optional(),
      postcode: z.string().trim(),
      city: plainText(100),
    }),
    location: point.optional(),
    description: longText.optional(),
    languages: z.array(isoLanguage).max(20).optional(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .optional(),
    networks: z.array(ref).max(50),
  })
  // `when`: also check these while other fields of the company are wrong, so one run lists all errors.
  .refine((c) => POSTCODE[c.country].test(c.address.postcode), {
    path: ['address', 'postcode'],
    message: 'a Danish postcode has 4 digits, a Finnish one 5',
    when: ({ value }) => postcodeShape.safeParse(value).success,
  })
  .refine((c) => c.registrationNumber === undefined || isValidRegistrationNumber(c.country, c.registrationNumber), {
    path: ['registrationNumber'],
    message: 'not a valid registration number (DK: CVR, 8 digits, modulus 11; FI: Y-tunnus 1234567-8)',
    when: ({ value }) => registrationShape.safeParse(value).success,
  });

const windowSchema = z.object({ availableFrom: isoDate.optional(), availableUntil: isoDate.optional() });

export const exchangeListingSchema = z
  .strictObject({
    ref,
    company: ref,
    kind: z.enum(LISTING_KINDS),
    category: z.enum(LISTING_CATEGORIES),
    title: plainText(120),
    description: longText,
    quantity: z.number().positive().max(1e9).optional(),
    unit: plainText(30).optional(),
    availableFrom: isoDate.optional(),
    availableUntil: isoDate.optional(),
    location: point.optional(),
    visibility: z.enum(VISIBILITIES),
    status: z.enum(LISTING_STATUSES),
    language: isoLanguage,
    themes: z.array(ref).max(20).optional(),
  })
  .refine((l) => !l.availableFrom || !l.availableUntil || l.availableFrom <= l.availableUntil, {
    path: ['availableUntil'],
    message: 'availableUntil is before availableFrom',
    // Also when other fields of the listing are wrong, so that one run reports every error.
    when: ({ value }) => windowSchema.safeParse(value).success,
  });

export const exchangeThemeSchema = z.strictObject({
  ref,
  network: ref,
  title: plainText(120),
  description: longText.optional(),
});

export const exchangeFileSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  networks: z.array(exchangeNetworkSchema).default([]),
  companies: z.array(exchangeCompanySchema).default([]),
  listings: z.array(exchangeListingSchema).default([]),
  themes: z.array(exchangeThemeSchema).optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});

export type ExchangeFile = z.infer<typeof exchangeFileSchema>;
export type ExchangeNetwork = z.infer<typeof exchangeNetworkSchema>;
export type ExchangeCompany = z.infer<typeof exchangeCompanySchema>;
export type ExchangeListing = z.infer<typeof exchangeListingSchema>;
export type ExchangeTheme = z.infer<typeof exchangeThemeSchema>;

export interface ExchangeIssue {
  path: string;
  message: string;
}

/** Refs that already exist in the database (an import may point at them instead of the file). */
export interface KnownRefs {
  networks?: ReadonlySet<string>;
  companies?: ReadonlySet<string>;
  themes?: ReadonlySet<string>;
}

/** Duplicate refs and references that resolve neither inside the file nor to `known`. */
export function checkReferences(file: ExchangeFile, known: KnownRefs = {}): ExchangeIssue[] {
  const issues: ExchangeIssue[] = [];
  const collect = <T extends { ref: string }>(items: T[], key: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.ref)) issues.push({ path: `${key}[${i}].ref`, message: `duplicate ref "${item.ref}"` });
      seen.add(item.ref);
    });
    return seen;
  };
  const has = (own: Set<string>, other: ReadonlySet<string> | undefined, r: string) => own.has(r) || !!other?.has(r);

  const networks = collect(file.networks, 'networks');
  const companies = collect(file.companies, 'companies');
  const themes = collect(file.themes ?? [], 'themes');
  collect(file.listings, 'listings');

  file.companies.forEach((c, i) =>
    c.networks.forEach((n, j) => {
      if (!has(networks, known.networks, n)) issues.push({ path: `companies[${i}].networks[${j}]`, message: `unknown network "${n}"` });
    }),
  );
  (file.themes ?? []).forEach((t, i) => {
    if (!has(networks, known.networks, t.network)) issues.push({ path: `themes[${i}].network`, message: `unknown network "${t.network}"` });
  });
  file.listings.forEach((l, i) => {
    if (!has(companies, known.companies, l.company)) issues.push({ path: `listings[${i}].company`, message: `unknown company "${l.company}"` });
    (l.themes ?? []).forEach((t, j) => {
      if (!has(themes, known.themes, t)) issues.push({ path: `listings[${i}].themes[${j}]`, message: `unknown theme "${t}"` });
    });
  });
  return issues;
}

export type ExchangeParseResult = { success: true; data: ExchangeFile } | { success: false; issues: ExchangeIssue[] };

/** Validates a parsed JSON document: shape first, then references. Lists every error found. */
export function parseExchangeFile(input: unknown, known: KnownRefs = {}): ExchangeParseResult {
  const parsed = exchangeFileSchema.safeParse(input);
  if (!parsed.success) {
    return { success: false, issues: parsed.error.issues.map((i) => ({ path: issuePath(i), message: i.message })) };
  }
  const issues = checkReferences(parsed.data, known);
  return issues.length ? { success: false, issues } : { success: true, data: parsed.data };
}

/** `listings[12].category: Invalid option: …` — one line per issue, for CLIs and logs. */
export function formatExchangeIssues(issues: ExchangeIssue[]): string {
  return issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('\n');
}
