"use client";
import { useRef } from "react";

/**
 * A <select> whose choice takes effect at once (submits a form, fills in a template) must not act on every
 * arrow key: with the keyboard, a closed select changes its value — and fires `change` — on each ArrowUp /
 * ArrowDown, so a keyboard user could never get past the first option (WCAG 3.2.2). A change made with a
 * pointer (or picked from the opened list) is committed at once; a change made by keys on the closed select
 * is committed by Enter (or the form's own button).
 */
export function useSelectCommit(commit: (select: HTMLSelectElement) => void) {
  const keyed = useRef(false);
  return {
    onKeyDown(event: React.KeyboardEvent<HTMLSelectElement>) {
      if (event.key === "Enter") {
        event.preventDefault();
        keyed.current = false;
        commit(event.currentTarget);
      } else if (!["Tab", "Shift", "Control", "Alt", "Meta", "Escape"].includes(event.key)) {
        keyed.current = true;
      }
    },
    onKeyUp() {
      keyed.current = false;
    },
    onMouseDown() {
      keyed.current = false;
    },
    onChange(event: React.ChangeEvent<HTMLSelectElement>) {
      if (keyed.current) return;
      commit(event.currentTarget);
    },
  };
}
