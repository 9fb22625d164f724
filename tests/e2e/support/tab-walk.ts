// Keyboard walks for a11y.spec.ts with one round trip per batch of Tabs instead of two per Tab: the page
// notes where each Tab left the focus (on its keyup, when the focus has moved) and holds any further Tab
// once the walk is over, so the focus ends exactly where a key-by-key walk would have left it.
import type { Locator, Page } from "@playwright/test";

/** Where one Tab left the focus; null: on no element (past the last stop). */
export interface TabStop {
  key: string;
  name: string;
  ring: boolean;
  onScreen: boolean;
  target: boolean;
}
type Walk = { stops: (TabStop | null)[]; done: boolean; stop(): void };
type WalkWindow = Window & { tabWalk?: Walk };

// Ten Tabs per look: a walk overshoots nothing (later Tabs are held), and a tabTo of one or two stops
// costs little more than before.
const BATCH = 10;

/** Starts noting stops; Tabs after the walk is done (`until` focused, or past the last stop) are held. */
function install(until: Element | undefined) {
  const w = window as WalkWindow;
  w.tabWalk?.stop();
  const describe = (): TabStop | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const path = [];
    for (let node: Element | null = el; node && node !== document.body; node = node.parentElement)
      path.unshift(`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
    return {
      key: path.join(">"),
      name: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") || el.textContent || (el as HTMLInputElement).name || "").trim().slice(0, 40)}"`,
      ring: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none",
      onScreen: box.width > 2 && box.height > 2,
      target: el === until,
    };
  };
  // A walk without a target ends past the last stop; one with a target goes on round the page until it.
  const endsPastLast = !until;
  let pending = false;
  const walk: Walk = { stops: [], done: false, stop: () => {} };
  const down = (e: KeyboardEvent) => {
    if (e.key !== "Tab") return;
    if (pending && endsPastLast) walk.done = true; // the last Tab's keyup never came: the focus left the page
    if (walk.done) {
      e.preventDefault();
      e.stopImmediatePropagation();
    } else pending = true;
  };
  const up = (e: KeyboardEvent) => {
    if (e.key !== "Tab" || walk.done) return;
    pending = false;
    const stop = describe();
    walk.stops.push(stop);
    if (stop?.target || (!stop && endsPastLast)) walk.done = true;
  };
  window.addEventListener("keydown", down, true);
  window.addEventListener("keyup", up, true);
  walk.stop = () => {
    window.removeEventListener("keydown", down, true);
    window.removeEventListener("keyup", up, true);
  };
  w.tabWalk = walk;
}

/**
 * Presses Tab up to `limit` times, in batches, until `until` (if given) has the focus or the focus is past
 * the last stop; returns every stop in order (null last when past the end).
 */
export async function tabWalk(page: Page, limit: number, until?: Locator): Promise<(TabStop | null)[]> {
  if (until) await until.evaluate(install);
  else await page.evaluate(install, undefined);
  const stops: (TabStop | null)[] = [];
  try {
    for (let pressed = 0; pressed < limit;) {
      const n = Math.min(BATCH, limit - pressed);
      for (let i = 0; i < n; i++) await page.keyboard.press("Tab");
      pressed += n;
      const seen = await page.evaluate(() => {
        const walk = (window as WalkWindow).tabWalk!;
        return { stops: walk.stops.splice(0), done: walk.done };
      });
      stops.push(...seen.stops);
      if (seen.done) break;
    }
  } finally {
    await page.evaluate(() => (window as WalkWindow).tabWalk?.stop());
  }
  return stops;
}
