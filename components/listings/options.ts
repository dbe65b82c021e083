import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { NACE_SECTION_LETTERS } from '@/lib/listings/sectors';
import { COMMON_LISTING_LANGUAGES, LISTING_CATEGORIES } from '@/lib/validations/listings';

export interface Option {
  value: string;
  label: string;
}

/** Translated choices for the filter form and the listing form. */
export async function listingOptions() {
  const [t, locale] = await Promise.all([getTranslations('listings'), getLocale()]);
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const categories: Option[] = LISTING_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }));
  const sectors: Option[] = NACE_SECTION_LETTERS.map((s) => ({ value: s, label: t(`sectors.${s}`) }));
  const languages: Option[] = COMMON_LISTING_LANGUAGES.map((code) => {
    const name = names.of(code) ?? code;
    return { value: code, label: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) };
  });
  return { categories, sectors, languages, locale };
}
