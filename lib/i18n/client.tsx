"use client";
import { createContext, useContext, useMemo } from "react";
import { translatorFor, type Translate } from "./catalogue";
import type { Locale } from "./config";

const LocaleContext = createContext<Locale>("zh-CN");

export function I18nProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return useMemo(() => translatorFor(locale), [locale]);
}
