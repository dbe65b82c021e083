import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CompanyContactDetails } from '@/lib/dal/companies';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Another firm's contact details, revealed by an accepted introduction: tap to mail or call. */
export function ContactDetails({
  contact,
  company,
  headingId,
}: {
  contact: CompanyContactDetails;
  company: { ref: string; name: string; city: string | null };
  headingId: string;
}) {
  const t = useTranslations('introductions.contact');
  const link = 'break-all font-medium text-teal-800 underline';
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm">
      <h4 id={headingId} className="mb-2 font-semibold text-emerald-950">
        {t('title', { company: company.name })}
      </h4>
      <dl className="grid gap-2">
        {contact.phone ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-700 uppercase">{t('phone')}</dt>
            <dd>
              <a href={tel(contact.phone)} className={`${link} inline-flex min-h-11 items-center`}>
                {contact.phone}
              </a>
            </dd>
          </div>
        ) : null}
        {contact.email ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-700 uppercase">{t('email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} className={`${link} inline-flex min-h-11 items-center`}>
                {contact.email}
              </a>
            </dd>
          </div>
        ) : null}
        {contact.street ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-700 uppercase">{t('address')}</dt>
            <dd>
              {contact.street}
              {company.city ? `, ${company.city}` : ''}
            </dd>
          </div>
        ) : null}
        {contact.people.length ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-700 uppercase">{t('people')}</dt>
            <dd>
              <ul className="flex flex-col">
                {contact.people.map((p) => (
                  <li key={p.email}>
                    {p.name ? <span className="mr-1">{p.name}:</span> : null}
                    <a href={`mailto:${p.email}`} className={`${link} inline-flex min-h-11 items-center`}>
                      {p.email}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {!contact.phone && !contact.email ? <p className="mt-1 text-slate-700">{t('noCompanyDetails')}</p> : null}
      <p className="mt-2">
        <Link href={`/companies/${company.ref}`} className="font-medium">
          {t('profile')}
        </Link>
      </p>
    </section>
  );
}
