import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

// Missing and "not yours to see" look the same on purpose: a ref reveals nothing.
export async function ListingNotFound() {
  const [t, tl] = await Promise.all([getTranslations('errors'), getTranslations('listings')]);
  return (
    <section className="max-w-xl">
      <h1 className="text-2xl font-bold text-slate-900">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('not_found')}</p>
      <p className="mt-4">
        <Link href="/listings">← {tl('detail.backToList')}</Link>
      </p>
    </section>
  );
}
