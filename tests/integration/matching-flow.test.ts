// Suggestions kept fresh off the request path: a listing created, paused or closed through the DAL
// queues a job; the worker recomputes it and the listings around it. Plus who may read them (DAL
// and API), "not relevant" remembered across recomputations, the queue's claim rules and the CLI.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getMatches } from '@/app/api/v1/listings/[ref]/matches/route';
import { jobs, listingThemes, listings, matches, networks, notifications, themeFollows, themes } from '@/db/schema';
import { createApiToken } from '@/lib/dal/api-tokens';
import { changeListingStatus, createListing } from '@/lib/dal/listings';
import { dismissMatch, getBestNewMatches, getListingMatches } from '@/lib/dal/matches';
import type { Viewer } from '@/lib/dal/viewer';
import { claimJobs, enqueueJob, failJob, MAX_ATTEMPTS } from '@/lib/jobs/queue';
import { drainJobs } from '@/lib/jobs/worker';
import { runMatchesCli } from '@/scripts/cli/matches';
import { listingSchema } from '@/lib/validations/listings';
import { getDbHandle } from '@/db/client';
import { setupTestDb } from './helpers/db';
import { addMembership, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();
let smed: Viewer;
let lak: Viewer;
let other: Viewer;
let facilitator: Viewer;
let offerRef: string;

const today = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const net = await makeNetwork(db());
  ({ viewer: smed } = await makeMemberFirm(db(), net.id, { name: 'Smedjen ApS', nace: ['25.11'] }));
  ({ viewer: lak } = await makeMemberFirm(db(), net.id, { name: 'Lakeringen ApS', nace: ['25.61'], lat: 55.7, lng: 11.65 }));
  ({ viewer: other } = await makeMemberFirm(db(), net.id, { name: 'Andre ApS' }));
  const fac = await makeUser(db());
  await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });
  facilitator = await viewerFor(db(), fac.id);
  const offer = await makeListing(db(), lak.companyIds[0]!, {
    title: 'Ledig kapacitet i pulverlakeringsanlæg',
    description: 'Pulverlakering af stål, ledige timer.',
    lat: 55.7,
    lng: 11.65,
  });
  offerRef = offer.ref;
});

