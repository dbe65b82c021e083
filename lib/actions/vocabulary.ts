'use server';
// Thin: facilitatorAction authenticates and parses; lib/dal/vocabulary decides which network's
// vocabulary the viewer may change; then the page is revalidated.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { facilitatorAction } from '@/lib/actions/form-action';
import { addStopWord, addSynonymGroup, removeVocabularyEntry } from '@/lib/dal/vocabulary';
import { removeVocabularySchema, stopWordSchema, synonymSchema } from '@/lib/validations/vocabulary';

async function done(key: string) {
  const t = await getTranslations('vocabulary');
  revalidatePath('/facilitator/vocabulary');
  return { ok: true, message: t(key) };
}

export const addStopWordAction = facilitatorAction({ name: 'vocabulary.add', recordedByDal: true }, stopWordSchema, async ({ viewer, data }) => {
  await addStopWord(viewer, data);
  return done('done.stop');
});

export const addSynonymAction = facilitatorAction({ name: 'vocabulary.add', recordedByDal: true }, synonymSchema, async ({ viewer, data }) => {
  await addSynonymGroup(viewer, data);
  return done('done.synonym');
});

export const removeVocabularyAction = facilitatorAction(
  { name: 'vocabulary.remove', recordedByDal: true },
  removeVocabularySchema,
  async ({ viewer, data }) => {
    await removeVocabularyEntry(viewer, data);
    return done('done.removed');
  },
);
