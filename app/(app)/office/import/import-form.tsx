"use client";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import { MAX_UPLOAD_BYTES } from "@/lib/import/table";
import { ImportOutcome } from "./import-outcome";
import { useUpload } from "./use-upload";

/**
 * The import's form; with `plan`, the same form uploads a distribution plan (分办方案) to its own route, without
 * the choice of creating deputies, and applies it instead of importing.
 */
export function ImportForm({ sessions, plan }: { sessions: { code: string; name: string }[]; plan?: { url: string; submit: string } }) {
  const t = useT();
  const { phase, outcome, send, refuse } = useUpload(t("office.import.networkError"), plan?.url);
  const ids = { session: useId(), file: useId(), create: useId() };
  const busy = phase.kind !== "idle";
  return (
    <div className="space-y-4">
      {/* The buttons are aria-disabled while it works (not disabled, which would drop a keyboard user's focus);
          the form is not reset, so the choices made stay for the next try. */}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          const file = data.get("file");
          const session = String(data.get("sessionCode") ?? "");
          if (!session) return refuse(t("office.import.chooseSession"));
          if (!(file instanceof File) || file.size === 0) return refuse(t("office.import.chooseFile"));
          // The server refuses too (it counts the bytes); this spares the wait for a file that cannot pass.
          if (file.size > MAX_UPLOAD_BYTES) return refuse(t("office.import.tooLarge"));
          const query = new URLSearchParams({ session });
          if (data.get("dryRun") === "1") query.set("dryRun", "1");
          if (data.get("createUnknownDeputies") === "on") query.set("createUnknownDeputies", "1");
          send(file, query);
        }}
        className="space-y-4 rounded bg-white p-4 shadow-sm"
      >
        <div>
          <label htmlFor={ids.session} className="mb-1 block text-sm font-medium">
            {t("office.import.session")}
          </label>
          <select id={ids.session} name="sessionCode" required defaultValue="" className="rounded border border-gray-500 px-3 py-2 text-sm">
            <option value="" disabled>
              {t("office.import.chooseSessionOption")}
            </option>
            {sessions.map((s) => (
              <option key={s.code} value={s.code}>{`${s.name} (${s.code})`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.file} className="mb-1 block text-sm font-medium">
            {t("office.import.file")}
          </label>
          <input id={ids.file} name="file" type="file" accept=".xlsx,.csv" required className="text-sm" />
        </div>
        {!plan && (
          <div className="flex items-center gap-2">
            <input id={ids.create} name="createUnknownDeputies" type="checkbox" />
            <label htmlFor={ids.create} className="text-sm">
              {t("office.import.createUnknownDeputies")}
            </label>
          </div>
        )}
        <div className="flex gap-2">
          <Button type="submit" name="dryRun" value="1" variant="secondary" aria-disabled={busy || undefined}>
            {t("office.import.preview")}
          </Button>
          <Button type="submit" aria-disabled={busy || undefined}>
            {plan?.submit ?? t("office.import.submit")}
          </Button>
        </div>
        {phase.kind === "uploading" && (
          <div role="status" className="flex items-center gap-2 text-sm">
            <progress aria-label={t("office.import.uploading")} value={phase.loaded} max={phase.total || 1} className="w-64" />
            {`${t("office.import.uploading")} ${Math.floor((phase.loaded / (phase.total || 1)) * 100)}%`}
          </div>
        )}
        {phase.kind === "checking" && (
          <div role="status" className="flex items-center gap-2 text-sm">
            <progress aria-label={t("office.import.checking")} className="w-64" />
            {t("office.import.checking")}
          </div>
        )}
      </form>
      <div aria-live="polite">
        <ImportOutcome outcome={outcome} />
      </div>
    </div>
  );
}
