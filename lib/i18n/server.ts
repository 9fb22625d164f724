import "server-only";
import { cookies } from "next/headers";
import { translatorFor, type Translate } from "./catalogue";
import { LOCALE_COOKIE, toLocale, type Locale } from "./config";

export async function getLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The translator for the current request's language (zh-CN unless the user chose English). */
export async function getT(): Promise<Translate> {
  return translatorFor(await getLocale());
}
