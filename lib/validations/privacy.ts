// The /account/privacy deletion form: the person types their e-mail address again to confirm.
import { z } from 'zod';

export const deleteAccountSchema = z.object({
  confirmEmail: z.string().trim().min(1).max(320),
});
