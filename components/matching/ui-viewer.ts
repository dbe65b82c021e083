// Suggestions are worded in the language of the page, not the account's stored language: the
// interface language is the NEXT_LOCALE cookie (the language buttons), the account's `locale` is
// for e-mails and the API. Without this, a firm that switched the interface to English read
// English pages with Danish reasons.
import { getLocale } from 'next-intl/server';
import type { Viewer } from '@/lib/dal/viewer';
import { isLocale } from '@/lib/i18n/config';

export async function inUiLocale(viewer: Viewer): Promise<Viewer> {
  const locale = await getLocale();
  return isLocale(locale) && locale !== viewer.locale ? { ...viewer, locale } : viewer;
}
