// In-app notifications and their recipients (lib/dal/notifications.ts shapes them for the UI).
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companyMembers, listings, networkMemberships, notifications, users } from '../schema';

type NewNotification = typeof notifications.$inferInsert;

export async function insertNotifications(db: Db | Tx, { rows }: { rows: NewNotification[] }): Promise<void> {
  if (!rows.length) return;
  await db.insert(notifications).values(rows);
}

/** Where and in which language to mail these users. */
export async function selectMailAddresses(db: Db | Tx, { userIds }: { userIds: string[] }) {
  return db.select({ email: users.email, locale: users.locale }).from(users).where(inArray(users.id, userIds));
}

/** Everyone who acts for these firms (duplicates removed). */
export async function selectCompanyUserIds(db: Db | Tx, { companyIds }: { companyIds: string[] }): Promise<string[]> {
  if (!companyIds.length) return [];
  const rows = await db.select({ userId: companyMembers.userId }).from(companyMembers).where(inArray(companyMembers.companyId, companyIds));
  return [...new Set(rows.map((r) => r.userId))];
}

/** The network's approved facilitators. */
export async function selectNetworkFacilitatorIds(db: Db | Tx, { networkId }: { networkId: string }): Promise<string[]> {
  const rows = await db
    .select({ userId: networkMemberships.userId })
    .from(networkMemberships)
    .where(and(eq(networkMemberships.networkId, networkId), eq(networkMemberships.role, 'facilitator'), eq(networkMemberships.status, 'approved')));
  return rows.flatMap((r) => (r.userId ? [r.userId] : []));
}

export async function countUnreadNotifications(db: Db | Tx, { userId }: { userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** A user's notifications, newest first. */
export async function selectNotificationsPage(db: Db | Tx, { userId, limit, offset }: { userId: string; limit: number; offset: number }) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset);
}

/** One of the user's notifications (never another's). */
export async function selectOwnNotification(db: Db | Tx, { id, userId }: { id: string; userId: string }) {
  const [row] = await db
    .select({ href: notifications.href, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .limit(1);
  return row;
}

/** Marks the user's unread notifications read (one, or all when `id` is left out); how many. */
export async function markNotificationsRead(db: Db | Tx, { userId, id, at }: { userId: string; id?: string; at: Date }): Promise<number> {
  const done = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(id ? eq(notifications.id, id) : undefined, eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return done.length;
}

// ---------------------------------------------------------------- new suggestions (lib/matching/notify.ts)

/** A listing's ref, title and firm. */
export async function selectListingHeadline(db: Db | Tx, { listingId }: { listingId: string }) {
  const [listing] = await db
    .select({ ref: listings.ref, title: listings.title, companyId: listings.companyId })
    .from(listings)
    .where(eq(listings.id, listingId))
    .limit(1);
  return listing;
}

/** These users' unread "new suggestions" notifications about the listing with this ref. */
export async function selectUnreadMatchNotices(db: Db | Tx, { userIds, listingRef }: { userIds: string[]; listingRef: string }) {
  return db
    .select({ id: notifications.id, userId: notifications.userId, data: notifications.data })
    .from(notifications)
    .where(
      and(
        inArray(notifications.userId, userIds),
        eq(notifications.type, 'match_new'),
        isNull(notifications.readAt),
        sql`${notifications.data}->>'listingRef' = ${listingRef}`,
      ),
    );
}

/** Rewrites a notification's data and moves it to `createdAt` (to the top of the list). */
export async function refreshNotification(db: Db | Tx, { id, data, createdAt }: { id: string; data: NewNotification['data']; createdAt: Date }) {
  await db.update(notifications).set({ data, createdAt }).where(eq(notifications.id, id));
}
