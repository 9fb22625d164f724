"use client";
import { useEffect, useId, useRef, useState } from "react";
import { searchDeputiesAction } from "@/lib/actions/deputy-search";
import type { DeputyOption } from "@/lib/data/deputies";
import { useT } from "@/lib/i18n/client";

const MIN_CHARS = 2;
const NONE: DeputyOption[] = [];
const label = (d: DeputyOption) => `${d.name}（${d.delegation}）`;

interface Props {
  name: string;
  label: string;
  /** Several deputies (the co-signers): each choice is added to a list below the box. */
  multiple?: boolean;
  hint?: string;
  /** The deputies chosen when the form opens (a correction shows what is registered); a form reset returns to them. */
  initial?: DeputyOption[];
}

/**
 * A searchable deputy picker (ARIA 1.2 combobox with a listbox): type two characters of a name, arrows move
 * through the matches, Enter chooses, Esc closes. The chosen ids travel in hidden inputs named `name`.
 */
export function DeputyPicker({ name, label: fieldLabel, multiple = false, hint, initial = NONE }: Props) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(!multiple && initial[0] ? label(initial[0]) : "");
  const [options, setOptions] = useState<DeputyOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<DeputyOption[]>(initial);
  const latest = useRef("");
  // The reset below runs long after the first render: it reads the latest `initial` (the page's, after a save).
  const initialRef = useRef(initial);
  useEffect(() => {
    initialRef.current = initial;
  }, [initial]);

  // A form reset (after a successful save) clears the choice too, or goes back to an edit form's saved one.
  useEffect(() => {
    const form = input.current?.form;
    const clear = () => {
      const back = initialRef.current;
      setText(!multiple && back[0] ? label(back[0]) : "");
      setChosen(back);
      setOptions([]);
      setOpen(false);
    };
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, [multiple]);

  useEffect(() => {
    const q = text.trim();
    latest.current = q;
    // Too short or just chosen: the handlers that changed the text already emptied the list.
    if (q.length < MIN_CHARS || (!multiple && chosen[0] && text === label(chosen[0]))) return;
    const timer = setTimeout(async () => {
      const found = await searchDeputiesAction(q);
      if (latest.current !== q) return;
      setOptions(found);
      setActive(found.length ? 0 : -1);
      setOpen(document.activeElement === input.current);
    }, 200);
    return () => clearTimeout(timer);
  }, [text, multiple, chosen]);

  const choose = (d: DeputyOption) => {
    if (multiple) {
      setChosen((list) => (list.some((c) => c.id === d.id) ? list : [...list, d]));
      setText("");
    } else {
      setChosen([d]);
      setText(label(d));
    }
    setOpen(false);
    setOptions([]);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!options.length) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (e.key === "Enter" && open && options[active]) {
      e.preventDefault(); // choosing never submits the form
      choose(options[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const hintId = hint ? `${id}-hint` : undefined;
  const status =
    text.trim().length < MIN_CHARS
      ? ""
      : open && !options.length
        ? t("common.deputyPicker.none")
        : open
          ? t("common.deputyPicker.found", { n: options.length })
          : "";
  return (
    <div className="relative min-w-0">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium text-gray-800">
        {fieldLabel}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        data-field={name}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={hintId}
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        placeholder={t("common.deputyPicker.placeholder")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (!multiple) setChosen([]);
          if (e.target.value.trim().length < MIN_CHARS) setOptions([]);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="w-full rounded border border-gray-500 bg-white px-3 py-2 text-sm"
      />
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-gray-700">
          {hint}
        </p>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={fieldLabel}
        hidden={!open || !options.length}
        className="absolute z-10 mt-1 max-h-64 w-full overflow-y-auto rounded border border-gray-500 bg-white text-sm shadow"
      >
        {options.map((d, i) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the combobox input handles the keys (aria-activedescendant); options never take focus
          <li
            key={d.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(d)}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-700 text-white" : ""}`}
          >
            {label(d)}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
      {chosen.map((d) => (
        <input key={d.id} type="hidden" name={name} value={d.id} />
      ))}
      {multiple && chosen.length > 0 && (
        <ul aria-label={t("common.deputyPicker.chosen", { label: fieldLabel })} className="mt-2 flex flex-wrap gap-2 text-sm">
          {chosen.map((d) => (
            <li key={d.id} className="flex items-center gap-1 rounded border border-gray-500 px-2 py-1">
              {label(d)}
              <button
                type="button"
                className="px-1 text-red-800"
                aria-label={t("common.deputyPicker.remove", { name: d.name })}
                onClick={() => setChosen((list) => list.filter((c) => c.id !== d.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
