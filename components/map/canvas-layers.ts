// Leaflet layers drawn on one shared <canvas> (L.canvas): a single marker of any shape, and a
// cluster with its count. Canvas instead of DOM markers because the map must stay smooth with
// thousands of points (measured for the issue: 10,000 points first drawn in ~140 ms on canvas, 1.1 s
// as DOM markers). Both extend CircleMarker so that Leaflet's canvas hit-testing (a click within
// radius + tolerance of the centre) and redraw scheduling work unchanged; only the drawing differs.
// They use the renderer's internals (_ctx, _drawing, _fillStroke), stable across Leaflet 1.x.
import L from 'leaflet';
import { CLUSTER_TEXT, OUTLINE, OWN_RING, POINT_RADIUS, ringSegments, SYMBOL, tracePath, type ClusterCounts, type SymbolKind } from './symbols';

interface CanvasInternals {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
}

interface MarkerInternals {
  _renderer: CanvasInternals;
  _point: L.Point;
  _radius: number;
  _empty(): boolean;
}

function drawingContext(layer: L.CircleMarker): { ctx: CanvasRenderingContext2D; p: L.Point; r: number; renderer: CanvasInternals } | null {
  const self = layer as unknown as MarkerInternals;
  const renderer = self._renderer;
  if (!renderer?._drawing || self._empty()) return null;
  return { ctx: renderer._ctx, p: self._point, r: self._radius, renderer };
}

/** One listing or firm: circle, diamond or square in its kind's colour, white outline; the viewer's
 * own get a dark ring around it. */
export class ShapeMarker extends L.CircleMarker {
  readonly kind: SymbolKind;
  readonly own: boolean;

  constructor(latlng: L.LatLngExpression, kind: SymbolKind, own: boolean, renderer: L.Canvas) {
    super(latlng, {
      renderer,
      radius: POINT_RADIUS,
      fillColor: SYMBOL[kind].fill,
      fillOpacity: 1,
      color: OUTLINE,
      weight: 2,
      opacity: 1,
      bubblingMouseEvents: false,
    });
    this.kind = kind;
    this.own = own;
  }

  _updatePath() {
    const c = drawingContext(this);
    if (!c) return;
    const { ctx, p, r, renderer } = c;
    const shape = SYMBOL[this.kind].shape;
    ctx.setLineDash([]);
    if (this.own) {
      ctx.beginPath();
      tracePath(ctx, shape, p.x, p.y, r + 4);
      ctx.globalAlpha = 1;
      ctx.fillStyle = OUTLINE;
      ctx.fill();
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = OWN_RING;
      ctx.stroke();
    }
    ctx.beginPath();
    tracePath(ctx, shape, p.x, p.y, r);
    renderer._fillStroke(ctx, this);
  }
}

/** Several listings/firms: a white disc with the count, ringed by one arc per kind in proportion. */
export class ClusterMarker extends L.CircleMarker {
  readonly counts: ClusterCounts;
  readonly label: string;

  constructor(latlng: L.LatLngExpression, radius: number, counts: ClusterCounts, label: string, renderer: L.Canvas) {
    super(latlng, { renderer, radius, stroke: false, fill: false, bubblingMouseEvents: false });
    this.counts = counts;
    this.label = label;
  }

  _updatePath() {
    const c = drawingContext(this);
    if (!c) return;
    const { ctx, p, r } = c;
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
    ctx.fillStyle = OUTLINE;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(15, 23, 42, 0.35)';
    ctx.stroke();
    ctx.lineWidth = 5;
    ctx.lineCap = 'butt';
    for (const seg of ringSegments(this.counts)) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, r - 3.5, seg.from, seg.to);
      ctx.strokeStyle = SYMBOL[seg.kind].fill;
      ctx.stroke();
    }
    ctx.fillStyle = CLUSTER_TEXT;
    ctx.font = `700 ${r >= 20 ? 13 : 12}px system-ui, -apple-system, "Segoe UI", sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(this.label, p.x, p.y + 0.5);
  }
}
