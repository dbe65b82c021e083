import 'server-only';
// Tells a firm that one of its listings has new suggestions. One unread notification per listing:
// while the firm has not looked, further new matches raise its count instead of adding rows.
import type { Db } from '@/db/client';
import { insertNotifications, refreshNotification, selectCompanyUserIds, selectListingHeadline, selectUnreadMatchNotices } from '@/db/queries/notifications';

export async function notifyNewMatches(db: Db, listingId: string, newPairIds: string[]) {
  if (!newPairIds.length) return;
  const listing = await selectListingHeadline(db, { listingId });
  if (!listing) return;
  const userIds = await selectCompanyUserIds(db, { companyIds: [listing.companyId] });
  if (!userIds.length) return;
  const unread = await selectUnreadMatchNotices(db, { userIds, listingRef: listing.ref });
  const data = (count: number) => ({ listingRef: listing.ref, listingTitle: listing.title, count });
  for (const userId of userIds) {
    const open = unread.find((n) => n.userId === userId);
    if (open) {
      await refreshNotification(db, { id: open.id, data: data(Number(open.data.count ?? 0) + newPairIds.length), createdAt: new Date() });
    } else {
      await insertNotifications(db, { rows: [{ userId, type: 'match_new', data: data(newPairIds.length), href: `/listings/${listing.ref}#matches` }] });
    }
  }
}
