// The Regstrup/Holbæk demo area: db/seed/demo-area.json (an `industrivej/v1` exchange file) plus
// the demo accounts in demo-users.ts. Loaded by `npm run db:seed` and, for the embedded database,
// automatically on first start (db/startup.ts).
import { enqueueJob } from '@/lib/jobs/queue';
import { hash } from '@node-rs/argon2';
import { and, eq, sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_KEY, type IndustrivejExtension } from '@/lib/exchange/extensions';
import { formatExchangeIssues, parseExchangeFile, type ExchangeFile } from '@/lib/exchange/schema';
import { validateImport } from '@/lib/exchange/validate';
import { writePlan } from '@/lib/exchange/write';
import { queryRows, type Db, type Tx } from '../client';
import { companies, companyMembers, meetings, networkMemberships, networks, themes, users } from '../schema';
import { DEMO_MEETINGS, meetingStart } from './demo-meetings';
import { DEMO_PASSWORD, DEMO_PENDING_REQUESTS, DEMO_USERS } from './demo-users';

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

const DAY = 24 * 60 * 60 * 1000;

const textArray = (values: (string | null)[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** The demo's network descriptions and contact details in the importer's extension format. */
function withImporterExtension(area: ExchangeFile, ext: DemoExtensions): ExchangeFile {
  const block: IndustrivejExtension = {
    networks: Object.fromEntries(Object.entries(ext.networkDescriptions ?? {}).map(([ref, description]) => [ref, { description }])),
    companies: Object.fromEntries(Object.entries(ext.contacts ?? {}).map(([ref, c]) => [ref, { email: c.email ?? null, phone: c.phone ?? null }])),
  };
  return { ...area, extensions: { ...area.extensions, [EXTENSION_KEY]: block } };
}

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

    // The area itself goes through the exchange-file importer (the same code as `npm run db:import`
    // and the facilitator's import page); the demo's extras become the importer's extension block.
    const checked = await validateImport(tx, withImporterExtension(area, ext));
    if (!checked.ok) throw new Error(`Invalid demo area:\n${formatExchangeIssues(checked.issues)}`);
    // Every firm listed in a network is an approved member, decided by the facilitator a while ago.
    const approvedAt = new Date(now.getTime() - 60 * DAY);
    const written = await writePlan(tx, checked.plan, { actorId: facilitatorId, now: approvedAt });
    // The demo's suggestions are computed by the job worker (at once when the app seeds itself).
    await enqueueJob(tx, 'matches.refreshAll', {});

    const refIds = async <T extends typeof networks | typeof companies | typeof themes>(table: T) =>
      new Map((await tx.select({ ref: table.ref, id: table.id }).from(table as typeof networks)).map((r) => [r.ref, r.id]));
    const networkId = await refIds(networks);
    const companyIdByRef = await refIds(companies);
    const themeId = await refIds(themes);
    const companyId = (ref: string) => companyIdByRef.get(ref)!;

    const owners = new Map(DEMO_USERS.filter((u) => u.company).map((u) => [u.company!, userId.get(u.email)!]));
    if (owners.size) {
      await tx.insert(companyMembers).values([...owners].map(([ref, uid]) => ({ companyId: companyId(ref), userId: uid, role: 'owner' as const })));
      // The owners asked to join (the import records only who approved).
      for (const [ref, uid] of owners) {
        await tx
          .update(networkMemberships)
          .set({ requestedById: uid })
          .where(and(eq(networkMemberships.companyId, companyId(ref)), eq(networkMemberships.role, 'member')));
      }
    }

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
    await tx.insert(networkMemberships).values([...staffValues, ...pendingValues]);

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

    // Spread creation over the last weeks so that "newest first" looks like a living exchange, and
    // credit each listing to its firm's demo user.
    const spread = area.listings.map((l, i) => ({
      ref: l.ref,
      createdAt: new Date(now.getTime() - (((i * 7) % 45) + 1) * DAY - ((i * 37) % 600) * 60_000).toISOString(),
      createdById: owners.get(l.company) ?? null,
    }));
    await tx.execute(sql`
      update listings set created_at = v.created_at, updated_at = v.created_at, created_by_id = v.created_by_id
      from (select unnest(${textArray(spread.map((s) => s.ref))}) as ref,
                   unnest(${textArray(spread.map((s) => s.createdAt))})::timestamptz as created_at,
                   unnest(${textArray(spread.map((s) => s.createdById))}) as created_by_id) v
      where listings.ref = v.ref`);

    return {
      networks: written.networks.created,
      companies: written.companies.created,
      listings: written.listings.created,
      themes: written.themes.created,
      meetings: meetingRows.length,
      users: userRows.length,
      pendingRequests: pendingValues.length,
    };
  });
}
