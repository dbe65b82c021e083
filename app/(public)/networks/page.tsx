import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NetworkCard } from '@/components/networks/network-card';
import { PageHeader } from '@/components/ui/page-header';
import { listNetworks } from '@/lib/dal/networks';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('networks');
  return { title: t('title') };
}

export default async function NetworksPage() {
  const [t, list] = await Promise.all([getTranslations('networks'), listNetworks()]);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {list.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {list.map((n) => (
            <NetworkCard
              key={n.id}
              href={`/networks/${n.ref}`}
              name={n.name}
              description={n.description}
              membersLabel={t('members', { count: n.memberCount })}
              areaLabel={t('radius', { km: n.radiusKm })}
              linkLabel={t('open')}
            />
          ))}
        </div>
      )}
    </>
  );
}
