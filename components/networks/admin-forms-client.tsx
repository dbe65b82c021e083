'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { appointStaffAction, createNetworkAction } from '@/lib/actions/networks';
import { initialFormState } from '@/lib/form-state';

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export function CreateNetworkFormClient() {
  const t = useTranslations('networks.admin');
  const [state, action] = useActionState(createNetworkAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate key={state.ok ? state.message : 'form'}>
      <TextField name="name" label={t('name')} required maxLength={120} defaultValue={str(v.name)} errors={e.name} />
      <TextAreaField name="description" label={t('description')} maxLength={2000} defaultValue={str(v.description)} errors={e.description} />
      <SelectField
        name="country"
        label={t('country')}
        defaultValue={str(v.country) ?? 'DK'}
        options={(['DK', 'FI'] as const).map((c) => ({ value: c, label: t(`countries.${c}`) }))}
        errors={e.country}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="centerLat" label={t('centerLat')} inputMode="decimal" required defaultValue={str(v.centerLat) ?? '55.6664'} errors={e.centerLat} />
        <TextField name="centerLng" label={t('centerLng')} inputMode="decimal" required defaultValue={str(v.centerLng) ?? '11.6185'} errors={e.centerLng} />
        <TextField name="radiusKm" label={t('radiusKm')} inputMode="decimal" required defaultValue={str(v.radiusKm) ?? '25'} errors={e.radiusKm} />
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
      </div>
    </form>
  );
}

export function AppointStaffFormClient({ networks }: { networks: { id: string; name: string }[] }) {
  const t = useTranslations('networks');
  const [state, action] = useActionState(appointStaffAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-slate-700">{t('admin.appointHint')}</p>
      <SelectField
        name="networkId"
        label={t('admin.network')}
        defaultValue={str(v.networkId)}
        options={networks.map((n) => ({ value: n.id, label: n.name }))}
        errors={e.networkId}
      />
      <TextField name="email" type="email" label={t('admin.email')} autoComplete="off" required defaultValue={str(v.email)} errors={e.email} />
      <SelectField
        name="role"
        label={t('admin.role')}
        defaultValue={str(v.role) ?? 'facilitator'}
        options={(['facilitator', 'municipality'] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        errors={e.role}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel={t('admin.appointing')}>{t('admin.appoint')}</SubmitButton>
      </div>
    </form>
  );
}
