'use server';
// Confirming a sign-up from the e-mailed link: a button on /signup/confirm posts here (a mail
// scanner that opens the link does not use it up).
import { getTranslations } from 'next-intl/server';
import { publicAction } from '@/lib/actions/form-action';
import { confirmSignUp } from '@/lib/dal/auth';
import { confirmSignUpSchema } from '@/lib/validations/auth';

export const confirmSignUpAction = publicAction(confirmSignUpSchema, async ({ data }) => {
  const { email } = await confirmSignUp(data.token);
  const t = await getTranslations('credentials.confirm');
  return { ok: true, message: t('done'), values: { email } };
});
