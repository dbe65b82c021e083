'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { AREA, LINE, OUTLINE, OWN_RING, SYMBOL, svgPath, type SymbolKind } from './symbols';

/** The map's symbol as a small inline SVG (legend, list, popups): same shape and colour as drawn. */
export function SymbolIcon({ kind, size = 18, own = false }: { kind: SymbolKind; size?: number; own?: boolean }) {
  const c = size / 2;
  const r = own ? size * 0.28 : size * 0.36;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false" className="shrink-0">
      {own ? <path d={svgPath(SYMBOL[kind].shape, c, c, r + 3)} fill={OUTLINE} stroke={OWN_RING} strokeWidth={2} /> : null}
      <path d={svgPath(SYMBOL[kind].shape, c, c, r)} fill={SYMBOL[kind].fill} stroke={OUTLINE} strokeWidth={1.5} />
    </svg>
  );
}

function ClusterIcon() {
  return (
    <svg width={26} height={26} viewBox="0 0 26 26" aria-hidden="true" focusable="false" className="shrink-0">
      <circle cx={13} cy={13} r={12} fill={OUTLINE} stroke="rgba(15,23,42,0.35)" />
      <path d="M 13 4.5 A 8.5 8.5 0 0 1 21.5 13" fill="none" stroke={SYMBOL.offer.fill} strokeWidth={4} />
      <path d="M 21.5 13 A 8.5 8.5 0 1 1 13 4.5" fill="none" stroke={SYMBOL.need.fill} strokeWidth={4} />
      <text x={13} y={13.5} textAnchor="middle" dominantBaseline="middle" fontSize={9} fontWeight={700} fill="#0f172a">
        12
      </text>
    </svg>
  );
}

/** What the symbols mean, with the same symbols. Lines only for members with their own listings. */
export function MapLegend({ showLines, showCompanies, showOwn }: { showLines: boolean; showCompanies: boolean; showOwn: boolean }) {
  const t = useTranslations('map.legend');
  const items: { key: string; icon: ReactNode; label: string }[] = [
    { key: 'offer', icon: <SymbolIcon kind="offer" />, label: t('offer') },
    { key: 'need', icon: <SymbolIcon kind="need" />, label: t('need') },
    ...(showCompanies ? [{ key: 'company', icon: <SymbolIcon kind="company" />, label: t('company') }] : []),
    ...(showOwn ? [{ key: 'own', icon: <SymbolIcon kind="offer" own />, label: t('own') }] : []),
    { key: 'cluster', icon: <ClusterIcon />, label: t('cluster') },
    ...(showLines
      ? [
          {
            key: 'line',
            icon: (
              <svg width={28} height={12} aria-hidden="true" focusable="false" className="shrink-0">
                <line x1={1} y1={6} x2={27} y2={6} stroke={LINE.color} strokeWidth={LINE.weight} strokeDasharray={LINE.dash.join(' ')} />
              </svg>
            ),
            label: t('line'),
          },
        ]
      : []),
    {
      key: 'area',
      icon: (
        <svg width={22} height={22} aria-hidden="true" focusable="false" className="shrink-0">
          <circle cx={11} cy={11} r={9} fill={AREA.fill} fillOpacity={0.12} stroke={AREA.color} strokeWidth={1.5} strokeDasharray="4 3" />
        </svg>
      ),
      label: t('area'),
    },
  ];
  return (
    <section aria-labelledby="map-legend-heading" className="mt-3 rounded-lg border border-slate-300 bg-white px-4 py-3">
      <h2 id="map-legend-heading" className="text-sm font-semibold text-slate-900">
        {t('heading')}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-800">
        {items.map((i) => (
          <li key={i.key} className="flex items-center gap-2">
            {i.icon}
            {i.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
