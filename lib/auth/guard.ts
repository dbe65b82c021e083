import 'server-only';
// Wraps the Auth.js POST endpoints: password sign-ins (/callback/credentials) and link requests
// (/signin/email) are counted per IP and per e-mail before Auth.js sees them; over a limit the
// client gets 429 with Retry-After.
import { clientIp, rateLimitedResponse, type RateLimiter } from '@/lib/rate-limit';
import { limitAuthAttempt, type AuthAttempt } from './limits';

async function emailOf(request: Request): Promise<string> {
  try {
    const type = request.headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      const body = (await request.clone().json()) as { email?: unknown };
      return typeof body.email === 'string' ? body.email : '';
    }
    const value = (await request.clone().formData()).get('email');
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

export async function attemptFor(request: Request): Promise<AuthAttempt | null> {
  const { pathname } = new URL(request.url);
  const ip = clientIp(request.headers);
  if (pathname.endsWith('/callback/credentials')) return { kind: 'signIn', ip, email: await emailOf(request) };
  if (pathname.endsWith('/signin/email')) return { kind: 'link', ip, email: await emailOf(request) };
  return null;
}

export async function guardAuthPost(request: Request, next: (request: Request) => Promise<Response>, limiter?: RateLimiter): Promise<Response> {
  const attempt = await attemptFor(request);
  if (attempt) {
    const result = await limitAuthAttempt(attempt, limiter);
    if (!result.allowed) return rateLimitedResponse(result.retryAfterSeconds);
  }
  return next(request);
}
