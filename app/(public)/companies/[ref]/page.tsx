import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { HiddenNotice } from '@/components/admin/hidden-notice';
import { bandKey, languageName } from '@/components/companies/labels';
import { CompanyListings } from '@/components/listings/company-listings';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import type { UiLocale } from '@/db/schema';
import { companyHiddenNotice } from '@/lib/dal/admin';
import { getCompanyProfile, type CompanyProfile } from '@/lib/dal/companies';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';
import { naceLabel } from '@/lib/nace';

type Params = Promise<{ ref: string }>;

/** The profile, or Next's 404 for a firm that does not exist or that the viewer may not see.
 * Cached per request: the metadata and the page both need it. */
const load = cache(async (ref: string): Promise<CompanyProfile> => {
  try {
    return await getCompanyProfile(await getViewer(), ref);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { company } = await load((await params).ref);
  return { title: company.name, description: company.description?.slice(0, 160) ?? undefined };
}

export default async function CompanyProfilePage({ params }: { params: Params }) {
  const { ref } = await params;
  const [{ company, contact, canEdit }, t, tContact, locale, hidden] = await Promise.all([
    load(ref),
    getTranslations('companies'),
    getTranslations('introductions.contact'),
    getLocale(),
    getViewer().then((viewer) => companyHiddenNotice(viewer, ref)),
  ]);
  const loc = locale as UiLocale;
  const registration = company.country === 'DK' ? t('fields.registrationNumberDK') : t('fields.registrationNumberFI');

  return (
    <article className="flex flex-col gap-6">
      <PageHeader
        title={company.name}
        subtitle={[company.city, company.registrationNumber ? `${registration} ${company.registrationNumber}` : null].filter(Boolean).join(' · ')}
        actions={
          canEdit ? (
            <Link href={`/companies/${company.ref}/edit`} className={buttonClass('secondary')}>
              {t('profile.edit')}
            </Link>
          ) : null
        }
      />
      <HiddenNotice notice={hidden} />
      {canEdit && company.networks.length === 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">{t('profile.notPublic')}</p>
      ) : null}

      <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
        {/* The key facts come first on a phone, and sit on the right on wider screens. */}
        <aside className="flex flex-col gap-6 md:order-last">
          <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <div>
              <dt className="font-semibold text-slate-900">{t('profile.sector')}</dt>
              <dd>
                <ul>
                  {company.nace.map((code) => (
                    <li key={code}>{naceLabel(code, loc)}</li>
                  ))}
                </ul>
              </dd>
            </div>
            {company.city ? (
              <div>
                <dt className="font-semibold text-slate-900">{t('profile.town')}</dt>
                <dd>
                  {company.postcode} {company.city}
                </dd>
              </div>
            ) : null}
            {company.employeesBand ? (
              <div>
                <dt className="font-semibold text-slate-900">{t('profile.employees')}</dt>
                <dd>{t(`bands.${bandKey(company.employeesBand)}`)}</dd>
              </div>
            ) : null}
            {company.languages.length ? (
              <div>
                <dt className="font-semibold text-slate-900">{t('profile.languages')}</dt>
                <dd>{company.languages.map((l) => languageName(l, loc)).join(', ')}</dd>
              </div>
            ) : null}
            {company.website ? (
              <div>
                <dt className="font-semibold text-slate-900">{t('profile.website')}</dt>
                <dd>
                  <a href={company.website} rel="noopener noreferrer nofollow" className="break-all text-teal-800 underline">
                    {company.website.replace(/^https:\/\//, '')}
                  </a>
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="font-semibold text-slate-900">{t('profile.networks')}</dt>
              <dd>
                {company.networks.length ? (
                  <ul>
                    {company.networks.map((n) => (
                      <li key={n.ref}>
                        <Link href={`/networks/${n.ref}`} className="text-teal-800 underline">
                          {n.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('profile.noNetworks')
                )}
              </dd>
            </div>
          </dl>

          {contact ? (
            <section aria-labelledby="contact-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <h2 id="contact-heading" className="text-base font-semibold text-slate-900">
                {t('profile.contact')}
              </h2>
              <p className="mb-2 text-xs text-slate-600">{t('profile.contactNote')}</p>
              <dl className="grid gap-2">
                {contact.email ? (
                  <div>
                    <dt className="font-semibold">{t('profile.email')}</dt>
                    <dd>
                      <a href={`mailto:${contact.email}`} className="break-all text-teal-800 underline">
                        {contact.email}
                      </a>
                    </dd>
                  </div>
                ) : null}
                {contact.phone ? (
                  <div>
                    <dt className="font-semibold">{t('profile.phone')}</dt>
                    <dd>
                      <a href={`tel:${contact.phone.replace(/\s+/g, '')}`} className="text-teal-800 underline">
                        {contact.phone}
                      </a>
                    </dd>
                  </div>
                ) : null}
                {contact.street ? (
                  <div>
                    <dt className="font-semibold">{t('profile.street')}</dt>
                    <dd>
                      {contact.street}, {company.postcode} {company.city}
                    </dd>
                  </div>
                ) : null}
                {contact.people.length ? (
                  <div>
                    <dt className="font-semibold">{tContact('people')}</dt>
                    <dd>
                      <ul>
                        {contact.people.map((p) => (
                          <li key={p.email}>
                            {p.name ? `${p.name}: ` : ''}
                            <a href={`mailto:${p.email}`} className="break-all text-teal-800 underline">
                              {p.email}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ) : null}
              </dl>
            </section>
          ) : null}
        </aside>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="mb-2 text-xl font-semibold text-slate-900">
              {t('profile.about')}
            </h2>
            {company.description ? (
              <p className="whitespace-pre-line text-slate-800">{company.description}</p>
            ) : (
              <p className="text-slate-600">{t('profile.noDescription')}</p>
            )}
          </section>
          {/* The firm's offers and needs: only those this viewer may see (the listings DAL decides). */}
          <CompanyListings companyRef={company.ref} />
        </div>
      </div>
    </article>
  );
}
