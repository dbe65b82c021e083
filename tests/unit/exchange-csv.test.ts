import { describe, expect, it } from 'vitest';
import { decodeCsv, detectMapping, headerKey, parseCsv, splitCodes } from '@/lib/exchange/csv';
import { normalizeNaceCode } from '@/lib/nace';
import { mappingFromForm } from '@/lib/validations/imports';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decoding a spreadsheet', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeCsv(utf8('\uFEFFNavn;By\nTølløse Træ;Tølløse'))).toEqual({ ok: true, text: 'Navn;By\nTølløse Træ;Tølløse', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (Danish Excel "CSV")', () => {
    // "Sæby;Ærø" in Windows-1252: æ = E6, Æ = C6, ø = F8.
    const r = decodeCsv(bytes(0x53, 0xe6, 0x62, 0x79, 0x3b, 0xc6, 0x72, 0xf8));
    expect(r).toEqual({ ok: true, text: 'Sæby;Ærø', encoding: 'windows-1252' });
    // The euro sign sits at 0x80 in Windows-1252 (not in Latin-1).
    expect(decodeCsv(bytes(0x80, 0x20, 0x35, 0x96, 0x31))).toMatchObject({ ok: true, text: '€ 5–1' });
  });

  it('refuses UTF-16, binary files and bytes Windows-1252 does not define', () => {
    expect(decodeCsv(bytes(0xff, 0xfe, 0x4e, 0x00))).toMatchObject({ ok: false, problem: 'encoding' });
    expect(decodeCsv(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00))).toMatchObject({ ok: false, problem: 'encoding' });
    expect(decodeCsv(bytes(0x41, 0x81, 0x42))).toMatchObject({ ok: false, problem: 'encoding' });
  });
});

describe('parsing', () => {
  it('detects ; and , separators, keeps quoted separators and trims cells', () => {
    const semi = parseCsv('Navn;CVR\r\n"Smed; og Maskin ApS"; 12345674 \r\n\r\n');
    expect(semi.ok && semi.csv).toEqual({ headers: ['Navn', 'CVR'], rows: [{ line: 2, cells: ['Smed; og Maskin ApS', '12345674'] }], delimiter: ';' });
    const comma = parseCsv('Name,Business ID\n"Oy Metalli, Turku",0112038-9\n');
    expect(comma.ok && comma.csv.delimiter).toBe(',');
    expect(comma.ok && comma.csv.rows[0]!.cells[0]).toBe('Oy Metalli, Turku');
  });

  it('reports an empty sheet, too many rows and an unclosed quote', () => {
    expect(parseCsv('Navn;CVR\n')).toEqual({ ok: false, problem: 'empty' });
    expect(parseCsv('Navn\na\nb\nc', 2)).toEqual({ ok: false, problem: 'tooManyRows' });
    expect(parseCsv('Navn;CVR\n"Smed;1\nPlast;2')).toMatchObject({ ok: false, problem: 'syntax' });
  });
});

describe('column mapping', () => {
  it('recognises Danish, English and Finnish headers', () => {
    expect(detectMapping(['Navn', 'CVR-nr.', 'Branchekode', 'Adresse', 'Postnr', 'By', 'E-mail', 'Telefon'])).toEqual({
      name: 0,
      registrationNumber: 1,
      nace: 2,
      street: 3,
      postcode: 4,
      city: 5,
      email: 6,
      phone: 7,
    });
    expect(detectMapping(['Company name', 'Registration number', 'NACE', 'Street', 'Postal code', 'Town', 'Email', 'Phone', 'Employees', 'Website'])).toEqual({
      name: 0,
      registrationNumber: 1,
      nace: 2,
      street: 3,
      postcode: 4,
      city: 5,
      email: 6,
      phone: 7,
      employees: 8,
      website: 9,
    });
    expect(detectMapping(['Yrityksen nimi', 'Y-tunnus', 'Toimiala', 'Katuosoite', 'Postinumero', 'Postitoimipaikka', 'Sähköposti', 'Puhelin'])).toEqual({
      name: 0,
      registrationNumber: 1,
      nace: 2,
      street: 3,
      postcode: 4,
      city: 5,
      email: 6,
      phone: 7,
    });
  });

  it('leaves unknown headers unmapped and never maps one column twice', () => {
    expect(detectMapping(['Kontaktperson', 'Navn', 'Navn'])).toEqual({ name: 1 });
    expect(headerKey(' Post nr. ')).toBe('postnr');
    expect(headerKey('Sähköposti')).toBe('sahkoposti');
  });

  it('reads a mapping chosen in the form; no selects means "detect"', () => {
    const form = new FormData();
    expect(mappingFromForm(form)).toBeNull();
    form.set('map-name', '2');
    form.set('map-nace', '');
    form.set('map-postcode', 'x');
    expect(mappingFromForm(form)).toEqual({ name: 2 });
  });
});

describe('industry codes', () => {
  it('maps six-digit DB07 branchekoder to NACE classes by their first four digits', () => {
    expect(normalizeNaceCode('256200')).toBe('25.62');
    expect(normalizeNaceCode('162300')).toBe('16.23');
    expect(normalizeNaceCode('2562')).toBe('25.62');
    expect(normalizeNaceCode('25.62')).toBe('25.62');
    expect(normalizeNaceCode('999999')).toBeUndefined();
  });

  it('splits a cell with several codes', () => {
    expect(splitCodes('256200; 28.41 / 3312')).toEqual(['256200', '28.41', '3312']);
    expect(splitCodes(' ')).toEqual([]);
  });
});
