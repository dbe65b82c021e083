'use client';
// Choose a file, see the preview, confirm. The form is submitted by hand (not as a form action)
// so that React does not reset it: the chosen file stays selected, and the confirmation uploads the
// very same file again — the server checks it against the preview's token.
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { SelectField } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-class';
import { importAction, type ImportFormState } from '@/lib/actions/imports';
import { CSV_FIELDS, REQUIRED_CSV_FIELDS } from '@/lib/exchange/csv-fields';
import { ImportCounts, ImportIssues } from './import-preview';

const initial: ImportFormState = { ok: false };

export function ImportFormClient({ targets, maxMb }: { targets: { ref: string; name: string }[]; maxMb: number }) {
  const t = useTranslations('import');
  const [state, dispatch, pending] = useActionState(importAction, initial);
  const [chosen, setChosen] = useState<string | null>(null);
  const [intent, setIntent] = useState<'preview' | 'confirm'>('preview');
  // A preview belongs to the file it was made from; choosing another file hides it.
  const preview = state.preview && state.fileName === chosen ? state.preview : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    // Read the name from the submitted file itself: a file chosen before hydration fired no onChange.
    const file = data.get('file');
    setChosen(file instanceof File && file.size ? file.name : null);
    setIntent(submitter?.value === 'confirm' ? 'confirm' : 'preview');
    startTransition(() => dispatch(data));
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-5" aria-busy={pending}>
      {targets.length > 1 ? (
        <SelectField name="networkRef" label={t('network')} options={targets.map((n) => ({ value: n.ref, label: n.name }))} />
      ) : (
        <input type="hidden" name="networkRef" value={targets[0]?.ref ?? ''} />
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-medium text-slate-800">
          {t('file')}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".csv,.json,.txt,text/csv,application/json"
          aria-describedby="import-file-hint"
          className="min-h-11 rounded-md border border-slate-400 bg-white p-2 text-base file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-slate-200 file:px-3"
          onChange={(e) => setChosen(e.currentTarget.files?.[0]?.name ?? null)}
        />
        <p id="import-file-hint" className="text-xs text-slate-600">
          {t('fileHint', { max: maxMb })}
        </p>
      </div>
      <div>
        <button type="submit" name="intent" value="preview" className={buttonClass(preview ? 'secondary' : 'primary')} disabled={pending}>
          {pending && intent === 'preview' ? t('previewing') : preview?.csv ? t('updatePreview') : t('preview')}
        </button>
      </div>

      <div aria-live="polite" role="status">
        {state.message ? (
          <p className={`rounded-md px-3 py-2 text-sm ${state.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-800'}`}>{state.message}</p>
        ) : null}
      </div>

      {preview ? (
        <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="preview-heading" className="text-xl font-semibold">
            {t('previewTitle', { file: state.fileName ?? '' })}
          </h2>
          {preview.csv ? (
            <fieldset className="mt-3">
              <legend className="font-semibold">{t('mappingTitle')}</legend>
              <p className="text-sm text-slate-700">
                {t('detected', {
                  rows: preview.csv.rows,
                  encoding: preview.csv.encoding.toUpperCase(),
                  delimiter: preview.csv.delimiter === ';' ? '";"' : preview.csv.delimiter === ',' ? '","' : 'tab',
                })}
              </p>
              <p className="mb-3 text-sm text-slate-700">{t('mappingHint')}</p>
              {/* Keyed by the preview so that a new file's detected mapping replaces the old choice. */}
              <div key={`${state.fileName}-${preview.csv.headers.join('|')}`} className="grid gap-3 sm:grid-cols-2">
                {CSV_FIELDS.map((field) => (
                  <SelectField
                    key={field}
                    name={`map-${field}`}
                    id={`map-${field}`}
                    label={`${t(`fields.${field}`)}${REQUIRED_CSV_FIELDS.includes(field) ? ' *' : ''}`}
                    defaultValue={preview.csv!.mapping[field]?.toString() ?? ''}
                    options={[{ value: '', label: t('notMapped') }, ...preview.csv!.headers.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }))]}
                  />
                ))}
              </div>
            </fieldset>
          ) : null}
          <ImportIssues preview={preview} />
          <ImportCounts preview={preview} />
          {preview.token ? (
            <div className="mt-4 flex flex-col gap-3">
              <p className="text-sm text-slate-800">{t('previewOk', { network: preview.network.name })}</p>
              <input type="hidden" name="token" value={preview.token} />
              <div>
                <button type="submit" name="intent" value="confirm" className={buttonClass('primary')} disabled={pending}>
                  {pending && intent === 'confirm' ? t('confirming') : t('confirm')}
                </button>
              </div>
            </div>
          ) : null}
        </section>
      ) : null}
    </form>
  );
}
