'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useState } from 'react';
import { buttonClass } from '@/components/ui/button-class';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/form-state';
import { MESSAGE_MAX } from '@/lib/validations/introductions';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export interface ExpressInterestProps {
  /** The other firm's listing. */
  toListingRef: string;
  /** The viewer's own listing this is about (e.g. the offer a match paired with that need). */
  fromListingRef?: string;
  /** expressInterestAction from lib/actions/introductions.ts. */
  action: Action;
  /** The other firm's name, for the message label. */
  companyName?: string;
  /** Only for a person in several firms: which firm speaks. */
  firms?: { ref: string; name: string }[];
}

/**
 * "Vis interesse": a disclosure button that opens a short message to the listing's firm. Nothing
 * about the sender's contact details is shared until the other firm accepts.
 */
export function ExpressInterest({ toListingRef, fromListingRef, action, companyName, firms }: ExpressInterestProps) {
  const t = useTranslations('introductions.interest');
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(action, initialFormState);
  const id = useId();
  const formId = `${id}-form`;
  const messageId = `${id}-message`;

  // Opening moves focus into the message, so keyboard and screen-reader users land where they type.
  useEffect(() => {
    if (open) document.getElementById(messageId)?.focus();
  }, [open, messageId]);

  if (state.ok) {
    return (
      <div role="status" className="relative z-10 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        <p>{state.message}</p>
        <Link href="/introductions" className="font-semibold text-emerald-950 underline">
          {t('seeContacts')}
        </Link>
      </div>
    );
  }

  const shown = { ...state, message: state.fieldErrors?._form?.join(' ') ?? state.message };
  const typed = typeof state.values?.message === 'string' ? state.values.message : undefined;
  return (
    // Above a card's full-size link overlay when placed inside a listing or match card.
    <div className="relative z-10 flex flex-col gap-3">
      <button
        type="button"
        className={`${buttonClass(open ? 'secondary' : 'primary')} self-start`}
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '−' : '✉'}</span>
        {open ? t('close') : t('open')}
      </button>
      <form id={formId} action={formAction} hidden={!open} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="toListingRef" value={toListingRef} />
        {fromListingRef ? <input type="hidden" name="fromListingRef" value={fromListingRef} /> : null}
        {firms && firms.length > 1 ? (
          <SelectField
            id={`${id}-company`}
            name="companyRef"
            label={t('firm')}
            options={firms.map((f) => ({ value: f.ref, label: f.name }))}
            errors={state.fieldErrors?.companyRef}
          />
        ) : null}
        <TextAreaField
          id={messageId}
          name="message"
          label={companyName ? t('messageTo', { company: companyName }) : t('message')}
          hint={t('messageHint', { max: MESSAGE_MAX })}
          required
          maxLength={MESSAGE_MAX}
          rows={4}
          defaultValue={typed}
          errors={state.fieldErrors?.message}
        />
        {state.fieldErrors?.fromListingRef ? <p className="text-sm text-red-700">{state.fieldErrors.fromListingRef.join(' ')}</p> : null}
        <FormMessage state={shown} />
        <div>
          <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
