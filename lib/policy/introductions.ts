import 'server-only';
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { introductions } from '@/db/schema';
import type { Audience } from './viewer';

/** Introductions one of the audience's firms takes part in (either side), as SQL. */
export function introductionPartySql(audience: Audience): SQL {
  if (!audience.companyIds.length) return sql`false`;
  return or(inArray(introductions.fromCompanyId, [...audience.companyIds]), inArray(introductions.toCompanyId, [...audience.companyIds]))!;
}
