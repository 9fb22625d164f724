"use client";
// Draws its content only in the browser, after hydration; until then a placeholder of the same box.
// - The recharts charts: they take their size from the browser (`responsive`), so the server drew nothing of
//   them, yet running their component tree cost a dashboard or report view 1–2 ms of the server's one thread.
// - The statistics pages' tables of figures (units, fields, delegations, overdue): their rows travel as data in
//   the page's payload anyway, and drawing them into the server's HTML as well was a third of a dashboard or
//   report view's CPU at a million suggestions (issue 12). The heading, caption and definitions stay in it.
// The content is a function, so the server does not even build the tree it would throw away (the handling
// table's 130 rows × 15 cells of elements, links and translations were ~1 ms of a report view).
import { useSyncExternalStore, type CSSProperties, type ReactNode } from "react";

const subscribe = () => () => {};

/** False while the server renders and while the browser hydrates; true from the first render after. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * The items a long <select> draws: until hydration only the chosen ones (the server's HTML then carries one
 * option, not hundreds), all of them from the first render after — before anyone can open the list.
 */
export function useChosenUntilHydrated<T>(items: readonly T[], isChosen: (item: T) => boolean): readonly T[] {
  return useHydrated() ? items : items.filter(isChosen);
}

export function AfterHydration({ children, box }: { children: () => ReactNode; box: CSSProperties }) {
  return useHydrated() ? children() : <div style={box} />;
}

/** The placeholder box of a table of `rows` rows (a header row and rows of one line), so nothing jumps. */
export function tableBox(rows: number): CSSProperties {
  return { minHeight: `${2.5 + rows * 2.25}rem` };
}
