import 'server-only';
// Limits on what a signed-in member posts (lib/rate-limit.ts ACTIVITY_LIMITS), checked by the
// actions before the DAL: over a limit, the form says how long to wait and keeps what was typed.
import { getTranslations } from 'next-intl/server';
import { formDataToObject } from '@/lib/actions/form-action';
import type { Viewer } from '@/lib/dal/viewer';
import type { FormState } from '@/lib/form-state';
import { ACTIVITY_LIMITS, appRateLimiter } from '@/lib/rate-limit';

const CHECKS = {
  listing: [ACTIVITY_LIMITS.listingPerUserHour, ACTIVITY_LIMITS.listingPerUserDay],
  interest: [ACTIVITY_LIMITS.interestPerUserHour, ACTIVITY_LIMITS.interestPerUserDay],
} as const;

/** Counts one post by this user; null when allowed, else the localized refusal. */
export async function postingLimited(kind: keyof typeof CHECKS, viewer: Viewer, formData: FormData): Promise<FormState | null> {
  const result = await appRateLimiter().hit(CHECKS[kind].map((rule) => ({ rule, subject: viewer.userId })));
  if (result.allowed) return null;
  const t = await getTranslations('limits');
  return { ok: false, message: t(kind, { minutes: Math.ceil(result.retryAfterSeconds / 60) }), values: formDataToObject(formData) };
}
