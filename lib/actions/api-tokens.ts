'use server';
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { memberAction } from '@/lib/actions/form-action';
import { createApiToken, revokeApiToken } from '@/lib/dal/api-tokens';
import { createApiTokenSchema, revokeApiTokenSchema } from '@/lib/validations/api-tokens';

/** Creates a token and returns it once in the form state (`values.token`); only its hash is kept. */
export const createApiTokenAction = memberAction(createApiTokenSchema, async ({ viewer, data }) => {
  const t = await getTranslations('search.apiTokens');
  const { token } = await createApiToken(viewer, data.name);
  revalidatePath('/account');
  return { ok: true, message: t('created'), values: { token } };
});

export const revokeApiTokenAction = memberAction(revokeApiTokenSchema, async ({ viewer, data }) => {
  const t = await getTranslations('search.apiTokens');
  await revokeApiToken(viewer, data.id);
  revalidatePath('/account');
  return { ok: true, message: t('revoked') };
});
