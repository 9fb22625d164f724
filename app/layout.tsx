import type { Metadata } from "next";
import "./globals.css";
import { translatorFor } from "@/lib/i18n/catalogue";
import { I18nProvider } from "@/lib/i18n/client";
import { getLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await getLocale());
  return {
    title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` },
    // public/: the .ico for old browsers and bookmarks, the SVG where it is understood.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "any" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
    },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
