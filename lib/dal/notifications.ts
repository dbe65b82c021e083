import 'server-only';
// In-app notifications (the bell in the header, /notifications) and the e-mails that go with them.
// A notification belongs to one user; nobody else can read, open or mark it.
//
// How to add a notification type (theme follows, new matches, …):
//   1. Pick a snake_case `type` (e.g. `theme_listing_added`) and the data it carries: strings and
//      numbers only — names and titles the recipient may see, never contact details.
//   2. Add `types.<type>` to messages/{da,en,fi}/notifications.json: an ICU message over the data's
//      keys ("Nyt opslag i temaet »{themeTitle}«: {listingTitle}"). For its e-mail add
//      `mail.<type>.subject` and, if the line alone says too little, `mail.<type>.body`.
//      Without them the list shows a generic line and the e-mail a generic subject (never a raw
//      key), so a type can ship before its words are perfect — but add them.
//   3. In the transaction that makes the change:  await notify(tx, userIds, type, data, href)
//   4. After the commit:                           await mailNotification(userIds, type, data, href)
//      Mail goes out only for changes that committed, and a mail failure is logged, never thrown.
//   Recipients: companyUserIds(db, companyIds) for a firm's people, networkFacilitatorIds(db, id).
//   href is an app path ('/introductions'); anything else is replaced by '/notifications' on open.
import { getDb, type Db, type Tx } from '@/db/client';
import {
  countUnreadNotifications,
  insertNotifications,
  markNotificationsRead,
  selectCompanyUserIds,
  selectMailAddresses,
  selectNetworkFacilitatorIds,
  selectNotificationsPage,
  selectOwnNotification,
} from '@/db/queries/notifications';
import { appUrl } from '@/lib/env';
import { notFound, unauthorized } from '@/lib/errors';
import { loadMessages } from '@/lib/i18n/messages';
import { sendMail, simpleHtml } from '@/lib/mail';
import { notificationTexts, type NotificationData } from '@/lib/notifications/text';
import type { Viewer } from '@/lib/policy/viewer';

export type { NotificationData };

export const NOTIFICATIONS_PAGE_SIZE = 30;

export interface NotificationDto {
  id: string;
  type: string;
  data: NotificationData;
  href: string | null;
  read: boolean;
  createdAt: Date;
}

/** Only paths inside the app: a stored href can never send someone to another site. */
export function safeHref(href: string | null | undefined): string | null {
  return href && /^\/(?![/\\])[^\s\\]*$/.test(href) ? href : null;
}

/** Writes one in-app notification per user (duplicates removed). Call inside your transaction. */
export async function notify(db: Db | Tx, userIds: string[], type: string, data: NotificationData, href: string | null): Promise<void> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return;
  await insertNotifications(db, { rows: ids.map((userId) => ({ userId, type, data, href: safeHref(href) })) });
}

/**
 * The e-mail for a notification, to each user in their own language. Call after the commit.
 * `quote` is the other person's own words (a message or reply), set apart in the mail.
 */
export async function mailNotification(
  userIds: string[],
  type: string,
  data: NotificationData,
  href: string | null,
  options: { quote?: string | null; db?: Db } = {},
): Promise<void> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return;
  const people = await selectMailAddresses(options.db ?? getDb(), { userIds: ids });
  const url = `${appUrl()}${safeHref(href) ?? '/notifications'}`;
  const results = await Promise.allSettled(
    people.map((p) => {
      const mail = notificationTexts(p.locale, loadMessages(p.locale)).mail(type, data, options.quote ?? undefined);
      return sendMail({
        to: p.email,
        subject: mail.subject,
        text: `${mail.paragraphs.join('\n\n')}\n\n${mail.actionLabel}: ${url}`,
        html: simpleHtml({ paragraphs: mail.paragraphs, action: { label: mail.actionLabel, url } }),
      });
    }),
  );
  for (const r of results) if (r.status === 'rejected') console.error(`notification mail (${type}) failed`, r.reason);
}

/** Everyone who acts for these firms. */
export async function companyUserIds(db: Db | Tx, companyIds: string[]): Promise<string[]> {
  return selectCompanyUserIds(db, { companyIds });
}

/** The network's approved facilitators. */
export async function networkFacilitatorIds(db: Db | Tx, networkId: string): Promise<string[]> {
  return selectNetworkFacilitatorIds(db, { networkId });
}

// ---------------------------------------------------------------- the viewer's own notifications

export async function countUnread(viewer: Viewer | null): Promise<number> {
  if (!viewer) return 0;
  return countUnreadNotifications(getDb(), { userId: viewer.userId });
}

/** Newest first, a page at a time. */
export async function listNotifications(viewer: Viewer | null, { page = 1 }: { page?: number } = {}) {
  if (!viewer) throw unauthorized();
  const current = Math.max(1, Math.floor(page));
  const rows = await selectNotificationsPage(getDb(), {
    userId: viewer.userId,
    limit: NOTIFICATIONS_PAGE_SIZE + 1,
    offset: (current - 1) * NOTIFICATIONS_PAGE_SIZE,
  });
  const items: NotificationDto[] = rows.slice(0, NOTIFICATIONS_PAGE_SIZE).map((r) => ({
    id: r.id,
    type: r.type,
    data: r.data,
    href: safeHref(r.href),
    read: r.readAt !== null,
    createdAt: r.createdAt,
  }));
  return { items, page: current, hasMore: rows.length > NOTIFICATIONS_PAGE_SIZE };
}

/** Marks one of the viewer's notifications read (again is harmless); another's is not_found. */
export async function markNotificationRead(viewer: Viewer | null, notificationId: string): Promise<{ href: string | null }> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const row = await selectOwnNotification(db, { id: notificationId, userId: viewer.userId });
  if (!row) throw notFound();
  if (!row.readAt) await markNotificationsRead(db, { userId: viewer.userId, id: notificationId, at: new Date() });
  return { href: safeHref(row.href) };
}

export async function markAllNotificationsRead(viewer: Viewer | null): Promise<number> {
  if (!viewer) throw unauthorized();
  return markNotificationsRead(getDb(), { userId: viewer.userId, at: new Date() });
}

// ---------------------------------------------------------------- several at once

/** One notification to write now and mail after the commit. */
export interface Notice {
  userIds: string[];
  type: string;
  data: NotificationData;
  href: string | null;
  /** Someone's own words to quote in the e-mail (not stored in the notification). */
  quote?: string | null;
}

/** notify() for each notice; call inside the transaction and keep the notices for mailNotices(). */
export async function notifyAll(db: Db | Tx, notices: Notice[]): Promise<void> {
  for (const n of notices) await notify(db, n.userIds, n.type, n.data, n.href);
}

/** mailNotification() for each notice, after the commit. */
export async function mailNotices(notices: Notice[]): Promise<void> {
  await Promise.all(notices.map((n) => mailNotification(n.userIds, n.type, n.data, n.href, { quote: n.quote })));
}
