// Small presentation helpers shared by the company pages and components (pure; no data access).
import type { EmployeeBand } from '@/lib/validations/companies';

/** Message key (companies.bands.*) for an employee band: catalog keys avoid "-" and "+". */
export function bandKey(band: EmployeeBand): 'b1' | 'b2_9' | 'b10_49' | 'b50' {
  return band === '1' ? 'b1' : band === '2-9' ? 'b2_9' : band === '10-49' ? 'b10_49' : 'b50';
}

/** A language's name in the UI language ("tysk" → "Tysk"), from the runtime's CLDR data, so that
 * no catalog has to list every language. */
export function languageName(code: string, locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  const text = name && name !== code ? name : code.toUpperCase();
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** In the given order (most used first), which suits a checkbox list better than A–Z. */
export function languageOptions(codes: readonly string[], locale: string) {
  return codes.map((code) => ({ code, label: languageName(code, locale) }));
}
