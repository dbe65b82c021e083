import 'server-only';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { recordActionOf } from '@/lib/dal/audit';
import { getViewer, type Viewer } from '@/lib/dal/viewer';
import { ERROR_CATALOGUE, isAppError, type AppError } from '@/lib/errors';
import type { FormState } from '@/lib/form-state';
import { requestPathFrom } from '@/lib/request-path';
import { NO_NUL, nulPaths } from '@/lib/validations/control-characters';
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

/** Field names whose values never travel back to the page (a form re-rendered after an error
 * must not carry a password in its state, which is serialized into the HTML and the RSC payload). */
const SECRET_FIELD = /pass(word|phrase|wd)|secret/i;

/** The submitted values minus every secret field, for re-filling a form after an error. */
export function echoableValues(values: Record<string, string | string[]> | undefined): Record<string, string | string[]> | undefined {
  if (!values) return values;
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELD.test(key)));
}

/** A form state with any secret field removed from its echoed values. */
function withoutSecrets(state: FormState): FormState {
  return state.values ? { ...state, values: echoableValues(state.values) } : state;
}

type Run<S extends z.ZodType, V> = (args: { viewer: V; data: z.output<S>; formData: FormData }) => Promise<FormState | void>;

/** Who may call an action. The DAL still decides about each record; this only turns away early. */
export type Audience = 'public' | 'member' | 'facilitator' | 'admin';

/**
 * How an action appears in the audit log (lib/dal/audit.ts): a dotted name (`theme.create`). Every
 * facilitator and admin action has one. The builder writes the line when the action succeeds, with
 * the parsed data (secrets dropped) and its first `…Id`/`…Ref` field as the target; an action whose
 * DAL writes its own line in the change's transaction (the admin tools, the vocabulary) says so.
 * Refusals (not allowed) of every action are logged by the builder, named or not.
 */
export type AuditName = string | { name: string; recordedByDal: true };

/** A facilitator of some network, or an admin: the one role check an action makes before the DAL. */
const facilitates = (viewer: Viewer) => viewer.isAdmin || viewer.facilitatorNetworkIds.length > 0;

// The one way in for server actions: every action in lib/actions is built by one of the builders
// below, which name who may call it. Form actions (publicAction, memberAction, facilitatorAction)
// run authenticate → safeParse → run (the DAL decides) → result; `run` may call revalidatePath/
// redirect; AppErrors become localized form messages ({ ok, message, fieldErrors, values }).

/** Anyone, signed in or not (sign-in, sign-up): `viewer` may be null. */
export const publicAction = <S extends z.ZodType>(schema: S, run: Run<S, Viewer | null>) => buildFormAction('public', schema, run);

/** A signed-in user; the DAL decides what they may do with each record. */
export const memberAction = <S extends z.ZodType>(schema: S, run: Run<S, Viewer>) => buildFormAction('member', schema, run as Run<S, Viewer | null>);

/** A facilitator of some network (or an admin); the DAL decides which network's records. Audited. */
export const facilitatorAction = <S extends z.ZodType>(audit: AuditName, schema: S, run: Run<S, Viewer>) =>
  buildFormAction('facilitator', schema, run as Run<S, Viewer | null>, audit);

/** A platform admin (lib/policy/admin.ts). Audited (the admin DAL writes its lines itself). */
export const adminAction = <S extends z.ZodType>(audit: AuditName, schema: S, run: Run<S, Viewer>) =>
  buildFormAction('admin', schema, run as Run<S, Viewer | null>, audit);

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** The viewer if the audience admits them, else the localized refusal. */
async function admit(audience: Audience, t: Translator): Promise<{ viewer: Viewer | null } | { refused: string; viewer?: Viewer }> {
  const viewer = await getViewer();
  if (audience === 'public') return { viewer };
  if (!viewer) return { refused: t('errors.signInRequired') };
  if (audience === 'facilitator' && !facilitates(viewer)) return { refused: t(ERROR_CATALOGUE.forbidden.messageKey), viewer };
  if (audience === 'admin' && !viewer.isAdmin) return { refused: t(ERROR_CATALOGUE.forbidden.messageKey), viewer };
  return { viewer };
}

const auditNameOf = (audit: AuditName | undefined) => (typeof audit === 'string' ? audit : audit?.name);

/** The page a refused action was posted from: the action's only name when it has no audit name. */
async function requestPage(): Promise<string | undefined> {
  try {
    return requestPathFrom(await headers());
  } catch {
    return undefined;
  }
}

/**
 * The one place where a refused action is logged (a signed-in person asked for what they may not
 * do); never fails the action, which answers its refusal as before.
 */
async function recordRefusal(viewer: Viewer | null, audit: AuditName | undefined, data: unknown) {
  const page = await requestPage();
  await recordActionOf(viewer, auditNameOf(audit) ?? 'action', 'refused', data, page ? { page } : {});
}

/** A successful facilitator action's line (admin actions and the vocabulary write their own). */
async function recordDone(viewer: Viewer | null, audit: AuditName | undefined, data: unknown) {
  if (typeof audit === 'string') await recordActionOf(viewer, audit, 'done', data);
}

/** Next's redirect() ends a successful action by throwing; it still counts as done. */
const isRedirect = (error: unknown) =>
  !!error && typeof error === 'object' && 'digest' in error && typeof error.digest === 'string' && error.digest.startsWith('NEXT_REDIRECT');

