// Business registration numbers per country. Both checks are public algorithms; they catch typos,
// not fictitious numbers.

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Danish CVR: 8 digits, no leading zero, weighted sum (2,7,6,5,4,3,2,1) divisible by 11. */
export function isValidCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const sum = [...value].reduce((acc, d, i) => acc + Number(d) * CVR_WEIGHTS[i]!, 0);
  return sum % 11 === 0;
}

/** The check digit that makes the 7-digit stem a valid CVR, or null when none exists. */
export function cvrCheckDigit(stem: string): number | null {
  if (!/^[1-9]\d{6}$/.test(stem)) return null;
  const sum = [...stem].reduce((acc, d, i) => acc + Number(d) * CVR_WEIGHTS[i]!, 0);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? null : digit;
}

const YTUNNUS_WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** Finnish Y-tunnus: `1234567-8`, modulus 11 with weights 7,9,10,5,8,4,2 (remainder 1 is never issued). */
export function isValidYTunnus(value: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(value);
  if (!m) return false;
  const sum = [...m[1]!].reduce((acc, d, i) => acc + Number(d) * YTUNNUS_WEIGHTS[i]!, 0);
  const r = sum % 11;
  if (r === 1) return false;
  return (r === 0 ? 0 : 11 - r) === Number(m[2]);
}

export function isValidRegistrationNumber(country: 'DK' | 'FI', value: string): boolean {
  return country === 'DK' ? isValidCvr(value) : isValidYTunnus(value);
}
