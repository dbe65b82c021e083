// The dashboard's matches, fetched on their own so the rest of the page need not wait for them
// (the page wraps this in <Suspense> with MatchesSkeleton).
import { getBestNewMatches } from '@/lib/dal/matches';
import type { Viewer } from '@/lib/dal/viewer';
import { DashboardMatches } from './dashboard-matches';
import { inUiLocale } from './ui-viewer';

export async function DashboardMatchesSection({ viewer }: { viewer: Viewer }) {
  return <DashboardMatches matches={await getBestNewMatches(await inUiLocale(viewer))} />;
}
