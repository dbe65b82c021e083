'use client';
// Leaflet needs the browser (window), so the map is loaded on the client only.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { AreaMapProps } from './area-map-client';

function LoadingMap() {
  const t = useTranslations('municipality.map');
  return (
    <div className="flex h-80 w-full items-center justify-center rounded-lg border border-slate-200 bg-slate-100 text-slate-700 sm:h-[28rem]">
      {t('loading')}
    </div>
  );
}

const AreaMap = dynamic(() => import('./area-map-client').then((m) => m.AreaMapClient), { ssr: false, loading: LoadingMap });

export function AreaMapLoader(props: AreaMapProps) {
  return <AreaMap {...props} />;
}
