'use server';
// The facilitator's import page: preview (dry run) and confirm. Same order as every action —
// authenticate → parse → DAL → revalidate — but not through formAction, because the result is a
// preview (counts, per-row errors, the column mapping and a token), not a form state of fields.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { confirmImport, previewImport, type ImportPreview } from '@/lib/dal/imports';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';
import { importFormSchema, mappingFromForm } from '@/lib/validations/imports';

export interface ImportFormState {
  ok: boolean;
  message?: string;
  fileName?: string;
  preview?: ImportPreview;
}

export async function importAction(_prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t('errors.signInRequired') };
  const parsed = importFormSchema.safeParse({
    intent: formData.get('intent'),
    networkRef: formData.get('networkRef'),
    token: formData.get('token') ?? undefined,
  });
  const file = formData.get('file');
  if (!parsed.success || !(file instanceof File) || file.size === 0) return { ok: false, message: t('import.errors.noFile') };
  const upload = {
    networkRef: parsed.data.networkRef,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    ...(mappingFromForm(formData) ? { mapping: mappingFromForm(formData)! } : {}),
  };
  try {
    if (parsed.data.intent === 'preview') {
      return { ok: true, fileName: file.name, preview: await previewImport(viewer, upload) };
    }
    const result = await confirmImport(viewer, upload, parsed.data.token ?? '');
    if (!result.ok) return { ok: false, fileName: file.name, preview: result.preview };
    revalidatePath('/facilitator');
    revalidatePath('/companies');
    revalidatePath('/listings');
    const s = result.summary;
    return { ok: true, message: t('import.done', { created: s.companies.created, updated: s.companies.updated, listings: s.listings.created }) };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) {
      const key = error.issues[0]?.message;
      return { ok: false, message: key && t.has(key) ? t(key) : t(`errors.${error.code}`) };
    }
    console.error(error);
    return { ok: false, message: t('errors.unexpected') };
  }
}
