// Export to an `industrivej/v1` exchange file: the whole database, or one network (`--network`):
// its approved member firms, their listings and the network's themes. The file is self-contained —
// every ref it uses is inside it — so importing it into an empty database reproduces the data.
// Fields the format lacks travel under `extensions.industrivej` (see extensions.ts). Not carried:
// users and accounts, pending or declined membership requests, meetings, matches, introductions.
import type { Db } from '@/db/client';
import {
  selectApprovedMemberships,
  selectCompanyRows,
  selectExportNetworks,
  selectListingRowsOf,
  selectNetworksThemes,
  selectThemeLinksOf,
} from '@/db/queries/exchange';
import type { Company } from '@/db/schema';
import { lookupPostcode } from '@/lib/geo/postcodes';
import { EXTENSION_KEY, type IndustrivejExtension } from './extensions';
import { EXCHANGE_FORMAT, type ExchangeCompany, type ExchangeFile, type ExchangeListing } from './schema';

/** Optional fields are left out rather than written as null: the format has no nulls. */
const opt = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** A stored company as the format writes it (also the base a CSV row is laid over). */
export function toExchangeCompany(c: Company, networkRefs: string[]): ExchangeCompany {
  return {
    ref: c.ref,
    name: c.name,
    country: c.country,
    registrationNumber: opt(c.registrationNumber),
    nace: c.nace,
    employees: opt(c.employees),
    address: {
      street: opt(c.street),
      postcode: c.postcode ?? '',
      city: c.city ?? (c.postcode ? lookupPostcode(c.country, c.postcode)?.name : undefined) ?? c.postcode ?? '',
    },
    location: c.lat !== null && c.lng !== null ? { lat: c.lat, lng: c.lng } : undefined,
    description: opt(c.description),
    languages: c.languages.length ? c.languages : undefined,
    website: opt(c.website),
    networks: networkRefs,
  };
}

export class UnknownNetworkError extends Error {}

export async function buildExport(db: Db, options: { networkRef?: string } = {}): Promise<ExchangeFile> {
  const nets = await selectExportNetworks(db, { networkRef: options.networkRef });
  if (options.networkRef && !nets.length) throw new UnknownNetworkError(`no network with ref "${options.networkRef}"`);
  const networkRef = new Map(nets.map((n) => [n.id, n.ref]));

  const memberships = await selectApprovedMemberships(db, { networkIds: [...networkRef.keys()] });
  const networksOf = new Map<string, string[]>();
  for (const m of memberships)
    if (m.companyId) (networksOf.get(m.companyId) ?? networksOf.set(m.companyId, []).get(m.companyId)!).push(networkRef.get(m.networkId)!);

  const firmRows = await selectCompanyRows(db, { ids: options.networkRef ? [...networksOf.keys()] : 'all' });
  firmRows.sort((a, b) => a.ref.localeCompare(b.ref));
  const companyRef = new Map(firmRows.map((c) => [c.id, c.ref]));

  const themeRows = await selectNetworksThemes(db, { networkIds: [...networkRef.keys()] });
  const themeRef = new Map(themeRows.map((t) => [t.id, t.ref]));

  const listingRows = await selectListingRowsOf(db, { companyIds: options.networkRef ? [...companyRef.keys()] : 'all' });
  listingRows.sort((a, b) => a.ref.localeCompare(b.ref));
  const links = await selectThemeLinksOf(db, { listingIds: listingRows.map((l) => l.id) });
  const themesOf = new Map<string, string[]>();
  for (const l of links) {
    const ref = themeRef.get(l.themeId);
    if (ref) (themesOf.get(l.listingId) ?? themesOf.set(l.listingId, []).get(l.listingId)!).push(ref);
  }

  const ext: Required<IndustrivejExtension> = { networks: {}, companies: {}, listings: {}, themes: {} };
  for (const n of nets) if (n.description !== null) ext.networks[n.ref] = { description: n.description };
  for (const c of firmRows) if (c.email !== null || c.phone !== null) ext.companies[c.ref] = { email: c.email, phone: c.phone };
  for (const l of listingRows) ext.listings[l.ref] = { expiresAt: l.expiresAt?.toISOString() ?? null, createdAt: l.createdAt.toISOString() };
  for (const t of themeRows) ext.themes[t.ref] = { status: t.status };

  return {
    format: EXCHANGE_FORMAT,
    networks: nets.map((n) => ({
      ref: n.ref,
      name: n.name,
      country: n.country,
      locale: n.locale,
      center: { lat: n.centerLat, lng: n.centerLng },
      radiusKm: n.radiusKm,
    })),
    companies: firmRows.map((c) => toExchangeCompany(c, (networksOf.get(c.id) ?? []).sort())),
    listings: listingRows.map((l): ExchangeListing => ({
      ref: l.ref,
      company: companyRef.get(l.companyId)!,
      kind: l.kind,
      category: l.category,
      title: l.title,
      description: l.description,
      quantity: opt(l.quantity),
      unit: opt(l.unit),
      availableFrom: opt(l.availableFrom),
      availableUntil: opt(l.availableUntil),
      location: l.lat !== null && l.lng !== null ? { lat: l.lat, lng: l.lng } : undefined,
      visibility: l.visibility,
      status: l.status,
      language: l.language,
      themes: themesOf.get(l.id)?.sort(),
    })),
    themes: themeRows.map((t) => ({ ref: t.ref, network: networkRef.get(t.networkId)!, title: t.title, description: t.description || undefined })),
    extensions: { [EXTENSION_KEY]: ext },
  };
}

/**
 * The file's text: one record per line inside each array, so that 50,000 listings stream into a
 * readable, diffable file without building one huge pretty-printed string.
 */
export function* exchangeFileChunks(file: ExchangeFile): Generator<string> {
  yield `{\n"format": ${JSON.stringify(file.format)}`;
  for (const key of ['networks', 'companies', 'listings', 'themes'] as const) {
    const items = (file[key] ?? []) as unknown[];
    yield `,\n${JSON.stringify(key)}: [`;
    for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}\n  ${JSON.stringify(items[i])}`;
    yield items.length ? '\n]' : ']';
  }
  if (file.extensions) yield `,\n"extensions": ${JSON.stringify(file.extensions)}`;
  yield '\n}\n';
}
