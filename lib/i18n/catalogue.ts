// Message catalogues: messages/<locale>/<namespace>.json, one namespace per area of the product, so that
// work on one area never edits another's file. A key is "<namespace>.<path>", e.g. "errors.forbidden".
import type { Locale } from "./config";
import zhCommon from "@/messages/zh-CN/common.json";
import zhErrors from "@/messages/zh-CN/errors.json";
import zhDomain from "@/messages/zh-CN/domain.json";
import zhStats from "@/messages/zh-CN/stats.json";
import zhWork from "@/messages/zh-CN/work.json";
import zhOffice from "@/messages/zh-CN/office.json";
import zhAdmin from "@/messages/zh-CN/admin.json";
import zhDashboard from "@/messages/zh-CN/dashboard.json";
import zhSuggestions from "@/messages/zh-CN/suggestions.json";
import zhReports from "@/messages/zh-CN/reports.json";
import zhAccount from "@/messages/zh-CN/account.json";
import zhKeys from "@/messages/zh-CN/keys.json";
import zhCorrections from "@/messages/zh-CN/corrections.json";
import zhStanding from "@/messages/zh-CN/standing.json";
import zhWorklists from "@/messages/zh-CN/worklists.json";
import zhPapers from "@/messages/zh-CN/papers.json";
import zhOutbox from "@/messages/zh-CN/outbox.json";
import enCommon from "@/messages/en/common.json";
import enErrors from "@/messages/en/errors.json";
import enDomain from "@/messages/en/domain.json";
import enStats from "@/messages/en/stats.json";
import enWork from "@/messages/en/work.json";
import enOffice from "@/messages/en/office.json";
import enAdmin from "@/messages/en/admin.json";
import enDashboard from "@/messages/en/dashboard.json";
import enSuggestions from "@/messages/en/suggestions.json";
import enReports from "@/messages/en/reports.json";
import enAccount from "@/messages/en/account.json";
import enKeys from "@/messages/en/keys.json";
import enCorrections from "@/messages/en/corrections.json";
import enStanding from "@/messages/en/standing.json";
import enWorklists from "@/messages/en/worklists.json";
import enPapers from "@/messages/en/papers.json";
import enOutbox from "@/messages/en/outbox.json";

export type Messages = Record<string, unknown>;

export const catalogues: Record<Locale, Messages> = {
  "zh-CN": {
    common: zhCommon,
    errors: zhErrors,
    domain: zhDomain,
    stats: zhStats,
    work: zhWork,
    office: zhOffice,
    admin: zhAdmin,
    dashboard: zhDashboard,
    suggestions: zhSuggestions,
    reports: zhReports,
    account: zhAccount,
    keys: zhKeys,
    corrections: zhCorrections,
    standing: zhStanding,
    worklists: zhWorklists,
    papers: zhPapers,
    outbox: zhOutbox,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    domain: enDomain,
    stats: enStats,
    work: enWork,
    office: enOffice,
    admin: enAdmin,
    dashboard: enDashboard,
    suggestions: enSuggestions,
    reports: enReports,
    account: enAccount,
    keys: enKeys,
    corrections: enCorrections,
    standing: enStanding,
    worklists: enWorklists,
    papers: enPapers,
    outbox: enOutbox,
  },
};

export type Params = Record<string, string | number>;

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function translate(messages: Messages, key: string, params?: Params): string {
  const template = lookup(messages, key) ?? lookup(catalogues["zh-CN"], key) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export type Translate = (key: string, params?: Params) => string;

export function translatorFor(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, params) => translate(messages, key, params);
}
