import 'server-only';
// Followers of a theme hear about what is new on its board: a listing added (tagged by its firm or
// pinned by the facilitator) and a new match between two of its listings. A follower is told only
// what they could see on the board themselves (the theme, and every listing named, pass the same
// rules as the board: lib/policy/themes), in the app (`notifications`, href to the board) and by
// e-mail in their own language. Notification types and data (for the /notifications renderer):
//   theme.listing  { themeRef, themeTitle, listingTitle }
//   theme.match    { themeRef, themeTitle, listingTitle, otherListingTitle, count }
import type { Db, Tx } from '@/db/client';
import { insertNotifications } from '@/db/queries/notifications';
import { selectFollowerIds, selectListingTitles, selectOpenThemesOfPairs, selectThemeById } from '@/db/queries/themes';
import { boardVisibleSql, canSeeTheme } from '@/lib/policy/themes';
import { loadViewer, type Viewer } from '@/lib/policy/viewer';
import { appUrl } from '@/lib/env';
import { mailTranslator, sendMail, simpleHtml } from '@/lib/mail';

type Conn = Db | Tx;

interface Outgoing {
  viewer: Viewer;
  type: 'theme_listing' | 'theme_match';
  themeRef: string;
  data: Record<string, string | number | null>;
}

export const boardHref = (themeRef: string) => `/themes/${themeRef}`;

/** Followers of a theme (minus `exceptUserId`) who may still see it, as viewers. */
async function followerViewers(db: Conn, theme: { id: string; networkId: string }, exceptUserId?: string | null) {
  const userIds = await selectFollowerIds(db, { themeId: theme.id, exceptUserId });
  const viewers = await Promise.all(userIds.map((userId) => loadViewer(db, userId)));
  return viewers.filter((v): v is Viewer => !!v && canSeeTheme(v, theme.networkId));
}

/** Of these listings, the ones this viewer would see on a board (visible and active), with titles. */
async function visibleTitles(db: Conn, viewer: Viewer, listingIds: string[]): Promise<Map<string, string>> {
  if (listingIds.length === 0) return new Map();
  const rows = await selectListingTitles(db, { listingIds, visible: boardVisibleSql(viewer) });
  return new Map(rows.map((r) => [r.id, r.title]));
}

async function deliver(db: Conn, out: Outgoing[]) {
  if (out.length === 0) return;
  await insertNotifications(db, { rows: out.map((o) => ({ userId: o.viewer.userId, type: o.type, data: o.data, href: boardHref(o.themeRef) })) });
  // E-mail after the rows are written; a mail hiccup must not lose the in-app notification.
  const results = await Promise.allSettled(
    out.map((o) => {
      const t = mailTranslator(o.viewer.locale, 'themes.email');
      const url = `${appUrl()}${boardHref(o.themeRef)}`;
      const values = {
        theme: String(o.data.themeTitle ?? ''),
        listing: String(o.data.listingTitle ?? ''),
        other: String(o.data.otherListingTitle ?? ''),
        count: Number(o.data.count ?? 1),
      };
      const kind = o.type === 'theme_listing' ? 'listing' : values.count > 1 ? 'matches' : 'match';
      const paragraphs = [t(`${kind}Body`, values), t('why', values)];
      return sendMail({
        to: o.viewer.email,
        subject: t(`${kind}Subject`, values),
        text: `${paragraphs.join('\n\n')}\n\n${url}`,
        html: simpleHtml({ paragraphs, action: { label: t('open'), url } }),
      });
    }),
  );
  results.forEach((r) => r.status === 'rejected' && console.error('theme mail failed', r.reason));
}

/**
 * A listing was just added to a theme (tagged or pinned): tell the theme's followers who may see
 * it, except the person who added it. Returns how many were told.
 */
export async function notifyThemeListing(db: Conn, params: { themeId: string; listingId: string; actorId: string | null }): Promise<number> {
  const theme = await selectThemeById(db, { themeId: params.themeId });
  if (!theme || theme.status !== 'open') return 0;
  const out: Outgoing[] = [];
  for (const viewer of await followerViewers(db, theme, params.actorId)) {
    const title = (await visibleTitles(db, viewer, [params.listingId])).get(params.listingId);
    if (title === undefined) continue;
    out.push({ viewer, type: 'theme_listing', themeRef: theme.ref, data: { themeRef: theme.ref, themeTitle: theme.title, listingTitle: title } });
  }
  await deliver(db, out);
  return out.length;
}

/**
 * New pair matches appeared (called by the matching worker). For every open theme that contains
 * both listings of at least one pair, its followers who may see both listings of some pair get one
 * notification (per theme, per call) naming the first such pair and how many there are.
 * Returns how many notifications were written.
 */
export async function notifyThemeMatches(db: Conn, pairs: { listingId: string; otherListingId: string }[]): Promise<number> {
  if (pairs.length === 0) return 0;
  const rows = await selectOpenThemesOfPairs(db, { pairs });
  const byTheme = new Map<string, { id: string; ref: string; title: string; networkId: string; pairs: [string, string][] }>();
  for (const r of rows) {
    const entry = byTheme.get(r.theme_id) ?? { id: r.theme_id, ref: r.ref, title: r.title, networkId: r.network_id, pairs: [] };
    // The same unordered pair may come in both directions: count it once.
    if (!entry.pairs.some(([x, y]) => (x === r.l && y === r.o) || (x === r.o && y === r.l))) entry.pairs.push([r.l, r.o]);
    byTheme.set(r.theme_id, entry);
  }
  const out: Outgoing[] = [];
  for (const theme of byTheme.values()) {
    const ids = [...new Set(theme.pairs.flat())];
    for (const viewer of await followerViewers(db, theme)) {
      const titles = await visibleTitles(db, viewer, ids);
      const seen = theme.pairs.filter(([x, y]) => titles.has(x) && titles.has(y));
      const [firstPair] = seen;
      if (!firstPair) continue;
      out.push({
        viewer,
        type: 'theme_match',
        themeRef: theme.ref,
        data: {
          themeRef: theme.ref,
          themeTitle: theme.title,
          listingTitle: titles.get(firstPair[0])!,
          otherListingTitle: titles.get(firstPair[1])!,
          count: seen.length,
        },
      });
    }
  }
  await deliver(db, out);
  return out.length;
}
