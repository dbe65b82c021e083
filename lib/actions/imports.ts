'use server';
// The facilitator's import page: preview (dry run) and confirm. Same order as every action —
// authenticate → parse → DAL → revalidate — through uploadAction, because the result is a preview
// (counts, per-row errors, the column mapping and a token), not a form state of fields.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { uploadAction } from '@/lib/actions/form-action';
import { confirmImport, previewImport, type ImportPreview } from '@/lib/dal/imports';
import { importFormSchema, mappingFromForm } from '@/lib/validations/imports';

export interface ImportFormState {
  ok: boolean;
  message?: string;
  fileName?: string;
  preview?: ImportPreview;
}

export const importAction = uploadAction(
  importFormSchema,
  { file: 'file', missingFile: 'import.errors.noFile', audit: 'import' },
  async ({ viewer, data, file, formData }): Promise<ImportFormState> => {
    const mapping = mappingFromForm(formData);
    const upload = {
      networkRef: data.networkRef,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      ...(mapping ? { mapping } : {}),
    };
    if (data.intent === 'preview') {
      return { ok: true, fileName: file.name, preview: await previewImport(viewer, upload) };
    }
    const result = await confirmImport(viewer, upload, data.token ?? '');
    if (!result.ok) return { ok: false, fileName: file.name, preview: result.preview };
    revalidatePath('/facilitator');
    revalidatePath('/companies');
    revalidatePath('/listings');
    const s = result.summary;
    const t = await getTranslations('import');
    return { ok: true, message: t('done', { created: s.companies.created, updated: s.companies.updated, listings: s.listings.created }) };
  },
);
