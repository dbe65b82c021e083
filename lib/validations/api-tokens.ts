// The /account form for personal API tokens.
import { z } from 'zod';
import { plainText } from './text';

export const createApiTokenSchema = z.object({
  name: plainText({ min: 1, max: 60, singleLine: true }),
});

export const revokeApiTokenSchema = z.object({ id: z.uuid() });
