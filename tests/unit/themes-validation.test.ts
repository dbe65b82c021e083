import { describe, expect, it } from 'vitest';
import { parseArchivedFlag, parsePinSearch, themeCreateSchema, themeEditSchema, themeListingSchema } from '@/lib/validations/themes';

const valid = { networkRef: 'vestsjaelland', title: ' Eksport til Tyskland ', description: 'Kan vi dele en tysktalende sælger?' };
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('theme form', () => {
  it('trims, defaults to open and reads the empty meeting choice as none', () => {
    expect(themeCreateSchema.parse({ ...valid, meetingId: '' })).toEqual({
      networkRef: 'vestsjaelland',
      title: 'Eksport til Tyskland',
      description: 'Kan vi dele en tysktalende sælger?',
      meetingId: null,
      status: 'open',
    });
  });

  it('refuses a short title or statement, HTML, an unknown meeting id and an unknown status', () => {
    const r = themeCreateSchema.safeParse({ ...valid, title: 'ab', description: 'Kort', meetingId: 'not-a-uuid', status: 'deleted' });
    expect(r.success).toBe(false);
    expect(Object.keys(messages(r)).sort()).toEqual(['description', 'meetingId', 'status', 'title']);
    expect(messages(r).meetingId).toBe('invalidOption');
    const html = themeEditSchema.safeParse({ ref: 'th-x', title: 'Eksport', description: '<script>alert(1)</script> til Tyskland' });
    expect(messages(html).description).toBe('noHtml');
  });

  it('needs both refs to pin or tag', () => {
    expect(themeListingSchema.safeParse({ themeRef: 'th-x' }).success).toBe(false);
    expect(themeListingSchema.parse({ themeRef: ' th-x ', listingRef: 'li-y' })).toEqual({ themeRef: 'th-x', listingRef: 'li-y' });
  });
});

describe('query parameters', () => {
  it('pin search: trimmed, at most 100 characters, blank is none', () => {
    expect(parsePinSearch('  tysk  ')).toBe('tysk');
    expect(parsePinSearch(['messe', 'x'])).toBe('messe');
    expect(parsePinSearch('   ')).toBeUndefined();
    expect(parsePinSearch('a'.repeat(150))).toHaveLength(100);
  });
  it('archived flag', () => {
    expect(parseArchivedFlag('1')).toBe(true);
    expect(parseArchivedFlag(undefined)).toBe(false);
    expect(parseArchivedFlag('0')).toBe(false);
  });
});
