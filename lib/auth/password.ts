// Password hashing with argon2id (OWASP's first choice). The parameters are stored inside the hash,
// so they can be raised later without breaking existing accounts.
import { hash, verify } from '@node-rs/argon2';

// Argon2id is the library's default algorithm (its const enum cannot be imported under
// verbatimModuleSyntax); a unit test pins the `$argon2id$` prefix. OWASP's minimum: 19 MiB, t=2.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a server error.
    return false;
  }
}

// A real hash of a random string: verifying against it when the e-mail is unknown costs the same
// time as a real check, so response times do not reveal which e-mails have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await dummyHash, password);
}
