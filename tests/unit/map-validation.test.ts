import { describe, expect, it } from 'vitest';
import { mapQuerySchema, parseMapPageParams } from '@/lib/validations/map';

const ok = (params: Record<string, string>) => mapQuerySchema.safeParse(params);
const issuePaths = (params: Record<string, string>) => {
  const r = ok(params);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort();
};

describe('GET /api/v1/map parameters', () => {
  it('parses a view with filters', () => {
    const r = ok({
      bbox: '11.2, 55.5, 12.0, 55.8',
      zoom: '10',
      kind: 'offer',
      category: 'logistics',
      sector: 'c',
      theme: 'eksport-tyskland',
      near: '4420',
      km: '25',
    });
    expect(r.success && r.data).toEqual({
      bbox: { west: 11.2, south: 55.5, east: 12, north: 55.8 },
      zoom: 10,
      layer: 'listings',
      kind: 'offer',
      category: 'logistics',
      sector: 'C',
      theme: 'eksport-tyskland',
      near: { postcode: '4420', country: 'DK' },
      km: 25,
    });
  });

  it('clamps a box Leaflet reports beyond the world instead of refusing it', () => {
    const r = ok({ bbox: '-200,-89,200,89', zoom: '2' });
    expect(r.success && r.data.bbox.west).toBe(-180);
    expect(r.success && r.data.bbox.north).toBeLessThan(85.06);
  });

  it('names every bad parameter', () => {
    expect(issuePaths({ zoom: '10' })).toEqual(['bbox']);
    expect(issuePaths({ bbox: '11,55,12', zoom: '10' })).toEqual(['bbox']);
    expect(issuePaths({ bbox: '11,55,x,56', zoom: '10' })).toEqual(['bbox']);
    expect(issuePaths({ bbox: '12,55,11,56', zoom: '10' })).toEqual(['bbox']);
    expect(issuePaths({ bbox: '11,55,12,56', zoom: '10.5' })).toEqual(['zoom']);
    expect(issuePaths({ bbox: '11,55,12,56', zoom: '10', layer: 'roads', kind: 'both', sector: 'Z9', theme: '../x', near: 'nowhere', km: '0' })).toEqual([
      'kind',
      'km',
      'layer',
      'near',
      'sector',
      'theme',
    ]);
  });
});

describe('/map page parameters', () => {
  it('keeps good values and drops bad ones without an error', () => {
    const p = parseMapPageParams({ theme: 'groen-omstilling', kind: 'gift', km: ['10', '50'], companies: '1', at: '55.7,11.6,13', view: 'list', near: '4420' });
    expect(p.filters).toEqual({ theme: 'groen-omstilling', km: 10, companies: true, near: '4420' });
    expect(p.near).toEqual({ postcode: '4420', country: 'DK' });
    expect(p.view).toEqual({ lat: 55.7, lng: 11.6, zoom: 13 });
    expect(p.list).toBe(true);
    expect(parseMapPageParams({ theme: 'Ikke et tema!', at: 'x' })).toEqual({ filters: {}, near: null, view: null, list: false });
  });
});
