import { PageSkeleton } from '@/components/ui/skeleton';

// Shown at once while the firm's page is fetched; its matches stream in after.
export default function Loading() {
  return <PageSkeleton cards={3} />;
}
