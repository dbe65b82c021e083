// Everything an import checks before it writes a row: the file's shape (zod), references inside the
// file or to the database, reference data (NACE codes, postcodes for geocoding), registration
// numbers that another firm already has, and — for a facilitator's import — that nothing leaves the
// facilitator's own network. Returns every problem with its JSON path, or a plan the writer executes.
import type { Db, Tx } from '@/db/client';
import {
  selectCompaniesByRefs,
  selectListingsByRefs,
  selectMemberNetworkRefs,
  selectNetworksByRefs,
  selectRegistrationOwners,
  selectThemesByRefs,
} from '@/db/queries/exchange';
import { lookupPostcode } from '@/lib/geo/postcodes';
import { naceByCode } from '@/lib/nace';
import { issuePath } from '@/lib/validations/issues';
import { EXTENSION_KEY, industrivejExtensionSchema, type IndustrivejExtension } from './extensions';
import { checkReferences, exchangeFileSchema, type ExchangeFile, type ExchangeIssue } from './schema';

/** A facilitator's import: every company, theme and listing must belong to this network. */
export interface ImportScope {
  networkRef: string;
}

type Point = { lat: number; lng: number };

export interface ExistingCompany {
  id: string;
  postcode: string | null;
  lat: number | null;
  lng: number | null;
}

export interface ImportPlan {
  file: ExchangeFile;
  ext: IndustrivejExtension;
  /** Where each company of the file is placed (its own location, kept or geocoded). */
  companyPoints: Map<string, Point>;
  existing: {
    networks: Map<string, string>;
    companies: Map<string, ExistingCompany>;
    themes: Map<string, string>;
    listings: Map<string, string>;
  };
}

export type ValidateResult = { ok: true; plan: ImportPlan } | { ok: false; issues: ExchangeIssue[] };

async function loadExisting(db: Db | Tx, file: ExchangeFile, scope: ImportScope | undefined) {
  const networkRefs = [
    ...(scope ? [scope.networkRef] : []),
    ...file.networks.map((n) => n.ref),
    ...file.companies.flatMap((c) => c.networks),
    ...(file.themes ?? []).map((t) => t.network),
  ];
  const companyRefs = [...file.companies.map((c) => c.ref), ...file.listings.map((l) => l.company)];
  const themeRefs = [...(file.themes ?? []).map((t) => t.ref), ...file.listings.flatMap((l) => l.themes ?? [])];
  const [nets, firms, ths, lis] = [
    await selectNetworksByRefs(db, { refs: networkRefs }),
    await selectCompaniesByRefs(db, { refs: companyRefs }),
    await selectThemesByRefs(db, { refs: themeRefs }),
    await selectListingsByRefs(db, { refs: file.listings.map((l) => l.ref) }),
  ];
  return { nets, firms, ths, lis };
}

