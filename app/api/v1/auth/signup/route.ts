// POST /api/v1/auth/signup — creates an account from JSON {name, email, password} for API clients
// and tests; rate limited per IP like the sign-up form. Does not sign in: use the Auth.js endpoints.
import { limitAuthAttempt } from '@/lib/auth/limits';
import { signUpUser } from '@/lib/dal/auth';
import { isAppError } from '@/lib/errors';
import { UI_LOCALES, type UiLocale } from '@/db/schema';
import { clientIp, rateLimitedResponse } from '@/lib/rate-limit';
import { describeIssues } from '@/lib/validations/issues';
import { signUpSchema } from '@/lib/validations/auth';

const MAX_BODY_BYTES = 10_000;

export async function POST(request: Request): Promise<Response> {
  const limit = await limitAuthAttempt({ kind: 'signUp', ip: clientIp(request.headers) });
  if (!limit.allowed) return rateLimitedResponse(limit.retryAfterSeconds);

  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) return Response.json({ error: { code: 'payload_too_large' } }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return Response.json({ error: { code: 'validation', issues: [{ path: '', message: 'Body must be JSON' }] } }, { status: 422 });
  }
  const parsed = signUpSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json({ error: { code: 'validation', issues: describeIssues(parsed.error.issues) } }, { status: 422 });
  }
  const requested = (body as { locale?: unknown }).locale;
  const locale: UiLocale = UI_LOCALES.find((l) => l === requested) ?? 'da';
  try {
    const { userId } = await signUpUser({ ...parsed.data, locale });
    return Response.json({ id: userId, email: parsed.data.email }, { status: 201 });
  } catch (error) {
    if (isAppError(error)) {
      return Response.json({ error: { code: error.code, issues: error.issues } }, { status: error.status });
    }
    throw error;
  }
}
