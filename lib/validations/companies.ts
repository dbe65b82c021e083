// Company profile, team and directory inputs. Shared by forms, actions, DAL and the import.
// Pure (no fs): checks that need reference data — does this NACE code / postcode exist? — are made
// in lib/dal/companies.ts, which reports them on the same fields.
import { z } from 'zod';
import { plainText as plainTextOf } from './text';
import { COUNTRIES, UI_LOCALES, type Country } from '@/db/schema';

export type { Country };
import { parseRegistrationNumber } from './registration-number';

/** Rejects anything that looks like markup (lib/validations/text.ts): names and texts are shown as
 * plain text everywhere (e-mails, exports, other apps), so we do not accept tags in the first place. */
export { hasMarkup as hasHtml } from './text';

export const plainText = (max: number) => plainTextOf({ max });

/** An optional text field: the empty string a form sends means "not given". */
const optionalText = (max: number) =>
  plainText(max)
    .optional()
    .transform((v) => (v ? v : undefined));

const optionalNumber = z
  .union([z.number(), z.string().trim()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    const n = typeof v === 'number' ? v : Number(v.replace(',', '.'));
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: 'invalidValue' });
      return z.NEVER;
    }
    return n;
  });

/** Languages a firm can say it speaks (ISO 639-1). The neighbours of DK and FI, plus the languages
 * of the largest groups of foreign workers in both countries. */
export const COMPANY_LANGUAGES = ['da', 'en', 'de', 'sv', 'no', 'fi', 'et', 'pl', 'lt', 'lv', 'ro', 'uk', 'ru', 'fr', 'es', 'it', 'nl', 'tr', 'ar'] as const;
export type CompanyLanguage = (typeof COMPANY_LANGUAGES)[number];

export const MAX_NACE = 5;
export const NACE_CODE = /^\d{2}\.\d{1,2}$/;
export const POSTCODE_FORMAT: Record<Country, RegExp> = {
  DK: /^\d{4}$/,
  FI: /^\d{5}$/,
};

/** A rough box around each country: catches swapped lat/lng and typos, not borders. */
export const COUNTRY_BOUNDS: Record<Country, { minLat: number; maxLat: number; minLng: number; maxLng: number }> = {
  DK: { minLat: 54.4, maxLat: 57.9, minLng: 7.9, maxLng: 15.3 },
  FI: { minLat: 59.4, maxLat: 70.2, minLng: 19.0, maxLng: 31.7 },
};

/** A public https address with a real host name: no http, no javascript:, no bare words. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && z.regexes.domain.test(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

const toArray = (v: unknown): unknown[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as unknown[]) : [v]);

const companyFields = z.object({
  name: plainText(120).pipe(z.string().min(2)),
  country: z.enum(COUNTRIES),
  registrationNumber: z.string().trim().min(1).max(20),
  nace: z.preprocess(
    toArray,
    z
      .array(z.string().trim().regex(NACE_CODE, { message: 'companies.validation.naceUnknown' }))
      .min(1, { message: 'companies.validation.naceRequired' })
      .max(MAX_NACE, { message: 'companies.validation.naceTooMany' })
      .transform((codes) => [...new Set(codes)]),
  ),
  employees: z.coerce
    .number({ message: 'companies.validation.employees' })
    .int({ message: 'companies.validation.employees' })
    .min(1, { message: 'companies.validation.employees' })
    .max(100_000, { message: 'companies.validation.employees' }),
  street: optionalText(120),
  postcode: z.string().trim().min(1).max(10),
  city: optionalText(80),
  lat: optionalNumber,
  lng: optionalNumber,
  languages: z.preprocess(
    toArray,
    z
      .array(z.enum(COMPANY_LANGUAGES))
      .max(COMPANY_LANGUAGES.length)
      .transform((l) => [...new Set(l)]),
  ),
  description: optionalText(5000),
  website: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? (/^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`) : undefined))
    .refine((v) => v === undefined || isHttpsUrl(v), { message: 'invalidUrl' }),
  email: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined))
    .pipe(z.email().optional()),
  phone: z
    .string()
    .trim()
    .max(30)
    .optional()
    .transform((v) => (v ? v.replace(/\s+/g, ' ') : undefined))
    .pipe(
      z
        .string()
        .regex(/^\+?[0-9][0-9 ()-]{5,24}$/, {
          message: 'companies.validation.phone',
        })
        .optional(),
    ),
});

type CompanyFields = z.output<typeof companyFields>;

/** Rules that depend on the country: the registration number, the postcode and the location. */
function countryRules(v: CompanyFields, ctx: z.RefinementCtx) {
  const reg = parseRegistrationNumber(v.country, v.registrationNumber);
  if (!reg.ok) {
    const key = v.country === 'DK' ? 'cvr' : 'ytunnus';
    ctx.addIssue({
      code: 'custom',
      path: ['registrationNumber'],
      message: `companies.validation.${key}${reg.problem === 'format' ? 'Format' : 'Checksum'}`,
    });
  }
  if (!POSTCODE_FORMAT[v.country].test(v.postcode)) {
    ctx.addIssue({
      code: 'custom',
      path: ['postcode'],
      message: `companies.validation.postcode${v.country}`,
    });
  }
  if ((v.lat === undefined) !== (v.lng === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [v.lat === undefined ? 'lat' : 'lng'],
      message: 'companies.validation.locationPair',
    });
  } else if (v.lat !== undefined && v.lng !== undefined) {
    const b = COUNTRY_BOUNDS[v.country];
    if (v.lat < b.minLat || v.lat > b.maxLat || v.lng < b.minLng || v.lng > b.maxLng) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: 'companies.validation.locationOutside',
      });
    }
  }
}

