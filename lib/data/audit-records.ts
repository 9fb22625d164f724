import "server-only";
// What an audit event's record is, in words (issue 11): "第 123 号建议《…》" rather than `Reply cmx41mzb`.
// An event on a suggestion (or on anything of one: a reply, a communication…) names the suggestion; an
// event on an account, a unit, a deputy, a session or a token names that. Loaded once per page of events.
import { db } from "@/lib/db";

export type RecordLabel =
  | { kind: "suggestion"; id: string; session: string; number: string; title: string }
  | { kind: "user"; username: string; name: string }
  | { kind: "unit"; name: string }
  | { kind: "deputy"; name: string; delegation: string }
  | { kind: "session"; name: string }
  | { kind: "token"; name: string }
  | { kind: "other"; entity: string; id: string };

interface EventRef {
  entity: string;
  entityId: string;
  suggestionId: string | null;
}

const idsOf = (events: EventRef[], entity: string) => [...new Set(events.filter((e) => e.entity === entity).map((e) => e.entityId))];

/** A label for each event, in the order given. */
export async function describeRecords(events: EventRef[]): Promise<RecordLabel[]> {
  const suggestionIds = [
    ...new Set(events.map((e) => e.suggestionId ?? (e.entity === "Suggestion" ? e.entityId : null)).filter((v) => v !== null)),
  ];
  const [suggestions, users, units, deputies, sessions, tokens] = await Promise.all([
    db.suggestion.findMany({
      where: { id: { in: suggestionIds } },
      select: { id: true, number: true, title: true, session: { select: { code: true } } },
    }),
    db.user.findMany({ where: { id: { in: idsOf(events, "User") } }, select: { id: true, username: true, name: true } }),
    db.unit.findMany({ where: { id: { in: idsOf(events, "Unit") } }, select: { id: true, name: true } }),
    db.deputy.findMany({ where: { id: { in: idsOf(events, "Deputy") } }, select: { id: true, name: true, delegation: true } }),
    db.session.findMany({ where: { id: { in: idsOf(events, "Session") } }, select: { id: true, name: true } }),
    db.apiToken.findMany({ where: { id: { in: idsOf(events, "ApiToken") } }, select: { id: true, name: true } }),
  ]);
  const by = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const [s, u, un, d, se, to] = [by(suggestions), by(users), by(units), by(deputies), by(sessions), by(tokens)];
  return events.map((e): RecordLabel => {
    const suggestion = s.get(e.suggestionId ?? (e.entity === "Suggestion" ? e.entityId : ""));
    if (suggestion)
      return {
        kind: "suggestion",
        id: suggestion.id,
        session: suggestion.session.code,
        number: suggestion.number,
        title: suggestion.title,
      };
    const user = e.entity === "User" ? u.get(e.entityId) : undefined;
    if (user) return { kind: "user", username: user.username, name: user.name };
    const unit = e.entity === "Unit" ? un.get(e.entityId) : undefined;
    if (unit) return { kind: "unit", name: unit.name };
    const deputy = e.entity === "Deputy" ? d.get(e.entityId) : undefined;
    if (deputy) return { kind: "deputy", name: deputy.name, delegation: deputy.delegation };
    const session = e.entity === "Session" ? se.get(e.entityId) : undefined;
    if (session) return { kind: "session", name: session.name };
    const token = e.entity === "ApiToken" ? to.get(e.entityId) : undefined;
    if (token) return { kind: "token", name: token.name };
    return { kind: "other", entity: e.entity, id: e.entityId };
  });
}
