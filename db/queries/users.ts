// Accounts (lib/dal/auth.ts). Sessions are lib/auth/sessions.ts's.
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { users, type UiLocale } from '../schema';

/** Inserts an account; the unique index on lower(email) refuses a taken address (23505). */
export async function insertUser(db: Db | Tx, values: { name: string; email: string; passwordHash: string; locale: UiLocale }): Promise<{ id: string }> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!;
}

export async function selectUser(db: Db | Tx, { userId }: { userId: string }) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return user;
}

export async function updateUser(db: Db | Tx, { userId, set }: { userId: string; set: { name?: string; locale?: UiLocale; passwordHash?: string } }) {
  await db.update(users).set(set).where(eq(users.id, userId));
}
