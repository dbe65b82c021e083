// Shared by the auth forms, the Auth.js Credentials provider and the JSON sign-up endpoint.
import { z } from 'zod';
import { plainText } from './text';
import { UI_LOCALES } from '@/db/schema';
import { safeRedirectPath } from '@/lib/auth/redirect';

import { PASSWORD_MAX, PASSWORD_MIN } from './password-rules';
import { isWeakPassword } from './password-strength';

export { PASSWORD_MAX, PASSWORD_MIN };

// zod's default e-mail pattern, with letters beyond ASCII allowed in the domain: Danish and Finnish
// firms use domains such as tømrer.dk or sähkö.fi.
const EMAIL_PATTERN = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

export const emailSchema = z
  .string()
  .trim()
  .min(1)
  .max(254)
  .toLowerCase()
  .pipe(z.email({ pattern: EMAIL_PATTERN }));

export const nameSchema = plainText({ min: 1, max: 100, singleLine: true });

/** A new password: long enough and not one that attackers try first (password-strength.ts). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN)
  .max(PASSWORD_MAX)
  .refine((v) => !isWeakPassword(v), { message: 'credentials.commonPassword' });

/** Where to go after signing in: a path on this site, never another origin ("//evil", "/\\evil",
 * "/\t/evil"): the one redirect rule of lib/auth/redirect.ts. */
export function safeCallbackPath(value: unknown, fallback = '/dashboard'): string {
  return safeRedirectPath(value, fallback);
}

const callbackUrl = z
  .string()
  .optional()
  .transform((v) => safeCallbackPath(v));

export const signInSchema = z.object({
  email: emailSchema,
  // No length rule beyond a cap: old passwords must keep working if the rule changes.
  password: z.string().min(1).max(PASSWORD_MAX),
  callbackUrl,
});

export const signInLinkSchema = z.object({ email: emailSchema, callbackUrl });

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});

export const profileSchema = z.object({
  name: nameSchema,
  locale: z.enum(UI_LOCALES),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX).optional().default(''),
  newPassword: newPasswordSchema,
});

/** Creating the account from an invitation: the address is the invited one, so only these. */
export const invitationSignUpSchema = z.object({
  token: z.string().trim().min(20).max(100),
  name: nameSchema,
  password: newPasswordSchema,
});

/** Confirming a sign-up from the e-mailed link. */
export const confirmSignUpSchema = z.object({ token: z.string().trim().min(20).max(100) });

export type SignUpInput = z.output<typeof signUpSchema>;

/** POST /api/v1/auth/signup: the form's fields and an optional UI language (anything else: Danish). */
export const signUpRequestSchema = signUpSchema.extend({
  locale: z.enum(UI_LOCALES).optional().catch(undefined),
});
