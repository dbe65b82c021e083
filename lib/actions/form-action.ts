import 'server-only';
import { getTranslations } from 'next-intl/server';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { getViewer, type Viewer } from '@/lib/dal/viewer';
import { ERROR_CATALOGUE, isAppError } from '@/lib/errors';
import type { FormState } from '@/lib/form-state';
import { localizeIssues, messagePath } from '@/lib/validations/issues';

/** FormData → plain object; `name[]` fields and repeated names become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith('$ACTION_') || typeof value !== 'string') continue;
    const isArray = rawKey.endsWith('[]');
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const prev = out[key];
    if (isArray || prev !== undefined) {
      out[key] = [...(Array.isArray(prev) ? prev : prev === undefined ? [] : [prev]), value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

type Run<S extends z.ZodType, V> = (args: {
  viewer: V;
  data: z.output<S>;
  formData: FormData;
}) => Promise<FormState | void>;

/**
 * The one shape of every form action: authenticate → safeParse → run (the DAL decides) → result.
 * `run` may call revalidatePath/redirect; AppErrors become localized form messages.
 */
export function formAction<S extends z.ZodType>(schema: S, run: Run<S, Viewer>): (prev: FormState, formData: FormData) => Promise<FormState>;
export function formAction<S extends z.ZodType>(
  schema: S,
  run: Run<S, Viewer | null>,
  options: { anonymous: true },
): (prev: FormState, formData: FormData) => Promise<FormState>;
export function formAction<S extends z.ZodType>(
  schema: S,
  run: Run<S, Viewer> | Run<S, Viewer | null>,
  options?: { anonymous: true },
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const t = await getTranslations();
    const values = formDataToObject(formData);
    const viewer = await getViewer();
    if (!viewer && !options?.anonymous) {
      return { ok: false, message: t('errors.signInRequired'), values };
    }
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        message: t('errors.checkFields'),
        fieldErrors: localizeIssues(parsed.error.issues, (k, v) => t(k, v)),
        values,
      };
    }
    try {
      // Without `anonymous`, viewer is non-null here, so either signature of `run` is satisfied.
      const result = await (run as Run<S, Viewer | null>)({ viewer, data: parsed.data, formData });
      return result ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of error.issues) {
          (fieldErrors[issue.path.split(/[.[]/)[0] || '_form'] ??= []).push(
            t.has(messagePath(issue.message)) ? t(messagePath(issue.message)) : issue.message,
          );
        }
        return {
          ok: false,
          message: t(ERROR_CATALOGUE[error.code].messageKey),
          fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined,
          values,
        };
      }
      console.error(error);
      return { ok: false, message: t(ERROR_CATALOGUE.internal.messageKey), values };
    }
  };
}
