// Query parameters of the JSON API (/api/v1). Unlike the pages' lenient filters (a bad value in a
// shared link is dropped), an API client gets a 422 naming the parameter, so mistakes surface.
import { z } from 'zod';
import { LISTING_CATEGORIES, LISTING_KINDS } from '@/db/schema';
import { EMPLOYEE_BANDS } from './companies';
import { BROWSE_SORTS, MAX_DISTANCE_KM, parseNear, SEARCH_MAX, SECTOR_PATTERN } from './listings';

export const API_MAX_LIMIT = 100;
export const API_DEFAULT_LIMIT = 20;

const page = z.coerce.number().int().min(1).max(10_000).default(1);
const limit = z.coerce.number().int().min(1).max(API_MAX_LIMIT).default(API_DEFAULT_LIMIT);
const q = z.string().trim().min(1).max(SEARCH_MAX);

export const apiListingsQuery = z.object({
  kind: z.enum(LISTING_KINDS).optional(),
  category: z.enum(LISTING_CATEGORIES).optional(),
  sector: z.string().trim().toUpperCase().regex(SECTOR_PATTERN, 'expected a NACE section letter or code prefix, e.g. C or 25.6').optional(),
  network: z.string().trim().min(1).max(64).optional(),
  q: q.optional(),
  near: z
    .string()
    .max(40)
    .transform(
      (s, ctx) =>
        parseNear(s) ??
        (ctx.addIssue({
          code: 'custom',
          message: 'expected "lat,lng" or a DK/FI postcode',
        }),
        z.NEVER),
    )
    .optional(),
  km: z.coerce.number().positive().max(MAX_DISTANCE_KM).optional(),
  sort: z.enum(BROWSE_SORTS).optional(),
  page,
  limit,
});

export const apiCompaniesQuery = z.object({
  network: z.string().trim().min(1).max(40).optional(),
  sector: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-U]|\d{2})$/, 'expected a NACE section letter or a two-digit division')
    .optional(),
  town: z.string().trim().min(1).max(60).optional(),
  size: z.enum(EMPLOYEE_BANDS).optional(),
  q: q.optional(),
  page,
  limit,
});

export const apiSearchQuery = z.object({
  q,
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const apiRefParams = z.object({
  ref: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'not a valid ref'),
});

export const apiMatchesQuery = z.object({
  top: z.coerce.number().int().min(1).max(30).default(10),
});
