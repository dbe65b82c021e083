// SQL for the exchange format (lib/exchange): reading what an export writes, looking up what an
// import refers to, and writing an import's rows in batches. Large id lists are read in chunks of
// EXCHANGE_CHUNK so that no statement comes near the protocol's parameter limit.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../client';
import {
  companies,
  listingThemes,
  listings,
  networkMemberships,
  networks,
  themes,
  type Country,
  type NewCompany,
  type NewListing,
  type NewNetwork,
  type NewTheme,
} from '../schema';
import { uuidArray } from '../sql';

export const EXCHANGE_CHUNK = 1000;

/** Runs `query` over `ids` in chunks of EXCHANGE_CHUNK and concatenates the rows. */
export async function inChunks<T>(ids: string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += EXCHANGE_CHUNK) out.push(...(await query(ids.slice(i, i + EXCHANGE_CHUNK))));
  return out;
}

const approvedMember = and(eq(networkMemberships.role, 'member'), eq(networkMemberships.status, 'approved'));

// ---------------------------------------------------------------- export

/** The network with this ref (every network without one), by ref. */
export async function selectExportNetworks(db: Db | Tx, { networkRef }: { networkRef?: string }) {
  return db
    .select()
    .from(networks)
    .where(networkRef ? eq(networks.ref, networkRef) : undefined)
    .orderBy(asc(networks.ref));
}

/** Approved member firms of these networks. */
export async function selectApprovedMemberships(db: Db | Tx, { networkIds }: { networkIds: string[] }) {
  return db
    .select({ companyId: networkMemberships.companyId, networkId: networkMemberships.networkId })
    .from(networkMemberships)
    .where(and(approvedMember, inArray(networkMemberships.networkId, networkIds)));
}

/** The firms with these ids (every firm when 'all'). */
export async function selectCompanyRows(db: Db | Tx, { ids }: { ids: string[] | 'all' }) {
  return ids === 'all' ? db.select().from(companies) : inChunks(ids, (c) => db.select().from(companies).where(inArray(companies.id, c)));
}

/** The themes of these networks, by ref. */
export async function selectNetworksThemes(db: Db | Tx, { networkIds }: { networkIds: string[] }) {
  if (!networkIds.length) return [];
  return db.select().from(themes).where(inArray(themes.networkId, networkIds)).orderBy(asc(themes.ref));
}

/** The listings of these firms (every listing when 'all'). */
export async function selectListingRowsOf(db: Db | Tx, { companyIds }: { companyIds: string[] | 'all' }) {
  return companyIds === 'all' ? db.select().from(listings) : inChunks(companyIds, (c) => db.select().from(listings).where(inArray(listings.companyId, c)));
}

/** The theme links of these listings. */
export async function selectThemeLinksOf(db: Db | Tx, { listingIds }: { listingIds: string[] }) {
  return inChunks(listingIds, (c) =>
    db.select({ listingId: listingThemes.listingId, themeId: listingThemes.themeId }).from(listingThemes).where(inArray(listingThemes.listingId, c)),
  );
}

// ---------------------------------------------------------------- a spreadsheet of firms

/** The firms of the country registered with these numbers. */
export async function selectCompaniesByRegistration(db: Db | Tx, { country, numbers }: { country: Country; numbers: string[] }) {
  if (!numbers.length) return [];
  return db
    .select()
    .from(companies)
    .where(and(eq(companies.country, country), inArray(companies.registrationNumber, numbers)));
}

/** Which of these firms are approved members of the network with this ref. */
export async function selectMemberIdsOfNetworkRef(
  db: Db | Tx,
  { networkRef, companyIds }: { networkRef: string; companyIds: string[] },
): Promise<Set<string | null>> {
  if (!companyIds.length) return new Set();
  const rows = await db
    .select({ companyId: networkMemberships.companyId })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(and(eq(networks.ref, networkRef), inArray(networkMemberships.companyId, companyIds), approvedMember));
  return new Set(rows.map((m) => m.companyId));
}

// ---------------------------------------------------------------- what an import refers to

