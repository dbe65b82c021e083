import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

// Placeholders shown while a page or a slow part of it streams in. The region is a live status
// with aria-busy and a visually hidden, localized "Loading …", so a screen reader hears that
// something is coming; the grey blocks themselves are hidden from it.

export async function LoadingRegion({ label, children, className = '' }: { label?: string; children: ReactNode; className?: string }) {
  const text = label ?? (await getTranslations('boundary'))('loading');
  return (
    <div role="status" aria-busy="true" aria-live="polite" className={className}>
      <span className="sr-only">{text}</span>
      <div aria-hidden="true">{children}</div>
    </div>
  );
}

export function SkeletonBlock({ className = '' }: { className?: string }) {
  return <div className={`animate-pulse rounded-md bg-slate-200 ${className}`} />;
}

/** A page heading with its subtitle. */
export function HeaderSkeleton() {
  return (
    <div className="mb-6 flex flex-col gap-2">
      <SkeletonBlock className="h-8 w-2/3 max-w-md" />
      <SkeletonBlock className="h-4 w-1/2 max-w-sm" />
    </div>
  );
}

/** A grid of cards, as listings, matches and firms are shown. */
export function CardGridSkeleton({ count = 6 }: { count?: number }) {
  return (
    <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <SkeletonBlock className="h-3 w-1/3" />
          <SkeletonBlock className="h-5 w-5/6" />
          <SkeletonBlock className="h-3 w-full" />
          <SkeletonBlock className="h-3 w-2/3" />
        </div>
      ))}
    </div>
  );
}

/** A whole page of cards: what most loading.tsx files show. */
export async function PageSkeleton({ cards = 6 }: { cards?: number }) {
  return (
    <LoadingRegion>
      <HeaderSkeleton />
      <CardGridSkeleton count={cards} />
    </LoadingRegion>
  );
}
