// A network's vocabulary: only its facilitators (and admins) may read or change it, every change is
// audited, and a facilitator's word changes the next ranking of that network's listings only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/dal/viewer';
import { addStopWord, addSynonymGroup, getVocabularyPage, removeVocabularyEntry } from '@/lib/dal/vocabulary';
import { drainJobs } from '@/lib/jobs/worker';
import { matchListing } from '@/lib/matching/engine';
import { synonymSchema } from '@/lib/validations/vocabulary';
import { setupTestDb } from './helpers/db';
import { addMembership, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();
const now = new Date();
let fac: Viewer;
let otherFac: Viewer;
let member: Viewer;
let admin: Viewer;
let netRef: string;
let otherRef: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const net = await makeNetwork(db());
  const other = await makeNetwork(db(), { centerLat: 56.2, centerLng: 10.2 });
  netRef = net.ref;
  otherRef = other.ref;
  const f1 = await makeUser(db(), { name: 'Facilitator Fie' });
  await addMembership(db(), net.id, { userId: f1.id, role: 'facilitator' });
  fac = await viewerFor(db(), f1.id);
  const f2 = await makeUser(db());
  await addMembership(db(), other.id, { userId: f2.id, role: 'facilitator' });
  otherFac = await viewerFor(db(), f2.id);
  admin = await viewerFor(db(), (await makeUser(db(), { isPlatformAdmin: true })).id);
  ({ viewer: member } = await makeMemberFirm(db(), net.id));
  const { viewer: b } = await makeMemberFirm(db(), net.id);
  const { viewer: e } = await makeMemberFirm(db(), other.id);
  const { viewer: f } = await makeMemberFirm(db(), other.id);
  const put = async (key: string, v: Viewer, over: object) => void (ids[key] = (await makeListing(db(), v.companyIds[0]!, over)).id);
  const need = {
    kind: 'need',
    category: 'competence',
    title: 'Hjælp til vores Simatic anlæg',
    description: 'Simatic skal kunne tale med de nye transportbånd. Diverse småopgaver.',
  };
  const offer = { kind: 'offer', category: 'competence', title: 'PLC-programmør har ledige timer', description: 'Programmering af PLC og diverse opgaver.' };
  await put('need', member, need);
  await put('offer', b, offer);
  await put('needOther', e, { ...need, lat: 56.2, lng: 10.2 });
  await put('offerOther', f, { ...offer, lat: 56.21, lng: 10.21 });
});

const scoreOf = async (listing: string, other: string) =>
  (await matchListing(db(), ids[listing]!, { now }))?.result.matches.find((m) => m.listing.id === ids[other])?.score ?? 0;

describe('who may see and change a network’s vocabulary', () => {
  it('a member and another network’s facilitator can neither read nor change it (not_found)', async () => {
    for (const v of [member, otherFac]) {
      await expect(getVocabularyPage(v, netRef)).rejects.toMatchObject({ code: 'not_found' });
      await expect(addStopWord(v, { networkRef: netRef, word: 'diverse' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(addSynonymGroup(v, { networkRef: netRef, words: ['a1', 'b1'] })).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(getVocabularyPage(null, netRef)).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(getVocabularyPage(fac, otherRef)).rejects.toMatchObject({ code: 'not_found' });
    expect((await getVocabularyPage(admin, netRef)).network.ref).toBe(netRef);
  });

  it('lists frequent words the engine does not understand, with counts', async () => {
    const page = await getVocabularyPage(fac, netRef);
    // "diverse" is in both of the network's listings; "simatic" in one only (below the list's minimum of two).
    expect(page.unknown).toContainEqual({ word: 'diverse', count: 2 });
    expect(page.unknown.map((u) => u.word)).not.toContain('simatic');
  });
});

describe('a facilitator’s word changes the next ranking of that network only', () => {
  let before: { net: number; other: number };

  it('teaching “simatic = plc” lifts the PLC programmer for the Simatic need after the queued refresh', async () => {
    before = { net: await scoreOf('need', 'offer'), other: await scoreOf('needOther', 'offerOther') };
    const parsed = synonymSchema.parse({ networkRef: netRef, words: 'Simatic, PLC' });
    expect(parsed.words).toEqual(['simatic', 'plc']);
    await addSynonymGroup(fac, parsed);
    expect(await drainJobs(db())).toBeGreaterThanOrEqual(1);
    expect(await scoreOf('need', 'offer')).toBeGreaterThan(before.net);
    expect(await scoreOf('needOther', 'offerOther')).toBe(before.other);
  });

  it('a word already taught is refused next to its field; a stop word is audited and removable', async () => {
    await expect(addStopWord(fac, { networkRef: netRef, word: 'plc' })).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: 'word', message: 'vocabulary.errors.alreadyTaught' }],
    });
    await addStopWord(fac, { networkRef: netRef, word: 'diverse' });
    const page = await getVocabularyPage(fac, netRef);
    expect(page.entries.map((e) => [e.kind, e.terms])).toEqual([
      ['stop', ['diverse']],
      ['synonym', ['simatic', 'plc']],
    ]);
    expect(page.unknown.map((u) => u.word)).not.toContain('diverse');
    const stop = page.entries.find((e) => e.kind === 'stop')!;
    await expect(removeVocabularyEntry(otherFac, { networkRef: netRef, id: stop.id })).rejects.toMatchObject({ code: 'not_found' });
    await removeVocabularyEntry(fac, { networkRef: netRef, id: stop.id });
    const after = await getVocabularyPage(fac, netRef);
    expect(after.entries.map((e) => e.kind)).toEqual(['synonym']);
    expect(after.audit.map((a) => [a.action, a.kind, a.terms, a.byName])).toEqual([
      ['remove', 'stop', ['diverse'], 'Facilitator Fie'],
      ['add', 'stop', ['diverse'], 'Facilitator Fie'],
      ['add', 'synonym', ['simatic', 'plc'], 'Facilitator Fie'],
    ]);
  });
});
