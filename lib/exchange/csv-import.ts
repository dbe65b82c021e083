// A facilitator's CSV of member firms → an `industrivej/v1` file for the facilitator's network,
// imported by the same code as any exchange file. A row is matched to a firm already in the
// database by its registration number (the one identity a spreadsheet has), so importing the
// same spreadsheet again updates those firms instead of duplicating them; fields the spreadsheet
// does not have (description, languages, exact location) are kept from the stored firm.
import { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { selectCompaniesByRegistration, selectMemberIdsOfNetworkRef } from '@/db/queries/exchange';
import type { Country } from '@/db/schema';
import { lookupPostcode, normalizePostcode } from '@/lib/geo/postcodes';
import { isSelectableNace, normalizeNaceCode } from '@/lib/nace';
import { newRef } from '@/lib/refs';
import { parseRegistrationNumber } from '@/lib/validations/registration-number';
import { splitCodes, REQUIRED_CSV_FIELDS, type ColumnMapping, type CsvField, type ParsedCsv } from './csv';
import { toExchangeCompany } from './export';
import { EXTENSION_KEY, type CompanyContact } from './extensions';
import { hasMarkup } from '@/lib/validations/text';
import { EXCHANGE_FORMAT, type ExchangeCompany } from './schema';

/** A problem with one row (or, with line 0, with the mapping), as a message key of `import.rowErrors`. */
export interface CsvRowIssue {
  line: number;
  field: CsvField | null;
  key: string;
  values?: Record<string, string>;
}

export interface CsvConversion {
  /** The exchange file to import (null when a row has an error: nothing is imported then). */
  file: unknown;
  /** Spreadsheet line of companies[i] in `file`, to point exchange errors at rows. */
  lines: number[];
  issues: CsvRowIssue[];
}

const email = z.email();
const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/;

function cell(row: string[], mapping: ColumnMapping, field: CsvField): string {
  const index = mapping[field];
  return index === undefined ? '' : (row[index] ?? '').trim();
}

export async function csvToExchange(db: Db | Tx, csv: ParsedCsv, mapping: ColumnMapping, network: { ref: string; country: Country }): Promise<CsvConversion> {
  const issues: CsvRowIssue[] = [];
  for (const field of REQUIRED_CSV_FIELDS) if (mapping[field] === undefined) issues.push({ line: 0, field, key: 'unmapped' });
  if (issues.length) return { file: null, lines: [], issues };
  const country = network.country;

  // Firms already registered with these numbers, and whether each is a member of this network.
  const numbers = csv.rows.flatMap((r) => {
    const reg = parseRegistrationNumber(country, cell(r.cells, mapping, 'registrationNumber'));
    return reg.ok ? [reg.value] : [];
  });
  const stored = await selectCompaniesByRegistration(db, { country, numbers: [...new Set(numbers)] });
  const byNumber = new Map(stored.map((c) => [c.registrationNumber!, c]));
  const memberIds = await selectMemberIdsOfNetworkRef(db, { networkRef: network.ref, companyIds: stored.map((c) => c.id) });

  const out: ExchangeCompany[] = [];
  const contacts: Record<string, CompanyContact> = {};
  const lines: number[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of csv.rows) {
    const rowIssues: CsvRowIssue[] = [];
    const problem = (field: CsvField, key: string, values?: Record<string, string>) => rowIssues.push({ line, field, key, ...(values ? { values } : {}) });
    const name = cell(cells, mapping, 'name');
    if (!name) problem('name', 'required');
    else if (name.length > 200 || hasMarkup(name)) problem('name', 'invalid');

    const reg = parseRegistrationNumber(country, cell(cells, mapping, 'registrationNumber'));
    const existing = reg.ok ? byNumber.get(reg.value) : undefined;
    if (!cell(cells, mapping, 'registrationNumber')) problem('registrationNumber', 'required');
    else if (!reg.ok) problem('registrationNumber', country === 'DK' ? 'cvr' : 'ytunnus');
    else if (firstLine.has(reg.value)) problem('registrationNumber', 'duplicate', { line: String(firstLine.get(reg.value)) });
    else if (existing && !memberIds.has(existing.id)) problem('registrationNumber', 'otherNetwork');
    if (reg.ok && !firstLine.has(reg.value)) firstLine.set(reg.value, line);

    const codes = splitCodes(cell(cells, mapping, 'nace'));
    const nace = codes.map((c) => normalizeNaceCode(c));
    if (!codes.length) problem('nace', 'required');
    codes.forEach((c, i) => {
      if (!nace[i] || !isSelectableNace(nace[i])) problem('nace', 'nace', { code: c });
    });

    const postcode = normalizePostcode(country, cell(cells, mapping, 'postcode'));
    const place = lookupPostcode(country, postcode);
    if (!postcode) problem('postcode', 'required');
    else if (!place) problem('postcode', 'postcode', { code: postcode });

    const mail = cell(cells, mapping, 'email').toLowerCase();
    if (mail && !email.safeParse(mail).success) problem('email', 'email');
    const phone = cell(cells, mapping, 'phone').replace(/\s+/g, ' ');
    if (phone && !PHONE.test(phone)) problem('phone', 'phone');
    const employeesText = cell(cells, mapping, 'employees');
    const employees = employeesText ? Number(employeesText) : undefined;
    if (employees !== undefined && (!Number.isInteger(employees) || employees < 0 || employees > 100_000)) problem('employees', 'employees');
    const site = cell(cells, mapping, 'website');
    const website = site ? (/^https?:\/\//i.test(site) ? site : `https://${site}`) : undefined;
    if (website && !z.url({ protocol: /^https?$/ }).safeParse(website).success) problem('website', 'website');

    if (rowIssues.length) {
      issues.push(...rowIssues);
      continue;
    }
    const base = existing ? toExchangeCompany(existing, []) : undefined;
    const company: ExchangeCompany = {
      ...base,
      ref: existing?.ref ?? newRef('co'),
      name,
      country,
      registrationNumber: reg.ok ? reg.value : undefined,
      nace: [...new Set(nace as string[])],
      employees: employees ?? base?.employees,
      address: {
        street: cell(cells, mapping, 'street') || base?.address.street,
        postcode,
        city: cell(cells, mapping, 'city') || place!.name,
      },
      // A changed postcode moves the firm to the new postcode's point; else its stored spot stays.
      location: base && base.address.postcode === postcode ? base.location : undefined,
      website: website ?? base?.website,
      networks: [network.ref],
    };
    out.push(company);
    lines.push(line);
    if (mail || phone) contacts[company.ref] = { email: mail || existing?.email || null, phone: phone || existing?.phone || null };
  }
  if (issues.length) return { file: null, lines, issues };
  return { file: { format: EXCHANGE_FORMAT, companies: out, extensions: { [EXTENSION_KEY]: { companies: contacts } } }, lines, issues };
}