function chunks<T>(items: T[], size = EXCHANGE_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function selectByRefs<R extends { ref: string }>(refs: Iterable<string>, query: (chunk: string[]) => Promise<R[]>) {
  const out = new Map<string, R>();
  for (const chunk of chunks([...new Set(refs)])) for (const row of await query(chunk)) out.set(row.ref, row);
  return out;
}

/** The stored networks with these refs, by ref. */
export async function selectNetworksByRefs(db: Db | Tx, { refs }: { refs: Iterable<string> }) {
  return selectByRefs(refs, (c) => db.select({ ref: networks.ref, id: networks.id }).from(networks).where(inArray(networks.ref, c)));
}

/** The stored firms with these refs (place and registration), by ref. */
export async function selectCompaniesByRefs(db: Db | Tx, { refs }: { refs: Iterable<string> }) {
  return selectByRefs(refs, (c) =>
    db
      .select({
        ref: companies.ref,
        id: companies.id,
        postcode: companies.postcode,
        lat: companies.lat,
        lng: companies.lng,
        country: companies.country,
        registrationNumber: companies.registrationNumber,
      })
      .from(companies)
      .where(inArray(companies.ref, c)),
  );
}

/** The stored themes with these refs and their network's ref, by ref. */
export async function selectThemesByRefs(db: Db | Tx, { refs }: { refs: Iterable<string> }) {
  return selectByRefs(refs, (c) =>
    db
      .select({ ref: themes.ref, id: themes.id, networkRef: networks.ref })
      .from(themes)
      .innerJoin(networks, eq(networks.id, themes.networkId))
      .where(inArray(themes.ref, c)),
  );
}

/** The stored listings with these refs and their firm, by ref. */
export async function selectListingsByRefs(db: Db | Tx, { refs }: { refs: Iterable<string> }) {
  return selectByRefs(refs, (c) =>
    db
      .select({ ref: listings.ref, id: listings.id, companyRef: companies.ref, companyId: listings.companyId })
      .from(listings)
      .innerJoin(companies, eq(companies.id, listings.companyId))
      .where(inArray(listings.ref, c)),
  );
}

/** The firms of the country holding these registration numbers: number → firm ref. */
export async function selectRegistrationOwners(db: Db | Tx, { country, numbers }: { country: Country; numbers: string[] }): Promise<Map<string, string>[]> {
  const out: Map<string, string>[] = [];
  for (const chunk of chunks([...new Set(numbers)])) {
    const rows = await db
      .select({ ref: companies.ref, registrationNumber: companies.registrationNumber })
      .from(companies)
      .where(and(eq(companies.country, country), inArray(companies.registrationNumber, chunk)));
    out.push(new Map(rows.map((r) => [r.registrationNumber!, r.ref])));
  }
  return out;
}

/** The refs of the networks each of these firms is an approved member of. */
export async function selectMemberNetworkRefs(db: Db | Tx, { companyIds }: { companyIds: string[] }): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const chunk of chunks(companyIds)) {
    const rows = await db
      .select({ companyId: networkMemberships.companyId, ref: networks.ref })
      .from(networkMemberships)
      .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
      .where(and(inArray(networkMemberships.companyId, chunk), approvedMember));
    for (const r of rows) if (r.companyId) (out.get(r.companyId) ?? out.set(r.companyId, new Set()).get(r.companyId)!).add(r.ref);
  }
  return out;
}

// ---------------------------------------------------------------- writing an import (lib/exchange/write.ts)
// Every table is upserted by `ref`, and a row is only touched when a value really changed
// (`… on conflict (ref) do update … where (cols) is distinct from (excluded cols)`): importing the
// same file twice changes nothing, not even updated_at.

const snake = (key: string) => key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const excluded = (key: string) => sql.raw(`excluded."${snake(key)}"`);

/** `set` and `setWhere` of an upsert that rewrites `keys` only when one of them differs. */
function changedOnly<T extends PgTable>(table: T, keys: string[]) {
  const cols = table as unknown as Record<string, PgColumn>;
  const set: Record<string, SQL> = Object.fromEntries(keys.map((k) => [k, excluded(k)]));
  set.updatedAt = sql`now()`;
  const setWhere = sql`(${sql.join(
    keys.map((k) => sql`${cols[k]}`),
    sql`, `,
  )}) is distinct from (${sql.join(keys.map(excluded), sql`, `)})`;
  return { set, setWhere };
}

