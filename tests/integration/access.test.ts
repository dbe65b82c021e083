import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listings } from '@/db/schema';
import { listingActiveSql, listingVisibleSql } from '@/lib/policy/listings';
import type { Viewer } from '@/lib/dal/viewer';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

async function visibleTitles(viewer: Viewer | null) {
  const rows = await db()
    .select({ title: listings.title })
    .from(listings)
    .where(and(listingVisibleSql(viewer), listingActiveSql()));
  return rows.map((r) => r.title).sort();
}

describe('listing visibility (the one rule every query uses)', () => {
  it('shows each visibility level to exactly the right viewers', async () => {
    const net = await makeNetwork(db());
    const other = await makeNetwork(db(), { name: 'Other' });
    const a = await makeMemberFirm(db(), net.id);
    const b = await makeMemberFirm(db(), net.id);
    const outsider = await makeMemberFirm(db(), other.id);
    await makeListing(db(), b.company.id, { title: 'B public', visibility: 'public' });
    await makeListing(db(), b.company.id, { title: 'B network', visibility: 'network' });
    await makeListing(db(), b.company.id, { title: 'B secret', visibility: 'facilitators' });
    await makeListing(db(), b.company.id, { title: 'B closed', visibility: 'public', status: 'closed' });
    await makeListing(db(), b.company.id, { title: 'B expired', visibility: 'public', expiresAt: new Date(Date.now() - 1000) });

    const facUser = await makeUser(db());
    await addMembership(db(), net.id, { userId: facUser.id, role: 'facilitator' });
    const muniUser = await makeUser(db());
    await addMembership(db(), net.id, { userId: muniUser.id, role: 'municipality' });
    const pendingUser = await makeUser(db());
    const pendingFirm = await makeCompany(db(), {}, pendingUser.id);
    await addMembership(db(), net.id, { companyId: pendingFirm.id }, 'pending');

    expect(await visibleTitles(null)).toEqual(['B public']);
    expect(await visibleTitles(a.viewer)).toEqual(['B network', 'B public']);
    expect(await visibleTitles(b.viewer)).toEqual(['B network', 'B public', 'B secret']);
    expect(await visibleTitles(outsider.viewer)).toEqual(['B public']);
    expect(await visibleTitles(await viewerFor(db(), facUser.id))).toEqual(['B network', 'B public', 'B secret']);
    expect(await visibleTitles(await viewerFor(db(), muniUser.id))).toEqual(['B public']);
    expect(await visibleTitles(await viewerFor(db(), pendingUser.id))).toEqual(['B public']);
  });

  it('rejects a listing whose window ends before it starts (database check)', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    await expect(makeListing(db(), a.company.id, { availableFrom: '2027-03-01', availableUntil: '2027-01-01' })).rejects.toThrow();
    const count = await db().select().from(listings).where(eq(listings.companyId, a.company.id));
    expect(count).toHaveLength(0);
  });
});
