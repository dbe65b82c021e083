import { PageSkeleton } from '@/components/ui/skeleton';

// Only the directory (a group of its own): a firm's page answers 404 for a ref the viewer may
// not see, and a loading boundary above it would turn that into a 200.
export default function Loading() {
  return <PageSkeleton cards={6} />;
}
