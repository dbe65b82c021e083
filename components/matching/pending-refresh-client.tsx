'use client';
// While the worker computes a new listing's suggestions (usually well under a second), refresh the
// page a few times so they appear without the user reloading.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function PendingRefresh({ label }: { label: string }) {
  const router = useRouter();
  useEffect(() => {
    let tries = 0;
    const timer = setInterval(() => {
      tries += 1;
      router.refresh();
      if (tries >= 15) clearInterval(timer);
    }, 1500);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
      <span aria-hidden="true" className="inline-block size-3 animate-pulse rounded-full bg-teal-700" />
      {label}
    </p>
  );
}
