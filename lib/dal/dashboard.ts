import 'server-only';
import { getDb } from '@/db/client';
import { selectCompanyRefById, selectFirmMemberships } from '@/db/queries/companies';
import type { MembershipStatus } from '@/db/schema';
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
  const ref = await selectCompanyRefById(db, { companyId });
  if (!ref) return null;
  const [company, team, memberships] = await Promise.all([getCompanyForEdit(viewer, ref), getTeam(viewer, ref), selectFirmMemberships(db, { companyId })]);
  return { company, memberships, team };
}
