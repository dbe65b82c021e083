// Writes a validated import plan (validate.ts) inside the caller's transaction. Every table is
// upserted by `ref` in batches, and a row is only touched when a value really changed (the SQL is
// db/queries/exchange.ts): importing the same file twice changes nothing, not even updated_at, and
// the counts say what happened.
import type { Tx } from '@/db/client';
import { approveMemberships, syncThemeLinks, upsertCompanies, upsertListings, upsertNetworks, upsertThemes, type UpsertedRow } from '@/db/queries/exchange';
import type { ImportPlan, ImportScope } from './validate';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  networks: ImportCounts;
  companies: ImportCounts;
  themes: ImportCounts;
  listings: ImportCounts;
  /** Member firms newly approved in a network. */
  memberships: number;
  /** Listing ↔ theme links added and removed. */
  themeLinks: { added: number; removed: number };
}

export type ImportPhase = 'networks' | 'companies' | 'memberships' | 'themes' | 'listings' | 'themeLinks';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface WriteOptions {
  /** Recorded as who approved the memberships and tagged the listings (null for the CLI). */
  actorId?: string | null;
  now?: Date;
  scope?: ImportScope;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** Adds the rows an upsert returned (created or really updated) to `ids` and to the counts. */
function tally(rows: UpsertedRow[], counts: ImportCounts, ids: Map<string, string>) {
  for (const r of rows) {
    ids.set(r.ref, r.id);
    if (r.inserted) counts.created++;
    else counts.updated++;
  }
}

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The end of the listing's availability window (Danish evening ≈ end of day) as its default expiry. */
export function expiryFor(availableUntil: string | undefined): Date | null {
  return availableUntil ? new Date(`${availableUntil}T22:59:59Z`) : null;
}

export async function writePlan(tx: Tx, plan: ImportPlan, options: WriteOptions = {}): Promise<ImportSummary> {
  const { file, ext } = plan;
  const size = options.batchSize ?? 1000;
  const now = options.now ?? new Date();
  const actorId = options.actorId ?? null;
  const progress = (phase: ImportPhase, done: number, total: number) => options.onProgress?.({ phase, done, total });
  const summary: ImportSummary = {
    networks: zero(),
    companies: zero(),
    themes: zero(),
    listings: zero(),
    memberships: 0,
    themeLinks: { added: 0, removed: 0 },
  };

  // ---- networks (a facilitator's import only points at its own network; it never edits it)
  const networkIds = new Map(plan.existing.networks);
  if (!options.scope && file.networks.length) {
    const keys = ['name', 'country', 'locale', 'centerLat', 'centerLng', 'radiusKm'];
    const withDescription = (ref: string) => ext.networks?.[ref] !== undefined;
    for (const described of [true, false]) {
      const rows = file.networks.filter((n) => withDescription(n.ref) === described);
      if (!rows.length) continue;
      const returned = await upsertNetworks(tx, {
        rows: rows.map((n) => ({
          ref: n.ref,
          name: n.name,
          country: n.country,
          locale: n.locale,
          centerLat: n.center.lat,
          centerLng: n.center.lng,
          radiusKm: n.radiusKm,
          description: ext.networks?.[n.ref]?.description ?? null,
        })),
        keys: described ? [...keys, 'description'] : keys,
      });
      tally(returned, summary.networks, networkIds);
    }
    progress('networks', file.networks.length, file.networks.length);
  }
  summary.networks.unchanged = options.scope ? file.networks.length : file.networks.length - summary.networks.created - summary.networks.updated;

  // ---- companies (contact details only when the file carries them, see extensions.ts)
  const companyIds = new Map([...plan.existing.companies].map(([ref, c]) => [ref, c.id]));
  const companyKeys = [
    'name',
    'country',
    'registrationNumber',
    'nace',
    'employees',
    'street',
    'postcode',
    'city',
    'lat',
    'lng',
    'description',
    'languages',
    'website',
  ];
  let done = 0;
  for (const withContact of [true, false]) {
    const rows = file.companies.filter((c) => (ext.companies?.[c.ref] !== undefined) === withContact);
    for (const batch of batches(rows, size)) {
      const returned = await upsertCompanies(tx, {
        rows: batch.map((c) => {
          const point = plan.companyPoints.get(c.ref)!;
          const contact = ext.companies?.[c.ref];
          return {
            ref: c.ref,
            name: c.name,
            country: c.country,
            registrationNumber: c.registrationNumber ?? null,
            nace: c.nace,
            employees: c.employees ?? null,
            street: c.address.street ?? null,
            postcode: c.address.postcode,
            city: c.address.city,
            lat: point.lat,
            lng: point.lng,
            description: c.description ?? null,
            languages: c.languages ?? [],
            website: c.website ?? null,
            email: contact?.email ?? null,
            phone: contact?.phone ?? null,
          };
        }),
        keys: withContact ? [...companyKeys, 'email', 'phone'] : companyKeys,
      });
      tally(returned, summary.companies, companyIds);
      progress('companies', (done += batch.length), file.companies.length);
    }
  }
  summary.companies.unchanged = file.companies.length - summary.companies.created - summary.companies.updated;

  // ---- memberships: every network a company lists (and the facilitator's own) → approved member
  const pairs = file.companies.flatMap((c) => {
    const refs = new Set(c.networks);
    if (options.scope) refs.add(options.scope.networkRef);
    return [...refs].map((n) => ({ networkId: networkIds.get(n)!, companyId: companyIds.get(c.ref)! }));
  });
  done = 0;
  for (const batch of batches(pairs, size)) {
    summary.memberships += await approveMemberships(tx, { pairs: batch, actorId, now });
    progress('memberships', (done += batch.length), pairs.length);
  }

  // ---- themes
  const themeIds = new Map(plan.existing.themes);
  const themeRows = file.themes ?? [];
  for (const withStatus of [true, false]) {
    const rows = themeRows.filter((t) => (ext.themes?.[t.ref] !== undefined) === withStatus);
    if (!rows.length) continue;
    const returned = await upsertThemes(tx, {
      rows: rows.map((t) => ({
        ref: t.ref,
        networkId: networkIds.get(t.network)!,
        title: t.title,
        description: t.description ?? '',
        status: ext.themes?.[t.ref]?.status ?? 'open',
        createdById: actorId,
      })),
      keys: withStatus ? ['networkId', 'title', 'description', 'status'] : ['networkId', 'title', 'description'],
    });
    tally(returned, summary.themes, themeIds);
  }
  if (themeRows.length) progress('themes', themeRows.length, themeRows.length);
  summary.themes.unchanged = themeRows.length - summary.themes.created - summary.themes.updated;

  // ---- listings (expiry only when the file carries it; else derived from availableUntil on create)
  const listingIds = new Map(plan.existing.listings);
  const listingKeys = [
    'companyId',
    'kind',
    'category',
    'title',
    'description',
    'quantity',
    'unit',
    'availableFrom',
    'availableUntil',
    'lat',
    'lng',
    'visibility',
    'status',
    'language',
  ];
  done = 0;
  for (const withExpiry of [true, false]) {
    const rows = file.listings.filter((l) => (ext.listings?.[l.ref] !== undefined) === withExpiry);
    for (const batch of batches(rows, size)) {
      const returned = await upsertListings(tx, {
        rows: batch.map((l) => {
          const point = l.location ?? plan.companyPoints.get(l.company) ?? null;
          const extra = ext.listings?.[l.ref];
          const createdAt = extra?.createdAt ? new Date(extra.createdAt) : now;
          return {
            ref: l.ref,
            companyId: companyIds.get(l.company)!,
            kind: l.kind,
            category: l.category,
            title: l.title,
            description: l.description,
            quantity: l.quantity ?? null,
            unit: l.unit ?? null,
            availableFrom: l.availableFrom ?? null,
            availableUntil: l.availableUntil ?? null,
            lat: point?.lat ?? null,
            lng: point?.lng ?? null,
            visibility: l.visibility,
            status: l.status,
            language: l.language,
            expiresAt: extra ? (extra.expiresAt ? new Date(extra.expiresAt) : null) : expiryFor(l.availableUntil),
            createdAt,
            updatedAt: createdAt,
          };
        }),
        keys: withExpiry ? [...listingKeys, 'expiresAt'] : listingKeys,
      });
      tally(returned, summary.listings, listingIds);
      progress('listings', (done += batch.length), file.listings.length);
    }
  }
  summary.listings.unchanged = file.listings.length - summary.listings.created - summary.listings.updated;

  // ---- listing ↔ theme links: exactly the file's `themes` for every listing that has the field
  // (`[]` removes them all); a listing without it keeps the links it has, such as those a
  // facilitator made in the app, which a file from elsewhere knows nothing about.
  done = 0;
  for (const batch of batches(file.listings, size)) {
    const synced = batch.filter((l) => l.themes !== undefined);
    const wanted = synced.flatMap((l) => (l.themes ?? []).map((t) => ({ listingId: listingIds.get(l.ref)!, themeId: themeIds.get(t)! })));
    const ids = synced.map((l) => listingIds.get(l.ref)!);
    if (ids.length === 0) {
      progress('themeLinks', (done += batch.length), file.listings.length);
      continue;
    }
    const links = await syncThemeLinks(tx, { listingIds: ids, wanted, actorId });
    summary.themeLinks.removed += links.removed;
    summary.themeLinks.added += links.added;
    progress('themeLinks', (done += batch.length), file.listings.length);
  }
  return summary;
}
