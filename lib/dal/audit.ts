import 'server-only';
// The audit log: who did what to what, when. Written for every admin and facilitator action (the
// action builders in lib/actions/form-action.ts, the admin DAL in its own transaction, the
// vocabulary in its) and for every authorization refusal (the builders and apiHandler); read by
// admins on /admin/audit. Writing a line never fails the request it describes.
import { getDb } from '@/db/client';
import { insertAuditLine, selectAuditActions, selectAuditLines, type AuditFilter, type AuditLineInput } from '@/db/queries/audit';
import type { AuditOutcome } from '@/db/schema';
import { forbidden } from '@/lib/errors';
import { canAdminister } from '@/lib/policy/admin';
import type { Viewer } from '@/lib/policy/viewer';

const SECRET_KEY = /pass(word)?|token|secret|hash/i;
const MAX_STRING = 300;
const MAX_ITEMS = 20;

/** Text fit for a PostgreSQL text/jsonb value: without NUL characters (which it refuses, and which
 * would lose the line), cut short. */
const fitText = (value: string, max = MAX_STRING) => {
  const text = value.replaceAll('\u0000', '');
  return text.length > max ? `${text.slice(0, max)}…` : text;
};

/** Submitted data made fit for the log: no secrets, strings and lists cut short, no files. */
export function auditDetails(data: unknown, depth = 0): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>).slice(0, 40)) {
    if (SECRET_KEY.test(key)) continue;
    const clean = cleanValue(value, depth);
    if (clean !== undefined) out[fitText(key, 100)] = clean;
  }
  return out;
}

function cleanValue(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return fitText(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((v) => cleanValue(v, depth + 1) ?? null);
  if (typeof value === 'object' && depth < 2) return auditDetails(value, depth + 1);
  return undefined;
}

/** The target an action's data names: a plain `ref` of the action's own kind (`theme.update` →
 * theme), else its first `…Id`/`…Ref` field (`listingId` → listing). */
export function auditTarget(data: unknown, action?: string): { targetType: string; targetId: string } | null {
  if (!data || typeof data !== 'object') return null;
  const own = (data as Record<string, unknown>).ref;
  if (action && typeof own === 'string' && own) return { targetType: action.split('.')[0]!, targetId: fitText(own) };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const m = /^(.+?)(Id|Ref)$/.exec(key);
    if (m && typeof value === 'string' && value) return { targetType: fitText(m[1]!, 100), targetId: fitText(value) };
  }
  return null;
}

/** Writes one line; a failure is logged to the server log and swallowed. */
export async function recordAudit(line: AuditLineInput): Promise<void> {
  try {
    await insertAuditLine(getDb(), line);
  } catch (error) {
    console.error('audit log: could not record', line.action, error);
  }
}

/** A line about an action of `viewer` (a done action or a refusal) with the data it was given. */
export function recordActionOf(
  viewer: Viewer | null,
  action: string,
  outcome: AuditOutcome,
  data: unknown,
  extra: Record<string, unknown> = {},
): Promise<void> {
  return recordAudit({
    actorId: viewer?.userId ?? null,
    actorEmail: viewer?.email ?? null,
    action,
    outcome,
    ...auditTarget(data, action),
    details: { ...auditDetails(data), ...extra },
  });
}

// ---------------------------------------------------------------- reading (admins)

export const AUDIT_PAGE_SIZE = 50;

export interface AuditLineDto {
  id: string;
  at: string;
  actorId: string | null;
  actor: string | null;
  action: string;
  outcome: AuditOutcome;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

export async function listAuditLines(
  viewer: Viewer,
  filter: AuditFilter,
  page: number,
): Promise<{ lines: AuditLineDto[]; hasMore: boolean; actions: string[] }> {
  if (!canAdminister(viewer)) throw forbidden();
  const db = getDb();
  const [rows, actions] = await Promise.all([
    selectAuditLines(db, { filter, limit: AUDIT_PAGE_SIZE, offset: (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE }),
    selectAuditActions(db),
  ]);
  return {
    hasMore: rows.length > AUDIT_PAGE_SIZE,
    actions,
    lines: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      actorId: r.actorId,
      actor: r.actorName && r.actorEmail ? `${r.actorName} <${r.actorEmail}>` : r.actorEmail,
      action: r.action,
      outcome: r.outcome,
      targetType: r.targetType,
      targetId: r.targetId,
      details: r.details,
    })),
  };
}
