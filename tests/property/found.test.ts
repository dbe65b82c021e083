// The inputs the properties found that broke the app, kept as fixed cases so that they are tried on
// every run, not only when the generator happens to draw them again.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { recordActionOf } from '@/lib/dal/audit';
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
});
