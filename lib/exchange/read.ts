// Reading an exchange file safely: a size cap checked before anything is parsed (a 200 MB upload
// must not take the process down), and JSON syntax errors reported with line and column.
import { stat, readFile } from 'node:fs/promises';
import { jsonErrorOffset } from './json-position';
import type { ExchangeIssue } from './schema';

/** The CLI's limit. 50,000 listings take about 30 MB, so this leaves room without risking memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type ReadResult = { ok: true; value: unknown } | { ok: false; issues: ExchangeIssue[] };

export function tooLarge(bytes: number, max: number): ExchangeIssue {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { path: '', message: `the file is ${mb(bytes)}; the limit is ${mb(max)}` };
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse with a message people can act on: "JSON syntax error at line 3, column 14: …". */
export function parseJson(text: string): ReadResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(clean) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names the offset ("… in JSON at position 42"); newer versions also add "(line 3 column 14)".
    const position = /position (\d+)/.exec(message);
    const detail = message.replace(/\s*\(line \d+ column \d+\)/, '');
    const offset = position ? Number(position[1]) : jsonErrorOffset(clean);
    if (offset >= 0) {
      const { line, column } = lineColumn(clean, offset);
      return { ok: false, issues: [{ path: '', message: `JSON syntax error at line ${line}, column ${column}: ${detail}` }] };
    }
    return { ok: false, issues: [{ path: '', message: `JSON syntax error: ${detail}` }] };
  }
}

/** Reads and parses a file from disk, refusing files over `max` bytes before reading them. */
export async function readJsonFile(file: string, max = MAX_FILE_BYTES): Promise<ReadResult> {
  const info = await stat(file);
  if (info.size > max) return { ok: false, issues: [tooLarge(info.size, max)] };
  return parseJson(await readFile(file, 'utf8'));
}
