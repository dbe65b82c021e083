import type { IntroductionStatus } from '@/lib/dal/introduction-list';

// Status in words and colour together, never colour alone.
const STYLES: Record<IntroductionStatus, string> = {
  pending: 'bg-amber-100 text-amber-950',
  accepted: 'bg-emerald-100 text-emerald-950',
  declined: 'bg-slate-200 text-slate-900',
  withdrawn: 'bg-slate-200 text-slate-900',
};

export function StatusBadge({ status, label }: { status: IntroductionStatus; label: string }) {
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-bold ${STYLES[status]}`}>{label}</span>;
}
