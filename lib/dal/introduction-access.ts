import 'server-only';
// Loading an introduction for someone who acts on it, and the errors every step shares.
import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { selectIntroductionWithNames, type LoadedIntroduction } from '@/db/queries/introductions';
import { AppError, notFound } from '@/lib/errors';
import { introductionPartySql } from '@/lib/policy/introductions';
import type { Viewer } from '@/lib/policy/viewer';

export const INTRODUCTIONS_HREF = '/introductions';

/** An AppError whose one issue is an `introductions.validation.<key>` message. */
export const issue = (code: 'validation' | 'conflict' | 'forbidden', path: string, key: string) =>
  new AppError(code, key, { issues: [{ path, message: `introductions.validation.${key}` }] });

export type Loaded = LoadedIntroduction;

/** The introduction with the names notifications need; `where` decides who may load it. */
export async function load(db: Db | Tx, id: string, where: SQL | undefined): Promise<Loaded | undefined> {
  return selectIntroductionWithNames(db, { id, where });
}

/** Loads an introduction the viewer's firm takes part in, or throws not_found. */
export async function loadAsParty(db: Db | Tx, viewer: Viewer, id: string) {
  const hit = await load(db, id, introductionPartySql(viewer));
  if (!hit) throw notFound();
  return { ...hit, isFrom: viewer.companyIds.includes(hit.row.fromCompanyId), isTo: viewer.companyIds.includes(hit.row.toCompanyId) };
}
