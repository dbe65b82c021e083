// SQL for theme boards and their followers. Who may see what is NOT decided here: callers
// (lib/dal/themes*, lib/themes/notify) pass `visible`, which is always boardVisibleSql
// (lib/policy/themes.ts).
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Db, type Tx } from '../client';
import { companies, listingThemes, listings, matches, meetings, networkMemberships, networks, themeFollows, themes, type NewTheme } from '../schema';
import { uuidArray } from '../sql';
import { companyInNetworkSql, listingRowColumns, type GeoPoint } from './listings';

type Conn = Db | Tx;

const hostCompanies = alias(companies, 'host_companies');

/** A theme with its network and the meeting it was put on the agenda of (if any). */
export function themeColumns() {
  return {
    id: themes.id,
    ref: themes.ref,
    networkId: themes.networkId,
    title: themes.title,
    description: themes.description,
    status: themes.status,
    meetingId: themes.meetingId,
    createdAt: themes.createdAt,
    updatedAt: themes.updatedAt,
    networkRef: networks.ref,
    networkName: networks.name,
    meetingTitle: meetings.title,
    meetingStartsAt: meetings.startsAt,
    meetingPlace: meetings.place,
    meetingHostRef: hostCompanies.ref,
    meetingHostName: hostCompanies.name,
  };
}

export async function selectThemeRows(db: Conn, { where }: { where: SQL | undefined }) {
  return (
    db
      .select(themeColumns())
      .from(themes)
      .innerJoin(networks, eq(networks.id, themes.networkId))
      .leftJoin(meetings, eq(meetings.id, themes.meetingId))
      .leftJoin(hostCompanies, eq(hostCompanies.id, meetings.hostCompanyId))
      .where(where)
      // Themes on an upcoming meeting's agenda first (soonest first), then the newest.
      .orderBy(sql`case when ${meetings.startsAt} >= now() then 0 else 1 end`, asc(meetings.startsAt), desc(themes.createdAt))
      .limit(200)
  );
}

export type ThemeRow = Awaited<ReturnType<typeof selectThemeRows>>[number];

/** When a listing last did something on the board: edited, tagged, or pinned. */
export const activitySql = sql<Date>`greatest(${listings.updatedAt}, ${listingThemes.createdAt}, ${listingThemes.pinnedAt})`;

/** The theme's listings that pass `visible`: pinned first, then newest activity first. */
export async function selectThemeListingRows(db: Conn, params: { themeId: string; visible: SQL; origin: GeoPoint | null; limit?: number }) {
  return db
    .select({
      ...listingRowColumns(params.origin),
      pinned: listingThemes.pinned,
      activityAt: activitySql.mapWith(listingThemes.createdAt),
    })
    .from(listingThemes)
    .innerJoin(listings, eq(listings.id, listingThemes.listingId))
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(and(eq(listingThemes.themeId, params.themeId), params.visible))
    .orderBy(desc(listingThemes.pinned), desc(activitySql), asc(listings.id))
    .limit(params.limit ?? 300);
}

/** Ids of the listings on these themes that pass `visible`, as a subquery. */
export function visibleListingIds(db: Conn, { visible, themeIds }: { visible: SQL; themeIds: string[] }) {
  return db
    .select({ id: listings.id })
    .from(listings)
    .innerJoin(listingThemes, eq(listingThemes.listingId, listings.id))
    .where(and(inArray(listingThemes.themeId, themeIds), visible));
}

const pairLo = sql`least(${matches.listingId}, ${matches.otherListingId})`;
const pairHi = sql`greatest(${matches.listingId}, ${matches.otherListingId})`;
const first = alias(listings, 'first_listing');
const second = alias(listings, 'second_listing');
const firstCompany = alias(companies, 'first_company');
const secondCompany = alias(companies, 'second_company');

/** Neither firm of a stored pair said "not relevant" to it: a board for the network's meeting does
 * not bring up a pairing one of the two firms has turned down. Written out, qualified by the
 * table's name: inside the subquery an unqualified column would be the dismissal's own. */
