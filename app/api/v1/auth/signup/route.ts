// POST /api/v1/auth/signup — starts a sign-up from JSON {name, email, password, locale?} for API
// clients and tests; rate limited per IP like the sign-up form (every attempt counts, valid or not).
// Answers 202 whether or not the address has an account: the mailbox gets a confirmation link (new
// address) or a note that it already has an account. Does not sign in.
import { apiHandler } from '@/lib/api/handler';
import { limitAuthAttempt } from '@/lib/auth/limits';
import { signUpUser } from '@/lib/dal/auth';
import { AppError, isAppError } from '@/lib/errors';
import { clientIp } from '@/lib/rate-limit';
import { signUpRequestSchema } from '@/lib/validations/auth';

export const POST = apiHandler(
  {
    body: signUpRequestSchema,
    maxBodyBytes: 10_000,
    auth: 'none',
    before: async (request) => {
      const limit = await limitAuthAttempt({ kind: 'signUp', ip: clientIp(request.headers) });
      if (!limit.allowed) throw new AppError('rate_limited', undefined, { retryAfterSeconds: limit.retryAfterSeconds });
    },
  },
  async ({ body: { locale, ...input } }) => {
    try {
      await signUpUser({ ...input, locale: locale ?? 'da' });
      return Response.json({ email: input.email, status: 'confirmation_sent' }, { status: 202, headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      // The DAL names the form's fields ("email"); the API names where they came from.
      if (isAppError(error)) throw new AppError(error.code, error.message, { issues: error.issues.map((i) => ({ ...i, path: `body.${i.path}` })) });
      throw error;
    }
  },
);
