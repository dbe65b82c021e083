import 'server-only';
// The facilitator's import: an exchange file (JSON) or a spreadsheet of firms (CSV) into the
// facilitator's own network. Rules decided here:
// - Only a facilitator of the network (or a platform admin) may import into it; anyone else gets
//   not_found, as if the network did not exist.
// - Everything stays in that network (validate.ts `scope`): a file naming another network, or a
//   firm, listing or theme of another network, is rejected with the offending path or row.
// - Preview = the full import run as a dry run (rolled back), so its counts are exactly what the
//   confirmation will do. Nothing is kept on the server in between: the preview hands out a signed,
//   short-lived token bound to the user, the network, the file's SHA-256 and the column mapping;
//   the confirmation uploads the file again and is accepted only if all of those still match.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { getDb } from '@/db/client';
import { selectNetworkByRef, selectNetworkNames } from '@/db/queries/networks';
import type { Country } from '@/db/schema';
import { authSecret } from '@/lib/auth/secret';
import { AppError, notFound } from '@/lib/errors';
import { decodeCsv, detectMapping, parseCsv, type ColumnMapping, type CsvField } from '@/lib/exchange/csv';
import { csvToExchange } from '@/lib/exchange/csv-import';
import { importExchange, type ImportSummary } from '@/lib/exchange/import';
import { parseJson } from '@/lib/exchange/read';
import type { ExchangeIssue } from '@/lib/exchange/schema';
import { isFacilitatorOf } from '@/lib/policy/networks';
import type { Viewer } from '@/lib/policy/viewer';

/** Uploads through the page; larger files belong to `npm run db:import`. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const TOKEN_TTL_MS = 30 * 60 * 1000;
const MAX_SHOWN_ISSUES = 200;

export type ImportIssue =
  | { kind: 'file'; key: string; values?: Record<string, string> }
  | { kind: 'row'; line: number; field: CsvField | null; key: string; values?: Record<string, string> }
  | { kind: 'path'; path: string; message: string };

export interface ImportPreview {
  fileKind: 'json' | 'csv';
  network: { ref: string; name: string };
  summary: ImportSummary | null;
  issues: ImportIssue[];
  issueCount: number;
  csv: { headers: string[]; mapping: ColumnMapping; encoding: string; delimiter: string; rows: number } | null;
  /** Present only when the file can be imported as previewed. */
  token: string | null;
}

export interface ImportUpload {
  networkRef: string;
  fileName: string;
  bytes: Uint8Array;
  /** The CSV column mapping chosen in the preview (absent: detected from the headers). */
  mapping?: ColumnMapping;
}

export interface ImportTarget {
  ref: string;
  name: string;
}

/** Networks the viewer may import into. */
export async function listImportTargets(viewer: Viewer): Promise<ImportTarget[]> {
  if (viewer.isAdmin) return selectNetworkNames(getDb(), { networkIds: 'all' });
  if (!viewer.facilitatorNetworkIds.length) return [];
  return selectNetworkNames(getDb(), { networkIds: viewer.facilitatorNetworkIds });
}

async function targetNetwork(viewer: Viewer, ref: string): Promise<{ id: string; ref: string; name: string; country: Country }> {
  const network = await selectNetworkByRef(getDb(), { ref });
  if (!network || !isFacilitatorOf(viewer, network.id)) throw notFound('network');
  return network;
}

const isJson = (upload: ImportUpload) => /\.json$/i.test(upload.fileName) || (!/\.(csv|txt)$/i.test(upload.fileName) && upload.bytes[0] === 0x7b);

/** Canonical mapping text: the same mapping always signs the same way. */
const mappingText = (mapping: ColumnMapping | undefined) => (mapping ? JSON.stringify(Object.entries(mapping).sort(([a], [b]) => a.localeCompare(b))) : '');

function sign(parts: string[]): string {
  return createHmac('sha256', authSecret()).update(parts.join('\n')).digest('base64url');
}

function tokenParts(viewer: Viewer, upload: ImportUpload, expires: number) {
  const digest = createHash('sha256').update(upload.bytes).digest('hex');
  return ['import/v1', viewer.userId, upload.networkRef, digest, mappingText(upload.mapping), String(expires)];
}

export function importToken(viewer: Viewer, upload: ImportUpload, now = Date.now()): string {
  const expires = now + TOKEN_TTL_MS;
  return `${expires}.${sign(tokenParts(viewer, upload, expires))}`;
}