const notDismissed = sql`not exists (select 1 from match_dismissals d
  where (d.listing_id = matches.listing_id and d.other_listing_id = matches.other_listing_id)
     or (d.listing_id = matches.other_listing_id and d.other_listing_id = matches.listing_id))`;

/**
 * Pair matches among the theme's listings that pass `visible`, each unordered pair once (its most
 * recently computed row), newest first; none that either firm dismissed.
 */
export async function selectThemeMatchRows(db: Conn, params: { themeId: string; visible: SQL; limit?: number }) {
  const ids = visibleListingIds(db, { visible: params.visible, themeIds: [params.themeId] });
  const pairs = db
    .selectDistinctOn([pairLo, pairHi], {
      listingId: matches.listingId,
      otherListingId: matches.otherListingId,
      score: matches.score,
      reasons: matches.reasons,
      computedAt: matches.computedAt,
    })
    .from(matches)
    .where(and(eq(matches.type, 'pair'), inArray(matches.listingId, ids), inArray(matches.otherListingId, ids), notDismissed))
    // Per pair, the latest row; of equally recent rows the better explained one.
    .orderBy(pairLo, pairHi, desc(matches.computedAt), desc(matches.score), desc(sql`jsonb_array_length(${matches.reasons})`))
    .as('pairs');
  return db
    .select({
      score: pairs.score,
      reasons: pairs.reasons,
      computedAt: pairs.computedAt,
      a: { ref: first.ref, title: first.title, kind: first.kind, visibility: first.visibility, companyName: firstCompany.name, companyRef: firstCompany.ref },
      b: {
        ref: second.ref,
        title: second.title,
        kind: second.kind,
        visibility: second.visibility,
        companyName: secondCompany.name,
        companyRef: secondCompany.ref,
      },
    })
    .from(pairs)
    .innerJoin(first, eq(first.id, pairs.listingId))
    .innerJoin(firstCompany, eq(firstCompany.id, first.companyId))
    .innerJoin(second, eq(second.id, pairs.otherListingId))
    .innerJoin(secondCompany, eq(secondCompany.id, second.companyId))
    .orderBy(desc(pairs.computedAt), desc(pairs.score))
    .limit(params.limit ?? 100);
}

export interface ThemeCounts {
  offers: number;
  needs: number;
  matches: number;
}

/** Offers, needs and distinct pair matches per theme, counting only listings that pass `visible`. */
export async function countThemeContents(db: Conn, params: { themeIds: string[]; visible: SQL }): Promise<Map<string, ThemeCounts>> {
  const out = new Map<string, ThemeCounts>(params.themeIds.map((id) => [id, { offers: 0, needs: 0, matches: 0 }]));
  if (params.themeIds.length === 0) return out;
  const kinds = await db
    .select({ themeId: listingThemes.themeId, kind: listings.kind, n: sql<number>`count(*)::int` })
    .from(listingThemes)
    .innerJoin(listings, eq(listings.id, listingThemes.listingId))
    .where(and(inArray(listingThemes.themeId, params.themeIds), params.visible))
    .groupBy(listingThemes.themeId, listings.kind);
  for (const r of kinds) {
    const c = out.get(r.themeId);
    if (c) c[r.kind === 'offer' ? 'offers' : 'needs'] = r.n;
  }
  const ids = visibleListingIds(db, { visible: params.visible, themeIds: params.themeIds });
  const inA = alias(listingThemes, 'in_a');
  const inB = alias(listingThemes, 'in_b');
  const pairs = await db
    .select({ themeId: inA.themeId, n: sql<number>`count(distinct (${pairLo}::text || ${pairHi}::text))::int` })
    .from(matches)
    .innerJoin(inA, eq(inA.listingId, matches.listingId))
    .innerJoin(inB, and(eq(inB.listingId, matches.otherListingId), eq(inB.themeId, inA.themeId)))
    .where(
      and(eq(matches.type, 'pair'), inArray(inA.themeId, params.themeIds), inArray(matches.listingId, ids), inArray(matches.otherListingId, ids), notDismissed),
    )
    .groupBy(inA.themeId);
  for (const r of pairs) {
    const c = out.get(r.themeId);
    if (c) c.matches = r.n;
  }
  return out;
}