/** Stores the registration number in one canonical form, so that uniqueness really is unique. */
function normalise<T extends CompanyFields>(v: T): T {
  const reg = parseRegistrationNumber(v.country, v.registrationNumber);
  return reg.ok ? { ...v, registrationNumber: reg.value } : v;
}

export const companyInputSchema = companyFields.superRefine(countryRules).transform(normalise);
export type CompanyInput = z.output<typeof companyInputSchema>;

export const updateCompanySchema = companyFields
  .extend({ ref: z.string().trim().min(1).max(40) })
  .superRefine(countryRules)
  .transform(normalise);

// ------------------------------------------------------------------ team

/** The owner invites an address; the e-mail goes out in `locale` unless the address has an
 * account with its own language. */
export const inviteColleagueSchema = z.object({
  companyRef: z.string().trim().min(1).max(40),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email())
    .transform((e) => e.toLowerCase()),
  locale: z.enum(UI_LOCALES).catch('da'),
});

export const removeColleagueSchema = z.object({
  companyRef: z.string().trim().min(1).max(40),
  userId: z.string().trim().min(1).max(80),
});
export const makeOwnerSchema = removeColleagueSchema;

export const inviteIdSchema = z.object({ inviteId: z.uuid() });
export const revokeInviteSchema = inviteIdSchema.extend({
  companyRef: z.string().trim().min(1).max(40),
});

/** The e-mailed invitation link's token (32 random bytes, base64url). */
export const invitationTokenSchema = z.object({ token: z.string().trim().min(20).max(100) });

export const leaveFirmSchema = z.object({ companyRef: z.string().trim().min(1).max(40) });

// ------------------------------------------------------------------ directory

export const EMPLOYEE_BANDS = ['1', '2-9', '10-49', '50+'] as const;
export type EmployeeBand = (typeof EMPLOYEE_BANDS)[number];

export function employeeBand(employees: number | null | undefined): EmployeeBand | null {
  if (employees == null || employees < 1) return null;
  if (employees === 1) return '1';
  if (employees <= 9) return '2-9';
  if (employees <= 49) return '10-49';
  return '50+';
}

export const BAND_RANGES: Record<EmployeeBand, [number, number | null]> = {
  '1': [1, 1],
  '2-9': [2, 9],
  '10-49': [10, 49],
  '50+': [50, null],
};

// Search parameters come from a URL anyone can edit: a bad value falls back to "no filter"
// instead of an error page.
const lenient = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);

export const directoryFiltersSchema = z.object({
  network: lenient(z.string().trim().min(1).max(40)),
  /** A NACE section letter ("C") or division ("25"). */
  sector: lenient(
    z
      .string()
      .trim()
      .regex(/^([A-U]|\d{2})$/),
  ),
  town: lenient(z.string().trim().min(1).max(60)),
  size: lenient(z.enum(EMPLOYEE_BANDS)),
  q: lenient(z.string().trim().min(1).max(100)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type DirectoryFilters = z.output<typeof directoryFiltersSchema>;
