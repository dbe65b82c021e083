import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors');
  return { title: t('notFoundTitle') };
}

// Every notFound() outside /listings (another firm's edit page, an unknown network, a mistyped
// address) lands here. Without this file Next shows its own English "This page could not be
// found." in a Danish-first product. Missing and "not yours to see" read the same on purpose.
export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <section className="max-w-xl">
      <h1 className="text-2xl font-bold text-slate-900">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('not_found')}</p>
      <p className="mt-4">
        <Link href="/">{t('backHome')}</Link>
      </p>
    </section>
  );
}
