import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/lib/actions/locale';
import { LOCALES } from '@/lib/i18n/config';

const NAMES = { da: 'Dansk', en: 'English', fi: 'Suomi' } as const;

export async function LocaleSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common')]);
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t('language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-xs font-semibold ${l === locale ? 'bg-teal-800 text-white' : 'text-slate-700 hover:bg-slate-200'}`}
        >
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="sr-only">{NAMES[l]}</span>
        </button>
      ))}
    </form>
  );
}
