import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';

/** Why you cannot post yet, and the one step that fixes it. */
export async function CreateGate({ reason }: { reason: 'signIn' | 'noCompany' }) {
  const t = await getTranslations('listings');
  return (
    <section className="max-w-xl rounded-lg border border-slate-300 bg-white p-6" aria-labelledby="gate-heading">
      <h1 id="gate-heading" className="text-2xl font-bold text-slate-900">
        {reason === 'signIn' ? t('gate.signInTitle') : t('gate.noCompanyTitle')}
      </h1>
      <p className="mt-2 text-slate-700">{reason === 'signIn' ? t('gate.signInBody') : t('gate.noCompanyBody')}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        {reason === 'signIn' ? (
          <>
            <Link href={`/signin?callbackUrl=${encodeURIComponent('/listings/new')}`} className={buttonClass('primary')}>
              {t('gate.signIn')}
            </Link>
            <Link href="/signup" className={buttonClass('secondary')}>
              {t('gate.signUp')}
            </Link>
          </>
        ) : (
          <Link href="/onboarding" className={buttonClass('primary')}>
            {t('gate.onboarding')}
          </Link>
        )}
      </div>
    </section>
  );
}
