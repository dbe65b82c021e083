import { describe, expect, it } from 'vitest';
import {
  isSelectableNace,
  naceAncestors,
  naceByCode,
  naceClasses,
  naceDivisions,
  naceEntries,
  naceGroups,
  naceLabel,
  naceName,
  naceSectionOf,
  naceSections,
  normalizeNaceCode,
  searchNace,
  selectableNaceOptions,
} from '@/lib/nace';

describe('NACE reference data', () => {
  it('has the full NACE Rev. 2 structure', () => {
    expect(naceEntries()).toHaveLength(996);
    expect(naceSections()).toHaveLength(21);
    expect(naceDivisions()).toHaveLength(88);
    expect(naceGroups()).toHaveLength(272);
    expect(naceClasses()).toHaveLength(615);
  });

  it('names codes in each UI language', () => {
    expect(naceName('25.62', 'da')).toBe('Maskinforarbejdning');
    expect(naceName('25.62', 'en')).toBe('Machining');
    expect(naceName('25.62', 'fi')).toBe('Metallien työstö');
    expect(naceName('22.29', 'da')).toBe('Fremstilling af andre plastprodukter');
    expect(naceName('99.99', 'da')).toBeUndefined();
    expect(naceLabel('25.62', 'da')).toBe('25.62 Maskinforarbejdning');
    expect(naceLabel('99.99', 'da')).toBe('99.99');
  });

  it('knows the hierarchy', () => {
    expect(naceByCode('25.62')).toMatchObject({ level: 'class', parent: '25.6' });
    expect(naceAncestors('25.62').map((e) => e.code)).toEqual(['C', '25', '25.6', '25.62']);
    expect(naceSectionOf('43.22')).toBe('F');
    expect(naceSectionOf('01')).toBe('A');
    expect(isSelectableNace('25.62')).toBe(true);
    expect(isSelectableNace('25.6')).toBe(true);
    expect(isSelectableNace('25')).toBe(false);
    expect(isSelectableNace('C')).toBe(false);
    expect(selectableNaceOptions('da')).toHaveLength(615 + 272);
  });

  it('normalises codes as people and registers write them', () => {
    expect(normalizeNaceCode('25.62')).toBe('25.62');
    expect(normalizeNaceCode('2562')).toBe('25.62');
    expect(normalizeNaceCode('256200')).toBe('25.62'); // a CVR branchekode
    expect(normalizeNaceCode(' c ')).toBe('C');
    expect(normalizeNaceCode('99.99')).toBeUndefined();
    expect(normalizeNaceCode('abc')).toBeUndefined();
  });

  it('searches by code prefix and by name, accent-insensitively, in the given language', () => {
    expect(searchNace('25.62', 'da')[0]?.code).toBe('25.62');
    expect(searchNace('2562', 'en')[0]?.code).toBe('25.62');
    expect(searchNace('maskinforarb', 'da').map((e) => e.code)).toContain('25.62');
    expect(searchNace('tyosto', 'fi').map((e) => e.code)).toContain('25.62');
    expect(searchNace('plastprodukter', 'da').map((e) => e.code)).toContain('22.29');
    expect(searchNace('Machining', 'en')[0]?.code).toBe('25.62');
    // Only selectable levels come back, and the limit holds.
    expect(searchNace('', 'da', 10)).toHaveLength(10);
    expect(searchNace('25', 'da').every((e) => e.level === 'class' || e.level === 'group')).toBe(true);
    expect(searchNace('zzzzqq', 'da')).toEqual([]);
  });
});

describe('NACE ranking', () => {
  it('ranks word starts above matches inside a word', () => {
    const top = searchNace('plast', 'da', 8).map((e) => e.code);
    expect(top).toEqual(expect.arrayContaining(['20.16', '22.2', '22.22', '22.29']));
    // "maskinforarbejdning" inside 25.6's longer name still comes after 25.62 that starts with it.
    expect(searchNace('maskinforarbejdning', 'da', 2).map((e) => e.code)).toEqual(['25.62', '25.6']);
  });
});
