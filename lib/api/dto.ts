import 'server-only';
import type { DirectoryItem } from '@/lib/dal/company-directory';
import type { ListingSummary } from '@/lib/dal/listings';
import { segmentsToHtml } from '@/lib/search/highlight';

// JSON shapes of the API: the DAL's DTOs (already stripped of what the viewer may not see), with
// search highlights as escaped HTML (<mark> around matches) instead of segment lists.

export function apiListing(l: ListingSummary) {
  const { highlight, ...rest } = l;
  return {
    ...rest,
    url: `/listings/${l.ref}`,
    ...(highlight ? { highlight: { title: segmentsToHtml(highlight.title), snippet: segmentsToHtml(highlight.snippet) } } : {}),
  };
}

export function apiCompany(c: DirectoryItem) {
  const { highlight, ...rest } = c;
  return {
    ...rest,
    url: `/companies/${c.ref}`,
    ...(highlight ? { highlight: { name: segmentsToHtml(highlight.name), snippet: segmentsToHtml(highlight.snippet) } } : {}),
  };
}

export function pageInfo(p: { page: number; limit: number; total: number; totalCapped?: boolean }) {
  return { page: p.page, limit: p.limit, total: p.total, totalCapped: p.totalCapped ?? false, pages: Math.max(1, Math.ceil(p.total / p.limit)) };
}
