"use client";
// Sends the chosen file to the upload route (upload/route.ts) with XMLHttpRequest, whose upload events give
// the progress that fetch cannot report, and reads the JSON answer.
import { useCallback, useRef, useState } from "react";
import type { ImportResult } from "@/lib/import/apply";
import type { PlanResult } from "@/lib/workflow/plan";
import type { UploadRow } from "@/lib/import/upload";

export type Phase = { kind: "idle" } | { kind: "uploading"; loaded: number; total: number } | { kind: "checking" };
export interface Outcome {
  ok: boolean;
  message: string;
  result?: ImportResult | PlanResult;
  rows?: UploadRow[];
}

interface Answer {
  result?: ImportResult | PlanResult;
  message?: string;
  error?: { message: string; rows?: UploadRow[] };
}

/** `url`: the import's upload, or another file of the office read the same way (the distribution plan's). */
export function useUpload(networkError: string, url = "/office/import/upload") {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = useRef(false);

  const send = useCallback(
    (file: File, query: URLSearchParams) => {
      if (busy.current) return;
      busy.current = true;
      setOutcome(null);
      setPhase({ kind: "uploading", loaded: 0, total: file.size });
      const xhr = new XMLHttpRequest();
      const finish = (next: Outcome) => {
        busy.current = false;
        setPhase({ kind: "idle" });
        setOutcome(next);
      };
      xhr.upload.onprogress = (event) => setPhase({ kind: "uploading", loaded: event.loaded, total: event.total || file.size });
      xhr.upload.onload = () => setPhase({ kind: "checking" });
      xhr.onload = () => {
        let answer: Answer = {};
        try {
          answer = JSON.parse(xhr.responseText) as Answer;
        } catch {
          return finish({ ok: false, message: networkError });
        }
        if (xhr.status === 200 && answer.result) finish({ ok: true, message: answer.message ?? "", result: answer.result });
        else finish({ ok: false, message: answer.error?.message ?? networkError, rows: answer.error?.rows });
      };
      xhr.onerror = () => finish({ ok: false, message: networkError });
      xhr.onabort = xhr.onerror;
      xhr.open("POST", `${url}?${query}`);
      // The name travels in a header (URI-encoded); a custom header also keeps other sites from posting here.
      xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.send(file);
    },
    [networkError, url],
  );

  const refuse = useCallback((message: string) => setOutcome({ ok: false, message }), []);
  return { phase, outcome, send, refuse };
}
