import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale as UiLocale } from '@/lib/i18n/config';
import { Highlighted } from '@/components/search/highlighted';
import type { DirectoryItem } from '@/lib/dal/company-directory';
import { naceLabel } from '@/lib/nace';
import { bandKey, languageName } from './labels';

/** One firm in the directory: name, what it does, where, how big, which languages. */
export async function CompanyCard({ company, locale }: { company: DirectoryItem; locale: UiLocale }) {
  const t = await getTranslations('companies');
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">
        <Link href={`/companies/${company.ref}`} className="text-teal-900 underline-offset-2 hover:underline">
          {company.highlight ? <Highlighted segments={company.highlight.name} /> : company.name}
        </Link>
      </h2>
      {company.highlight?.snippet.some((s) => s.hit) ? (
        <p className="line-clamp-3 text-sm text-slate-700">
          <Highlighted segments={company.highlight.snippet} />
        </p>
      ) : null}
      <ul className="text-sm text-slate-800">
        {company.nace.slice(0, 3).map((code) => (
          <li key={code}>{naceLabel(code, locale)}</li>
        ))}
      </ul>
      <dl className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {company.city ? (
          <div className="flex gap-1">
            <dt className="sr-only">{t('profile.town')}</dt>
            <dd>
              {company.postcode} {company.city}
            </dd>
          </div>
        ) : null}
        {company.employeesBand ? (
          <div className="flex gap-1">
            <dt className="sr-only">{t('profile.employees')}</dt>
            <dd>{t(`bands.${bandKey(company.employeesBand)}`)}</dd>
          </div>
        ) : null}
        {company.languages.length ? (
          <div className="flex gap-1">
            <dt className="sr-only">{t('profile.languages')}</dt>
            <dd>{company.languages.map((l) => languageName(l, locale)).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
