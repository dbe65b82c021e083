// The import page's form: which network, preview or confirm, the column mapping chosen in the
// preview (CSV), and the preview's token. The file itself is checked by the DAL (size, encoding).
import { z } from 'zod';
import { CSV_FIELDS, type ColumnMapping } from '@/lib/exchange/csv';

const columnIndex = z.coerce.number().int().min(0).max(999);

export const importFormSchema = z.object({
  intent: z.enum(['preview', 'confirm']),
  networkRef: z.string().trim().min(1).max(100),
  token: z.string().trim().max(200).optional(),
});

/** `map-<field>` selects → a mapping; null when the form has none (first preview: detect). */
export function mappingFromForm(formData: FormData): ColumnMapping | null {
  if (!CSV_FIELDS.some((f) => formData.has(`map-${f}`))) return null;
  const mapping: ColumnMapping = {};
  for (const field of CSV_FIELDS) {
    const raw = formData.get(`map-${field}`);
    if (typeof raw !== 'string' || raw === '') continue;
    const parsed = columnIndex.safeParse(raw);
    if (parsed.success) mapping[field] = parsed.data;
  }
  return mapping;
}
