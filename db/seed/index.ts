// The Regstrup/Holbæk demo area: db/seed/demo-area.json (an `industrivej/v1` exchange file) plus
// the demo accounts in demo-users.ts. Loaded by `npm run db:seed` and, for the embedded database,
// automatically on first start (db/startup.ts).
import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatExchangeIssues, parseExchangeFile, type ExchangeFile } from '@/lib/exchange/schema';
import { queryRows, type Db, type Tx } from '../client';
import {
  companies,
  companyMembers,
  listings,
  listingThemes,
  meetings,
  networkMemberships,
  networks,
  themes,
  users,
} from '../schema';
import { DEMO_MEETINGS, meetingStart } from './demo-meetings';
import { DEMO_PASSWORD, DEMO_PENDING_REQUESTS, DEMO_USERS } from './demo-users';
import { postcodePoint } from './postcodes';

export const DEMO_AREA_PATH = path.join(process.cwd(), 'db', 'seed', 'demo-area.json');

export async function isDatabaseEmpty(db: Db | Tx) {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from networks`);
  return rows[0]?.n === 0;
}

export interface SeedSummary {
  networks: number;
  companies: number;
  listings: number;
  themes: number;
  meetings: number;
  users: number;
  pendingRequests: number;
}

/** Demo-only details carried under the file's `extensions.demo` (not part of the format). */
interface DemoExtensions {
  networkDescriptions?: Record<string, string>;
  contacts?: Record<string, { email?: string; phone?: string }>;
}

export function loadDemoArea(file = DEMO_AREA_PATH): ExchangeFile {
  const result = parseExchangeFile(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as unknown);
  if (!result.success) throw new Error(`Invalid demo area file ${file}:\n${formatExchangeIssues(result.issues)}`);
  return result.data;
}

/** A listing's availability ends with its window: the end of that day, Danish time (approximately). */
function expiryFor(availableUntil: string | undefined): Date | null {
  return availableUntil ? new Date(`${availableUntil}T22:59:59Z`) : null;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Loads the demo area into an empty database in one transaction and returns what it wrote.
 * Refuses (throws) when the database already has a network, so it can never duplicate data.
 */
export async function seedDemo(db: Db, options: { now?: Date; file?: string } = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const area = loadDemoArea(options.file);
  const ext = (area.extensions?.demo ?? {}) as DemoExtensions;
  // Hash before the transaction: argon2 is deliberately slow and needs no database.
  const passwordHash = await hash(DEMO_PASSWORD);

  return db.transaction(async (tx) => {
    if (!(await isDatabaseEmpty(tx))) {
      throw new Error('The database already has data: the demo area is only loaded into an empty database (use --reset).');
    }

    const userRows = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u) => ({
          email: u.email,
          name: u.name,
          locale: u.locale,
          isPlatformAdmin: u.isPlatformAdmin ?? false,
          passwordHash,
          emailVerified: now,
        })),
      )
      .returning({ id: users.id, email: users.email });
    const userId = new Map(userRows.map((u) => [u.email, u.id]));
    const facilitatorId = userId.get(DEMO_USERS.find((u) => u.networkRole === 'facilitator')!.email)!;

    const networkRows = await tx
      .insert(networks)
      .values(
        area.networks.map((n) => ({
          ref: n.ref,
          name: n.name,
          country: n.country,
          locale: n.locale,
          centerLat: n.center.lat,
          centerLng: n.center.lng,
          radiusKm: n.radiusKm,
          description: ext.networkDescriptions?.[n.ref] ?? null,
        })),
      )
      .returning({ id: networks.id, ref: networks.ref });
    const networkId = new Map(networkRows.map((n) => [n.ref, n.id]));

    const companyRows = await tx
      .insert(companies)
      .values(
        area.companies.map((c) => {
          const location = c.location ?? postcodePoint(c.country, c.address.postcode);
          if (!location) throw new Error(`companies ${c.ref}: no location and unknown postcode ${c.address.postcode}`);
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
            lat: location.lat,
            lng: location.lng,
            description: c.description ?? null,
            languages: c.languages ?? [],
            website: c.website ?? null,
            email: ext.contacts?.[c.ref]?.email ?? null,
            phone: ext.contacts?.[c.ref]?.phone ?? null,
          };
        }),
      )
      .returning({ id: companies.id, ref: companies.ref, lat: companies.lat, lng: companies.lng });
    const companyById = new Map(companyRows.map((c) => [c.ref, c]));
    const companyId = (ref: string) => companyById.get(ref)!.id;

    const owners = new Map(DEMO_USERS.filter((u) => u.company).map((u) => [u.company!, userId.get(u.email)!]));
    if (owners.size) {
      await tx
        .insert(companyMembers)
        .values([...owners].map(([ref, uid]) => ({ companyId: companyId(ref), userId: uid, role: 'owner' as const })));
    }

    // Every firm listed in a network is an approved member, decided by the facilitator a while ago.
    const approvedAt = new Date(now.getTime() - 60 * DAY);
    const memberValues = area.companies.flatMap((c) =>
      c.networks.map((n) => ({
        networkId: networkId.get(n)!,
        role: 'member' as const,
        companyId: companyId(c.ref),
        status: 'approved' as const,
        requestedById: owners.get(c.ref) ?? null,
        decidedById: facilitatorId,
        decidedAt: approvedAt,
      })),
    );
    const staffValues = DEMO_USERS.filter((u) => u.networkRole).map((u) => ({
      networkId: networkId.get(area.networks[0]!.ref)!,
      role: u.networkRole!,
      userId: userId.get(u.email)!,
      status: 'approved' as const,
      decidedAt: approvedAt,
    }));
    const pendingValues = DEMO_PENDING_REQUESTS.map((p) => ({
      networkId: networkId.get(p.network)!,
      role: 'member' as const,
      companyId: companyId(p.company),
      status: 'pending' as const,
      message: p.message,
      requestedById: userId.get(p.requestedBy) ?? null,
    }));
    await tx.insert(networkMemberships).values([...memberValues, ...staffValues, ...pendingValues]);

    const themeRows = area.themes?.length
      ? await tx
          .insert(themes)
          .values(
            area.themes.map((t) => ({
              ref: t.ref,
              networkId: networkId.get(t.network)!,
              title: t.title,
              description: t.description ?? '',
              createdById: facilitatorId,
            })),
          )
          .returning({ id: themes.id, ref: themes.ref })
      : [];
    const themeId = new Map(themeRows.map((t) => [t.ref, t.id]));

    // The fortnightly meetings of the first network, each with its theme on the agenda.
    const firstNetwork = networkId.get(area.networks[0]!.ref)!;
    const meetingRows = await tx
      .insert(meetings)
      .values(
        DEMO_MEETINGS.map((m) => ({
          networkId: firstNetwork,
          hostCompanyId: companyId(m.host),
          startsAt: meetingStart(now, m.offsetWeeks),
          place: m.place,
          title: m.title,
          challenge: m.challenge,
          notes: m.notes,
          createdById: facilitatorId,
        })),
      )
      .returning({ id: meetings.id });
    for (const [i, m] of DEMO_MEETINGS.entries()) {
      const theme = themeId.get(m.theme);
      if (theme) await tx.update(themes).set({ meetingId: meetingRows[i]!.id }).where(eq(themes.id, theme));
    }

    // Spread creation over the last weeks so that "newest first" looks like a living exchange.
    const listingRows = await tx
      .insert(listings)
      .values(
        area.listings.map((l, i) => {
          const firm = companyById.get(l.company)!;
          const createdAt = new Date(now.getTime() - (((i * 7) % 45) + 1) * DAY - ((i * 37) % 600) * 60_000);
          return {
            ref: l.ref,
            companyId: firm.id,
            kind: l.kind,
            category: l.category,
            title: l.title,
            description: l.description,
            quantity: l.quantity ?? null,
            unit: l.unit ?? null,
            availableFrom: l.availableFrom ?? null,
            availableUntil: l.availableUntil ?? null,
            lat: l.location?.lat ?? firm.lat,
            lng: l.location?.lng ?? firm.lng,
            visibility: l.visibility,
            status: l.status,
            expiresAt: expiryFor(l.availableUntil),
            language: l.language,
            createdById: owners.get(l.company) ?? null,
            createdAt,
            updatedAt: createdAt,
          };
        }),
      )
      .returning({ id: listings.id, ref: listings.ref });
    const listingId = new Map(listingRows.map((l) => [l.ref, l.id]));

    const tagValues = area.listings.flatMap((l) =>
      (l.themes ?? []).map((t) => ({ listingId: listingId.get(l.ref)!, themeId: themeId.get(t)!, addedById: facilitatorId })),
    );
    if (tagValues.length) await tx.insert(listingThemes).values(tagValues);

    return {
      networks: networkRows.length,
      companies: companyRows.length,
      listings: listingRows.length,
      themes: themeRows.length,
      meetings: meetingRows.length,
      users: userRows.length,
      pendingRequests: pendingValues.length,
    };
  });
}
