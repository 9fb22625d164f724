"use client";
// Downloads an export with a progress indicator: "preparing" until the server answers, then the share of
// Content-Length received (or the bytes received when the file is streamed without a length), then saves
// the file under the server's name. Without JavaScript the link downloads the file directly.
import { useState } from "react";
import { useT } from "@/lib/i18n/client";

type State =
  | { phase: "idle" }
  | { phase: "preparing" }
  | { phase: "downloading"; received: number; total: number }
  | { phase: "done"; name: string }
  | { phase: "failed" };

function filenameOf(disposition: string | null): string {
  const utf8 = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? "export.xlsx";
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function DownloadButton({ href, label, testId }: { href: string; label: string; testId?: string }) {
  const t = useT();
  const [state, setState] = useState<State>({ phase: "idle" });
  const busy = state.phase === "preparing" || state.phase === "downloading";

  async function download() {
    setState({ phase: "preparing" });
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      const type = response.headers.get("Content-Type") ?? "";
      if (!response.ok || !response.body || !type.includes("spreadsheetml")) throw new Error(String(response.status));
      const total = Number(response.headers.get("Content-Length")) || 0;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        received += value.length;
        setState({ phase: "downloading", received, total });
      }
      const name = filenameOf(response.headers.get("Content-Disposition"));
      const url = URL.createObjectURL(new Blob(chunks, { type }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ phase: "done", name });
    } catch {
      setState({ phase: "failed" });
    }
  }

  const percent = state.phase === "downloading" && state.total > 0 ? Math.min(100, Math.round((state.received * 100) / state.total)) : null;
  const message =
    state.phase === "preparing"
      ? t("dashboard.export.preparing")
      : state.phase === "downloading"
        ? percent !== null
          ? t("dashboard.export.progress", { percent })
          : t("dashboard.export.received", { size: size(state.received) })
        : state.phase === "done"
          ? t("dashboard.export.done", { name: state.name })
          : state.phase === "failed"
            ? t("dashboard.export.failed")
            : "";
  return (
    <div className="flex flex-col gap-1">
      <a
        href={href}
        download
        data-testid={testId}
        aria-disabled={busy || undefined}
        onClick={(event) => {
          event.preventDefault();
          if (!busy) void download();
        }}
        className="rounded border border-gray-500 bg-white px-3 py-2 text-center text-sm text-gray-900 hover:bg-gray-100"
      >
        {label}
      </a>
      {busy && <progress className="h-2 w-full" max={100} value={percent ?? undefined} aria-label={message} />}
      <p role="status" className={`text-xs ${state.phase === "failed" ? "text-red-800" : "text-gray-700"}`}>
        {message}
      </p>
    </div>
  );
}
