import 'server-only';
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { introductions } from '@/db/schema';
import type { Audience, Viewer } from './viewer';

/** Introductions one of the audience's firms takes part in (either side), as SQL. */
export function introductionPartySql(audience: Audience): SQL {
  if (!audience.companyIds.length) return sql`false`;
  return or(inArray(introductions.fromCompanyId, [...audience.companyIds]), inArray(introductions.toCompanyId, [...audience.companyIds]))!;
}

/**
 * Introductions this person may withdraw, as SQL: their firms' own interests; a facilitator's
 * proposals they made or that belong to a network they facilitate, or any proposal for an admin.
 * (Answering is for the firms that take part; withdrawing is for whoever sent it.)
 */
export function introductionWithdrawableSql(viewer: Pick<Viewer, 'userId' | 'isAdmin' | 'companyIds' | 'facilitatorNetworkIds'>): SQL {
  const facilitates = viewer.isAdmin
    ? sql`true`
    : or(
        eq(introductions.proposedById, viewer.userId),
        viewer.facilitatorNetworkIds.length ? inArray(introductions.networkId, [...viewer.facilitatorNetworkIds]) : sql`false`,
      );
  return or(
    and(eq(introductions.kind, 'interest'), viewer.companyIds.length ? inArray(introductions.fromCompanyId, [...viewer.companyIds]) : sql`false`),
    and(eq(introductions.kind, 'facilitator'), facilitates),
  )!;
}
