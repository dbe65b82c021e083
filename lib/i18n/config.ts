import { UI_LOCALES, type UiLocale } from '@/db/schema';

export const LOCALES = UI_LOCALES;
export type Locale = UiLocale;
export const DEFAULT_LOCALE: Locale = 'da';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export const TIME_ZONES: Record<Locale, string> = {
  da: 'Europe/Copenhagen',
  en: 'Europe/Copenhagen',
  fi: 'Europe/Helsinki',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The cookie's locale when it is a supported one; Danish otherwise (the product is Danish-first,
 * so a browser's Accept-Language does not override it: the locale switch does). */
export function resolveLocale(cookie: string | undefined): Locale {
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}
