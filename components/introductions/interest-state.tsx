import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { IntroductionStatus } from '@/lib/dal/introduction-list';

const STYLE: Record<IntroductionStatus, string> = {
  pending: 'border-amber-300 bg-amber-50 text-amber-950',
  accepted: 'border-emerald-300 bg-emerald-50 text-emerald-950',
  declined: 'border-slate-300 bg-slate-50 text-slate-800',
  withdrawn: 'border-slate-300 bg-slate-50 text-slate-800',
};

/** Where the viewer's firm stands with a listing it has shown interest in, with the way on. */
export function InterestState({ status }: { status: IntroductionStatus }) {
  const t = useTranslations('introductions.interest');
  return (
    <p role="status" className={`rounded-md border px-3 py-2 text-sm ${STYLE[status]}`}>
      <span className="font-semibold">{t(`state.${status}`)}</span>{' '}
      <Link href="/introductions" className="underline">
        {status === 'accepted' ? t('seeContactDetails') : t('seeContacts')}
      </Link>
    </p>
  );
}