/** An AppError's localized message (its first issue's message when that is a catalogue key). */
function appErrorMessage(error: AppError, t: Translator, preferIssue = false): string {
  const key = error.issues[0]?.message;
  if (preferIssue && key && t.has(key)) return t(key);
  return t(ERROR_CATALOGUE[error.code].messageKey);
}

function buildFormAction<S extends z.ZodType>(audience: Audience, schema: S, run: Run<S, Viewer | null>, audit?: AuditName) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => withoutSecrets(await runFormAction(audience, schema, run, formData, audit));
}

async function runFormAction<S extends z.ZodType>(
  audience: Audience,
  schema: S,
  run: Run<S, Viewer | null>,
  formData: FormData,
  audit: AuditName | undefined,
): Promise<FormState> {
  const t = await getTranslations();
  const values = formDataToObject(formData);
  const entry = await admit(audience, t);
  if ('refused' in entry) {
    if (entry.viewer) await recordRefusal(entry.viewer, audit, values);
    return { ok: false, message: entry.refused, values };
  }
  // A NUL character cannot reach PostgreSQL (lib/validations/control-characters.ts).
  const nul = nulPaths(values);
  if (nul.length) {
    const fieldErrors: Record<string, string[]> = {};
    for (const p of nul) fieldErrors[p.split(/[.[]/)[0] || '_form'] = [t(`validation.${NO_NUL}`)];
    return { ok: false, message: t('errors.checkFields'), fieldErrors, values: JSON.parse(JSON.stringify(values).replace(/\\u0000/g, '')) as typeof values };
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
    const result = await run({ viewer: entry.viewer, data: parsed.data, formData });
    if (result?.ok !== false) await recordDone(entry.viewer, audit, parsed.data);
    return result ?? { ok: true };
  } catch (error) {
    if (isRedirect(error)) await recordDone(entry.viewer, audit, parsed.data);
    unstable_rethrow(error);
    if (isAppError(error) && error.code === 'forbidden') await recordRefusal(entry.viewer, audit, parsed.data);
    if (isAppError(error)) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of error.issues) {
        (fieldErrors[issue.path.split(/[.[]/)[0] || '_form'] ??= []).push(t.has(messagePath(issue.message)) ? t(messagePath(issue.message)) : issue.message);
      }
      return {
        ok: false,
        message: appErrorMessage(error, t),
        fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined,
        values,
      };
    }
    console.error(error);
    return { ok: false, message: t(ERROR_CATALOGUE.internal.messageKey), values };
  }
}

/** The state of a form whose result is more than fields and a message (an upload's preview). */
export interface ActionState {
  ok: boolean;
  message?: string;
}

/**
 * A file upload by a facilitator (the import page): the same order as every action, but the file
 * arrives as a File, and `run` returns the form's own state. An AppError's message is its first
 * issue's when that names a catalogue message (the import's reason), else the code's.
 */
export function uploadAction<S extends z.ZodType, State extends ActionState>(
  schema: S,
  options: { file: string; missingFile: string; audit: string },
  run: (args: { viewer: Viewer; data: z.output<S>; file: File; formData: FormData }) => Promise<State>,
): (prev: State, formData: FormData) => Promise<State> {
  // A refusal carries only ok and message: every other field of State must be optional.
  const fail = (message: string) => ({ ok: false, message }) as State;
  return async (_prev, formData) => {
    const t = await getTranslations();
    const entry = await admit('facilitator', t);
    // An upload refused before it is read says only that (no fields to keep).
    if ('refused' in entry) {
      if (entry.viewer) await recordRefusal(entry.viewer, options.audit, formDataToObject(formData));
      return fail(entry.refused);
    }
    const parsed = schema.safeParse(formDataToObject(formData));
    const file = formData.get(options.file);
    if (!parsed.success || !(file instanceof File) || file.size === 0) return fail(t(options.missingFile));
    try {
      const state = await run({ viewer: entry.viewer!, data: parsed.data, file, formData });
      if (state.ok) await recordDone(entry.viewer, options.audit, { ...(parsed.data as object), fileName: file.name, fileBytes: file.size });
      return state;
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error) && error.code === 'forbidden') await recordRefusal(entry.viewer, options.audit, parsed.data);
      if (isAppError(error)) return fail(appErrorMessage(error, t, true));
      console.error(error);
      return fail(t(ERROR_CATALOGUE.internal.messageKey));
    }
  };
}

/**
 * A form posted without a state to render (the language switch, sign-out): parse → run; input that
 * does not parse is ignored, as a form with a fixed set of buttons can only send it on purpose.
 */
export function submitAction<S extends z.ZodType>(
  audience: 'public' | 'member',
  schema: S,
  run: (args: { viewer: Viewer | null; data: z.output<S> }) => Promise<void>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const viewer = await getViewer();
    if (audience === 'member' && !viewer) return;
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return;
    await run({ viewer, data: parsed.data });
  };
}

/** A call from client code for public reference data (no form): parse → run; bad input → null. */
export function publicQuery<S extends z.ZodType, R>(schema: S, run: (data: z.output<S>) => Promise<R> | R): (input: z.input<S>) => Promise<R | null> {
  return async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return null;
    return run(parsed.data);
  };
}
