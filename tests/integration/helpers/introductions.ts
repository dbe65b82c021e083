// A small world for contact-by-consent tests: two networks, member firms with users in different
// languages, staff, an admin, a firm whose membership is still pending and one with no network.
import { expect } from 'vitest';
import type { Db } from '@/db/client';
import { companyMembers } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './factories';

export async function consentWorld(db: Db) {
  const x = await makeNetwork(db, { name: 'Industrivej Regstrup' });
  const y = await makeNetwork(db, { name: 'Erhverv Svinninge' });

  const a = await makeMemberFirm(db, x.id, { name: 'Regstrup Smedie ApS', email: 'info@smedie.test', phone: '+45 11 11 11 11', street: 'Smedevej 1' });
  const aColleague = await makeUser(db, { name: 'Ole Smed', email: `ole-${a.company.ref}@smedie.test`, locale: 'en' });
  await db.insert(companyMembers).values({ companyId: a.company.id, userId: aColleague.id, role: 'member' });
  const b = await makeMemberFirm(db, x.id, { name: 'Regstrup Plast ApS', email: 'kontakt@plast.test', phone: '+45 22 22 22 22', street: 'Plastvej 2' });
  const c = await makeMemberFirm(db, x.id, { name: 'Tredje Firma ApS', email: 'post@tredje.test', phone: '+45 33 33 33 33' });
  const d = await makeMemberFirm(db, y.id, { name: 'Svinninge Træ ApS', email: 'mail@trae.test' });

  const pendingOwner = await makeUser(db);
  const pendingFirm = await makeCompany(db, { name: 'Ny Firma ApS' }, pendingOwner.id);
  await addMembership(db, x.id, { companyId: pendingFirm.id }, 'pending');

  const loner = await makeUser(db, { name: 'Uden Firma' });

  const facX = await makeUser(db, { name: 'Lise Facilitator' });
  await addMembership(db, x.id, { userId: facX.id, role: 'facilitator' });
  const facY = await makeUser(db, { name: 'Facilitator Y' });
  await addMembership(db, y.id, { userId: facY.id, role: 'facilitator' });
  const kommuneX = await makeUser(db, { name: 'Kommune X' });
  await addMembership(db, x.id, { userId: kommuneX.id, role: 'municipality' });
  const admin = await makeUser(db, { isPlatformAdmin: true, name: 'Admin' });

  const bOffer = await makeListing(db, b.company.id, { title: 'Ledig sprøjtestøbekapacitet', visibility: 'network' });
  const bPublic = await makeListing(db, b.company.id, { title: 'Overskydende granulat', visibility: 'public', kind: 'offer', category: 'materials' });
  const bSecret = await makeListing(db, b.company.id, { title: 'Kun for facilitatorer', visibility: 'facilitators' });
  const bPaused = await makeListing(db, b.company.id, { title: 'På pause', status: 'paused' });
  const aNeed = await makeListing(db, a.company.id, { title: 'Plastdele til gelændere', kind: 'need', visibility: 'network' });
  const cNeed = await makeListing(db, c.company.id, { title: 'Transport til Hamborg', kind: 'need', category: 'logistics' });

  return {
    x,
    y,
    a: { ...a, colleague: aColleague, colleagueViewer: await viewerFor(db, aColleague.id) },
    b,
    c,
    d,
    pending: { company: pendingFirm, viewer: await viewerFor(db, pendingOwner.id) },
    loner: await viewerFor(db, loner.id),
    facX: await viewerFor(db, facX.id),
    facXUser: facX,
    facY: await viewerFor(db, facY.id),
    kommuneX: await viewerFor(db, kommuneX.id),
    admin: await viewerFor(db, admin.id),
    listings: { bOffer, bPublic, bSecret, bPaused, aNeed, cNeed },
  };
}

export type ConsentWorld = Awaited<ReturnType<typeof consentWorld>>;

/** Awaits a rejection and checks its AppError code (and, if given, its one issue's message key). */
export async function expectAppError(p: Promise<unknown>, code: string, message?: string) {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).issues.map((i) => i.message)).toContain(`introductions.validation.${message}`);
}