/** A row an upsert created or really updated (unchanged rows are not returned). */
export type UpsertedRow = { ref: string; id: string; inserted: boolean };
const returning = (table: { ref: PgColumn; id: PgColumn }) => ({
  ref: sql<string>`${table.ref}`,
  id: sql<string>`${table.id}`,
  inserted: sql<boolean>`(xmax = 0)`,
});

/** Upserts networks by ref, rewriting `keys` when they differ. */
export async function upsertNetworks(tx: Tx, { rows, keys }: { rows: NewNetwork[]; keys: string[] }): Promise<UpsertedRow[]> {
  return tx
    .insert(networks)
    .values(rows)
    .onConflictDoUpdate({ target: networks.ref, ...changedOnly(networks, keys) })
    .returning(returning(networks));
}

/** Upserts firms by ref, rewriting `keys` when they differ. */
export async function upsertCompanies(tx: Tx, { rows, keys }: { rows: NewCompany[]; keys: string[] }): Promise<UpsertedRow[]> {
  return tx
    .insert(companies)
    .values(rows)
    .onConflictDoUpdate({ target: companies.ref, ...changedOnly(companies, keys) })
    .returning(returning(companies));
}

/** Makes each firm an approved member of the network (a pending or declined request too);
 * returns how many memberships were added or changed. */
export async function approveMemberships(
  tx: Tx,
  { pairs, actorId, now }: { pairs: { networkId: string; companyId: string }[]; actorId: string | null; now: Date },
): Promise<number> {
  const returned = await tx
    .insert(networkMemberships)
    .values(pairs.map((p) => ({ ...p, role: 'member' as const, status: 'approved' as const, decidedById: actorId, decidedAt: now })))
    .onConflictDoUpdate({
      target: [networkMemberships.networkId, networkMemberships.companyId],
      targetWhere: sql`role = 'member'`,
      set: { status: 'approved', decidedById: actorId, decidedAt: now, updatedAt: now },
      setWhere: sql`${networkMemberships.status} <> 'approved'`,
    })
    .returning({ id: networkMemberships.id });
  return returned.length;
}

/** Upserts themes by ref, rewriting `keys` when they differ. */
export async function upsertThemes(tx: Tx, { rows, keys }: { rows: NewTheme[]; keys: string[] }): Promise<UpsertedRow[]> {
  return tx
    .insert(themes)
    .values(rows)
    .onConflictDoUpdate({ target: themes.ref, ...changedOnly(themes, keys) })
    .returning(returning(themes));
}

/** Upserts listings by ref, rewriting `keys` when they differ. */
export async function upsertListings(tx: Tx, { rows, keys }: { rows: NewListing[]; keys: string[] }): Promise<UpsertedRow[]> {
  return tx
    .insert(listings)
    .values(rows)
    .onConflictDoUpdate({ target: listings.ref, ...changedOnly(listings, keys) })
    .returning(returning(listings));
}

/** Makes these listings' theme links exactly `wanted` (every link of `listingIds` not wanted is
 * removed, wanted ones added); returns how many were removed and added. */
export async function syncThemeLinks(
  tx: Tx,
  { listingIds, wanted, actorId }: { listingIds: string[]; wanted: { listingId: string; themeId: string }[]; actorId: string | null },
): Promise<{ removed: number; added: number }> {
  const keep = wanted.length
    ? sql`and (${listingThemes.listingId}, ${listingThemes.themeId}) not in (select unnest(${uuidArray(wanted.map((w) => w.listingId))}), unnest(${uuidArray(wanted.map((w) => w.themeId))}))`
    : sql``;
  const removed = await tx
    .delete(listingThemes)
    .where(and(inArray(listingThemes.listingId, listingIds), sql`true ${keep}`))
    .returning({ listingId: listingThemes.listingId });
  let added = 0;
  if (wanted.length) {
    const rows = await tx
      .insert(listingThemes)
      .values(wanted.map((w) => ({ ...w, addedById: actorId })))
      .onConflictDoNothing()
      .returning({ listingId: listingThemes.listingId });
    added = rows.length;
  }
  return { removed: removed.length, added };
}
