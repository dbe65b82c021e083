import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CompanyForm } from '@/components/companies/company-form';
import type { CompanyFormValues } from '@/components/companies/form-values';
import { languageOptions } from '@/components/companies/labels';
import { TeamSection } from '@/components/companies/team-section';
import { PageHeader } from '@/components/ui/page-header';
import type { UiLocale } from '@/db/schema';
import { getCompanyForEdit, type CompanyEditDto } from '@/lib/dal/companies';
import { getTeam } from '@/lib/dal/company-team';
import { requireMember } from '@/lib/dal/viewer-page';
import { isAppError } from '@/lib/errors';
import { selectableNaceOptions } from '@/lib/nace';
import { COMPANY_LANGUAGES, MAX_NACE } from '@/lib/validations/companies';

type Params = Promise<{ ref: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('companies.profile');
  return { title: t('edit') };
}

function toFormValues(c: CompanyEditDto): CompanyFormValues {
  return {
    name: c.name,
    country: c.country,
    registrationNumber: c.registrationNumber ?? '',
    nace: c.nace,
    employees: c.employees == null ? '' : String(c.employees),
    street: c.street ?? '',
    postcode: c.postcode ?? '',
    city: c.city ?? '',
    lat: c.lat == null ? '' : String(c.lat),
    lng: c.lng == null ? '' : String(c.lng),
    languages: c.languages,
    description: c.description ?? '',
    website: c.website ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
  };
}

export default async function EditCompanyPage({ params }: { params: Params }) {
  const { ref } = await params;
  const viewer = await requireMember();
  let company: CompanyEditDto;
  try {
    company = await getCompanyForEdit(viewer, ref);
  } catch (error) {
    // Another firm's ref looks exactly like a ref that does not exist.
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
  const [team, t, locale] = await Promise.all([getTeam(viewer, ref), getTranslations('companies'), getLocale()]);
  const loc = locale as UiLocale;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-10">
      <PageHeader
        title={t('edit.title', { name: company.name })}
        subtitle={t('edit.subtitle')}
        actions={
          <Link href={`/companies/${company.ref}`} className="inline-flex min-h-11 items-center font-semibold text-teal-800">
            {t('edit.viewProfile')}
          </Link>
        }
      />
      <CompanyForm
        mode="edit"
        companyRef={company.ref}
        initial={toFormValues(company)}
        naceOptions={selectableNaceOptions(loc).map(({ code, label }) => ({ code, label }))}
        languageOptions={languageOptions(COMPANY_LANGUAGES, loc)}
        maxNace={MAX_NACE}
      />
      <div id="team">
        <TeamSection
          companyRef={company.ref}
          viewerId={viewer.userId}
          canManage={team.canManage}
          members={team.members}
          invites={team.invites.map(({ id, email, sentAt, expiresAt, expired }) => ({
            id,
            email,
            sentAt: sentAt.toISOString(),
            expiresAt: expiresAt.toISOString(),
            expired,
          }))}
        />
      </div>
    </div>
  );
}
