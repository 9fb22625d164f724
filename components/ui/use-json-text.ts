// The value of a JSON text prop (lib/json-text.ts), parsed once per text: a re-render with the same text reuses it.
import { useMemo } from "react";
import { readJsonRecords, readJsonText, type JsonRecords, type JsonText } from "@/lib/json-text";

export function useJsonText<T>(text: JsonText<T>): T {
  return useMemo(() => readJsonText(text), [text]);
}

export function useJsonRecords<T>(text: JsonRecords<T>): T[] {
  return useMemo(() => readJsonRecords(text), [text]);
}
