import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { hideCompanyAction, hideListingAction, unhideCompanyAction, unhideListingAction } from '@/lib/actions/admin';
import { getCompanyForAdmin } from '@/lib/dal/admin';
import { requireAdmin } from '@/lib/dal/viewer-page';
import { orNotFound } from '@/lib/listings/or-not-found';
import { AdminActionFormClient } from '../../_components/admin-action-form-client';
import { Badge } from '../../_components/badge';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.companies');
  return { title: t('detailTitle') };
}

const section = 'rounded-lg border border-slate-200 bg-white p-4 sm:p-6';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AdminCompanyPage({ params }: { params: Params }) {
  const viewer = await requireAdmin();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const [t, tl, format, firm] = await Promise.all([
    getTranslations('admin'),
    getTranslations('listings'),
    getFormatter(),
    orNotFound(getCompanyForAdmin(viewer, id)),
  ]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={<span className="break-words">{firm.name}</span>}
        subtitle={[firm.registrationNumber ? t('companies.cvr', { cvr: firm.registrationNumber }) : null, firm.city].filter(Boolean).join(' · ')}
        actions={
          <>
            <Link href={`/companies/${firm.ref}`} className="text-sm font-medium text-teal-900 underline">
              {t('companies.profileLink')}
            </Link>
            <Link href={`/admin/audit?target=${firm.id}`} className="text-sm font-medium text-teal-900 underline">
              {t('users.auditLink')}
            </Link>
          </>
        }
      />

      <section aria-labelledby="visibility-heading" className={section}>
        <h2 id="visibility-heading" className="mb-3 text-lg font-semibold">
          {t('moderation.firmTitle')}
        </h2>
        {firm.hiddenAt ? (
          <div className="flex flex-col gap-3">
            <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
              {t('moderation.hiddenSince', { date: date(firm.hiddenAt) })} {t('moderation.reasonWas', { reason: firm.hiddenReason ?? '' })}
            </p>
            <AdminActionFormClient
              idPrefix="firm"
              action={unhideCompanyAction}
              fields={{ companyId: firm.id }}
              submitLabel={t('moderation.show')}
              pendingLabel={t('working')}
            />
          </div>
        ) : (
          <AdminActionFormClient
            idPrefix="firm"
            action={hideCompanyAction}
            fields={{ companyId: firm.id }}
            submitLabel={t('moderation.hideFirm')}
            pendingLabel={t('working')}
            variant="danger"
            reason={{ label: t('moderation.reason'), hint: t('moderation.reasonHintFirm'), required: true, multiline: true }}
          />
        )}
      </section>

      <section aria-labelledby="people-heading" className={section}>
        <h2 id="people-heading" className="mb-3 text-lg font-semibold">
          {t('companies.people')}
        </h2>
        <dl className="mb-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {firm.email ? (
            <div>
              <dt className="text-slate-600">{t('companies.email')}</dt>
              <dd className="break-all">{firm.email}</dd>
            </div>
          ) : null}
          {firm.phone ? (
            <div>
              <dt className="text-slate-600">{t('companies.phone')}</dt>
              <dd>{firm.phone}</dd>
            </div>
          ) : null}
          <div>
            <dt className="text-slate-600">{t('companies.networks')}</dt>
            <dd>{firm.memberships.length ? firm.memberships.map((m) => `${m.networkName} (${t(`membership.${m.status}`)})`).join(', ') : '–'}</dd>
          </div>
        </dl>
        <ul className="flex flex-col gap-1">
          {firm.people.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/admin/users/${encodeURIComponent(p.id)}`} className="break-all text-teal-900 underline">
                {p.name ? `${p.name} <${p.email}>` : p.email}
              </Link>
              <span className="text-sm text-slate-600">({t(`companyRoles.${p.role}`)})</span>
              {p.disabled ? <Badge tone="bad">{t('users.disabled')}</Badge> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="listings-heading" className={section}>
        <h2 id="listings-heading" className="mb-1 text-lg font-semibold">
          {t('moderation.listingsTitle')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('moderation.listingsHint')}</p>
        {firm.listings.length ? (
          <ul className="flex flex-col divide-y divide-slate-100">
            {firm.listings.map((l) => (
              <li key={l.id} id={`listing-${l.ref}`} className="flex flex-col gap-2 py-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/listings/${l.ref}`} className="font-medium break-words text-teal-900 underline">
                    {l.title}
                  </Link>
                  <Badge>{tl(`kinds.${l.kind}`)}</Badge>
                  <Badge tone={l.status === 'open' ? 'good' : 'neutral'}>{t(`listingStatus.${l.status}`)}</Badge>
                  {l.hiddenAt ? <Badge tone="bad">{t('moderation.hidden')}</Badge> : null}
                </div>
                {l.hiddenAt ? (
                  <>
                    <p className="text-sm text-red-900">
                      {t('moderation.hiddenSince', { date: date(l.hiddenAt) })} {t('moderation.reasonWas', { reason: l.hiddenReason ?? '' })}
                    </p>
                    <AdminActionFormClient
                      idPrefix={`l-${l.ref}`}
                      action={unhideListingAction}
                      fields={{ listingId: l.id }}
                      submitLabel={t('moderation.show')}
                      pendingLabel={t('working')}
                    />
                  </>
                ) : (
                  <details className="group">
                    <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-red-800">
                      {t('moderation.hideListing')}
                    </summary>
                    <div className="mt-2">
                      <AdminActionFormClient
                        idPrefix={`l-${l.ref}`}
                        action={hideListingAction}
                        fields={{ listingId: l.id }}
                        submitLabel={t('moderation.hideListingConfirm')}
                        pendingLabel={t('working')}
                        variant="danger"
                        reason={{ label: t('moderation.reason'), hint: t('moderation.reasonHintListing'), required: true }}
                      />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">{t('moderation.noListings')}</p>
        )}
      </section>
    </div>
  );
}
