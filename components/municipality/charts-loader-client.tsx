'use client';
// Charts measure their box in the browser: rendered on the client only (the tables under them are
// server-rendered and carry the same figures).
import dynamic from 'next/dynamic';

const placeholder = () => <div className="h-40 w-full rounded-md bg-slate-100" aria-hidden="true" />;

export const BarsChartLoader = dynamic(() => import('./charts-client').then((m) => m.BarsChart), { ssr: false, loading: placeholder });
export const MonthsChartLoader = dynamic(() => import('./charts-client').then((m) => m.MonthsChart), { ssr: false, loading: placeholder });
