import { describe, expect, it } from 'vitest';
import { lookupPostcode, normalizePostcode, postcodesFor } from '@/lib/geo/postcodes';

describe('postcode lookup', () => {
  it('finds Danish postcodes', () => {
    expect(lookupPostcode('DK', '4420')).toEqual({ name: 'Regstrup', lat: 55.6664, lng: 11.6185 });
    expect(lookupPostcode('DK', '4300')).toEqual({ name: 'Holbæk', lat: 55.7186, lng: 11.7069 });
    expect(lookupPostcode('DK', ' DK-4420 ')?.name).toBe('Regstrup');
  });

  it('finds Finnish postcodes with their leading zeros, Åland included', () => {
    expect(lookupPostcode('FI', '00100')).toEqual({ name: 'Helsinki', lat: 60.1714, lng: 24.9316 });
    expect(lookupPostcode('FI', '22100')?.name).toBe('Mariehamn');
    expect(lookupPostcode('FI', '100')).toBeUndefined();
  });

  it('keeps countries apart and rejects unknown codes', () => {
    expect(lookupPostcode('FI', '4420')).toBeUndefined();
    expect(lookupPostcode('DK', '00100')).toBeUndefined();
    expect(lookupPostcode('DK', '0999')).toBeUndefined(); // a PostNord-internal code, dropped
    expect(lookupPostcode('DK', '')).toBeUndefined();
  });

  it('lists every code of a country', () => {
    expect(postcodesFor('DK')).toHaveLength(1089);
    expect(postcodesFor('FI')).toHaveLength(3035);
    expect(postcodesFor('DK').every((p) => /^\d{4}$/.test(p.postcode))).toBe(true);
    expect(postcodesFor('FI').every((p) => /^\d{5}$/.test(p.postcode))).toBe(true);
  });

  it('normalises what people type', () => {
    expect(normalizePostcode('DK', 'dk 4420')).toBe('4420');
    expect(normalizePostcode('FI', 'FI-00 100')).toBe('00100');
  });
});
