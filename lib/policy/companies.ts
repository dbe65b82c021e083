import 'server-only';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { firmIsMemberOfAny, hasAcceptedIntroduction, selectCompanyRole } from '@/db/queries/companies';
import { companies } from '@/db/schema';
import { uuidArray } from '@/db/sql';
import type { Audience, Viewer } from './viewer';

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

/**
 * The firm has been approved as a member by at least one network: the condition for its name, its
 * profile and its public listings to be public. An uncorrelated sub-select, so PostgreSQL hashes the
 * (few) approved firms once instead of probing per listing row.
 */
export function firmApprovedSql(companyIdColumn: SQL | AnyColumn): SQL {
  return sql`${companyIdColumn} in (select nm.company_id from network_memberships nm
    where nm.role = 'member' and nm.status = 'approved')`;
}

/** The firm is a member of, or has applied to (pending), one of these networks. */
export function firmApplicantOfSql(companyIdColumn: SQL | AnyColumn, networkIds: readonly string[]): SQL {
  if (networkIds.length === 0) return sql`false`;
  return sql`exists (select 1 from network_memberships nf
    where nf.company_id = ${companyIdColumn} and nf.role = 'member' and nf.status in ('pending', 'approved')
      and nf.network_id = any(${uuidArray(networkIds)}))`;
}

const APPROVED_SOMEWHERE = firmApprovedSql(companies.id);

// A firm an admin hid (moderation) is seen only by its own people (who are shown the reason) and admins.
const NOT_HIDDEN = sql`${companies.hiddenAt} is null`;

export function companyVisibleSql(audience: Audience | null): SQL {
  if (!audience) return sql`(${APPROVED_SOMEWHERE} and ${NOT_HIDDEN})`;
  if (audience.isAdmin) return sql`true`;
  const own = audience.companyIds.length ? sql`${companies.id} = any(${uuidArray(audience.companyIds)})` : sql`false`;
  const applicant = firmApplicantOfSql(companies.id, audience.facilitatorNetworkIds);
  return sql`(${own} or (${NOT_HIDDEN} and (${APPROVED_SOMEWHERE} or ${applicant})))`;
}

/** Has a network approved the firm? Until then its name and listings are not public
 * (firmApprovedSql); its own people are told why. */
export async function isFirmApproved(db: Db | Tx, companyId: string): Promise<boolean> {
  return firmIsMemberOfAny(db, { companyId, networkIds: 'any', statuses: ['approved'] });
}

/** The firm's own users and platform admins act for a firm: they change its profile and manage its
 * listings (edit, pause, resume, close). */
export function canManageFirm(viewer: Viewer | null, companyId: string): boolean {
  return !!viewer && (viewer.isAdmin || viewer.companyIds.includes(companyId));
}

/** The viewer is one of the firm's users (a platform admin is not, unless they are). */
export function belongsToCompany(viewer: Viewer | null, companyId: string): boolean {
  return !!viewer && viewer.companyIds.includes(companyId);
}

export async function canSeeContact(db: Db | Tx, viewer: Viewer | null, companyId: string): Promise<boolean> {
  if (!viewer) return false;
  if (canManageFirm(viewer, companyId)) return true;
  // A pending applicant counts: the facilitator needs the contact to decide the application.
  if (await firmIsMemberOfAny(db, { companyId, networkIds: viewer.facilitatorNetworkIds, statuses: ['pending', 'approved'] })) return true;
  return hasAcceptedIntroduction(db, { companyIds: viewer.companyIds, otherCompanyId: companyId });
}

/** Does the viewer facilitate a network in which the firm is an approved member? (Unlike
 * canSeeContact, an application does not count: this opens the firm's suggestions, which exist
 * only for members.) */
export async function facilitatesFirm(db: Db | Tx, viewer: Viewer, companyId: string): Promise<boolean> {
  return firmIsMemberOfAny(db, { companyId, networkIds: viewer.facilitatorNetworkIds, statuses: ['approved'] });
}

/** The viewer's role in a firm, if any ('owner' | 'member'). */
export async function companyRoleOf(db: Db | Tx, viewer: Viewer, companyId: string) {
  return selectCompanyRole(db, { companyId, userId: viewer.userId });
}

/** Only a firm's owners (and platform admins) change its team. */
export async function canManageTeam(db: Db | Tx, viewer: Viewer, companyId: string): Promise<boolean> {
  return viewer.isAdmin || (await companyRoleOf(db, viewer, companyId)) === 'owner';
}