/** Which of these themes the user follows. */
export async function followedThemeIds(db: Conn, { userId, themeIds }: { userId: string; themeIds: string[] }): Promise<Set<string>> {
  if (themeIds.length === 0) return new Set();
  const rows = await db
    .select({ themeId: themeFollows.themeId })
    .from(themeFollows)
    .where(and(eq(themeFollows.userId, userId), inArray(themeFollows.themeId, themeIds)));
  return new Set(rows.map((r) => r.themeId));
}

// ---------------------------------------------------------------- theme forms (lib/dal/theme-options.ts)

/** The network's meetings, upcoming first (soonest first), then past ones (latest first), at most 50. */
export async function selectMeetingOptions(db: Conn, { networkId }: { networkId: string }) {
  return db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, place: meetings.place })
    .from(meetings)
    .where(eq(meetings.networkId, networkId))
    .orderBy(
      sql`case when ${meetings.startsAt} >= now() then 0 else 1 end`,
      sql`case when ${meetings.startsAt} >= now() then ${meetings.startsAt} end asc`,
      desc(meetings.startsAt),
    )
    .limit(50);
}

/** Which of these listings are on the theme, and pinned. */
export async function selectThemeLinks(db: Conn, { themeId, listingIds }: { themeId: string; listingIds: string[] }) {
  if (!listingIds.length) return [];
  return db
    .select({ listingId: listingThemes.listingId, pinned: listingThemes.pinned })
    .from(listingThemes)
    .where(and(eq(listingThemes.themeId, themeId), inArray(listingThemes.listingId, listingIds)));
}

/** The listing by ref, if it passes `visible`. */
export async function selectListingForThemes(db: Conn, { ref, visible }: { ref: string; visible: SQL }) {
  const [listing] = await db
    .select({ id: listings.id, companyId: listings.companyId, status: listings.status })
    .from(listings)
    .where(and(eq(listings.ref, ref), visible))
    .limit(1);
  return listing;
}

/** The themes a listing is on, by title. */
export async function selectThemesOfListing(db: Conn, { listingId }: { listingId: string }) {
  return db
    .select({ ref: themes.ref, title: themes.title, status: themes.status, networkId: themes.networkId, pinned: listingThemes.pinned })
    .from(listingThemes)
    .innerJoin(themes, eq(themes.id, listingThemes.themeId))
    .where(eq(listingThemes.listingId, listingId))
    .orderBy(asc(themes.title));
}

/** Open themes of the networks the firm is an approved member of that the listing is not on yet. */
export async function selectTaggableThemes(db: Conn, { listingId, companyId }: { listingId: string; companyId: string }) {
  return db
    .select({ ref: themes.ref, title: themes.title, networkName: networks.name })
    .from(themes)
    .innerJoin(networks, eq(networks.id, themes.networkId))
    .innerJoin(
      networkMemberships,
      and(
        eq(networkMemberships.networkId, themes.networkId),
        eq(networkMemberships.companyId, companyId),
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'approved'),
      ),
    )
    .where(
      and(eq(themes.status, 'open'), sql`not exists (select 1 from ${listingThemes} lt where lt.theme_id = ${themes.id} and lt.listing_id = ${listingId})`),
    )
    .orderBy(asc(themes.title));
}

/** The user follows the theme (nothing when already). */
export async function insertFollow(db: Conn, { themeId, userId }: { themeId: string; userId: string }) {
  await db.insert(themeFollows).values({ themeId, userId }).onConflictDoNothing();
}

export async function deleteFollow(db: Conn, { themeId, userId }: { themeId: string; userId: string }) {
  await db.delete(themeFollows).where(and(eq(themeFollows.themeId, themeId), eq(themeFollows.userId, userId)));
}

/** Open themes of these networks (of every network for 'all') and the one asked for by ref even
 * when archived, by title, at most 200: the map's theme filter. */
export async function selectThemeOptions(db: Conn, { networkIds, requestedRef }: { networkIds: string[] | 'all'; requestedRef?: string }) {
  const wanted = requestedRef ? sql`(${themes.status} = 'open' or ${themes.ref} = ${requestedRef})` : sql`${themes.status} = 'open'`;
  return db
    .select({ ref: themes.ref, title: themes.title })
    .from(themes)
    .where(and(wanted, networkIds === 'all' ? undefined : inArray(themes.networkId, networkIds)))
    .orderBy(themes.title)
    .limit(200);
}

