import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** A stable external id for records created in the app, e.g. `li-k3v9q2m8xa` (exchange format `ref`). */
export function newRef(prefix: 'net' | 'co' | 'li' | 'th' | 'mt'): string {
  const bytes = randomBytes(10);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return `${prefix}-${out}`;
}
