'use client';
// The error boundary of a route group (its error.tsx): a localized message and a retry that
// fetches and renders the segment again. notFound() and redirects never land here; they have their own paths.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { buttonClass } from './button-class';

export function RouteError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations('boundary.error');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    console.error(error);
    // Move focus to the message so keyboard and screen-reader users learn what happened.
    heading.current?.focus();
  }, [error]);
  return (
    <section role="alert" className="max-w-xl">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold text-slate-900 outline-none">
        {t('title')}
      </h1>
      <p className="mt-2 text-slate-700">{t('text')}</p>
      {error.digest ? <p className="mt-1 text-xs text-slate-600">{t('reference', { digest: error.digest })}</p> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => retry()} className={buttonClass()}>
          {t('retry')}
        </button>
        <Link href="/">{t('home')}</Link>
      </div>
    </section>
  );
}
