import { describe, expect, it } from 'vitest';
import {
  formatRegistrationNumber,
  isValidRegistrationNumber,
  parseCvr,
  parseRegistrationNumber,
  parseYTunnus,
  yTunnusCheckDigit,
} from '@/lib/validations/registration-number';

describe('Danish CVR (modulus 11)', () => {
  // Real, published CVR numbers: Novo Nordisk, A.P. Møller - Mærsk, Danske Bank, LEGO A/S.
  it.each(['24256790', '22756214', '61126228', '54562519'])('accepts %s', (cvr) => {
    expect(parseCvr(cvr)).toEqual({ ok: true, value: cvr });
  });

  it('accepts the forms people type and normalises them', () => {
    for (const input of ['DK24256790', 'dk 24256790', '24 25 67 90', 'DK-24 25 67 90', ' 24256790 ', '24.25.67.90']) {
      expect(parseCvr(input), input).toEqual({ ok: true, value: '24256790' });
    }
  });

  it('rejects a wrong check sum', () => {
    expect(parseCvr('24256791')).toEqual({ ok: false, problem: 'checksum' });
    expect(parseCvr('12345678')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('rejects bad formats: leading zero, wrong length, letters', () => {
    for (const input of ['02425679', '2425679', '242567900', '2425679A', '', 'DK', 'CVR 24256790']) {
      expect(parseCvr(input), input).toEqual({ ok: false, problem: 'format' });
    }
  });
});

describe('Finnish Y-tunnus', () => {
  // Real business IDs: Nokia Oyj, Kone Oyj, Wärtsilä Oyj Abp, Fortum Oyj.
  it.each(['0112038-9', '1927400-1', '0357502-9', '1463611-4'])('accepts %s', (id) => {
    expect(parseYTunnus(id)).toEqual({ ok: true, value: id });
  });

  it('accepts the VAT form, a missing dash, spaces and the old 6-digit body', () => {
    for (const input of ['FI01120389', 'fi 01120389', '01120389', '0112038 - 9', '112038-9', '0112038-9 ']) {
      expect(parseYTunnus(input), input).toEqual({ ok: true, value: '0112038-9' });
    }
  });

  it('computes the check digit: remainder 0 → 0, remainder 1 → no valid ID, else 11 − r', () => {
    expect(yTunnusCheckDigit('0112038')).toBe(9);
    // Find bodies with each remainder to pin the two special cases.
    const bodies = Array.from({ length: 200 }, (_, i) => String(1000000 + i * 7));
    const sum = (b: string) => [7, 9, 10, 5, 8, 4, 2].reduce((a, w, i) => a + w * Number(b[i]), 0);
    const r0 = bodies.find((b) => sum(b) % 11 === 0)!;
    const r1 = bodies.find((b) => sum(b) % 11 === 1)!;
    expect(yTunnusCheckDigit(r0)).toBe(0);
    expect(parseYTunnus(`${r0}-0`)).toEqual({ ok: true, value: `${r0}-0` });
    expect(yTunnusCheckDigit(r1)).toBeUndefined();
    for (let d = 0; d <= 9; d++) expect(parseYTunnus(`${r1}-${d}`).ok).toBe(false);
  });

  it('rejects a wrong check digit', () => {
    expect(parseYTunnus('0112038-8')).toEqual({ ok: false, problem: 'checksum' });
    expect(parseYTunnus('1927400-2')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('rejects bad formats', () => {
    for (const input of ['12345-6', '12345678-9', '0112038-', 'ABCDEFG-1', '', '0112038-99', 'SE0112038-9']) {
      expect(parseYTunnus(input), input).toEqual({ ok: false, problem: 'format' });
    }
  });
});

describe('per country', () => {
  it('checks the number against the country it belongs to', () => {
    expect(isValidRegistrationNumber('DK', '24256790')).toBe(true);
    expect(isValidRegistrationNumber('FI', '24256790')).toBe(false);
    expect(isValidRegistrationNumber('FI', '0112038-9')).toBe(true);
    expect(isValidRegistrationNumber('DK', '0112038-9')).toBe(false);
    expect(parseRegistrationNumber('DK', 'DK 2425 6790')).toEqual({ ok: true, value: '24256790' });
  });

  it('formats valid numbers canonically and leaves others alone', () => {
    expect(formatRegistrationNumber('FI', 'FI01120389')).toBe('0112038-9');
    expect(formatRegistrationNumber('DK', 'junk')).toBe('junk');
  });
});
