import 'server-only';
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { companies, companyMembers, introductions, networkMemberships } from '@/db/schema';
import { uuidArray } from './access';
import type { Viewer } from './viewer';

// Who may see which firm, and who may see its contact details. One place, as SQL and as checks.
//
// A profile is the firm's public CV, but a firm is only *public* once a network has approved it:
// that stops anyone from signing up and publishing a fake firm (or a competitor's CVR number) to
// the world. Until then the profile is visible to its own users, to platform admins, and to the
// facilitators of a network it has applied to (they need it to decide the application).
//
// Contact details (e-mail, phone, street) are never on the public profile: they are shown to the
// firm itself, admins, facilitators of its networks, and to a firm with which it has an *accepted*
// introduction (contact by consent).

const APPROVED_SOMEWHERE = sql`exists (select 1 from network_memberships nm
  where nm.company_id = ${companies.id} and nm.role = 'member' and nm.status = 'approved')`;

export function companyVisibleSql(viewer: Viewer | null): SQL {
  if (!viewer) return APPROVED_SOMEWHERE;
  if (viewer.isAdmin) return sql`true`;
  const own = viewer.companyIds.length ? sql`${companies.id} = any(${uuidArray(viewer.companyIds)})` : sql`false`;
  const applicant = viewer.facilitatorNetworkIds.length
    ? sql`exists (select 1 from network_memberships nf
        where nf.company_id = ${companies.id} and nf.role = 'member' and nf.status in ('pending', 'approved')
          and nf.network_id = any(${uuidArray(viewer.facilitatorNetworkIds)}))`
    : sql`false`;
  return sql`(${APPROVED_SOMEWHERE} or ${own} or ${applicant})`;
}

/** Only the firm's own users and platform admins change a profile. */
export function canEditCompany(viewer: Viewer | null, companyId: string): boolean {
  return !!viewer && (viewer.isAdmin || viewer.companyIds.includes(companyId));
}

export async function canSeeContact(db: Db | Tx, viewer: Viewer | null, companyId: string): Promise<boolean> {
  if (!viewer) return false;
  if (canEditCompany(viewer, companyId)) return true;
  if (viewer.facilitatorNetworkIds.length) {
    const [row] = await db
      .select({ id: networkMemberships.id })
      .from(networkMemberships)
      .where(
        and(
          eq(networkMemberships.companyId, companyId),
          eq(networkMemberships.role, 'member'),
          inArray(networkMemberships.status, ['pending', 'approved']),
          inArray(networkMemberships.networkId, viewer.facilitatorNetworkIds),
        ),
      )
      .limit(1);
    if (row) return true;
  }
  if (viewer.companyIds.length) {
    const [row] = await db
      .select({ id: introductions.id })
      .from(introductions)
      .where(
        and(
          eq(introductions.status, 'accepted'),
          or(
            and(inArray(introductions.fromCompanyId, viewer.companyIds), eq(introductions.toCompanyId, companyId)),
            and(eq(introductions.fromCompanyId, companyId), inArray(introductions.toCompanyId, viewer.companyIds)),
          ),
        ),
      )
      .limit(1);
    if (row) return true;
  }
  return false;
}

/** The viewer's role in a firm, if any ('owner' | 'member'). */
export async function companyRoleOf(db: Db | Tx, viewer: Viewer, companyId: string) {
  const [row] = await db
    .select({ role: companyMembers.role })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, viewer.userId)))
    .limit(1);
  return row?.role;
}
