import type { ReactNode } from 'react';

const tones = {
  neutral: 'bg-slate-100 text-slate-800',
  good: 'bg-emerald-50 text-emerald-900',
  warn: 'bg-amber-50 text-amber-900',
  bad: 'bg-red-50 text-red-800',
  info: 'bg-teal-50 text-teal-900',
} as const;

export function Badge({ tone = 'neutral', children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-semibold ${tones[tone]}`}>{children}</span>;
}
