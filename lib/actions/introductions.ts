'use server';
// Contact by consent: express interest, answer, withdraw, a facilitator's proposal and outcomes.
// Thin: the DAL decides who may do what; these only parse, call and refresh the pages involved.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { facilitatorAction, memberAction } from '@/lib/actions/form-action';
import { postingLimited } from '@/lib/actions/limits';
import { expressInterest, recordOutcome, respondToIntroduction, withdrawIntroduction } from '@/lib/dal/introductions';
import { proposeIntroduction } from '@/lib/dal/introduction-proposals';
import { expressInterestSchema, proposeIntroductionSchema, recordOutcomeSchema, respondSchema, withdrawSchema } from '@/lib/validations/introductions';

/** The pages whose content changes with an introduction; the layout holds the unread count. */
function refresh(...paths: string[]) {
  revalidatePath('/introductions');
  revalidatePath('/notifications');
  for (const p of paths) revalidatePath(p);
  revalidatePath('/', 'layout');
}

export const expressInterestAction = memberAction(expressInterestSchema, async ({ viewer, data, formData }) => {
  const limited = await postingLimited('interest', viewer, formData);
  if (limited) return limited;
  await expressInterest(viewer, data);
  refresh(`/listings/${data.toListingRef}`);
  const t = await getTranslations('introductions');
  return { ok: true, message: t('interest.sent') };
});

// An answer moves the card to another list (and its form away), so the page itself says what
// happened (?done=…) and scrolls to the card.
export const respondAction = memberAction(respondSchema, async ({ viewer, data }) => {
  const result = await respondToIntroduction(viewer, data);
  refresh();
  const done = result.status === 'accepted' ? 'accepted' : result.status === 'declined' ? 'declined' : 'waiting';
  redirect(`/introductions?done=${done}#intro-${data.introductionId}`);
});

export const withdrawAction = memberAction(withdrawSchema, async ({ viewer, data }) => {
  await withdrawIntroduction(viewer, data.introductionId);
  refresh('/facilitator/introductions');
  redirect(data.returnTo === 'facilitator' ? '/facilitator/introductions?done=withdrawn' : `/introductions?done=withdrawn#intro-${data.introductionId}`);
});

export const proposeIntroductionAction = facilitatorAction('introduction.propose', proposeIntroductionSchema, async ({ viewer, data }) => {
  await proposeIntroduction(viewer, data);
  refresh('/facilitator/introductions');
  const t = await getTranslations('introductions');
  return { ok: true, message: t('facilitator.sent') };
});

export const recordOutcomeAction = memberAction(recordOutcomeSchema, async ({ viewer, data }) => {
  const { created } = await recordOutcome(viewer, data);
  refresh('/facilitator/introductions');
  const t = await getTranslations('introductions');
  return { ok: true, message: t(created ? 'outcome.saved' : 'outcome.updated') };
});
