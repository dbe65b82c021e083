import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

describe('password hashing (argon2id)', () => {
  it('hashes with argon2id and a per-hash salt, and verifies only the right password', async () => {
    const a = await hashPassword('korrekt hest batteri');
    const b = await hashPassword('korrekt hest batteri');
    expect(a.startsWith('$argon2id$')).toBe(true);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'korrekt hest batteri')).toBe(true);
    expect(await verifyPassword(a, 'Korrekt hest batteri')).toBe(false);
    expect(await verifyPassword(a, '')).toBe(false);
  });

  it('treats a malformed stored hash as a wrong password instead of throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever123')).toBe(false);
  });
});
