// Test data that must be unique per run (the server's database lives for one run, but a run has
// many tests and two workers) and valid by the app's own rules.
import { randomBytes, randomInt } from 'node:crypto';

/** A short lowercase token for names, e-mails and titles: `k3f9x2`. */
export function uniqueToken() {
  return randomBytes(4).toString('hex').slice(0, 6);
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** A CVR number that passes the modulus-11 check (weights 2,7,6,5,4,3,2,1): 8 digits, no leading 0. */
export function validCvr(): string {
  for (;;) {
    const body = [randomInt(1, 10), ...Array.from({ length: 6 }, () => randomInt(0, 10))];
    const sum = body.reduce((acc, d, i) => acc + d * CVR_WEIGHTS[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    // The last weight is 1, so the check digit is whatever completes the sum; 10 is not a digit.
    if (check < 10) return [...body, check].join('');
  }
}

/** The same digits with the check digit changed: right format, wrong checksum. */
export function invalidCvr(valid = validCvr()): string {
  const last = Number(valid.at(-1));
  return valid.slice(0, 7) + String((last + 1) % 10);
}

/** `YYYY-MM-DD` some days from today (UTC), for date inputs. */
export function isoDayFromNow(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
