import { getTranslations } from 'next-intl/server';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const t = await getTranslations('common');
  return (
    <section>
      <h1 className="text-3xl font-bold">Industrivej</h1>
      <p className="mt-2 max-w-2xl text-slate-700">{t('tagline')}</p>
    </section>
  );
}
