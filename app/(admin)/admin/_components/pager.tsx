import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-class';

/** Previous/next links that keep the other query parameters. */
export function Pager({
  path,
  params,
  page,
  hasMore,
  labels,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  hasMore: boolean;
  labels: { prev: string; next: string; page: string; nav: string };
}) {
  if (page <= 1 && !hasMore) return null;
  const href = (p: number) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
    if (p > 1) query.set('page', String(p));
    const s = query.toString();
    return s ? `${path}?${s}` : path;
  };
  return (
    <nav aria-label={labels.nav} className="mt-6 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass('secondary')} rel="prev">
          {labels.prev}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{labels.page}</span>
      {hasMore ? (
        <Link href={href(page + 1)} className={buttonClass('secondary')} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
