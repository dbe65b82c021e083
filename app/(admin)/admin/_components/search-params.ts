import { adminSearchSchema } from '@/lib/validations/admin';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A list page's `q` and `page` (a repeated or bad parameter falls back). */
export async function listParams(searchParams: SearchParams): Promise<{ q?: string; page: number }> {
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = adminSearchSchema.parse({ q: first(raw.q), page: first(raw.page) });
  return { q: parsed.q || undefined, page: parsed.page ?? 1 };
}
