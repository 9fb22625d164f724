"use client";
// What an upload answered: the message, every problem by row and column, or the preview's and import's figures.
import { ScrollRegion } from "@/components/ui/scroll-region";
import { useT } from "@/lib/i18n/client";
import type { Outcome } from "./use-upload";

export function ImportOutcome({ outcome }: { outcome: Outcome | null }) {
  const t = useT();
  if (!outcome) return null;
  const result = outcome.result;
  if (!outcome.ok) {
    return (
      <>
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
          {outcome.message}
        </p>
        {outcome.rows && outcome.rows.length > 0 && (
          <ScrollRegion label={t("office.import.errorsCaption")}>
            <table className="w-full rounded bg-white text-sm shadow-sm">
              <caption className="p-2 text-left font-medium">{t("office.import.errorsCaption")}</caption>
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="p-2">
                    {t("office.import.row")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("office.import.column")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("office.import.problem")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {outcome.rows.map((e, i) => (
                  <tr key={i} className="border-b">
                    <td className="p-2">{e.row}</td>
                    <td className="p-2">{e.column}</td>
                    <td className="p-2">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </>
    );
  }
  if (result?.kind === "preview") {
    return (
      <div role="status" className="rounded bg-blue-50 p-3 text-sm">
        <p>{outcome.message}</p>
        {"unknownDeputies" in result && result.unknownDeputies.length > 0 && (
          <>
            <p className="mt-2">{t("office.import.deputiesToCreate")}</p>
            <ul className="mt-1 list-disc pl-6">
              {result.unknownDeputies.slice(0, 50).map((d) => (
                <li key={`${d.name}|${d.delegation}`}>{`${d.name}（${d.delegation}）`}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
  return (
    <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">
      {outcome.message}
    </p>
  );
}
