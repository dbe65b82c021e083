import 'server-only';
// Tells a firm that one of its listings has new suggestions. One unread notification per listing:
// while the firm has not looked, further new matches raise its count instead of adding rows.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { companyMembers, listings, notifications } from '@/db/schema';

export async function notifyNewMatches(db: Db, listingId: string, newPairIds: string[]) {
  if (!newPairIds.length) return;
  const [listing] = await db
    .select({ ref: listings.ref, title: listings.title, companyId: listings.companyId })
    .from(listings)
    .where(eq(listings.id, listingId))
    .limit(1);
  if (!listing) return;
  const members = await db.select({ userId: companyMembers.userId }).from(companyMembers).where(eq(companyMembers.companyId, listing.companyId));
  const userIds = members.map((m) => m.userId);
  if (!userIds.length) return;
  const unread = await db
    .select({ id: notifications.id, userId: notifications.userId, data: notifications.data })
    .from(notifications)
    .where(
      and(
        inArray(notifications.userId, userIds),
        eq(notifications.type, 'match_new'),
        isNull(notifications.readAt),
        sql`${notifications.data}->>'listingRef' = ${listing.ref}`,
      ),
    );
  const data = (count: number) => ({ listingRef: listing.ref, listingTitle: listing.title, count });
  for (const userId of userIds) {
    const open = unread.find((n) => n.userId === userId);
    if (open) {
      await db
        .update(notifications)
        .set({ data: data(Number(open.data.count ?? 0) + newPairIds.length), createdAt: new Date() })
        .where(eq(notifications.id, open.id));
    } else {
      await db.insert(notifications).values({ userId, type: 'match_new', data: data(newPairIds.length), href: `/listings/${listing.ref}#matches` });
    }
  }
}