// ---------------------------------------------------------------- notifying followers (lib/themes/notify.ts)

/** The theme's followers, except one user (the one who caused the news). */
export async function selectFollowerIds(db: Conn, { themeId, exceptUserId }: { themeId: string; exceptUserId?: string | null }): Promise<string[]> {
  const rows = await db
    .select({ userId: themeFollows.userId })
    .from(themeFollows)
    .where(and(eq(themeFollows.themeId, themeId), exceptUserId ? ne(themeFollows.userId, exceptUserId) : undefined));
  return rows.map((r) => r.userId);
}

/** Of these listings, those passing `visible`, with their titles. */
export async function selectListingTitles(db: Conn, { listingIds, visible }: { listingIds: string[]; visible: SQL }) {
  return db
    .select({ id: listings.id, title: listings.title })
    .from(listings)
    .where(and(inArray(listings.id, listingIds), visible));
}

export async function selectThemeById(db: Conn, { themeId }: { themeId: string }) {
  const [theme] = await db
    .select({ id: themes.id, ref: themes.ref, title: themes.title, networkId: themes.networkId, status: themes.status })
    .from(themes)
    .where(eq(themes.id, themeId))
    .limit(1);
  return theme;
}

/** For each pair (in the order given), the open themes that contain both of its listings. */
export async function selectOpenThemesOfPairs(db: Conn, { pairs }: { pairs: { listingId: string; otherListingId: string }[] }) {
  return queryRows<{ theme_id: string; ref: string; title: string; network_id: string; l: string; o: string }>(
    db,
    // In the order given, so that a notification names the first new pair.
    sql`select t.id as theme_id, t.ref, t.title, t.network_id, p.l::text as l, p.o::text as o
        from unnest(${uuidArray(pairs.map((p) => p.listingId))}, ${uuidArray(pairs.map((p) => p.otherListingId))}) with ordinality as p(l, o, n)
        join listing_themes a on a.listing_id = p.l
        join listing_themes b on b.listing_id = p.o and b.theme_id = a.theme_id
        join themes t on t.id = a.theme_id
        where t.status = 'open' and p.l <> p.o
        order by p.n, t.id`,
  );
}

// ---------------------------------------------------------------- curation (lib/dal/theme-curation)

/** Is the meeting one of the network's? */
export async function isMeetingOfNetwork(db: Conn, { meetingId, networkId }: { meetingId: string; networkId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.networkId, networkId)))
    .limit(1);
  return !!row;
}

/** A network's id by ref. */
export async function networkIdByRef(db: Conn, { ref }: { ref: string }): Promise<string | undefined> {
  const [network] = await db.select({ id: networks.id }).from(networks).where(eq(networks.ref, ref)).limit(1);
  return network?.id;
}

export async function insertTheme(db: Conn, values: Pick<NewTheme, 'ref' | 'networkId' | 'title' | 'description' | 'meetingId' | 'status' | 'createdById'>) {
  await db.insert(themes).values(values);
}

export async function updateThemeRow(db: Conn, { id, set }: { id: string; set: Partial<Pick<NewTheme, 'title' | 'description' | 'meetingId' | 'status'>> }) {
  await db.update(themes).set(set).where(eq(themes.id, id));
}

/** The id of the listing with this ref that passes `visible` (lib/policy/themes' board rule) and
 * whose firm is an approved member of the network. */
export async function networkListingId(db: Conn, { ref, networkId, visible }: { ref: string; networkId: string; visible: SQL }): Promise<string | undefined> {
  const [row] = await db
    .select({ id: listings.id })
    .from(listings)
    .where(
      and(
        eq(listings.ref, ref),
        visible,
        sql`exists (select 1 from ${networkMemberships} nm where nm.company_id = ${listings.companyId}
          and nm.network_id = ${networkId} and nm.role = 'member' and nm.status = 'approved')`,
      ),
    )
    .limit(1);
  return row?.id;
}

