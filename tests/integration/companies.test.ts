import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, companyMembers, introductions } from '@/db/schema';
import { createCompany, getCompanyForEdit, getCompanyProfile, updateCompany } from '@/lib/dal/companies';
import { AppError } from '@/lib/errors';
import { companyInputSchema, type CompanyInput } from '@/lib/validations/companies';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

// Valid CVR numbers (modulus 11) that no factory uses.
const CVR = ['24256790', '22756214', '61126228', '54562519'];

function input(over: Record<string, unknown> = {}): CompanyInput {
  return companyInputSchema.parse({
    name: 'Regstrup Maskinfabrik ApS',
    country: 'DK',
    registrationNumber: 'DK 24 25 67 90',
    nace: ['25.62', '28.4'],
    employees: '7',
    street: 'Industrivej 4',
    postcode: '4420',
    languages: ['da', 'de'],
    description: 'CNC-fræsning og drejning.',
    website: 'regstrup-maskin.dk',
    email: 'Info@Regstrup-Maskin.dk',
    phone: '+45 59 18 00 00',
    ...over,
  });
}

async function expectAppError(p: Promise<unknown>, code: string, path?: string, message?: string) {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (path) expect((error as AppError).issues).toContainEqual({ path, message });
}

describe('creating a company', () => {
  it('creates the firm and its owner in one go, normalised and geocoded from the postcode', async () => {
    const user = await makeUser(db());
    const { ref } = await createCompany(await viewerFor(db(), user.id), input());
    const [row] = await db().select().from(companies).where(eq(companies.ref, ref));
    expect(row).toMatchObject({
      registrationNumber: '24256790',
      city: 'Regstrup',
      lat: 55.6664,
      lng: 11.6185,
      website: 'https://regstrup-maskin.dk',
      email: 'info@regstrup-maskin.dk',
      nace: ['25.62', '28.4'],
    });
    expect(ref).toMatch(/^co-[a-z2-7]{10}$/);
    const members = await db().select().from(companyMembers).where(eq(companyMembers.companyId, row!.id));
    expect(members).toEqual([expect.objectContaining({ userId: user.id, role: 'owner' })]);
  });

  it('keeps a location the user set', async () => {
    const user = await makeUser(db());
    const { ref } = await createCompany(await viewerFor(db(), user.id), input({ registrationNumber: CVR[1], lat: '55.65', lng: '11.63', city: 'Regstrup By' }));
    const [row] = await db().select().from(companies).where(eq(companies.ref, ref));
    expect(row).toMatchObject({ lat: 55.65, lng: 11.63, city: 'Regstrup By' });
  });

  it('rejects a duplicate registration number on the field and writes nothing', async () => {
    const other = await makeUser(db());
    await makeCompany(db(), { registrationNumber: CVR[2] }, other.id);
    const user = await makeUser(db());
    const before = await db().select().from(companies);
    await expectAppError(
      createCompany(await viewerFor(db(), user.id), input({ registrationNumber: `DK${CVR[2]}` })),
      'validation',
      'registrationNumber',
      'companies.validation.registrationTaken',
    );
    expect(await db().select().from(companies)).toHaveLength(before.length);
    expect(await db().select().from(companyMembers).where(eq(companyMembers.userId, user.id))).toHaveLength(0);
  });

  it('gives the same field error when two people register the same firm at once', async () => {
    const [u1, u2] = [await makeUser(db()), await makeUser(db())];
    const [v1, v2] = [await viewerFor(db(), u1.id), await viewerFor(db(), u2.id)];
    const results = await Promise.allSettled([
      createCompany(v1, input({ registrationNumber: '33333331' })),
      createCompany(v2, input({ registrationNumber: '33333331' })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected');
    expect((failure?.reason as AppError).issues).toEqual([{ path: 'registrationNumber', message: 'companies.validation.registrationTaken' }]);
    expect(await db().select().from(companies).where(eq(companies.registrationNumber, '33333331'))).toHaveLength(1);
  });

  it('rolls back the firm when the owner row cannot be written (one transaction)', async () => {
    const ghost = await makeUser(db());
    const viewer = await viewerFor(db(), ghost.id);
    const before = (await db().select().from(companies)).length;
    // The user disappears between sign-in and submit: the member insert fails on its foreign key.
    await db().delete(companyMembers).where(eq(companyMembers.userId, ghost.id));
    const { users } = await import('@/db/schema');
    await db().delete(users).where(eq(users.id, ghost.id));
    await expect(createCompany(viewer, input({ registrationNumber: CVR[3] }))).rejects.toThrow();
    expect((await db().select().from(companies)).length).toBe(before);
  });

  it('checks NACE codes and postcodes against the reference data', async () => {
    const user = await makeUser(db());
    const viewer = await viewerFor(db(), user.id);
    await expectAppError(
      createCompany(viewer, input({ registrationNumber: CVR[3], nace: ['99.99'] })),
      'validation',
      'nace',
      'companies.validation.naceUnknown',
    );
    await expectAppError(
      createCompany(viewer, input({ registrationNumber: CVR[3], postcode: '0999' })),
      'validation',
      'postcode',
      'companies.validation.postcodeUnknown',
    );
    expect(await db().select().from(companyMembers).where(eq(companyMembers.userId, user.id))).toHaveLength(0);
  });

  it('needs a signed-in viewer, and one firm per person', async () => {
    await expectAppError(createCompany(null, input()), 'unauthorized');
    const net = await makeNetwork(db());
    const { viewer } = await makeMemberFirm(db(), net.id);
    await expectAppError(createCompany(viewer, input({ registrationNumber: CVR[3] })), 'conflict');
  });
});

describe('editing a company', () => {
  it('lets the firm edit itself; another firm gets not_found; an admin may edit', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const b = await makeMemberFirm(db(), net.id);
    const admin = await viewerFor(db(), (await makeUser(db(), { isPlatformAdmin: true })).id);

    await expectAppError(getCompanyForEdit(b.viewer, a.company.ref), 'not_found');
    await expectAppError(updateCompany(b.viewer, a.company.ref, input({ name: 'Hacked', registrationNumber: '12345674' })), 'not_found');
    await expectAppError(getCompanyForEdit(null, a.company.ref), 'unauthorized');
    await expectAppError(getCompanyForEdit(a.viewer, 'co-doesnotexist'), 'not_found');

    const edit = await getCompanyForEdit(a.viewer, a.company.ref);
    expect(edit.name).toBe(a.company.name);
    await updateCompany(a.viewer, a.company.ref, input({ name: 'Ny Navn ApS', registrationNumber: '12345674' }));
    await updateCompany(admin, a.company.ref, input({ name: 'Admin Rettet ApS', registrationNumber: '12345674' }));
    const [row] = await db().select().from(companies).where(eq(companies.id, a.company.id));
    expect(row!.name).toBe('Admin Rettet ApS');
    expect(row!.registrationNumber).toBe('12345674');
  });

  it('re-places an untouched location when the postcode changes, keeps an adjusted one', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id, { registrationNumber: null });
    // Same lat/lng as stored (untouched) + new postcode → the new town's point.
    await updateCompany(a.viewer, a.company.ref, input({ registrationNumber: '11111114', postcode: '4300', lat: '55.6664', lng: '11.6185' }));
    let [row] = await db().select().from(companies).where(eq(companies.id, a.company.id));
    expect(row).toMatchObject({ postcode: '4300', city: 'Holbæk', lat: 55.7186, lng: 11.7069 });
    await updateCompany(a.viewer, a.company.ref, input({ registrationNumber: '11111114', postcode: '4300', lat: '55.72', lng: '11.71' }));
    [row] = await db().select().from(companies).where(eq(companies.id, a.company.id));
    expect(row).toMatchObject({ lat: 55.72, lng: 11.71 });
  });

  it('rejects taking another firm’s registration number', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id, { registrationNumber: '22222228' });
    const b = await makeMemberFirm(db(), net.id);
    await expectAppError(
      updateCompany(b.viewer, b.company.ref, input({ registrationNumber: '22222228' })),
      'validation',
      'registrationNumber',
      'companies.validation.registrationTaken',
    );
    const [row] = await db().select().from(companies).where(eq(companies.id, b.company.id));
    expect(row!.name).toBe(b.company.name);
    expect(a.company.registrationNumber).toBe('22222228');
  });
});

