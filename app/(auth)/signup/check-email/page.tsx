import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('credentials.checkEmail');
  return { title: t('title') };
}

// The one answer to every sign-up: whether the address was new or already had an account, the
// mailbox says what to do next.
export default async function SignUpCheckEmailPage() {
  const t = await getTranslations('credentials.checkEmail');
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="text-slate-800">{t('body')}</p>
      <p className="mt-3 text-sm text-slate-700">{t('tips')}</p>
      <Link href="/signin" className={`${buttonClass('secondary')} mt-6 no-underline`}>
        {t('toSignIn')}
      </Link>
    </>
  );
}
