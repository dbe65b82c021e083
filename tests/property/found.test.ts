// The inputs the properties found that broke the app, kept as fixed cases so that they are tried on
// every run, not only when the generator happens to draw them again.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { recordActionOf } from '@/lib/dal/audit';
import { nulPaths } from '@/lib/validations/control-characters';
import { themeListingSchema, themeRefSchema } from '@/lib/validations/themes';
import { setupTestDb } from '../integration/helpers/db';

const db = setupTestDb();

describe('found by the properties', () => {
  it('a refusal whose data holds a NUL character is still audited (PostgreSQL refuses \\u0000 in jsonb and text)', async () => {
    await recordActionOf(null, 'nul.test', 'refused', { listingId: 'l-1\u0000', note: 'a\u0000b', ['k\u0000']: ['\u0000'] });
    const [line] = await db().select().from(auditLog).where(eq(auditLog.action, 'nul.test'));
    expect(line).toMatchObject({ targetType: 'listing', targetId: 'l-1', details: { note: 'ab', k: [''] } });
  });

  it('a theme ref with a control character is refused by the schema, not by the database', () => {
    expect(themeRefSchema.safeParse({ ref: '\u0000' }).success).toBe(false);
    expect(themeListingSchema.safeParse({ themeRef: 't-1', listingRef: 'l\u0000' }).success).toBe(false);
    expect(themeRefSchema.safeParse({ ref: 'eksport-til-tyskland' }).success).toBe(true);
  });

  it('GET /api/v1/listings?network=%00 is a 422 on the field, not a 500 (a NUL reached PostgreSQL)', async () => {
    const { GET } = (await import('@/app/api/v1/listings/route')) as { GET: (r: Request) => Promise<Response> };
    const res = await GET(new Request('http://localhost/api/v1/listings?network=%00'));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'validation', issues: [{ path: 'query.network', message: 'validation.noNul' }] } });
  });

  it('finds every NUL in a nested value, keys included', () => {
    expect(nulPaths({ a: 'x', b: ['ok', 'n\u0000'], c: { ['k\u0000']: 1, d: '\u0000' } })).toEqual(['b[1]', 'c.k', 'c.d']);
    expect(nulPaths({ a: 'fine', b: [1, null, { c: 'ok' }] })).toEqual([]);
  });
});
