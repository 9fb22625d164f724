export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
export const LOCALE_COOKIE = "locale";

export function toLocale(value: string | undefined | null): Locale {
  return (locales as readonly string[]).includes(value ?? "") ? (value as Locale) : defaultLocale;
}

/**
 * The language of the records themselves (titles, contents, replies, opinions): they are written in Chinese
 * whatever the interface language, so they carry lang={CONTENT_LANG} and a screen reader on the English
 * pages reads them as Chinese (WCAG 3.1.2).
 */
export const CONTENT_LANG = "zh-CN";
