import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { MeetingInfo } from '@/lib/dal/themes';

/** "Next meeting: Tuesday 3 March 16:00 · Industrivej 4, Regstrup · Host: Regstrup Plast". */
export async function MeetingLine({ meeting, linkHost = false }: { meeting: MeetingInfo | null; linkHost?: boolean }) {
  const [t, format] = await Promise.all([getTranslations('themes.meeting'), getFormatter()]);
  if (!meeting) return <p className="text-sm text-slate-600">{t('none')}</p>;
  const when = format.dateTime(new Date(meeting.startsAt), { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
  return (
    <div className="flex flex-col gap-0.5 text-sm text-slate-800">
      <p>
        <span className="font-semibold text-slate-900">{meeting.upcoming ? t('next') : t('past')}: </span>
        <time dateTime={meeting.startsAt}>{when}</time>
      </p>
      {meeting.place ? <p>{meeting.place}</p> : null}
      {meeting.host ? (
        <p>
          {t('hostLabel')}:{' '}
          {linkHost ? (
            <Link href={`/companies/${meeting.host.ref}`} className="relative z-10">
              {meeting.host.name}
            </Link>
          ) : (
            meeting.host.name
          )}
        </p>
      ) : null}
    </div>
  );
}
