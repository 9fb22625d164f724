"use client";
// Renders its children only in the browser, after hydration; until then a placeholder of the same box. For the
// recharts charts: they take their size from the browser (`responsive`), so the server drew nothing of them,
// yet running their component tree cost a dashboard or report view 1–2 ms of the server's one thread.
import { useSyncExternalStore, type CSSProperties, type ReactNode } from "react";

const subscribe = () => () => {};

export function AfterHydration({ children, box }: { children: ReactNode; box: CSSProperties }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return hydrated ? children : <div style={box} />;
}
