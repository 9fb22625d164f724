"use client";
import { startTransition, useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import { importAction, type ImportState } from "./actions";

export function ImportForm({ sessions }: { sessions: { code: string; name: string }[] }) {
  const t = useT();
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, { ok: true });
  const ids = { session: useId(), file: useId(), create: useId() };
  const result = state.result;
  return (
    <div className="space-y-4">
      {/* onSubmit rather than the action prop: React would reset the form, losing the choices made. The buttons
          are aria-disabled while it works (not disabled, which would drop a keyboard user's focus). */}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (pending) return;
          const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          startTransition(() => action(data));
        }}
        className="space-y-4 rounded bg-white p-4 shadow-sm"
      >
        <div>
          <label htmlFor={ids.session} className="mb-1 block text-sm font-medium">{t("office.import.session")}</label>
          <select id={ids.session} name="sessionCode" className="rounded border border-gray-500 px-3 py-2 text-sm">
            {sessions.map((s) => (
              <option key={s.code} value={s.code}>{`${s.name} (${s.code})`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.file} className="mb-1 block text-sm font-medium">{t("office.import.file")}</label>
          <input id={ids.file} name="file" type="file" accept=".xlsx,.csv" required className="text-sm" />
        </div>
        <div className="flex items-center gap-2">
          <input id={ids.create} name="createUnknownDeputies" type="checkbox" />
          <label htmlFor={ids.create} className="text-sm">{t("office.import.createUnknownDeputies")}</label>
        </div>
        <div className="flex gap-2">
          <Button type="submit" name="dryRun" value="1" variant="secondary" aria-disabled={pending || undefined}>{t("office.import.preview")}</Button>
          <Button type="submit" aria-disabled={pending || undefined}>{t("office.import.submit")}</Button>
        </div>
        {pending && (
          <div role="status" className="flex items-center gap-2 text-sm">
            <progress aria-label={t("office.import.working")} className="w-64" />
            {t("office.import.working")}
          </div>
        )}
      </form>
      <div aria-live="polite">
        {state.message && !state.ok && <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">{state.message}</p>}
        {state.errorRows && (
          <table className="w-full rounded bg-white text-sm shadow-sm">
            <caption className="p-2 text-left font-medium">{t("office.import.errorsCaption")}</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="p-2">{t("office.import.row")}</th>
                <th scope="col" className="p-2">{t("office.import.column")}</th>
                <th scope="col" className="p-2">{t("office.import.problem")}</th>
              </tr>
            </thead>
            <tbody>
              {state.errorRows.map((e, i) => (
                <tr key={i} className="border-b">
                  <td className="p-2">{e.row}</td>
                  <td className="p-2">{e.column}</td>
                  <td className="p-2">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {result?.kind === "preview" && (
          <p className="rounded bg-blue-50 p-3 text-sm">{t("office.import.previewResult", { newCount: result.newCount, skipped: result.skippedCount, assign: result.assignCount, deputies: result.unknownDeputies.length })}</p>
        )}
        {result?.kind === "needsDeputyDecision" && (
          <div className="rounded bg-amber-50 p-3 text-sm">
            <p>{t("office.import.unknownDeputies", { count: result.unknownDeputies.length })}</p>
            <ul className="mt-2 list-disc pl-6">
              {result.unknownDeputies.slice(0, 50).map((d) => (
                <li key={`${d.name}|${d.delegation}`}>{`${d.name}（${d.delegation}）`}</li>
              ))}
            </ul>
          </div>
        )}
        {result?.kind === "imported" && (
          <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{t("office.import.done", { created: result.created, skipped: result.skipped, assigned: result.assigned, deputies: result.deputiesCreated })}</p>
        )}
      </div>
    </div>
  );
}
