// Shared by the auth forms, the Auth.js Credentials provider and the JSON sign-up endpoint.
import { z } from 'zod';
import { plainText } from './text';
import { UI_LOCALES } from '@/db/schema';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

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

export const newPasswordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

/** Where to go after signing in: a path on this site, never another origin ("//evil", "/\\evil"). */
export function safeCallbackPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || value.length > 500) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
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

export type SignUpInput = z.output<typeof signUpSchema>;

/** POST /api/v1/auth/signup: the form's fields and an optional UI language (anything else: Danish). */
export const signUpRequestSchema = signUpSchema.extend({
  locale: z.enum(UI_LOCALES).optional().catch(undefined),
});
