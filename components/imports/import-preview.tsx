'use client';
// The preview of an import: what would be created or changed, or every problem with its row or
// JSON path. Rendered from the action's result; nothing here reads the database.
import { useTranslations } from 'next-intl';
import type { ImportIssue, ImportPreview } from '@/lib/dal/imports';

export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const t = useTranslations('import');
  const s = preview.summary;
  if (!s) return null;
  const rows = (['companies', 'listings', 'themes'] as const).filter((k) => k === 'companies' || s[k].created + s[k].updated + s[k].unchanged > 0);
  return (
    <>
      <table className="mt-3 w-full max-w-xl border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">{t('countsCaption')}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">
              {t('type')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('created')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('updated')}
            </th>
            <th scope="col" className="py-2 text-right">
              {t('unchanged')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => (
            <tr key={k} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {t(`types.${k}`)}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{s[k].created}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{s[k].updated}</td>
              <td className="py-2 text-right tabular-nums">{s[k].unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-slate-700">{t('memberships', { count: s.memberships })}</p>
    </>
  );
}

function IssueText({ issue }: { issue: ImportIssue }) {
  const t = useTranslations('import');
  if (issue.kind === 'path') {
    return (
      <>
        {issue.path ? <code className="mr-2 rounded bg-slate-100 px-1 font-mono text-xs">{issue.path}</code> : null}
        <span lang="en">{issue.message}</span>
      </>
    );
  }
  if (issue.kind === 'file') return <>{t(`fileErrors.${issue.key}`, issue.values)}</>;
  const where = issue.line ? t('row', { line: issue.line }) : t('mappingRow');
  return (
    <>
      <span className="font-semibold">
        {where}
        {issue.field ? ` · ${t(`fields.${issue.field}`)}` : ''}:
      </span>{' '}
      {t(`rowErrors.${issue.key}`, issue.values)}
    </>
  );
}

export function ImportIssues({ preview }: { preview: ImportPreview }) {
  const t = useTranslations('import');
  if (!preview.issueCount) return null;
  return (
    <div className="mt-3 rounded-md border border-red-300 bg-red-50 p-3">
      <p className="font-semibold text-red-900">{t('previewErrors', { count: preview.issueCount })}</p>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-sm text-red-900">
        {preview.issues.map((issue, i) => (
          <li key={i}>
            <IssueText issue={issue} />
          </li>
        ))}
      </ul>
      {preview.issueCount > preview.issues.length ? (
        <p className="mt-2 text-sm text-red-900">{t('moreErrors', { count: preview.issueCount - preview.issues.length })}</p>
      ) : null}
    </div>
  );
}
