// Network membership requests, facilitator decisions and the platform admin's network tools.
import { z } from 'zod';
import { COUNTRIES } from '@/db/schema';
import { emailSchema } from './auth';

const noHtml = (v: string) => !/[<>]/.test(v);
const ref = z.string().trim().min(1).max(40);

export const membershipRequestSchema = z.object({
  networkRef: ref,
  companyRef: ref,
  message: z
    .string()
    .trim()
    .max(1000)
    .refine(noHtml, { message: 'noHtml' })
    .optional()
    .transform((v) => v || null),
});

export const membershipDecisionSchema = z.object({
  membershipId: z.uuid(),
  decision: z.enum(['approve', 'decline']),
});

const coordinate = (min: number, max: number) => z.coerce.number().min(min).max(max);

export const createNetworkSchema = z.object({
  name: z.string().trim().min(2).max(120).refine(noHtml, { message: 'noHtml' }),
  description: z
    .string()
    .trim()
    .max(2000)
    .refine(noHtml, { message: 'noHtml' })
    .optional()
    .transform((v) => v || null),
  country: z.enum(COUNTRIES),
  centerLat: coordinate(-90, 90),
  centerLng: coordinate(-180, 180),
  radiusKm: z.coerce.number().min(1).max(200),
});

export const appointStaffSchema = z.object({
  networkId: z.uuid(),
  email: emailSchema,
  role: z.enum(['facilitator', 'municipality']),
});

export type MembershipRequestInput = z.output<typeof membershipRequestSchema>;
export type CreateNetworkInput = z.output<typeof createNetworkSchema>;
export type AppointStaffInput = z.output<typeof appointStaffSchema>;
