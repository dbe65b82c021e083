import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { notifications } from '@/db/schema';
import {
  NOTIFICATIONS_PAGE_SIZE,
  companyUserIds,
  countUnread,
  listNotifications,
  mailNotification,
  markAllNotificationsRead,
  markNotificationRead,
  networkFacilitatorIds,
  notify,
  safeHref,
} from '@/lib/dal/notifications';
import { testOutbox } from '@/lib/mail';
import { setupTestDb } from './helpers/db';
import { addMembership, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';
import { expectAppError } from './helpers/introductions';

const db = setupTestDb();

beforeEach(() => {
  testOutbox.length = 0;
});

describe('notifications', () => {
  it('lists only the viewer’s own, newest first, and counts the unread', async () => {
    const me = await makeUser(db());
    const other = await makeUser(db());
    const viewer = await viewerFor(db(), me.id);
    await notify(db(), [me.id, me.id], 'introduction_received', { companyName: 'A', listingTitle: 'Første' }, '/introductions');
    await db()
      .insert(notifications)
      .values({ userId: me.id, type: 'theme_follow_new', data: { themeTitle: 'Eksport' }, href: '/themes/x', createdAt: new Date(Date.now() + 1000) });
    await notify(db(), [other.id], 'introduction_received', { companyName: 'B', listingTitle: 'Andet' }, '/introductions');

    const { items, hasMore } = await listNotifications(viewer);
    expect(items.map((n) => n.type)).toEqual(['theme_follow_new', 'introduction_received']);
    expect(hasMore).toBe(false);
    expect(items[1]).toMatchObject({ data: { companyName: 'A', listingTitle: 'Første' }, href: '/introductions', read: false });
    expect(await countUnread(viewer)).toBe(2);
    expect(await countUnread(null)).toBe(0);
    await expectAppError(listNotifications(null), 'unauthorized');
  });

  it('marks one read (again is harmless); another’s is not found; all at once', async () => {
    const me = await makeUser(db());
    const other = await makeUser(db());
    const viewer = await viewerFor(db(), me.id);
    await notify(db(), [me.id], 'membership_approved', { companyName: 'A', networkName: 'X' }, '/networks/x');
    await notify(db(), [me.id], 'membership_declined', { companyName: 'A', networkName: 'Y' }, null);
    await notify(db(), [other.id], 'membership_approved', { companyName: 'B', networkName: 'X' }, '/networks/x');
    const mine = await db().select().from(notifications).where(eq(notifications.userId, me.id));
    const [theirs] = await db().select().from(notifications).where(eq(notifications.userId, other.id));
    const approved = mine.find((n) => n.type === 'membership_approved')!;

    expect(await markNotificationRead(viewer, approved.id)).toEqual({ href: '/networks/x' });
    const [after] = await db().select().from(notifications).where(eq(notifications.id, approved.id));
    expect(after!.readAt).not.toBeNull();
    await markNotificationRead(viewer, approved.id);
    const [again] = await db().select().from(notifications).where(eq(notifications.id, approved.id));
    expect(again!.readAt!.getTime()).toBe(after!.readAt!.getTime());
    expect(await countUnread(viewer)).toBe(1);

    await expectAppError(markNotificationRead(viewer, theirs!.id), 'not_found');
    await expectAppError(markNotificationRead(null, approved.id), 'unauthorized');
    const [untouched] = await db().select().from(notifications).where(eq(notifications.id, theirs!.id));
    expect(untouched!.readAt).toBeNull();

    expect(await markAllNotificationsRead(viewer)).toBe(1);
    expect(await countUnread(viewer)).toBe(0);
    expect(await countUnread(await viewerFor(db(), other.id))).toBe(1);
  });

  it('pages through many', async () => {
    const me = await makeUser(db());
    const viewer = await viewerFor(db(), me.id);
    const start = Date.now();
    await db()
      .insert(notifications)
      .values(
        Array.from({ length: NOTIFICATIONS_PAGE_SIZE + 5 }, (_, i) => ({ userId: me.id, type: 'x', data: { n: i }, createdAt: new Date(start + i * 1000) })),
      );
    const first = await listNotifications(viewer, { page: 1 });
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.items[0]!.data).toEqual({ n: NOTIFICATIONS_PAGE_SIZE + 4 });
    expect(first.hasMore).toBe(true);
    const second = await listNotifications(viewer, { page: 2 });
    expect(second.items.map((n) => n.data.n)).toEqual([4, 3, 2, 1, 0]);
    expect(second.hasMore).toBe(false);
    expect((await listNotifications(viewer, { page: -3 })).page).toBe(1);
  });

  it('keeps hrefs inside the app', async () => {
    expect(safeHref('/introductions')).toBe('/introductions');
    expect(safeHref('/listings/li-1?x=1#top')).toBe('/listings/li-1?x=1#top');
    for (const bad of ['https://evil.test', '//evil.test', '/\\evil.test', 'javascript:alert(1)', '', null, undefined]) expect(safeHref(bad)).toBeNull();
    const me = await makeUser(db());
    await notify(db(), [me.id], 'x', {}, 'https://evil.test');
    const [row] = await db().select().from(notifications).where(eq(notifications.userId, me.id));
    expect(row!.href).toBeNull();
  });

  it('mails each recipient in their own language, with a generic subject for a type without mail words', async () => {
    const da = await makeUser(db(), { locale: 'da', email: 'da@example.test' });
    const fi = await makeUser(db(), { locale: 'fi', email: 'fi@example.test' });
    await mailNotification([da.id, fi.id], 'introduction_declined', { companyName: 'Regstrup Plast ApS', listingTitle: 'X' }, '/introductions', {
      quote: 'Ikke i år',
    });
    expect(testOutbox.find((m) => m.to === 'da@example.test')!.subject).toBe('Regstrup Plast ApS har takket nej');
    expect(testOutbox.find((m) => m.to === 'fi@example.test')!.subject).toBe('Yritys Regstrup Plast ApS on kieltäytynyt');
    expect(testOutbox.find((m) => m.to === 'da@example.test')!.text).toMatch(/Besked: »Ikke i år«[\s\S]*\/introductions/);
    testOutbox.length = 0;
    await mailNotification([da.id], 'some_future_type', { whatever: 1 }, '//evil.test');
    expect(testOutbox[0]!.subject).toBe('Nyt på Industrivej: Der er nyt til dig på Industrivej.');
    expect(testOutbox[0]!.text).toContain('/notifications');
    expect(testOutbox[0]!.text).not.toContain('evil');
    testOutbox.length = 0;
    await mailNotification([], 'x', {}, null);
    expect(testOutbox).toHaveLength(0);
  });

  it('finds a firm’s users and a network’s facilitators as recipients', async () => {
    const net = await makeNetwork(db());
    const firm = await makeMemberFirm(db(), net.id);
    const fac = await makeUser(db());
    await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });
    const pendingFac = await makeUser(db());
    await addMembership(db(), net.id, { userId: pendingFac.id, role: 'facilitator' }, 'pending');
    expect(await companyUserIds(db(), [firm.company.id])).toEqual([firm.user.id]);
    expect(await companyUserIds(db(), [])).toEqual([]);
    expect(await networkFacilitatorIds(db(), net.id)).toEqual([fac.id]);
  });
});
