"use client";
// The upload form: the file goes as the body of POST /attachments/upload (streamed with its cap on the
// server; a server action would stop at 1 MB), then the page is refreshed to list it.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useT } from "@/lib/i18n/client";

interface Props {
  targets: { value: string; label: string }[];
  limitMb: number;
}

export function AttachmentUpload({ targets, limitMb }: Props) {
  const t = useT();
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const [owner, ownerId] = String(data.get("target") ?? "").split(":");
    if (!(file instanceof File) || file.size === 0 || !owner || !ownerId) {
      setMessage({ ok: false, text: t("papers.attachments.badName") });
      return;
    }
    if (file.size > limitMb * 1024 * 1024) {
      setMessage({ ok: false, text: t("papers.attachments.tooLarge", { limit: `${limitMb} MB` }) });
      return;
    }
    setPending(true);
    try {
      const query = new URLSearchParams({ owner, id: ownerId });
      const response = await fetch(`/attachments/upload?${query}`, {
        method: "POST",
        headers: { "X-File-Name": encodeURIComponent(file.name), "Content-Type": "application/octet-stream" },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as { message?: string; error?: { message?: string } } | null;
      setMessage(
        response.ok
          ? { ok: true, text: t("papers.attachments.uploaded") }
          : { ok: false, text: body?.error?.message ?? t("papers.attachments.failed") },
      );
      if (response.ok) {
        form.reset();
        router.refresh();
      }
    } catch {
      setMessage({ ok: false, text: t("papers.attachments.failed") });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3 border-t pt-4 text-sm" aria-describedby={`${id}-hint`}>
      <label className="flex flex-col gap-1">
        {t("papers.attachments.target")}
        <select name="target" className="rounded border px-2 py-1" required defaultValue={targets[0]?.value}>
          {targets.map((target) => (
            <option key={target.value} value={target.value}>
              {target.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        {t("papers.attachments.file")}
        <input type="file" name="file" required accept=".pdf,.jpg,.jpeg,.png,.gif,.webp,.tif,.tiff,.docx,.xlsx,.doc,.xls" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1 text-white disabled:opacity-60">
        {pending ? t("papers.attachments.uploading") : t("papers.attachments.upload")}
      </button>
      <p id={`${id}-hint`} className="w-full text-gray-700">
        {t("papers.attachments.hint", { limit: `${limitMb} MB` })}
      </p>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "w-full text-green-800" : "w-full text-red-800"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
