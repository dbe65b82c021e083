// Theme boards: the facilitator's theme form, pin/tag/follow requests. Shared by the forms (field
// errors) and the server (the only gate before the DAL).
import { z } from 'zod';
import { THEME_STATUSES } from '@/db/schema';
import { plainText as plainTextOf } from './text';

export { THEME_STATUSES };
export type ThemeStatus = (typeof THEME_STATUSES)[number];

export const THEME_TITLE_MIN = 3;
export const THEME_TITLE_MAX = 120;
export const THEME_STATEMENT_MIN = 10;
export const THEME_STATEMENT_MAX = 2000;
export const PIN_SEARCH_MAX = 100;

// No control characters: PostgreSQL refuses a NUL in a text parameter (a 500, not a "no such theme").
const ref = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\u0000-\u001f]+$/, { message: 'invalidValue' });

/** Trimmed, NFC-normalised plain text within [min, max]. */
const plainText = (min: number, max: number) => plainTextOf({ min, max });

/** '' (the select's "no meeting") means none. */
const optionalMeeting = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.uuid({ message: 'invalidOption' }).nullable().default(null),
);

const themeFields = {
  title: plainText(THEME_TITLE_MIN, THEME_TITLE_MAX),
  /** The challenge or opportunity statement: what the network should bring offers and needs for. */
  description: plainText(THEME_STATEMENT_MIN, THEME_STATEMENT_MAX),
  meetingId: optionalMeeting,
  status: z.enum(THEME_STATUSES).default('open'),
};

export const themeCreateSchema = z.object({ networkRef: ref, ...themeFields });
export const themeEditSchema = z.object({ ref, ...themeFields });
export const themeRefSchema = z.object({ ref });
export const themeStatusSchema = z.object({ ref, status: z.enum(THEME_STATUSES) });
/** A listing and a theme: pin, unpin, remove (facilitator) or tag, untag (the listing's firm). */
export const themeListingSchema = z.object({ themeRef: ref, listingRef: ref });

export type ThemeCreateInput = z.output<typeof themeCreateSchema>;
export type ThemeEditInput = z.output<typeof themeEditSchema>;
export type ThemeListingInput = z.output<typeof themeListingSchema>;

/** `?q=` of the facilitator's pin search: at most PIN_SEARCH_MAX characters, blank = none. */
export function parsePinSearch(raw: string | string[] | undefined): string | undefined {
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, PIN_SEARCH_MAX);
  return q || undefined;
}

/** `?archived=1` on /themes shows archived themes instead of open ones. */
export function parseArchivedFlag(raw: string | string[] | undefined): boolean {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v === '1' || v === 'true';
}
