import { HeaderSkeleton, LoadingRegion, SkeletonBlock } from '@/components/ui/skeleton';

// Shown at once while the map's first view is prepared.
export default function Loading() {
  return (
    <LoadingRegion>
      <HeaderSkeleton />
      <SkeletonBlock className="h-[60vh] w-full" />
    </LoadingRegion>
  );
}