describe('a listing change recomputes suggestions off the request path', () => {
  let needRef: string;

  it('creating a need queues a job; the worker stores its suggestions and the offer’s, and tells both firms', async () => {
    needRef = await createListing(
      smed,
      listingSchema.parse({
        kind: 'need',
        category: 'capacity',
        title: 'Pulverlakering af stålrammer',
        description: '400 rammer skal pulverlakeres.',
        visibility: 'network',
        availableUntil: today(60),
      }),
    );
    const queued = await db().select().from(jobs).where(eq(jobs.type, 'matches.listing'));
    expect(queued.length).toBe(1);
    // Until the worker has run, the listing says its suggestions are being computed.
    expect((await getListingMatches(smed, needRef)).pending).toBe(true);
    expect((await getListingMatches(lak, offerRef)).pending).toBe(false);
    expect(await drainJobs(db())).toBeGreaterThanOrEqual(2); // the need, then the offer (cascade)
    const mine = await getListingMatches(smed, needRef);
    expect(mine.pending).toBe(false);
    expect(mine.matches.map((m) => m.listings[0]?.ref)).toEqual([offerRef]);
    expect(mine.matches[0]?.reasons.join(' · ')).toContain('pulverlakering');
    const theirs = await getListingMatches(lak, offerRef);
    expect(theirs.matches.map((m) => m.listings[0]?.ref)).toEqual([needRef]);
    const notes = await db().select().from(notifications).where(eq(notifications.type, 'match_new'));
    expect(notes.map((n) => n.data.listingRef).sort()).toEqual([needRef, offerRef].sort());
  });

  it('the stored suggestion reads in the viewer’s language: English and Finnish reasons, sector names, no Danish', async () => {
    const line = async (locale: 'da' | 'en' | 'fi') => (await getListingMatches({ ...smed, locale }, needRef)).matches[0]?.reasons.join(' · ') ?? '';
    const da = await line('da');
    expect(da).toContain('Fremstilling af metalkonstruktioner og dele heraf ↔ Overfladebehandling af metal');
    const en = await line('en');
    expect(en).toMatch(/km away · both about powder coating/);
    expect(en).toContain('Manufacture of metal structures and parts of structures ↔ Treatment and coating of metals');
    const fi = await line('fi');
    expect(fi).toMatch(/km:n päässä · molemmat koskevat aihetta jauhemaalaus/);
    expect(fi).toContain('Metallirakenteiden ja niiden osien valmistus ↔ Metallien käsittely ja päällystäminen');
    for (const text of [en, fi]) {
      expect(text).not.toMatch(/væk|begge om|pulverlakering|brancher|Fremstilling/);
      expect(text).not.toMatch(/\d{2}\.\d{2}/);
    }
    // Stored language-neutral: the concept by its id, sectors by their codes.
    const [row] = await db()
      .select({ reasons: matches.reasons })
      .from(matches)
      .where(eq(matches.listingId, (await db().select({ id: listings.id }).from(listings).where(eq(listings.ref, needRef)))[0]!.id));
    expect(JSON.stringify(row?.reasons)).not.toMatch(/pulverlakering/);
  });

  it('the dashboard shows the best new suggestions with the listing they are for', async () => {
    const best = await getBestNewMatches(smed);
    expect(best[0]?.for.ref).toBe(needRef);
    expect(best[0]?.listings[0]?.ref).toBe(offerRef);
    expect(best[0]?.isNew).toBe(true);
  });

  it('pausing the offer removes it from the need’s suggestions after the worker ran', async () => {
    await changeListingStatus(lak, offerRef, 'pause');
    await drainJobs(db());
    expect((await getListingMatches(smed, needRef)).matches).toEqual([]);
    const [offer] = await db().select({ id: listings.id }).from(listings).where(eq(listings.ref, offerRef));
    expect(await db().select().from(matches).where(eq(matches.listingId, offer!.id))).toEqual([]);
    await changeListingStatus(lak, offerRef, 'resume');
    await drainJobs(db());
    expect((await getListingMatches(smed, needRef)).matches.length).toBe(1);
  });

  it('"not relevant" hides a suggestion for good, and can be undone', async () => {
    await dismissMatch(smed, { listingRef: needRef, otherRef: offerRef });
    expect((await getListingMatches(smed, needRef)).matches).toEqual([]);
    await enqueueJob(db(), 'matches.listing', { listingId: (await db().select({ id: listings.id }).from(listings).where(eq(listings.ref, needRef)))[0]!.id });
    await drainJobs(db());
    expect((await getListingMatches(smed, needRef)).matches).toEqual([]);
    await dismissMatch(smed, { listingRef: needRef, otherRef: offerRef }, true);
    expect((await getListingMatches(smed, needRef)).matches.length).toBe(1);
  });

  it('only the owning firm may dismiss; another firm cannot even read the suggestions', async () => {
    await expect(dismissMatch(other, { listingRef: needRef, otherRef: offerRef })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(dismissMatch(facilitator, { listingRef: needRef, otherRef: offerRef })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getListingMatches(other, needRef)).rejects.toMatchObject({ code: 'forbidden' });
    // The network's facilitator reads them (to propose introductions).
    expect((await getListingMatches(facilitator, needRef)).matches.length).toBe(1);
  });

  it('the API answers the owner with explained matches, other members 403, anonymous 401, bad top 422', async () => {
    const call = async (token: string | undefined, query = '') => {
      const res = await getMatches(
        new Request(`http://localhost/api/v1/listings/${needRef}/matches${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
        {
          params: Promise.resolve({ ref: needRef }),
        },
      );
      return {
        status: res.status,
        body: (await res.json()) as { matches?: { listing: string; score: number; reasons: string[] }[]; error?: { issues?: { path: string }[] } },
      };
    };
    const owner = await createApiToken(smed, 'test');
    const ok = await call(owner.token, '?top=1');
    expect(ok.status).toBe(200);
    expect(ok.body.matches?.[0]?.listing).toBe(offerRef);
    expect(ok.body.matches?.[0]?.score).toBeGreaterThan(0.3);
    expect(ok.body.matches?.[0]?.reasons.length).toBeGreaterThan(0);
    expect((await call((await createApiToken(other, 'x')).token)).status).toBe(403);
    expect((await call(undefined)).status).toBe(401);
    const bad = await call(owner.token, '?top=0');
    expect(bad.status).toBe(422);
    expect(bad.body.error?.issues?.[0]?.path).toBe('query.top');
  });
});

describe('theme followers', () => {
  it('hear of a new match between two listings of a theme they follow', async () => {
    const [offer] = await db().select({ id: listings.id }).from(listings).where(eq(listings.ref, offerRef));
    const [net] = await db().select({ id: networks.id }).from(networks).limit(1);
    const [theme] = await db()
      .insert(themes)
      .values({ ref: `th-${Date.now()}`, networkId: net!.id, title: 'Overfladebehandling', description: 'Hvem kan lakere?' })
      .returning();
    await db().insert(listingThemes).values({ listingId: offer!.id, themeId: theme!.id });
    await db().insert(themeFollows).values({ themeId: theme!.id, userId: other.userId });
    const ref = await createListing(
      smed,
      listingSchema.parse({
        kind: 'need',
        category: 'capacity',
        title: 'Pulverlakering af beslag',
        description: 'Beslag i stål skal pulverlakeres.',
        visibility: 'network',
      }),
    );
    const [need] = await db().select({ id: listings.id }).from(listings).where(eq(listings.ref, ref));
    await db().insert(listingThemes).values({ listingId: need!.id, themeId: theme!.id });
    await drainJobs(db());
    const notes = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.type, 'theme_match'), eq(notifications.userId, other.userId)));
    expect(notes.map((n) => n.data.themeRef)).toEqual([theme!.ref]);
  });
});

describe('the job queue', () => {
  it('never hands the same job to two workers, and retries a failed job later', async () => {
    await db()
      .delete(jobs)
      .where(sql`true`);
    await enqueueJob(db(), 'test.noop', { n: 1 });
    await enqueueJob(db(), 'test.noop', { n: 1 }); // the same job waiting: not added twice
    await enqueueJob(db(), 'test.noop', { n: 2 });
    const [a, b] = await Promise.all([claimJobs(db(), 1), claimJobs(db(), 1)]);
    expect(a.length + b.length).toBe(2);
    expect(new Set([...a, ...b].map((j) => j.id)).size).toBe(2);
    expect(await claimJobs(db(), 10)).toEqual([]);
    const job = a[0]!;
    await failJob(db(), job, new Error('boom'));
    const [row] = await db().select().from(jobs).where(eq(jobs.id, job.id));
    expect(row?.lastError).toContain('boom');
    expect(row!.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
    await db()
      .delete(jobs)
      .where(sql`true`);
  });

  it('a job of an unknown type fails and stays for inspection', async () => {
    await enqueueJob(db(), 'test.unknown', {});
    expect(await drainJobs(db())).toBe(1);
    const [row] = await db().select().from(jobs).where(eq(jobs.type, 'test.unknown'));
    expect(row?.lastError).toContain('Unknown job type');
    await db()
      .delete(jobs)
      .where(sql`true`);
  });
});

describe('npm run matches', () => {
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runMatchesCli(args, getDbHandle(), { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('prints one JSON object of ranked suggestions per open listing', async () => {
    const { code, out } = await run(['--json', '--top', '5']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as Record<string, { listing: string; score: number; reasons: string[] }[]>;
    expect(parsed[offerRef]?.[0]?.listing).toBeDefined();
    for (const list of Object.values(parsed)) {
      expect(list.length).toBeLessThanOrEqual(5);
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
    }
  });

  it('one listing, in English', async () => {
    const { code, out } = await run(['--listing', offerRef, '--json', '--locale', 'en']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as Record<string, { reasons: string[] }[]>;
    expect(Object.keys(parsed)).toEqual([offerRef]);
    expect(parsed[offerRef]?.[0]?.reasons.join(' ')).toMatch(/km away/);
  });

  it('bad arguments: a JSON error with the path, exit 2; an unknown listing: exit 1', async () => {
    const bad = await run(['--top', 'many']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.err.split('\n')[0]!)).toMatchObject({ error: { issues: [{ path: '--top' }] } });
    const missing = await run(['--listing', 'li-nope']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('--listing');
  });
});
