'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { MeetingOption } from '@/lib/dal/theme-options';
import { initialFormState, type FormState } from '@/lib/form-state';
import { THEME_STATEMENT_MAX, THEME_TITLE_MAX } from '@/lib/validations/themes';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

interface Values {
  title: string;
  description: string;
  meetingId: string | null;
  status: 'open' | 'archived';
}

type Props =
  | { mode: 'create'; action: Action; networks: { ref: string; name: string; meetings: MeetingOption[] }[] }
  | { mode: 'edit'; action: Action; themeRef: string; values: Values; meetings: MeetingOption[] };

const str = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Create or edit a theme: title, the challenge statement, the meeting it is for, open/archived. */
export function ThemeFormClient(props: Props) {
  const t = useTranslations('themes.form');
  const format = useFormatter();
  const [state, dispatch] = useActionState(props.action, initialFormState);
  const sent = state.values ?? {};
  const initial: Values = props.mode === 'edit' ? props.values : { title: '', description: '', meetingId: null, status: 'open' };
  const [networkRef, setNetworkRef] = useState(props.mode === 'create' ? (str(sent.networkRef) ?? props.networks[0]?.ref ?? '') : '');
  const meetings = props.mode === 'create' ? (props.networks.find((n) => n.ref === networkRef)?.meetings ?? []) : props.meetings;
  const errors = state.fieldErrors ?? {};
  const meetingLabel = (m: MeetingOption) =>
    t('meetingOption', { date: format.dateTime(new Date(m.startsAt), { dateStyle: 'medium', timeStyle: 'short' }), title: m.title });

  return (
    <form action={dispatch} className="flex max-w-2xl flex-col gap-4" noValidate>
      {props.mode === 'edit' ? <input type="hidden" name="ref" value={props.themeRef} /> : null}
      {props.mode === 'create' ? (
        props.networks.length > 1 ? (
          <SelectField
            name="networkRef"
            label={t('network')}
            errors={errors.networkRef}
            value={networkRef}
            onChange={(e) => setNetworkRef(e.target.value)}
            options={props.networks.map((n) => ({ value: n.ref, label: n.name }))}
          />
        ) : (
          <input type="hidden" name="networkRef" value={networkRef} />
        )
      ) : null}
      <TextField
        name="title"
        label={t('title')}
        hint={t('titleHint')}
        errors={errors.title}
        defaultValue={str(sent.title) ?? initial.title}
        maxLength={THEME_TITLE_MAX}
        required
      />
      <TextAreaField
        name="description"
        label={t('statement')}
        hint={t('statementHint')}
        errors={errors.description}
        defaultValue={str(sent.description) ?? initial.description}
        maxLength={THEME_STATEMENT_MAX}
        rows={5}
        required
      />
      <SelectField
        key={networkRef}
        name="meetingId"
        label={t('meeting')}
        hint={t('meetingHint')}
        errors={errors.meetingId}
        defaultValue={str(sent.meetingId) ?? initial.meetingId ?? meetings.find((m) => new Date(m.startsAt) >= new Date())?.id ?? ''}
        options={[{ value: '', label: t('meetingNone') }, ...meetings.map((m) => ({ value: m.id, label: meetingLabel(m) }))]}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">{t('status')}</legend>
        <div className="flex flex-wrap gap-x-6">
          {(['open', 'archived'] as const).map((s) => (
            <label key={s} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="status" value={s} defaultChecked={(str(sent.status) ?? initial.status) === s} className="h-5 w-5 accent-teal-800" />
              {s === 'open' ? t('statusOpen') : t('statusArchived')}
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel={t('saving')}>{props.mode === 'create' ? t('create') : t('save')}</SubmitButton>
      </div>
    </form>
  );
}
