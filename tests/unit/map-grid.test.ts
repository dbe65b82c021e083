import { describe, expect, it } from 'vitest';
import {
  aggregateAtZoom,
  bboxAroundCircle,
  bboxForView,
  cellOf,
  cellsPerWorld,
  cellWidthKm,
  containsBBox,
  directionTo,
  formatBBox,
  latFromMercatorY,
  mercatorX,
  mercatorY,
  padBBox,
  POINTS_CAP,
  POINTS_ZOOM,
  pointsLimitAtZoom,
  unionBBox,
} from '@/lib/map/grid';
import { activeFilterCount, mapApiSearch, mapPageSearch, parseAt } from '@/lib/map/params';

const REGSTRUP = { lat: 55.6664, lng: 11.6185 };

describe('Web Mercator grid', () => {
  it('projects like Leaflet: the equator and the prime meridian in the middle, north at the top', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(60)).toBeLessThan(mercatorY(55));
    expect(latFromMercatorY(mercatorY(55.6664))).toBeCloseTo(55.6664, 9);
    // Out-of-range input is clamped instead of producing Infinity.
    expect(Number.isFinite(mercatorY(90))).toBe(true);
  });

  it('doubles the cells per zoom level and keeps cells about 64 px of screen', () => {
    expect(cellsPerWorld(0)).toBe(4);
    expect(cellsPerWorld(10)).toBe(4096);
    expect(cellsPerWorld(10.4)).toBe(cellsPerWorld(10));
    // At zoom 9 in Regstrup a cell is ~ 11 km wide; at zoom 13 ~ 0.7 km.
    expect(cellWidthKm(9, REGSTRUP.lat)).toBeGreaterThan(10);
    expect(cellWidthKm(9, REGSTRUP.lat)).toBeLessThan(12);
    expect(cellWidthKm(13, REGSTRUP.lat)).toBeCloseTo(cellWidthKm(9, REGSTRUP.lat) / 16, 6);
  });

  it('puts near points in one cell and far ones in different cells', () => {
    const holbaek = { lat: 55.7167, lng: 11.7167 };
    expect(cellOf(REGSTRUP, 6)).toEqual(cellOf(holbaek, 6));
    expect(cellOf(REGSTRUP, 12)).not.toEqual(cellOf(holbaek, 12));
    const c = cellOf(REGSTRUP, 9);
    expect(Number.isInteger(c.x) && Number.isInteger(c.y)).toBe(true);
  });

  it('aggregates on the server only below street level, sooner the further out', () => {
    expect(aggregateAtZoom(POINTS_ZOOM - 1)).toBe(true);
    expect(aggregateAtZoom(POINTS_ZOOM)).toBe(false);
    expect(pointsLimitAtZoom(POINTS_ZOOM)).toBe(POINTS_CAP);
    expect(pointsLimitAtZoom(12)).toBeLessThan(POINTS_CAP);
    expect(pointsLimitAtZoom(6)).toBeLessThan(pointsLimitAtZoom(10));
  });
});

describe('boxes', () => {
  it('computes the box a 1280 × 800 map shows, centred where asked', () => {
    const b = bboxForView(REGSTRUP, 9, 1280, 800);
    expect((b.west + b.east) / 2).toBeCloseTo(REGSTRUP.lng, 6);
    expect(b.east - b.west).toBeCloseTo((1280 / (256 * 2 ** 9)) * 360, 6);
    expect(b.south).toBeLessThan(REGSTRUP.lat);
    expect(b.north).toBeGreaterThan(REGSTRUP.lat);
    // Mercator stretches the north: fewer degrees of latitude above the centre than below it.
    expect(b.north - REGSTRUP.lat).toBeLessThan(REGSTRUP.lat - b.south);
  });

  it('pads, contains, unites and formats boxes', () => {
    const b = { west: 11, south: 55, east: 12, north: 56 };
    const p = padBBox(b, 0.25);
    expect(p).toEqual({ west: 10.75, south: 54.75, east: 12.25, north: 56.25 });
    expect(containsBBox(p, b)).toBe(true);
    expect(containsBBox(b, p)).toBe(false);
    expect(padBBox({ west: -179, south: 80, east: 179, north: 85 }, 1).west).toBe(-180);
    expect(unionBBox([b, { west: 10, south: 55.5, east: 11.5, north: 57 }])).toEqual({ west: 10, south: 55, east: 12, north: 57 });
    expect(unionBBox([])).toBeNull();
    expect(formatBBox({ west: 11.123456789, south: 55, east: 12, north: 56.000001 })).toBe('11.12346,55,12,56');
  });

  it("frames a network's circle", () => {
    const b = bboxAroundCircle(REGSTRUP, 25);
    expect(b.north - b.south).toBeCloseTo(50 / 111.32, 6);
    // Longitude degrees are shorter at 55.7° N: the box is wider in degrees than tall.
    expect(b.east - b.west).toBeGreaterThan(1.7 * (b.north - b.south));
  });
});

describe('where an area lies', () => {
  it('gives the distance and the nearest of eight directions', () => {
    const holbaek = directionTo(REGSTRUP, { lat: 55.7167, lng: 11.7167 });
    expect(holbaek.direction).toBe('ne');
    expect(holbaek.km).toBeGreaterThan(7.5);
    expect(holbaek.km).toBeLessThan(8.5);
    expect(directionTo(REGSTRUP, { lat: 55.6806, lng: 11.0886 }).direction).toBe('w'); // Kalundborg
    expect(directionTo(REGSTRUP, { lat: 55.3, lng: 11.6185 }).direction).toBe('s');
    expect(directionTo(REGSTRUP, { lat: 55.5, lng: 11.3 }).direction).toBe('sw');
    expect(directionTo(REGSTRUP, REGSTRUP).km).toBe(0);
  });
});

describe('map URL parameters', () => {
  it('writes only the filters that are set, the view and list mode', () => {
    expect(mapPageSearch({})).toBe('');
    expect(mapPageSearch({ theme: 'eksport-tyskland' })).toBe('?theme=eksport-tyskland');
    expect(mapPageSearch({ kind: 'need', km: 25, companies: true }, { lat: 55.666641, lng: 11.618512, zoom: 12.2 }, true)).toBe(
      '?kind=need&km=25&companies=1&at=55.66664%2C11.61851%2C12&view=list',
    );
  });

  it('builds the API request of one layer', () => {
    const q = new URLSearchParams(mapApiSearch({ sector: 'C', near: '4420' }, { west: 11, south: 55, east: 12, north: 56 }, 9.6, 'companies'));
    expect(Object.fromEntries(q)).toEqual({ bbox: '11,55,12,56', zoom: '10', sector: 'C', near: '4420', layer: 'companies' });
  });

  it('reads a shared view and rejects a malformed one', () => {
    expect(parseAt('55.66664,11.61851,12')).toEqual({ lat: 55.66664, lng: 11.61851, zoom: 12 });
    expect(parseAt('55.6,11.6')).toBeNull();
    expect(parseAt('95,11,10')).toBeNull();
    expect(parseAt('55,11,42')).toBeNull();
    expect(parseAt(undefined)).toBeNull();
  });

  it('counts the active filters', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ kind: 'offer', theme: 'x', near: '4420', km: 10, companies: true })).toBe(3);
  });
});
