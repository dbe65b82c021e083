import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { listAuditLines, type AuditLineDto } from '@/lib/dal/audit';
import { requireAdmin } from '@/lib/dal/viewer-page';
import { AUDIT_RETENTION_DAYS } from '@/lib/policy/admin';
import { auditFilterSchema } from '@/lib/validations/admin';
import { Badge } from '../_components/badge';
import { Pager } from '../_components/pager';
import type { SearchParams } from '../_components/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.audit');
  return { title: t('title') };
}

const DAY = 24 * 60 * 60 * 1000;

function targetHref(line: AuditLineDto): string | null {
  if (!line.targetId) return null;
  if (line.targetType === 'user') return `/admin/users/${encodeURIComponent(line.targetId)}`;
  if (line.targetType === 'company') return `/admin/companies/${line.targetId}`;
  return null;
}

function detailText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export default async function AdminAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireAdmin();
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const f = auditFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));
  const page = f.page ?? 1;
  const [t, format, { lines, hasMore, actions }] = await Promise.all([
    getTranslations('admin'),
    getFormatter(),
    listAuditLines(
      viewer,
      {
        actor: f.actor || undefined,
        action: f.action,
        outcome: f.outcome,
        targetId: f.target || undefined,
        from: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
        to: f.to ? new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY) : undefined,
      },
      page,
    ),
  ]);
  const params = { actor: f.actor, action: f.action, outcome: f.outcome, target: f.target, from: f.from, to: f.to };
  return (
    <div>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle', { days: AUDIT_RETENTION_DAYS })} />
      <form action="/admin/audit" method="get" className="mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-actor" className="text-sm font-medium text-slate-800">
            {t('audit.actor')}
          </label>
          <input
            id="audit-actor"
            name="actor"
            type="search"
            defaultValue={f.actor}
            maxLength={200}
            className={inputClass}
            placeholder={t('audit.actorPlaceholder')}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-action" className="text-sm font-medium text-slate-800">
            {t('audit.action')}
          </label>
          <select id="audit-action" name="action" defaultValue={f.action ?? ''} className={inputClass}>
            <option value="">{t('audit.any')}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-outcome" className="text-sm font-medium text-slate-800">
            {t('audit.outcome')}
          </label>
          <select id="audit-outcome" name="outcome" defaultValue={f.outcome ?? ''} className={inputClass}>
            <option value="">{t('audit.any')}</option>
            <option value="done">{t('audit.outcomes.done')}</option>
            <option value="refused">{t('audit.outcomes.refused')}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className="text-sm font-medium text-slate-800">
            {t('audit.from')}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={f.from} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className="text-sm font-medium text-slate-800">
            {t('audit.to')}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={f.to} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-target" className="text-sm font-medium text-slate-800">
            {t('audit.target')}
          </label>
          <input id="audit-target" name="target" type="search" defaultValue={f.target} maxLength={100} className={inputClass} />
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
          <button type="submit" className={buttonClass('primary')}>
            {t('audit.filter')}
          </button>
          <Link href="/admin/audit" className="text-sm font-medium text-teal-900 underline">
            {t('audit.clear')}
          </Link>
        </div>
      </form>
      {lines.length ? (
        <ol className="flex flex-col gap-2" aria-label={t('audit.title')}>
          {lines.map((line) => {
            const href = targetHref(line);
            const details = Object.entries(line.details);
            return (
              <li key={line.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <time dateTime={line.at} className="text-slate-600">
                    {format.dateTime(new Date(line.at), { dateStyle: 'medium', timeStyle: 'medium' })}
                  </time>
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-900">{line.action}</code>
                  {line.outcome === 'refused' ? <Badge tone="bad">{t('audit.outcomes.refused')}</Badge> : <Badge tone="good">{t('audit.outcomes.done')}</Badge>}
                </div>
                <p className="mt-1 break-all">
                  <span className="text-slate-600">{t('audit.by')}</span>{' '}
                  {line.actorId ? (
                    <Link href={`/admin/users/${encodeURIComponent(line.actorId)}`} className="text-teal-900 underline">
                      {line.actor ?? line.actorId}
                    </Link>
                  ) : (
                    (line.actor ?? t('audit.anonymous'))
                  )}
                  {line.targetId ? (
                    <>
                      {' · '}
                      <span className="text-slate-600">
                        {t('audit.on', {
                          type:
                            line.targetType && t.has(`audit.targetTypes.${line.targetType}`)
                              ? t(`audit.targetTypes.${line.targetType}`)
                              : (line.targetType ?? ''),
                        })}
                      </span>{' '}
                      {href ? (
                        <Link href={href} className="text-teal-900 underline">
                          {line.targetId}
                        </Link>
                      ) : (
                        <span className="font-mono text-xs">{line.targetId}</span>
                      )}
                    </>
                  ) : null}
                </p>
                {details.length ? (
                  <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-slate-700">
                    {details.map(([k, v]) => (
                      <div key={k} className="flex min-w-0 gap-1">
                        <dt className="font-medium">{k}:</dt>
                        <dd className="break-all">{detailText(v)}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-slate-700">{t('audit.none')}</p>
      )}
      <Pager
        path="/admin/audit"
        params={params}
        page={page}
        hasMore={hasMore}
        labels={{ prev: t('search.prev'), next: t('search.next'), page: t('search.page', { page }), nav: t('search.pages') }}
      />
    </div>
  );
}
