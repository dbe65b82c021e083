// Network membership requests, facilitator decisions and the platform admin's network tools.
import { z } from 'zod';
import { COUNTRIES } from '@/db/schema';
import { emailSchema } from './auth';
import { plainText } from './text';

const ref = z.string().trim().min(1).max(40);

export const membershipRequestSchema = z.object({
  networkRef: ref,
  companyRef: ref,
  message: plainText({ max: 1000 })
    .optional()
    .transform((v) => v || null),
});

export const membershipDecisionSchema = z.object({
  membershipId: z.uuid(),
  decision: z.enum(['approve', 'decline']),
});

// Danish and Finnish users write decimals with a comma ("55,6664").
const decimal = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim().replace(',', '.') : v), z.coerce.number().min(min).max(max));
const coordinate = decimal;

export const createNetworkSchema = z.object({
  name: plainText({ min: 2, max: 120, singleLine: true }),
  description: plainText({ max: 2000 })
    .optional()
    .transform((v) => v || null),
  country: z.enum(COUNTRIES),
  centerLat: coordinate(-90, 90),
  centerLng: coordinate(-180, 180),
  radiusKm: decimal(1, 200),
});

export const appointStaffSchema = z.object({
  networkId: z.uuid(),
  email: emailSchema,
  role: z.enum(['facilitator', 'municipality']),
});

export type MembershipRequestInput = z.output<typeof membershipRequestSchema>;
export type CreateNetworkInput = z.output<typeof createNetworkSchema>;
export type AppointStaffInput = z.output<typeof appointStaffSchema>;
