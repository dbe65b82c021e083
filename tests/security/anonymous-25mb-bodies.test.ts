// Finding (issue 14, Low): anonymous server actions accepted 25 MB bodies (next.config's one limit,
// sized for a signed-in upload). proxy.ts now refuses a body over 64 KB from anyone without a
// session before Next.js reads it (413, the API's JSON error); signed-in requests keep a limit big
// enough for the facilitator's 10 MB import, now 12 MB instead of 25.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { ANONYMOUS_BODY_LIMIT, SIGNED_IN_BODY_LIMIT } from '@/lib/http/body-limit';
import { proxy } from '@/proxy';

function post(path: string, bytes: number | null, opts: { cookie?: string; action?: boolean; chunked?: boolean } = {}) {
  const headers = new Headers({ 'content-type': 'multipart/form-data; boundary=x' });
  if (bytes !== null) headers.set('content-length', String(bytes));
  if (opts.chunked) headers.set('transfer-encoding', 'chunked');
  if (opts.cookie) headers.set('cookie', opts.cookie);
  if (opts.action) headers.set('next-action', '7f00aa');
  return proxy(new NextRequest(`http://localhost:3000${path}`, { method: 'POST', headers }));
}

describe('a visitor who is not signed in cannot send a large body', () => {
  it.each([
    ['the sign-up action', '/signup'],
    ['the sign-in action', '/signin'],
    ['any page action', '/listings'],
    ['the sign-up API', '/api/v1/auth/signup'],
  ])('%s: 25 MB → 413', async (_name, path) => {
    const res = post(path, 25 * 1024 * 1024, { action: !path.startsWith('/api/') });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message: 'Request too large.' } });
    expect(post(path, ANONYMOUS_BODY_LIMIT + 1, { action: true }).status).toBe(413);
  });

  it('a body of unknown length (chunked) is refused too', () => {
    expect(post('/signup', null, { action: true, chunked: true }).status).toBe(411);
  });

  it('lets a normal form through', () => {
    expect(post('/signup', 2_000, { action: true }).status).toBe(200);
    expect(post('/signup', ANONYMOUS_BODY_LIMIT, { action: true }).status).toBe(200);
  });
});

describe('signed-in requests keep the limit the import upload needs', () => {
  it('passes the proxy; next.config caps server actions at 12 MB (10 MB file + form)', () => {
    expect(post('/facilitator/import', 11 * 1024 * 1024, { action: true, cookie: 'authjs.session-token=eyJ' }).status).toBe(200);
    expect(post('/facilitator/import', 11 * 1024 * 1024, { action: true, cookie: '__Secure-authjs.session-token.0=eyJ' }).status).toBe(200);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(SIGNED_IN_BODY_LIMIT);
    expect(SIGNED_IN_BODY_LIMIT).toBe('12mb');
  });
});
