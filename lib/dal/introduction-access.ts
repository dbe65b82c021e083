import 'server-only';
// Loading an introduction for someone who acts on it, and the errors every step shares.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '@/db/client';
import { companies, introductions, listings, users, type Introduction } from '@/db/schema';
import { AppError, notFound } from '@/lib/errors';
import type { Viewer } from './viewer';

export const INTRODUCTIONS_HREF = '/introductions';

/** An AppError whose one issue is an `introductions.validation.<key>` message. */
export const issue = (code: 'validation' | 'conflict' | 'forbidden', path: string, key: string) =>
  new AppError(code, key, { issues: [{ path, message: `introductions.validation.${key}` }] });

const fromCo = alias(companies, 'from_co');
const toCo = alias(companies, 'to_co');
const toLi = alias(listings, 'to_li');

export interface Loaded {
  row: Introduction;
  fromName: string;
  toName: string;
  listingTitle: string | null;
  proposerName: string | null;
}

/** The introduction with the names notifications need; `where` decides who may load it. */
export async function load(db: Db | Tx, id: string, where: ReturnType<typeof and>): Promise<Loaded | undefined> {
  const [hit] = await db
    .select({ row: introductions, fromName: fromCo.name, toName: toCo.name, listingTitle: toLi.title, proposerName: users.name })
    .from(introductions)
    .innerJoin(fromCo, eq(fromCo.id, introductions.fromCompanyId))
    .innerJoin(toCo, eq(toCo.id, introductions.toCompanyId))
    .leftJoin(toLi, eq(toLi.id, introductions.toListingId))
    .leftJoin(users, eq(users.id, introductions.proposedById))
    .where(and(eq(introductions.id, id), where))
    .limit(1);
  return hit;
}

export function partyOf(viewer: Viewer) {
  if (!viewer.companyIds.length) return sql`false`;
  return or(inArray(introductions.fromCompanyId, viewer.companyIds), inArray(introductions.toCompanyId, viewer.companyIds));
}

/** Loads an introduction the viewer's firm takes part in, or throws not_found. */
export async function loadAsParty(db: Db | Tx, viewer: Viewer, id: string) {
  const hit = await load(db, id, partyOf(viewer));
  if (!hit) throw notFound();
  return { ...hit, isFrom: viewer.companyIds.includes(hit.row.fromCompanyId), isTo: viewer.companyIds.includes(hit.row.toCompanyId) };
}
