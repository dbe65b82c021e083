// "Not relevant" on a suggestion (and its undo): which of the firm's listings, which partner.
import { z } from 'zod';

const ref = z.string().trim().min(1).max(60);

export const dismissMatchSchema = z.object({
  listingRef: ref,
  otherRef: ref,
  undo: z.enum(['0', '1']).default('0'),
});
