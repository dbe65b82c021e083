import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';

/** Previous/next links that keep the current filters (plain links: no JavaScript needed). */
export async function Pagination({
  page,
  pageSize,
  total,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations('listings');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== 'page') q.set(k, v);
    if (p > 1) q.set('page', String(p));
    const s = q.toString();
    return s ? `/listings?${s}` : '/listings';
  };
  return (
    <nav aria-label={t('pagination.label')} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pages))} className={buttonClass('secondary')} rel="prev">
          ← {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">{t('pagination.pageOf', { page, pages })}</p>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonClass('secondary')} rel="next">
          {t('pagination.next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