/** Puts a listing on a theme's board (pinned or not); false when it was already there. */
export async function insertThemeLink(
  db: Conn,
  values: { listingId: string; themeId: string; addedById: string; pinned?: boolean; pinnedAt?: Date },
): Promise<boolean> {
  const added = await db.insert(listingThemes).values(values).onConflictDoNothing().returning({ listingId: listingThemes.listingId });
  return added.length > 0;
}

/** Pins or unpins a listing already on the board. */
export async function setThemeLinkPin(db: Conn, { themeId, listingId, pinnedAt }: { themeId: string; listingId: string; pinnedAt: Date | null }) {
  await db
    .update(listingThemes)
    .set({ pinned: pinnedAt !== null, pinnedAt })
    .where(and(eq(listingThemes.themeId, themeId), eq(listingThemes.listingId, listingId)));
}

/** Takes a listing off a theme's board. */
export async function deleteThemeLink(db: Conn, { themeId, listingId }: { themeId: string; listingId: string }) {
  await db.delete(listingThemes).where(and(eq(listingThemes.themeId, themeId), eq(listingThemes.listingId, listingId)));
}

/** The id of the listing (by ref) on the theme's board, if it passes `visible`. */
export async function linkedListingId(
  db: Conn,
  { themeId, listingRef, visible }: { themeId: string; listingRef: string; visible: SQL },
): Promise<string | undefined> {
  const [row] = await db
    .select({ listingId: listingThemes.listingId })
    .from(listingThemes)
    .innerJoin(listings, eq(listings.id, listingThemes.listingId))
    .where(and(eq(listingThemes.themeId, themeId), eq(listings.ref, listingRef), visible))
    .limit(1);
  return row?.listingId;
}

/** A listing's id, firm and status by ref. */
export async function listingOwnerByRef(db: Conn, { ref }: { ref: string }) {
  const [row] = await db
    .select({ id: listings.id, companyId: listings.companyId, status: listings.status })
    .from(listings)
    .where(eq(listings.ref, ref))
    .limit(1);
  return row;
}

/** The theme with this ref, if it belongs to a network in which the firm is an approved member. */
export async function themeOfMemberNetwork(db: Conn, { ref, companyId }: { ref: string; companyId: string }) {
  const [row] = await db
    .select({ id: themes.id, status: themes.status })
    .from(themes)
    .innerJoin(
      networkMemberships,
      and(
        eq(networkMemberships.networkId, themes.networkId),
        eq(networkMemberships.companyId, companyId),
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'approved'),
      ),
    )
    .where(eq(themes.ref, ref))
    .limit(1);
  return row;
}

/** A theme's id by ref. */
export async function themeIdByRef(db: Conn, { ref }: { ref: string }): Promise<string | undefined> {
  const [theme] = await db.select({ id: themes.id }).from(themes).where(eq(themes.ref, ref)).limit(1);
  return theme?.id;
}

/** The themes in `scope` (lib/policy/themes' themeScopeSql) with this status. */
export async function selectScopedThemeRows(db: Conn, { scope, status }: { scope: SQL; status: ThemeRow['status'] }) {
  return selectThemeRows(db, { where: and(scope, eq(themes.status, status)) });
}

/** Every theme (open and archived) of these networks (every network when 'all'). */
export async function selectNetworksThemeRows(db: Conn, { networkIds }: { networkIds: string[] | 'all' }) {
  const scope = networkIds === 'all' ? undefined : networkIds.length ? inArray(themes.networkId, networkIds) : sql`false`;
  return selectThemeRows(db, { where: scope });
}

/** The theme with this ref (whoever may see it: the caller decides). */
export async function selectThemeRowByRef(db: Conn, { ref }: { ref: string }): Promise<ThemeRow | undefined> {
  const [row] = await selectThemeRows(db, { where: eq(themes.ref, ref) });
  return row;
}

/** Listings a facilitator may pin to a theme of the network: its member firms' listings that pass
 * `visible` (lib/policy/themes' board rule). */
export function pinCandidatesWhereSql({ networkRef, visible }: { networkRef: string; visible: SQL }): SQL | undefined {
  return and(companyInNetworkSql(networkRef), visible);
}
