'use server';
import { signOut } from '@/lib/auth';
import { memberAction } from '@/lib/actions/form-action';
import { deleteOwnAccount } from '@/lib/dal/personal-data';
import { deleteAccountSchema } from '@/lib/validations/privacy';

/** Deletes the signed-in person's account (after they typed their e-mail), then clears this
 * browser's cookie and shows the goodbye page. Their sessions and API tokens ended with the account. */
export const deleteAccountAction = memberAction(deleteAccountSchema, async ({ viewer, data }) => {
  const summary = await deleteOwnAccount(viewer, data);
  await signOut({ redirectTo: `/account-deleted?closed=${summary.firmsClosed}` });
});
