import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { HowItWorks } from '@/components/home/how-it-works';
import { NetworkOverview } from '@/components/home/network-overview';
import { NewestListings } from '@/components/home/newest-listings';
import { buttonClass } from '@/components/ui/button-class';
import { getHomeOverview } from '@/lib/dal/home';
import { getViewer } from '@/lib/dal/viewer';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home');
  return { title: t('metaTitle') };
}

export default async function HomePage() {
  const viewer = await getViewer();
  const [t, overview] = await Promise.all([getTranslations('home'), getHomeOverview(viewer)]);
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="text-3xl font-bold text-slate-900 sm:text-4xl">
          {t('title')}
        </h1>
        <p className="mt-3 text-lg text-slate-700">{t('lead')}</p>
        <div className="mt-5 flex flex-col gap-3 sm:flex-row">
          {viewer ? (
            <Link href="/listings/new" className={`${buttonClass('primary')} text-white! no-underline hover:no-underline`}>
              {t('ctaNew')}
            </Link>
          ) : (
            <Link href="/signup" className={`${buttonClass('primary')} text-white! no-underline hover:no-underline`}>
              {t('ctaSignup')}
            </Link>
          )}
          <Link href="/listings" className={`${buttonClass('secondary')} no-underline hover:no-underline`}>
            {t('ctaBrowse')}
          </Link>
        </div>
      </section>

      {overview.networks.length === 0 ? (
        <p className="text-slate-700">{t('noNetworks')}</p>
      ) : (
        overview.networks.map((n) => <NetworkOverview key={n.ref} network={n} signedIn={!!viewer} />)
      )}

      <HowItWorks />
      <NewestListings items={overview.newest} />
    </div>
  );
}
