// Refuses passwords that attackers try first. The list is the ~49,000 most common passwords from
// breach corpora shipped by @zxcvbn-ts/language-common (MIT, github.com/zxcvbn-ts/zxcvbn), built
// once on first use. A password is weak when, ignoring letter case, it is on the list, it is the
// list entry with digits or punctuation added at the end ("password2026!", "qwerty12"), or it is
// one character repeated or the site's own name.
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common']));

const SITE_WORDS = ['industrivej', 'virtuelleindustrivej'];

export function isWeakPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return true;
  const base = lower.replace(/[\d\W_]+$/u, '');
  if (base.length >= 3 && base !== lower && commonPasswords().has(base)) return true;
  if (/^(.)\1*$/su.test(lower)) return true;
  const letters = lower.replace(/[^\p{L}]/gu, '');
  return SITE_WORDS.includes(letters) || SITE_WORDS.includes(base);
}
