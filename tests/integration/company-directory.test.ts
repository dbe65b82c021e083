import { describe, expect, it } from 'vitest';
import { listDirectory, ALL_NETWORKS } from '@/lib/dal/company-directory';
import { directoryFiltersSchema } from '@/lib/validations/companies';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();
const filters = (raw: Record<string, string> = {}) => directoryFiltersSchema.parse(raw);

describe('company directory', () => {
  it('lists approved members with filters for network, sector, town, size and name', async () => {
    const net = await makeNetwork(db(), { name: 'Regstrup' });
    const other = await makeNetwork(db(), { name: 'Tampere', country: 'FI' });
    const smith = await makeMemberFirm(db(), net.id, { name: 'Alfa Smedie ApS', nace: ['25.62'], employees: 1, postcode: '4420', city: 'Regstrup' });
    await makeMemberFirm(db(), net.id, { name: 'Beta Plast A/S', nace: ['22.29'], employees: 35, postcode: '4300', city: 'Holbæk' });
    await makeMemberFirm(db(), net.id, {
      name: 'Gamma VVS',
      nace: ['43.22'],
      employees: 60,
      postcode: '4300',
      city: 'Holbæk',
      description: 'Blikkenslager 100% lokal',
    });
    await makeMemberFirm(db(), other.id, { name: 'Delta Oy', country: 'FI', nace: ['62.01'], employees: 4, postcode: '33100', city: 'Tampere' });
    const pending = await makeCompany(db(), { name: 'Pending ApS' });
    await addMembership(db(), net.id, { companyId: pending.id }, 'pending');
    await makeCompany(db(), { name: 'Lonely ApS' });

    const names = async (raw: Record<string, string>, viewer = smith.viewer) => (await listDirectory(viewer, filters(raw))).items.map((i) => i.name);

    // The viewer's own network by default; anonymous visitors see every network's members.
    expect(await names({})).toEqual(['Alfa Smedie ApS', 'Beta Plast A/S', 'Gamma VVS']);
    expect((await listDirectory(smith.viewer, filters())).networkRef).toBe(net.ref);
    expect((await listDirectory(null, filters())).items.map((i) => i.name)).toEqual(['Alfa Smedie ApS', 'Beta Plast A/S', 'Delta Oy', 'Gamma VVS']);
    expect(await names({ network: ALL_NETWORKS })).toHaveLength(4);
    expect(await names({ network: other.ref })).toEqual(['Delta Oy']);
    expect(await names({ network: 'net-unknown' })).toEqual([]);

    expect(await names({ sector: 'C' })).toEqual(['Alfa Smedie ApS', 'Beta Plast A/S']);
    expect(await names({ sector: '25' })).toEqual(['Alfa Smedie ApS']);
    expect(await names({ sector: 'F' })).toEqual(['Gamma VVS']);
    expect(await names({ town: 'holb' })).toEqual(['Beta Plast A/S', 'Gamma VVS']);
    expect(await names({ town: '4420' })).toEqual(['Alfa Smedie ApS']);
    expect(await names({ town: 'HOLBÆK' })).toEqual(['Beta Plast A/S', 'Gamma VVS']);
    expect(await names({ q: 'SMEDIE' })).toEqual(['Alfa Smedie ApS']);
    expect(await names({ size: '1' })).toEqual(['Alfa Smedie ApS']);
    expect(await names({ size: '10-49' })).toEqual(['Beta Plast A/S']);
    expect(await names({ size: '50+' })).toEqual(['Gamma VVS']);
    expect(await names({ q: 'plast' })).toEqual(['Beta Plast A/S']);
    expect(await names({ q: '100%' })).toEqual(['Gamma VVS']);
    expect(await names({ q: '_' })).toHaveLength(3); // no words: no text filter (and no wildcard)
    expect(await names({ sector: 'C', town: 'Holbæk' })).toEqual(['Beta Plast A/S']);
    // A bad value in the URL means "no filter", not an error.
    expect(await names({ size: 'huge', sector: 'ZZ' })).toHaveLength(3);

    const item = (await listDirectory(null, filters({ q: 'Alfa' }))).items[0]!;
    expect(item).toEqual({
      ref: smith.company.ref,
      name: 'Alfa Smedie ApS',
      country: 'DK',
      nace: ['25.62'],
      employeesBand: '1',
      postcode: '4420',
      city: 'Regstrup',
      languages: [],
      highlight: {
        name: [
          { text: 'Alfa', hit: true },
          { text: ' Smedie ApS', hit: false },
        ],
        snippet: [],
      },
    });
  });

  it('paginates', async () => {
    const net = await makeNetwork(db(), { name: 'Big' });
    for (let i = 0; i < 23; i++) await makeMemberFirm(db(), net.id, { name: `Firma ${String(i).padStart(2, '0')}` });
    const v = await viewerFor(db(), (await makeUser(db())).id);
    const p1 = await listDirectory(v, filters({ network: net.ref }));
    expect(p1).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(p1.items).toHaveLength(20);
    const p2 = await listDirectory(v, filters({ network: net.ref, page: '2' }));
    expect(p2.items.map((i) => i.name)).toEqual(['Firma 20', 'Firma 21', 'Firma 22']);
    expect((await listDirectory(v, filters({ network: net.ref, page: '99' }))).page).toBe(2);
  });
});
