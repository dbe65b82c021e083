import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { getHomeOverview } from '@/lib/dal/home';
import { setupTestDb } from './helpers/db';
import { viewerFor } from './helpers/factories';

const db = setupTestDb();

async function viewerByEmail(email: string) {
  const [u] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
  return viewerFor(db(), u!.id);
}

const total = (o: Awaited<ReturnType<typeof getHomeOverview>>) => o.networks[0]!.offers + o.networks[0]!.needs;

describe('home overview', () => {
  it('counts only what the viewer may see, per category', async () => {
    await seedDemo(db());
    const count = async (where: string) => {
      const rows = await queryRows<{ n: number }>(
        db(),
        sql.raw(`select count(*)::int as n from listings l
          where l.status = 'open' and (l.expires_at is null or l.expires_at > now()) and ${where}`),
      );
      return rows[0]!.n;
    };

    const anonymous = await getHomeOverview(null);
    const [net] = anonymous.networks;
    expect(net).toMatchObject({ ref: 'vestsjaelland', name: 'Industrivej Vestsjælland', viewerIsMember: false });
    expect(net!.memberFirms).toBeGreaterThanOrEqual(30);
    expect(net!.towns).toContain('Regstrup');
    expect(net!.categories).toHaveLength(9);
    // Anonymous visitors: exactly the public, active listings of member firms.
    expect(total(anonymous)).toBe(await count(`l.visibility = 'public'`));
    expect(anonymous.newest.length).toBeGreaterThan(0);
    expect(net!.nextMeeting).toBeNull();

    const member = await getHomeOverview(await viewerByEmail('smed@demo.industrivej.dk'));
    expect(member.networks[0]!.viewerIsMember).toBe(true);
    // Members see the next fortnightly meeting (the upcoming one, not the past one).
    expect(member.networks[0]!.nextMeeting).toMatchObject({ title: 'Netværksmøde hos Regstrup Plast' });
    expect(member.networks[0]!.nextMeeting!.startsAt.getTime()).toBeGreaterThan(Date.now());
    // A member sees public + network listings, and the facilitators-only ones of their own firm (none).
    expect(total(member)).toBe(await count(`l.visibility in ('public', 'network')`));

    const facilitator = await getHomeOverview(await viewerByEmail('facilitator@demo.industrivej.dk'));
    expect(total(facilitator)).toBe(await count('true'));
    expect(total(facilitator)).toBeGreaterThan(total(member));

    // The municipality sees aggregates elsewhere; on the front page it sees what the public sees.
    const municipality = await getHomeOverview(await viewerByEmail('kommune@demo.industrivej.dk'));
    expect(total(municipality)).toBe(total(anonymous));
    expect(municipality.networks[0]!.nextMeeting).not.toBeNull();

    // A firm whose request is pending is not yet a member.
    const pending = await getHomeOverview(await viewerByEmail('pakkeri@demo.industrivej.dk'));
    expect(pending.networks[0]!.viewerIsMember).toBe(false);
    expect(total(pending)).toBe(total(anonymous));
    expect(pending.networks[0]!.nextMeeting).toBeNull();
  });
});
