// The /account form for personal API tokens.
import { z } from 'zod';

export const createApiTokenSchema = z.object({
  name: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1)
        .max(60)
        .refine((s) => !/<[a-z!/?]/i.test(s), { message: 'noHtml' }),
    ),
});

export const revokeApiTokenSchema = z.object({ id: z.uuid() });
