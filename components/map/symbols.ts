// What each thing on the map looks like, in one place for the canvas (canvas-layers.ts) and the
// legend's SVG (legend.tsx), so the legend always shows exactly what is drawn.
//
// Kind is told by shape AND colour (never colour alone: colour-blind users, grey-scale prints):
// offers are circles, needs diamonds, firms squares. Colours are the badges' hues (kind-badge.tsx)
// at a darker step so each symbol has ≥ 3:1 contrast against the map background and the white
// outline separates it from any tile colour.

export type SymbolKind = 'offer' | 'need' | 'company';

export const SYMBOL: Record<SymbolKind, { shape: 'circle' | 'diamond' | 'square'; fill: string }> = {
  offer: { shape: 'circle', fill: '#047857' }, // emerald-700
  need: { shape: 'diamond', fill: '#b45309' }, // amber-700
  company: { shape: 'square', fill: '#4338ca' }, // indigo-700
};

export const OUTLINE = '#ffffff';
/** The extra ring around the viewer's own listings and firms. */
export const OWN_RING = '#0f172a'; // slate-900
export const CLUSTER_TEXT = '#0f172a';
export const LINE = { color: '#0e7490', weight: 3, dash: [8, 6] as number[] }; // cyan-700
export const AREA = { color: '#115e59', fill: '#14b8a6' }; // teal-800 / teal-500

/** Radius of a single marker in CSS pixels (the hit area adds the renderer's tolerance). */
export const POINT_RADIUS = 8;

/** Clusters grow with the log of their count, from 15 to 24 px. */
export function clusterRadius(count: number): number {
  return Math.min(24, 15 + Math.log10(Math.max(1, count)) * 3);
}

/** The outline of a shape of radius r around (x, y), as a path on a 2D context. */
export function tracePath(ctx: CanvasRenderingContext2D | Path2D, shape: 'circle' | 'diamond' | 'square', x: number, y: number, r: number) {
  if (shape === 'circle') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  } else if (shape === 'diamond') {
    // A diamond of the same area reads as the same size as the circle: half-diagonal r·√(π/2).
    const d = r * 1.25;
    ctx.moveTo(x, y - d);
    ctx.lineTo(x + d, y);
    ctx.lineTo(x, y + d);
    ctx.lineTo(x - d, y);
    ctx.closePath();
  } else {
    const h = r * 0.89; // same area as the circle: half-side r·√π/2
    ctx.rect(x - h, y - h, 2 * h, 2 * h);
  }
}

/** SVG path data for the legend, matching tracePath. */
export function svgPath(shape: 'circle' | 'diamond' | 'square', x: number, y: number, r: number): string {
  if (shape === 'circle') return `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`;
  if (shape === 'diamond') {
    const d = r * 1.25;
    return `M ${x} ${y - d} L ${x + d} ${y} L ${x} ${y + d} L ${x - d} ${y} Z`;
  }
  const h = r * 0.89;
  return `M ${x - h} ${y - h} h ${2 * h} v ${2 * h} h ${-2 * h} Z`;
}

/** Counts of a cluster, for its ring: one arc per kind, proportional. */
export interface ClusterCounts {
  offers: number;
  needs: number;
  companies: number;
}

export function ringSegments(c: ClusterCounts): { kind: SymbolKind; from: number; to: number }[] {
  const total = c.offers + c.needs + c.companies;
  if (total === 0) return [];
  const parts: [SymbolKind, number][] = [
    ['offer', c.offers],
    ['need', c.needs],
    ['company', c.companies],
  ];
  const out: { kind: SymbolKind; from: number; to: number }[] = [];
  let at = -Math.PI / 2;
  for (const [kind, n] of parts) {
    if (n === 0) continue;
    const to = at + (n / total) * Math.PI * 2;
    out.push({ kind, from: at, to });
    at = to;
  }
  return out;
}

/** 1234 → "1,2k" in Danish, "1.2k" in English: cluster labels must fit in the circle. (Intl's
 * compact notation says "1,2 t." in Danish, which reads like tonnes on a map of materials.) */
export function compactCount(n: number, locale: string): string {
  if (n < 1000) return String(n);
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: n < 10_000 ? 1 : 0 }).format(n / 1000)}k`;
}
