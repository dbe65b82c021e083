import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { disableUserAction, enableUserAction, grantAdminAction, removeRoleAction } from '@/lib/actions/admin';
import { getUserForAdmin } from '@/lib/dal/admin';
import { requireAdmin } from '@/lib/dal/viewer-page';
import { orNotFound } from '@/lib/listings/or-not-found';
import { AdminActionFormClient } from '../../_components/admin-action-form-client';
import { Badge } from '../../_components/badge';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users');
  return { title: t('detailTitle') };
}

const section = 'rounded-lg border border-slate-200 bg-white p-4 sm:p-6';

export default async function AdminUserPage({ params }: { params: Params }) {
  const viewer = await requireAdmin();
  const { id } = await params;
  const [t, format, user] = await Promise.all([getTranslations('admin'), getFormatter(), orNotFound(getUserForAdmin(viewer, decodeURIComponent(id)))]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={<span className="break-words">{user.name || user.email}</span>}
        subtitle={<span className="break-all">{user.email}</span>}
        actions={
          <Link href={`/admin/audit?target=${encodeURIComponent(user.id)}`} className="text-sm font-medium text-teal-900 underline">
            {t('users.auditLink')}
          </Link>
        }
      />

      <section aria-labelledby="status-heading" className={section}>
        <h2 id="status-heading" className="mb-3 text-lg font-semibold">
          {t('users.status')}
        </h2>
        <dl className="mb-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">{t('users.state')}</dt>
            <dd>
              {user.disabledAt ? (
                <Badge tone="bad">{t('users.disabledSince', { date: date(user.disabledAt) })}</Badge>
              ) : (
                <Badge tone="good">{t('users.active')}</Badge>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('users.created')}</dt>
            <dd>{date(user.createdAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('users.sessions')}</dt>
            <dd>{user.activeSessions}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('users.tokens')}</dt>
            <dd>{user.activeTokens}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('users.signInWith')}</dt>
            <dd>{user.hasPassword ? t('users.passwordAndLink') : t('users.linkOnly')}</dd>
          </div>
        </dl>
        {user.isSelf ? (
          <p className="text-sm text-slate-700">{t('users.selfNote')}</p>
        ) : user.disabledAt ? (
          <AdminActionFormClient
            idPrefix="enable"
            action={enableUserAction}
            fields={{ userId: user.id }}
            submitLabel={t('users.enable')}
            pendingLabel={t('working')}
            variant="primary"
          />
        ) : (
          <AdminActionFormClient
            idPrefix="disable"
            action={disableUserAction}
            fields={{ userId: user.id }}
            submitLabel={t('users.disable')}
            pendingLabel={t('working')}
            variant="danger"
            reason={{ label: t('users.disableReason'), hint: t('users.disableHint'), required: false }}
            confirmText={t('users.disableConfirm', { email: user.email })}
          />
        )}
      </section>

      <section aria-labelledby="roles-heading" className={section}>
        <h2 id="roles-heading" className="mb-3 text-lg font-semibold">
          {t('users.roles')}
        </h2>
        <ul className="flex flex-col divide-y divide-slate-100">
          {user.isAdmin ? (
            <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <span className="font-medium">{t('roles.admin')}</span>
              <AdminActionFormClient
                idPrefix="role-admin"
                action={removeRoleAction}
                fields={{ userId: user.id, role: 'admin' }}
                submitLabel={t('users.removeRole')}
                pendingLabel={t('working')}
                confirmText={t('users.removeRoleConfirm', { role: t('roles.admin') })}
              />
            </li>
          ) : null}
          {user.roles.map((r) => (
            <li key={r.membershipId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <span>
                <span className="font-medium">{t(`roles.${r.role === 'municipality' ? 'municipality' : 'facilitator'}`)}</span>
                {' · '}
                <Link href={`/networks/${r.networkRef}`} className="text-teal-900 underline">
                  {r.networkName}
                </Link>
                {r.status !== 'approved' ? <span className="ml-2 text-sm text-slate-600">({t(`membership.${r.status}`)})</span> : null}
              </span>
              <AdminActionFormClient
                idPrefix={`role-${r.membershipId}`}
                action={removeRoleAction}
                fields={{ userId: user.id, role: r.role, membershipId: r.membershipId }}
                submitLabel={t('users.removeRole')}
                pendingLabel={t('working')}
                confirmText={t('users.removeRoleConfirm', { role: t(`roles.${r.role === 'municipality' ? 'municipality' : 'facilitator'}`) })}
              />
            </li>
          ))}
          {!user.isAdmin && !user.roles.length ? <li className="py-3 text-sm text-slate-700">{t('users.noRoles')}</li> : null}
        </ul>
        {!user.isAdmin && !user.disabledAt ? (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <AdminActionFormClient
              idPrefix="grant"
              action={grantAdminAction}
              fields={{ userId: user.id }}
              submitLabel={t('users.grantAdmin')}
              pendingLabel={t('working')}
              confirmText={t('users.grantConfirm', { email: user.email })}
            />
          </div>
        ) : null}
        <p className="mt-3 text-sm text-slate-600">
          {t('users.appointHint')}{' '}
          <Link href="/admin" className="text-teal-900 underline">
            {t('nav.overview')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="firms-heading" className={section}>
        <h2 id="firms-heading" className="mb-3 text-lg font-semibold">
          {t('users.firms')}
        </h2>
        {user.firms.length ? (
          <ul className="flex flex-col gap-1">
            {user.firms.map((f) => (
              <li key={f.id}>
                <Link href={`/admin/companies/${f.id}`} className="text-teal-900 underline">
                  {f.name}
                </Link>{' '}
                <span className="text-sm text-slate-600">({t(`companyRoles.${f.role}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">{t('users.noFirms')}</p>
        )}
      </section>
    </div>
  );
}
