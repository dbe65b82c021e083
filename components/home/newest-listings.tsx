import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { HomeListing } from '@/lib/dal/home';

export async function NewestListings({ items }: { items: HomeListing[] }) {
  const [t, format] = await Promise.all([getTranslations('home'), getFormatter()]);
  return (
    <section aria-labelledby="newest-heading">
      <h2 id="newest-heading" className="text-xl font-bold text-slate-900">
        {t('newestHeading')}
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 text-slate-700">{t('noListings')}</p>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {items.map((l) => (
            <li key={l.ref} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2 text-xs">
                <span className={`rounded px-2 py-0.5 font-semibold ${l.kind === 'offer' ? 'bg-teal-100 text-teal-900' : 'bg-amber-100 text-amber-900'}`}>
                  {t(`kind.${l.kind}`)}
                </span>
                <span className="text-slate-700">{t(`categories.${l.category}`)}</span>
                <span className="text-slate-600">· {format.dateTime(l.createdAt, { day: 'numeric', month: 'short' })}</span>
              </p>
              <h3 lang={l.language} className="mt-2 font-semibold">
                <Link href={`/listings/${l.ref}`}>{l.title}</Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700">{l.city ? t('postedBy', { company: l.companyName, city: l.city }) : l.companyName}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href="/listings" className="font-semibold">
          {t('seeAll')} →
        </Link>
      </p>
    </section>
  );
}
