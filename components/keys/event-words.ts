// The timeline's words for the key-suggestion events (领导领办), which live in the `keys` catalogue: the act,
// the leader it went to and the office's note, when the reader may see the event's data.
import type { Translate } from "@/lib/i18n/catalogue";

const KEY_EVENTS = new Set(["keySuggestion.assign", "keySuggestion.change", "keySuggestion.remove", "keyReport.create"]);

const stringField = (value: unknown, field: string): string | null => {
  if (!value || typeof value !== "object" || !(field in value)) return null;
  const found = (value as Record<string, unknown>)[field];
  return typeof found === "string" && found ? found : null;
};

/** The sentence for a key-suggestion event, or null for any other event. */
export function keyEventWords(event: { action: string; after?: unknown }, t: Translate): string | null {
  if (!KEY_EVENTS.has(event.action)) return null;
  const leader = stringField(event.after, "leaderName");
  const reason = stringField(event.after, "reason");
  return [
    t(`keys.events.${event.action}`),
    leader ? t("keys.events.leader", { name: leader }) : "",
    reason ? t("keys.events.reason", { reason }) : "",
  ].join("");
}
