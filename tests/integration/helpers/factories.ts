// Small builders for integration tests: each inserts realistic rows directly and returns them.
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import {
  companies,
  companyMembers,
  listings,
  networkMemberships,
  networks,
  users,
  type Company,
  type Listing,
  type NewCompany,
  type NewListing,
  type Network,
  type Role,
  type User,
} from '@/db/schema';
import { loadViewer, type Viewer } from '@/lib/dal/viewer';

const short = () => randomUUID().slice(0, 8);

export async function makeNetwork(db: Db, over: Partial<typeof networks.$inferInsert> = {}): Promise<Network> {
  const [row] = await db
    .insert(networks)
    .values({ ref: `net-${short()}`, name: 'Industrivej Test', country: 'DK', locale: 'da', centerLat: 55.6664, centerLng: 11.6185, radiusKm: 25, ...over })
    .returning();
  return row!;
}

export async function makeUser(db: Db, over: Partial<typeof users.$inferInsert> = {}): Promise<User> {
  const [row] = await db
    .insert(users)
    .values({ email: `user-${short()}@example.test`, name: 'Test User', ...over })
    .returning();
  return row!;
}

export async function makeCompany(db: Db, over: Partial<NewCompany> = {}, ownerId?: string): Promise<Company> {
  const [row] = await db
    .insert(companies)
    .values({
      ref: `co-${short()}`,
      name: `Firma ${short()} ApS`,
      country: 'DK',
      nace: ['25.62'],
      employees: 5,
      street: 'Industrivej 1',
      postcode: '4420',
      city: 'Regstrup',
      lat: 55.6664,
      lng: 11.6185,
      ...over,
    })
    .returning();
  if (ownerId) await db.insert(companyMembers).values({ companyId: row!.id, userId: ownerId, role: 'owner' });
  return row!;
}

export async function addMembership(
  db: Db,
  networkId: string,
  subject: { companyId: string } | { userId: string; role: Exclude<Role, 'member'> },
  status: 'pending' | 'approved' | 'declined' = 'approved',
) {
  const values =
    'companyId' in subject
      ? { networkId, role: 'member' as const, companyId: subject.companyId, status }
      : { networkId, role: subject.role, userId: subject.userId, status };
  const [row] = await db.insert(networkMemberships).values(values).returning();
  return row!;
}

export async function makeListing(db: Db, companyId: string, over: Partial<NewListing> = {}): Promise<Listing> {
  const [row] = await db
    .insert(listings)
    .values({
      ref: `li-${short()}`,
      companyId,
      kind: 'offer',
      category: 'capacity',
      title: 'Ledig CNC-kapacitet',
      description: 'Fræser og drejebænk har ledige timer.',
      visibility: 'network',
      status: 'open',
      language: 'da',
      lat: 55.6664,
      lng: 11.6185,
      ...over,
    })
    .returning();
  return row!;
}

/** A firm with an owner user who is an approved member of the network; returns the viewer too. */
export async function makeMemberFirm(db: Db, networkId: string, over: Partial<NewCompany> = {}) {
  const user = await makeUser(db);
  const company = await makeCompany(db, over, user.id);
  await addMembership(db, networkId, { companyId: company.id });
  const viewer = (await loadViewer(db, user.id)) as Viewer;
  return { user, company, viewer };
}

export async function viewerFor(db: Db, userId: string): Promise<Viewer> {
  const v = await loadViewer(db, userId);
  if (!v) throw new Error(`no user ${userId}`);
  return v;
}
