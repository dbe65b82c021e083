// Contact by consent: expressing interest, answering, a facilitator's proposed introduction and
// what came of it. Shared by the forms (field errors) and the server (the only gate before the DAL).
import { z } from 'zod';
import { INTRODUCTION_KINDS, INTRODUCTION_STATUSES, OUTCOME_KINDS } from '@/db/schema';
import { plainText as plainTextOf } from './text';

export { INTRODUCTION_KINDS, INTRODUCTION_STATUSES, OUTCOME_KINDS };

export const MESSAGE_MAX = 1000;
export const REPLY_MAX = 500;
export const SUMMARY_MAX = 1000;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Trimmed, NFC-normalised plain text ("< 5 stk" is fine, tags are not). */
const plainText = (min: number, max: number) => plainTextOf({ min, max });

const optionalText = (max: number) => z.preprocess(emptyToUndefined, plainText(1, max).optional());
const ref = z.string().trim().min(1).max(60);
const optionalRef = z.preprocess(emptyToUndefined, ref.optional());

export const expressInterestSchema = z.object({
  toListingRef: ref,
  /** The viewer's own offer or need this interest is about (optional). */
  fromListingRef: optionalRef,
  /** Which of the viewer's firms speaks, when they belong to several. */
  companyRef: optionalRef,
  message: plainText(1, MESSAGE_MAX),
});

export const respondSchema = z.object({
  introductionId: z.uuid(),
  decision: z.enum(['accept', 'decline']),
  reply: optionalText(REPLY_MAX),
});

export const withdrawSchema = z.object({
  introductionId: z.uuid(),
  /** Which page to return to: the firm's contacts or the facilitator's introductions. */
  returnTo: z.enum(['introductions', 'facilitator']).default('introductions'),
});

export const proposeIntroductionSchema = z
  .object({
    networkRef: ref,
    fromCompanyRef: ref,
    toCompanyRef: ref,
    fromListingRef: optionalRef,
    toListingRef: optionalRef,
    message: plainText(1, MESSAGE_MAX),
  })
  .refine((v) => v.fromCompanyRef !== v.toCompanyRef, { path: ['toCompanyRef'], message: 'introductions.validation.sameFirm' });

export const recordOutcomeSchema = z.object({
  introductionId: z.uuid(),
  kind: z.enum(OUTCOME_KINDS),
  summary: optionalText(SUMMARY_MAX),
  occurredOn: z.preprocess(
    emptyToUndefined,
    z.iso
      .date()
      .refine((d) => d <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), { message: 'introductions.validation.futureDate' })
      .optional(),
  ),
});

export type ExpressInterestInput = z.output<typeof expressInterestSchema>;
export type RespondInput = z.output<typeof respondSchema>;
export type WithdrawInput = z.output<typeof withdrawSchema>;
export type ProposeIntroductionInput = z.output<typeof proposeIntroductionSchema>;
export type RecordOutcomeInput = z.output<typeof recordOutcomeSchema>;
