// Business registration numbers: Danish CVR and Finnish Y-tunnus (business ID). Pure functions,
// shared by the company form, the import and the API. People paste these in many shapes
// ("DK 24 25 67 90", "FI01120389", "112038-9"), so we normalise before checking.
import type { Country } from '@/db/schema';

export type RegistrationProblem = 'format' | 'checksum';
export type RegistrationResult = { ok: true; value: string } | { ok: false; problem: RegistrationProblem };

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;
const YTUNNUS_WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** CVR: 8 digits, no leading 0, weighted sum (2,7,6,5,4,3,2,1) divisible by 11. */
export function parseCvr(input: string): RegistrationResult {
  // Spaces, dots and dashes are grouping people use; "DK" is the VAT-number prefix (DK + CVR).
  const digits = input
    .trim()
    .toUpperCase()
    .replace(/^DK/, '')
    .replace(/[\s.-]/g, '');
  if (!/^[1-9]\d{7}$/.test(digits)) return { ok: false, problem: 'format' };
  const sum = CVR_WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return sum % 11 === 0 ? { ok: true, value: digits } : { ok: false, problem: 'checksum' };
}

/** The Y-tunnus check digit for the 7-digit body, or undefined when no valid ID has this body
 * (remainder 1 is never issued). */
export function yTunnusCheckDigit(body: string): number | undefined {
  const sum = YTUNNUS_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return undefined;
  return 11 - r;
}

/** Y-tunnus: `1234567-8`. Also accepts the EU VAT form `FI12345678`, a missing dash, spaces, and
 * the 6-digit body of old IDs (written without the leading 0). Normalises to `1234567-8`. */
export function parseYTunnus(input: string): RegistrationResult {
  const s = input.trim().toUpperCase().replace(/\s+/g, '');
  // The VAT form carries no dash; a bare 8-digit string is read the same way.
  const m = /^(?:FI)?(\d{6,7})-?(\d)$/.exec(s);
  if (!m) return { ok: false, problem: 'format' };
  const body = m[1]!.padStart(7, '0');
  const check = Number(m[2]);
  return yTunnusCheckDigit(body) === check ? { ok: true, value: `${body}-${check}` } : { ok: false, problem: 'checksum' };
}

export function parseRegistrationNumber(country: Country, input: string): RegistrationResult {
  return country === 'DK' ? parseCvr(input) : parseYTunnus(input);
}

export function isValidRegistrationNumber(country: Country, input: string): boolean {
  return parseRegistrationNumber(country, input).ok;
}

/** How the number is shown: CVR as written by the register ("24256790"), Y-tunnus with its dash. */
export function formatRegistrationNumber(country: Country, value: string): string {
  const r = parseRegistrationNumber(country, value);
  return r.ok ? r.value : value;
}
