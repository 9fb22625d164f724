import { getLocale, getT } from "@/lib/i18n/server";

/**
 * A plain form, so switching language works without JavaScript too. `action` is app/actions/locale.ts's
 * setLocale, passed by the page or layout (components do not import from app/).
 */
export async function LocaleSwitch({ action }: { action: (form: FormData) => Promise<void> }) {
  const [locale, t] = [await getLocale(), await getT()];
  const other = locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="text-brand-700 underline" lang={other}>
        {t(`common.locale.${other}`)}
      </button>
    </form>
  );
}
