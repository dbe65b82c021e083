// The placeholder of a matches section while it streams in (dashboard, listing page).
import { getTranslations } from 'next-intl/server';
import { CardGridSkeleton, LoadingRegion, SkeletonBlock } from '@/components/ui/skeleton';

export async function MatchesSkeleton({ cards = 3 }: { cards?: number }) {
  const t = await getTranslations('boundary');
  return (
    <LoadingRegion label={t('loadingMatches')} className="flex flex-col gap-3">
      <SkeletonBlock className="mb-3 h-6 w-48" />
      <CardGridSkeleton count={cards} />
    </LoadingRegion>
  );
}
