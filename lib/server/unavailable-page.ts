// The plain "temporarily unavailable" page the proxy serves with HTTP 503 while the database is down: no
// database, no React, no script — it must render when nothing else can. Strings from the catalogues.
import { translatorFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/config";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailablePage(locale: Locale, requestId: string): Response {
  const t = translatorFor(locale);
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t("common.unavailable.title"))}</title>
<style>body{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#111827;line-height:1.6}a{color:#1d4ed8}</style>
</head>
<body>
<main id="main">
<h1>${escape(t("common.unavailable.title"))}</h1>
<p>${escape(t("common.unavailable.body"))}</p>
<p><a href="">${escape(t("common.unavailable.retry"))}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5", "x-request-id": requestId },
  });
}
