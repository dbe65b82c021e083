import 'server-only';
// What a platform administrator may do, once. The admin pages' guard (requireAdmin) and the
// adminAction builder turn others away early; the DAL (lib/dal/admin.ts) asks again for each call.
import type { Audience, Viewer } from './viewer';

/** Only platform admins use the admin tools (users, firms, networks, moderation, audit log). */
export function canAdminister(viewer: Audience | null): boolean {
  return !!viewer?.isAdmin;
}

/** An admin may disable anyone but themselves: locking oneself out is never what was meant. */
export function canDisableUser(viewer: Viewer | null, userId: string): boolean {
  return canAdminister(viewer) && viewer!.userId !== userId;
}

/**
 * The system keeps at least one enabled admin: removing the admin role from (or disabling) an
 * enabled admin is refused when no other enabled admin would remain.
 */
export function leavesAnAdmin(enabledAdminIds: readonly string[], losing: string): boolean {
  return enabledAdminIds.some((id) => id !== losing);
}

/** Roles an admin can take from a person: staff roles in a network, and platform admin. */
export const REMOVABLE_ROLES = ['facilitator', 'municipality', 'admin'] as const;
export type RemovableRole = (typeof REMOVABLE_ROLES)[number];

/** How long audit lines are kept (README, "Data kept"): a year, then the nightly job deletes them. */
export const AUDIT_RETENTION_DAYS = 365;

export function auditCutoff(now: Date = new Date()): Date {
  return new Date(now.getTime() - AUDIT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
}

/** Reasons shown to a firm for hiding its listing or profile: required, plain text, bounded. */
export const HIDE_REASON_MAX = 500;