/** Another firm in the database already has this registration number (the column is unique). */
async function registrationClashes(db: Db | Tx, file: ExchangeFile, issues: ExchangeIssue[]) {
  const seen = new Map<string, number>();
  file.companies.forEach((c, i) => {
    if (!c.registrationNumber) return;
    const key = `${c.country}:${c.registrationNumber}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ path: `companies[${i}].registrationNumber`, message: `the same registration number as companies[${first}]` });
    } else seen.set(key, i);
  });
  for (const country of ['DK', 'FI'] as const) {
    const numbers = file.companies.filter((c) => c.country === country && c.registrationNumber).map((c) => c.registrationNumber!);
    for (const owner of await selectRegistrationOwners(db, { country, numbers })) {
      file.companies.forEach((c, i) => {
        const other = c.country === country && c.registrationNumber ? owner.get(c.registrationNumber) : undefined;
        if (other && other !== c.ref) {
          issues.push({
            path: `companies[${i}].registrationNumber`,
            message: `registration number ${c.registrationNumber} already belongs to company "${other}"`,
          });
        }
      });
    }
  }
}

async function scopeIssues(db: Db | Tx, file: ExchangeFile, scope: ImportScope, existing: Awaited<ReturnType<typeof loadExisting>>) {
  const issues: ExchangeIssue[] = [];
  const own = scope.networkRef;
  const outside = (what: string) => `${what} belongs to another network; you can import into "${own}" only`;
  file.networks.forEach((n, i) => {
    if (n.ref !== own) issues.push({ path: `networks[${i}].ref`, message: outside(`network "${n.ref}"`) });
  });
  file.companies.forEach((c, i) =>
    c.networks.forEach((n, j) => {
      if (n !== own) issues.push({ path: `companies[${i}].networks[${j}]`, message: outside(`network "${n}"`) });
    }),
  );
  (file.themes ?? []).forEach((t, i) => {
    if (t.network !== own) issues.push({ path: `themes[${i}].network`, message: outside(`network "${t.network}"`) });
    const stored = existing.ths.get(t.ref);
    if (stored && stored.networkRef !== own) issues.push({ path: `themes[${i}].ref`, message: outside(`theme "${t.ref}"`) });
  });
  // An existing firm may be updated (or given listings) only when it is an approved member here.
  const memberOf = await selectMemberNetworkRefs(db, {
    companyIds: [...[...existing.firms.values()].map((f) => f.id), ...[...existing.lis.values()].map((l) => l.companyId)],
  });
  const inScope = (ref: string) => {
    const firm = existing.firms.get(ref);
    return !firm || !!memberOf.get(firm.id)?.has(own);
  };
  file.companies.forEach((c, i) => {
    if (!inScope(c.ref)) issues.push({ path: `companies[${i}].ref`, message: outside(`company "${c.ref}"`) });
  });
  const fileCompanies = new Set(file.companies.map((c) => c.ref));
  file.listings.forEach((l, i) => {
    if (!fileCompanies.has(l.company) && !inScope(l.company)) issues.push({ path: `listings[${i}].company`, message: outside(`company "${l.company}"`) });
    const stored = existing.lis.get(l.ref);
    // An existing listing stays with whoever owns it now: only listings of this network's members.
    if (stored && !memberOf.get(stored.companyId)?.has(own)) {
      issues.push({ path: `listings[${i}].ref`, message: outside(`listing "${l.ref}"`) });
    }
    (l.themes ?? []).forEach((t, j) => {
      const theme = existing.ths.get(t);
      if (theme && theme.networkRef !== own) issues.push({ path: `listings[${i}].themes[${j}]`, message: outside(`theme "${t}"`) });
    });
  });
  return issues;
}

/** Locations: the file's, else the stored one while the postcode is unchanged, else the postcode's point. */
function placeCompanies(file: ExchangeFile, firms: Map<string, ExistingCompany>, issues: ExchangeIssue[]) {
  const points = new Map<string, Point>();
  file.companies.forEach((c, i) => {
    if (c.location) return void points.set(c.ref, c.location);
    const stored = firms.get(c.ref);
    if (stored && stored.postcode === c.address.postcode && stored.lat !== null && stored.lng !== null) {
      return void points.set(c.ref, { lat: stored.lat, lng: stored.lng });
    }
    const place = lookupPostcode(c.country, c.address.postcode);
    if (place) points.set(c.ref, { lat: place.lat, lng: place.lng });
    else issues.push({ path: `companies[${i}].address.postcode`, message: `unknown postcode ${c.address.postcode}: give the company a "location" instead` });
  });
  return points;
}

/** Validates `input` (a parsed JSON document) for an import into `db`. Reads, never writes. */
export async function validateImport(db: Db | Tx, input: unknown, scope?: ImportScope): Promise<ValidateResult> {
  const parsed = exchangeFileSchema.safeParse(input);
  const issues: ExchangeIssue[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: issuePath(i), message: i.message }));
  const rawExt = (parsed.success ? parsed.data.extensions : undefined)?.[EXTENSION_KEY];
  const ext = industrivejExtensionSchema.safeParse(rawExt ?? {});
  if (!ext.success) {
    issues.push(...ext.error.issues.map((i) => ({ path: `extensions.${EXTENSION_KEY}${i.path.length ? '.' : ''}${issuePath(i)}`, message: i.message })));
  }
  if (!parsed.success || !ext.success) return { ok: false, issues };
  const file = parsed.data;

  const existing = await loadExisting(db, file, scope);
  issues.push(
    ...checkReferences(file, {
      networks: new Set(existing.nets.keys()),
      companies: new Set(existing.firms.keys()),
      themes: new Set(existing.ths.keys()),
    }),
  );
  file.companies.forEach((c, i) =>
    c.nace.forEach((code, j) => {
      if (!naceByCode(code)) issues.push({ path: `companies[${i}].nace[${j}]`, message: `unknown NACE code "${code}"` });
    }),
  );
  await registrationClashes(db, file, issues);
  if (scope) issues.push(...(await scopeIssues(db, file, scope, existing)));
  const companyPoints = placeCompanies(file, existing.firms, issues);
  if (issues.length) return { ok: false, issues };

  const ids = <T extends { id: string }>(m: Map<string, T>) => new Map([...m].map(([ref, r]) => [ref, r.id]));
  return {
    ok: true,
    plan: {
      file,
      ext: ext.data,
      companyPoints,
      existing: { networks: ids(existing.nets), companies: existing.firms, themes: ids(existing.ths), listings: ids(existing.lis) },
    },
  };
}