export function verifyImportToken(viewer: Viewer, upload: ImportUpload, token: string, now = Date.now()): boolean {
  const [expiresText, mac] = token.split('.');
  const expires = Number(expiresText);
  if (!mac || !Number.isFinite(expires) || expires < now) return false;
  const expected = Buffer.from(sign(tokenParts(viewer, upload, expires)));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Points exchange errors about companies[i] at the spreadsheet row they came from. */
function csvIssue(issue: ExchangeIssue, lines: number[]): ImportIssue {
  const m = /^companies\[(\d+)\]\.?(.*)$/.exec(issue.path);
  const line = m ? lines[Number(m[1])] : undefined;
  if (line === undefined) return { kind: 'path', path: issue.path, message: issue.message };
  const rest = m![2] ?? '';
  const field: CsvField | null = rest.startsWith('address.')
    ? (rest.slice(8) as CsvField)
    : rest.startsWith('nace')
      ? 'nace'
      : rest === 'ref'
        ? 'registrationNumber'
        : ((rest || null) as CsvField | null);
  return { kind: 'row', line, field, key: 'other', values: { message: issue.message } };
}

async function run(viewer: Viewer, upload: ImportUpload, dryRun: boolean): Promise<ImportPreview & { applied?: ImportSummary }> {
  const network = await targetNetwork(viewer, upload.networkRef);
  const base = { network: { ref: network.ref, name: network.name }, summary: null, csv: null, token: null };
  const fileKind = isJson(upload) ? 'json' : 'csv';
  const fail = (issues: ImportIssue[]): ImportPreview => ({ ...base, fileKind, issues: issues.slice(0, MAX_SHOWN_ISSUES), issueCount: issues.length });
  if (upload.bytes.byteLength > MAX_UPLOAD_BYTES) {
    return fail([{ kind: 'file', key: 'tooLarge', values: { max: String(MAX_UPLOAD_BYTES / 1024 / 1024) } }]);
  }
  if (!upload.bytes.byteLength) return fail([{ kind: 'file', key: 'empty' }]);
  const options = { scope: { networkRef: network.ref }, actorId: viewer.userId, dryRun };

  if (fileKind === 'json') {
    const decoded = decodeCsv(upload.bytes);
    if (!decoded.ok || decoded.encoding !== 'utf-8') return fail([{ kind: 'file', key: 'jsonEncoding' }]);
    const read = parseJson(decoded.text);
    if (!read.ok) return fail(read.issues.map((i) => ({ kind: 'path', path: i.path, message: i.message })));
    const result = await importExchange(getDb(), read.value, options);
    if (!result.ok) return fail(result.issues.map((i) => ({ kind: 'path', path: i.path, message: i.message })));
    return {
      ...base,
      fileKind,
      summary: result.summary,
      issues: [],
      issueCount: 0,
      token: dryRun ? importToken(viewer, upload) : null,
      applied: dryRun ? undefined : result.summary,
    };
  }

  const decoded = decodeCsv(upload.bytes);
  if (!decoded.ok) return fail([{ kind: 'file', key: 'encoding' }]);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return fail([{ kind: 'file', key: `csv.${parsed.problem}`, values: parsed.line ? { line: String(parsed.line) } : undefined }]);
  const mapping = upload.mapping ?? detectMapping(parsed.csv.headers);
  const csv = { headers: parsed.csv.headers, mapping, encoding: decoded.encoding, delimiter: parsed.csv.delimiter, rows: parsed.csv.rows.length };
  const db = getDb();
  const converted = await csvToExchange(db, parsed.csv, mapping, network);
  if (converted.issues.length) return { ...fail(converted.issues.map((i) => ({ kind: 'row' as const, ...i }))), csv };
  const result = await importExchange(db, converted.file, options);
  if (!result.ok) return { ...fail(result.issues.map((i) => csvIssue(i, converted.lines))), csv };
  // The token binds the mapping actually used, so a confirmation imports exactly what was shown.
  const signed = { ...upload, mapping };
  return {
    ...base,
    fileKind,
    csv,
    summary: result.summary,
    issues: [],
    issueCount: 0,
    token: dryRun ? importToken(viewer, signed) : null,
    applied: dryRun ? undefined : result.summary,
  };
}

/** Validates the upload and reports what an import would do, writing nothing. */
export async function previewImport(viewer: Viewer, upload: ImportUpload): Promise<ImportPreview> {
  const { applied: _applied, ...preview } = await run(viewer, upload, true);
  return preview;
}

/**
 * Imports the re-uploaded file if it is the one previewed (token). Validates again — the database
 * may have changed since — and returns the preview with its errors instead of writing when it fails.
 */
export async function confirmImport(
  viewer: Viewer,
  upload: ImportUpload,
  token: string,
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; preview: ImportPreview }> {
  await targetNetwork(viewer, upload.networkRef);
  const signed = isJson(upload) ? { ...upload, mapping: undefined } : upload;
  if (!verifyImportToken(viewer, signed, token)) {
    throw new AppError('conflict', 'the file or mapping differs from the preview', {
      issues: [{ path: 'file', message: 'import.errors.changedSincePreview' }],
    });
  }
  const { applied, ...preview } = await run(viewer, signed, false);
  return applied ? { ok: true, summary: applied } : { ok: false, preview };
}
