import type { ListingKind } from '@/lib/dal/listings';

// Kind is said in words and colour together, never colour alone.
const STYLES: Record<ListingKind, string> = {
  offer: 'bg-emerald-100 text-emerald-900 ring-emerald-700/30',
  need: 'bg-amber-100 text-amber-950 ring-amber-700/30',
};

export function KindBadge({ kind, label }: { kind: ListingKind; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-bold tracking-wide uppercase ring-1 ring-inset ${STYLES[kind]}`}>
      <span aria-hidden="true">{kind === 'offer' ? '↑' : '↓'}</span>
      {label}
    </span>
  );
}

const STATE_STYLES = {
  active: 'bg-sky-50 text-sky-900',
  paused: 'bg-slate-200 text-slate-800',
  closed: 'bg-slate-200 text-slate-800',
  expired: 'bg-red-50 text-red-800',
} as const;

export function StateBadge({ state, label }: { state: keyof typeof STATE_STYLES; label: string }) {
  return <span className={`inline-flex rounded px-2 py-0.5 text-xs font-semibold ${STATE_STYLES[state]}`}>{label}</span>;
}
