import { PageSkeleton } from '@/components/ui/skeleton';

// Shown at once while the notifications are fetched.
export default function Loading() {
  return <PageSkeleton cards={4} />;
}
