'use client';
// The vocabulary page's forms: a synonym group, a stop word, one-click teaching of an unknown word,
// removing an entry. Each posts to its action and shows the localized result next to its fields.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { addStopWordAction, addSynonymAction, removeVocabularyAction } from '@/lib/actions/vocabulary';
import { initialFormState } from '@/lib/form-state';

export function SynonymFormClient({ networkRef }: { networkRef: string }) {
  const t = useTranslations('vocabulary.synonym');
  const [state, dispatch] = useActionState(addSynonymAction, initialFormState);
  return (
    <form action={dispatch} className="flex flex-col gap-3">
      <input type="hidden" name="networkRef" value={networkRef} />
      <TextField
        id="synonym-words"
        name="words"
        label={t('words')}
        hint={t('hint')}
        errors={state.fieldErrors?.words}
        defaultValue={state.ok ? '' : String(state.values?.words ?? '')}
        key={state.ok ? `ok-${state.message}` : 'form'}
        required
      />
      <div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

export function StopWordFormClient({ networkRef }: { networkRef: string }) {
  const t = useTranslations('vocabulary.stop');
  const [state, dispatch] = useActionState(addStopWordAction, initialFormState);
  return (
    <form action={dispatch} className="flex flex-col gap-3">
      <input type="hidden" name="networkRef" value={networkRef} />
      <TextField
        id="stop-word"
        name="word"
        label={t('word')}
        errors={state.fieldErrors?.word}
        defaultValue={state.ok ? '' : String(state.values?.word ?? '')}
        key={state.ok ? `ok-${state.message}` : 'form'}
        required
      />
      <div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** One unknown word: "means nothing here" in one click, or "same as …" another word. */
export function UnknownWordClient({ networkRef, word, count }: { networkRef: string; word: string; count: number }) {
  const t = useTranslations('vocabulary.unknown');
  const [stopState, stop] = useActionState(addStopWordAction, initialFormState);
  const [sameState, same] = useActionState(addSynonymAction, initialFormState);
  const problem = [stopState, sameState].find((s) => !s.ok && s.message);
  const id = `same-${word}`;
  return (
    <li className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
      <p>
        <span className="font-semibold">{word}</span> <span className="text-sm text-slate-600">· {t('count', { count })}</span>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <form action={stop}>
          <input type="hidden" name="networkRef" value={networkRef} />
          <input type="hidden" name="word" value={word} />
          <SubmitButton variant="secondary" aria-label={`${t('stop')}: ${word}`}>
            {t('stop')}
          </SubmitButton>
        </form>
        <details className="relative">
          <summary className="cursor-pointer rounded-md px-2 py-2 text-sm text-teal-800 underline">{t('sameAs')}</summary>
          <form action={same} className="mt-2 flex items-end gap-2">
            <input type="hidden" name="networkRef" value={networkRef} />
            <input type="hidden" name="words" value={`${word},`} />
            <div className="flex flex-col gap-1">
              <label htmlFor={id} className="text-sm">
                {t('sameAsLabel')}
              </label>
              <input
                id={id}
                className="min-h-11 rounded-md border border-slate-400 px-3"
                onChange={(e) => {
                  const hidden = e.currentTarget.form?.elements.namedItem('words');
                  if (hidden instanceof HTMLInputElement) hidden.value = `${word},${e.currentTarget.value}`;
                }}
                required
              />
            </div>
            <SubmitButton>{t('save')}</SubmitButton>
          </form>
        </details>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem.fieldErrors ? Object.values(problem.fieldErrors).flat().join(' ') : problem.message}
        </p>
      ) : null}
    </li>
  );
}

export function RemoveEntryClient({ networkRef, id, label }: { networkRef: string; id: string; label: string }) {
  const t = useTranslations('vocabulary.entries');
  const [state, dispatch] = useActionState(removeVocabularyAction, initialFormState);
  return (
    <form action={dispatch}>
      <input type="hidden" name="networkRef" value={networkRef} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" aria-label={`${t('remove')}: ${label}`}>
        {t('remove')}
      </SubmitButton>
      {!state.ok && state.message ? <p className="text-sm text-red-700">{state.message}</p> : null}
    </form>
  );
}
