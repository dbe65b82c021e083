'use server';
// Thin: memberAction authenticates and parses; the DAL decides whether the viewer's firm owns the
// listing. The card hides itself in place (with an undo), so nothing needs revalidating: the pages
// that list suggestions are rendered per request.
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/actions/form-action';
import { dismissMatch } from '@/lib/dal/matches';
import { dismissMatchSchema } from '@/lib/validations/matching';

export const dismissMatchAction = memberAction(dismissMatchSchema, async ({ viewer, data }) => {
  const undo = data.undo === '1';
  await dismissMatch(viewer, { listingRef: data.listingRef, otherRef: data.otherRef }, undo);
  const t = await getTranslations('matching');
  return { ok: true, message: t(undo ? 'restored' : 'dismissed'), values: { undo: data.undo } };
});
