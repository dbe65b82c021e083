// A facilitator teaching the network's words: shared by the forms (field errors) and the server.
import { z } from 'zod';

export const VOCABULARY_WORD_MAX = 40;
export const SYNONYM_GROUP_MAX = 8;

const ref = z.string().trim().min(1).max(60);

/** One word (letters and digits, inner hyphens allowed), lower-cased. */
export const vocabularyWord = z
  .string()
  .transform((s) => s.normalize('NFC').trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(2)
      .max(VOCABULARY_WORD_MAX)
      .regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, { message: 'vocabulary.errors.oneWord' }),
  );

export const stopWordSchema = z.object({ networkRef: ref, word: vocabularyWord });

/** "plc, styring, automation": two or more different words, separated by commas. */
export const synonymSchema = z.object({
  networkRef: ref,
  words: z
    .string()
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((w) => w.normalize('NFC').trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(vocabularyWord).min(2, { message: 'vocabulary.errors.twoWords' }).max(SYNONYM_GROUP_MAX, { message: 'vocabulary.errors.tooManyWords' })),
});

export const removeVocabularySchema = z.object({ networkRef: ref, id: z.uuid() });
