// Free text as every path in accepts it: forms, the API, the CSV import and the exchange JSON
// import all build their text fields from plainText(), so markup is refused the same way
// everywhere. Refused rather than stripped: texts are shown as plain text (pages, e-mails, exports,
// other apps reading the API), and silently cutting "<b>" out of a description changes what its
// author wrote without telling them. The form shows the localized `validation.noHtml` next to the
// field; the importer and the API report the JSON path of the value.
import { z } from 'zod';

/** Anything a browser or a mail client would read as a tag, a comment or a processing
 * instruction: `<` followed by a letter, `/`, `!` or `?` (also with spaces: "< script").
 * Plain comparisons stay fine: "< 5 stk", "a<5", "3 <= 4", "<3". */
const MARKUP = /<\s*[a-z!/?]/i;

export const hasMarkup = (s: string): boolean => MARKUP.test(s);

/** The message key of a refused text (validation.noHtml in messages/<locale>/validation.json). */
export const NO_HTML = 'noHtml';

export interface PlainTextOptions {
  min?: number;
  max: number;
  /** Runs of whitespace (line breaks too) become one space: titles and names. */
  singleLine?: boolean;
  /** The message: a catalog key for forms (default `noHtml`), English for the importer. */
  message?: string;
}

/** NFC-normalised (æ/ø/å look and compare the same), trimmed, within [min, max], without markup. */
export function plainText({ min, max, singleLine = false, message = NO_HTML }: PlainTextOptions) {
  let checked = z.string();
  if (min !== undefined) checked = checked.min(min);
  return z
    .string()
    .transform((s) => (singleLine ? s.normalize('NFC').replace(/\s+/g, ' ') : s.normalize('NFC')).trim())
    .pipe(checked.max(max).refine((s) => !hasMarkup(s), { message }));
}
