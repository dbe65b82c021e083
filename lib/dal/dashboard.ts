import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { companies, networkMemberships, networks, type MembershipStatus } from '@/db/schema';
import { unauthorized } from '@/lib/errors';
import { getCompanyForEdit, type CompanyEditDto } from './companies';
import { companyIdsInOrder, getTeam, type TeamDto } from './company-team';
import type { Viewer } from '@/lib/policy/viewer';

// "Min virksomhed": the viewer's firm at a glance. The UI shows one firm per person; if the
// schema holds more (an admin who set up several), the oldest membership wins.

export interface NetworkMembershipDto {
  networkRef: string;
  networkName: string;
  status: MembershipStatus;
  requestedAt: Date;
  decidedAt: Date | null;
}

export interface DashboardDto {
  company: CompanyEditDto;
  memberships: NetworkMembershipDto[];
  team: TeamDto;
}

/** The dashboard, or null when the viewer has no firm yet (the page sends them to onboarding). */
export async function getDashboard(viewer: Viewer | null): Promise<DashboardDto | null> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const [companyId] = await companyIdsInOrder(db, viewer);
  if (!companyId) return null;
  const [row] = await db.select({ ref: companies.ref }).from(companies).where(eq(companies.id, companyId)).limit(1);
  if (!row) return null;
  const [company, team, memberships] = await Promise.all([
    getCompanyForEdit(viewer, row.ref),
    getTeam(viewer, row.ref),
    db
      .select({
        networkRef: networks.ref,
        networkName: networks.name,
        status: networkMemberships.status,
        requestedAt: networkMemberships.createdAt,
        decidedAt: networkMemberships.decidedAt,
      })
      .from(networkMemberships)
      .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
      .where(and(eq(networkMemberships.companyId, companyId), eq(networkMemberships.role, 'member')))
      .orderBy(asc(networks.name)),
  ]);
  return { company, memberships, team };
}
