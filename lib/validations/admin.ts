// The admin tools' forms and search parameters (lib/actions/admin.ts, app/(admin)/admin/**).
import { z } from 'zod';
import { AUDIT_OUTCOMES } from '@/db/schema';

const noHtml = (v: string) => !/[<>]/.test(v);
/** Users' ids are text (Auth.js), firms' and listings' uuids. */
const userId = z.string().trim().min(1).max(100);
const reason = z.string().trim().min(3).max(500).refine(noHtml, { message: 'noHtml' });

export const userTargetSchema = z.object({ userId });

export const disableUserSchema = z.object({
  userId,
  reason: z
    .string()
    .trim()
    .max(500)
    .refine(noHtml, { message: 'noHtml' })
    .optional()
    .transform((v) => v || undefined),
});

export const removeRoleSchema = z.object({
  userId,
  role: z.enum(['facilitator', 'municipality', 'admin']),
  membershipId: z.uuid().optional(),
});

export const hideCompanySchema = z.object({ companyId: z.uuid(), reason });
export const companyTargetSchema = z.object({ companyId: z.uuid() });
export const hideListingSchema = z.object({ listingId: z.uuid(), reason });
export const listingTargetSchema = z.object({ listingId: z.uuid() });

/** A list page's query: the search text and the page number (bad values fall back). */
export const adminSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(200).optional().catch(undefined),
  action: z
    .string()
    .trim()
    .regex(/^[a-z][a-zA-Z0-9_.-]{0,80}$/)
    .optional()
    .catch(undefined),
  outcome: z.enum(AUDIT_OUTCOMES).optional().catch(undefined),
  target: z.string().trim().max(100).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