describe('the public profile', () => {
  it('never carries contact details in the public DTO, and shows them only to those entitled', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id, { email: 'kontakt@a.dk', phone: '+45 11 22 33 44', street: 'Hemmelig Vej 1' });
    const b = await makeMemberFirm(db(), net.id);
    const fac = await makeUser(db());
    await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });

    const anon = await getCompanyProfile(null, a.company.ref);
    expect(anon.contact).toBeNull();
    expect(anon.canEdit).toBe(false);
    const json = JSON.stringify(anon);
    expect(json).not.toContain('kontakt@a.dk');
    expect(json).not.toContain('+45 11 22 33 44');
    expect(json).not.toContain('Hemmelig Vej');
    expect(anon.company).not.toHaveProperty('email');
    expect(anon.company).not.toHaveProperty('employees');
    expect(anon.company.employeesBand).toBe('2-9');
    expect(anon.company.networks).toEqual([{ ref: net.ref, name: net.name }]);

    expect((await getCompanyProfile(b.viewer, a.company.ref)).contact).toBeNull();
    expect((await getCompanyProfile(a.viewer, a.company.ref)).contact).toEqual({
      email: 'kontakt@a.dk',
      phone: '+45 11 22 33 44',
      street: 'Hemmelig Vej 1',
      people: [{ name: a.user.name, email: a.user.email }],
    });
    expect((await getCompanyProfile(a.viewer, a.company.ref)).canEdit).toBe(true);
    expect((await getCompanyProfile(await viewerFor(db(), fac.id), a.company.ref)).contact?.email).toBe('kontakt@a.dk');

    // After an accepted introduction, the other firm sees the contact details.
    await db().insert(introductions).values({ kind: 'interest', networkId: net.id, fromCompanyId: b.company.id, toCompanyId: a.company.id, status: 'pending' });
    expect((await getCompanyProfile(b.viewer, a.company.ref)).contact).toBeNull();
    await db().update(introductions).set({ status: 'accepted' }).where(eq(introductions.fromCompanyId, b.company.id));
    expect((await getCompanyProfile(b.viewer, a.company.ref)).contact?.phone).toBe('+45 11 22 33 44');
  });

  it('shows a firm publicly only once a network has approved it', async () => {
    const net = await makeNetwork(db());
    const owner = await makeUser(db());
    const firm = await makeCompany(db(), {}, owner.id);
    const stranger = await makeMemberFirm(db(), net.id);
    const fac = await makeUser(db());
    await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });

    await expectAppError(getCompanyProfile(null, firm.ref), 'not_found');
    await expectAppError(getCompanyProfile(stranger.viewer, firm.ref), 'not_found');
    expect((await getCompanyProfile(await viewerFor(db(), owner.id), firm.ref)).company.name).toBe(firm.name);
    // Facilitators see applicants to their network, not firms that never applied.
    await expectAppError(getCompanyProfile(await viewerFor(db(), fac.id), firm.ref), 'not_found');
    await addMembership(db(), net.id, { companyId: firm.id }, 'pending');
    expect((await getCompanyProfile(await viewerFor(db(), fac.id), firm.ref)).company.networks).toEqual([]);
    await expectAppError(getCompanyProfile(null, firm.ref), 'not_found');
  });
});
