// Facilitators' spreadsheets of member firms, as CSV: decoding (UTF-8 or Windows-1252, the two
// encodings Danish and Finnish Excel write), parsing (`;` or `,`, papaparse), and guessing which
// column holds what from Danish, English or Finnish headers. Pure: no database, no fs.
import Papa from 'papaparse';

import { CSV_FIELDS, type ColumnMapping, type CsvField } from './csv-fields';

export { CSV_FIELDS, REQUIRED_CSV_FIELDS, type ColumnMapping, type CsvField } from './csv-fields';

export const MAX_CSV_ROWS = 5000;

/** Header spellings seen in Danish, English and Finnish exports (compared after `headerKey`). */
const ALIASES: Record<CsvField, string[]> = {
  name: ['navn', 'firmanavn', 'virksomhed', 'virksomhedsnavn', 'firma', 'name', 'company', 'companyname', 'nimi', 'yritys', 'yrityksennimi', 'toiminimi'],
  registrationNumber: ['cvr', 'cvrnr', 'cvrnummer', 'regnr', 'registrationnumber', 'businessid', 'companynumber', 'vat', 'ytunnus', 'yritystunnus', 'ly'],
  nace: ['branchekode', 'branche', 'branchekoder', 'db07', 'nace', 'nacecode', 'industrycode', 'industry', 'toimiala', 'toimialakoodi', 'tol', 'tol2008'],
  street: ['adresse', 'vejnavn', 'vej', 'gade', 'address', 'street', 'streetaddress', 'osoite', 'katuosoite', 'postiosoite'],
  postcode: ['postnr', 'postnummer', 'postcode', 'postalcode', 'zip', 'zipcode', 'postinumero', 'postinro'],
  city: ['by', 'postdistrikt', 'bynavn', 'city', 'town', 'postitoimipaikka', 'kaupunki', 'paikkakunta', 'kunta'],
  email: ['email', 'mail', 'epost', 'emailadresse', 'sahkoposti', 'sposti'],
  phone: ['telefon', 'tlf', 'tlfnr', 'telefonnummer', 'phone', 'telephone', 'tel', 'puhelin', 'puhelinnumero', 'puh'],
  employees: ['ansatte', 'antalansatte', 'medarbejdere', 'employees', 'staff', 'henkilosto', 'tyontekijat', 'henkilostomaara'],
  website: ['hjemmeside', 'website', 'web', 'www', 'url', 'kotisivu', 'kotisivut', 'verkkosivut', 'verkkosivu'],
};

/** "Sähköposti", "E-mail", "Post nr." → "sahkoposti", "email", "postnr". */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9æøå]/g, '');
}

/** The first column whose header is a known spelling of each field. */
export function detectMapping(headers: string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of CSV_FIELDS) {
    const index = keys.findIndex((k, i) => !used.has(i) && ALIASES[field].includes(k));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

export type CsvProblem = 'encoding' | 'empty' | 'tooManyRows' | 'syntax';
export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; problem: 'encoding'; detail: string };

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252 (what Excel's plain
 * "CSV" writes on Danish Windows). UTF-16 ("Unicode text") and binary files are refused: they
 * would decode into nonsense that looks like data.
 */
export function decodeCsv(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'encoding', detail: 'UTF-16' };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, problem: 'encoding', detail: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const text = decodeWindows1252(body);
    if (text === null) return { ok: false, problem: 'encoding', detail: 'unknown' };
    return { ok: true, text, encoding: 'windows-1252' };
  }
}

// 0x80–0x9F of Windows-1252 (0 = undefined). Done by hand: Node 20's TextDecoder('windows-1252')
// decodes as ISO-8859-1, which turns "€" and "–" into invisible control characters.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Windows-1252 → string, or null when a byte is one Windows-1252 leaves undefined. */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  const out: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(start, start + CHUNK)) {
      if (b < 0x80 || b > 0x9f) codes.push(b);
      else if (CP1252_HIGH[b - 0x80]) codes.push(CP1252_HIGH[b - 0x80]!);
      else return null;
    }
    out.push(String.fromCharCode(...codes));
  }
  return out.join('');
}

export interface ParsedCsv {
  headers: string[];
  /** Data rows with their line number in the spreadsheet (the header is row 1). */
  rows: { line: number; cells: string[] }[];
  delimiter: string;
}

export type ParseCsvResult = { ok: true; csv: ParsedCsv } | { ok: false; problem: Exclude<CsvProblem, 'encoding'>; line?: number };

export function parseCsv(text: string, maxRows = MAX_CSV_ROWS): ParseCsvResult {
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) return { ok: false, problem: 'syntax', line: (fatal.row ?? 0) + 1 };
  const [header, ...data] = parsed.data;
  if (!header || !data.length) return { ok: false, problem: 'empty' };
  if (data.length > maxRows) return { ok: false, problem: 'tooManyRows' };
  return {
    ok: true,
    csv: {
      headers: header.map((h) => h.trim()),
      rows: data.map((cells, i) => ({ line: i + 2, cells: cells.map((c) => c.trim()) })),
      delimiter: parsed.meta.delimiter,
    },
  };
}

/** A cell of several NACE/DB07 codes ("256200; 28.41", "25.62 / 33.12") → the separate codes. */
export function splitCodes(cell: string): string[] {
  return cell
    .split(/[\s,;/|]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}
