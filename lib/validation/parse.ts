// Turning untrusted input into typed values: one helper for the workflow, server actions and the API.
// A failure is DomainError("INVALID") with a field → message-key map ("errors.field.*"), so forms can mark
// each field and the API can answer 400 with `fields`.
import type { z } from "zod";
import { DomainError } from "@/lib/errors";

/** Date objects (from code such as the demo seed) become ISO strings, the form the schemas accept. */
function normalize(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid-date" : value.toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

type Issue = z.core.$ZodIssue;

/**
 * A missing value. parseInput asks zod to report the input on each issue; for issues parsed without that
 * (e.g. by the API's own parser) zod's message names what it received.
 */
const isMissing = (issue: Issue) =>
  issue.code !== "custom" &&
  ("input" in issue ? issue.input === undefined || issue.input === null : /received (undefined|null)/.test(issue.message ?? ""));

/** The catalogue key for one zod issue. A schema may name its own key: `.refine(…, "errors.field.x")`. */
export function messageKeyOf(issue: Issue): string {
  if (issue.message?.startsWith("errors.")) return issue.message;
  if (isMissing(issue)) return "errors.field.required";
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "number" || issue.expected === "int" ? "errors.field.number" : "errors.field.invalid";
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return "errors.field.required";
      if (issue.origin === "array" && Number(issue.minimum) <= 1) return "errors.field.required";
      return "errors.field.tooShort";
    case "too_big":
      return issue.origin === "string" || issue.origin === "array" ? "errors.field.tooLong" : "errors.field.invalid";
    case "invalid_value":
      return "errors.field.choice";
    case "invalid_format":
      return issue.format === "datetime" || issue.format === "date" ? "errors.field.date" : "errors.field.invalid";
    case "invalid_union": {
      // The first alternative speaks for the field (e.g. the enum of `category: A–D | ""`).
      const first = issue.errors?.[0]?.[0];
      return first ? messageKeyOf(first) : "errors.field.invalid";
    }
    default:
      return "errors.field.invalid";
  }
}

/** {"path.to.field": "errors.field.…"}, the first issue per field; "_" for the input as a whole. */
export function fieldsOfIssues(issues: readonly Issue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= messageKeyOf(issue);
  }
  return fields;
}

/**
 * Text PostgreSQL cannot store: a NUL character (text and jsonb refuse it) or half of a surrogate pair (not
 * Unicode; jsonb refuses its escape). {"path": "errors.field.invalid"} for each such string in `value`.
 */
export function unstorableFields(value: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  // A stack, not recursion: a hostile body may nest arrays a hundred thousand deep.
  const stack: [unknown, string][] = [[value, ""]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, path] = item;
    if (typeof v === "string") {
      if (v.includes("\u0000") || !v.isWellFormed()) fields[path || "_"] ??= "errors.field.invalid";
    } else if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) stack.push([child, path ? `${path}.${k}` : k]);
    }
  }
  return fields;
}

/** How deeply `value` nests arrays and objects (counted without recursion). */
export function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, depth] = item;
    max = Math.max(max, depth);
    if (v && typeof v === "object") for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return max;
}

/**
 * A value from outside that nothing has checked yet (an API request body): workflow functions take it beside
 * their typed input and validate it like any other, so a route hands the body on without pretending its type.
 */
export class Untrusted {
  constructor(readonly value: unknown) {}
}

/** The input itself: an Untrusted body unwrapped. */
export const unwrap = (input: unknown): unknown => (input instanceof Untrusted ? input.value : input);

/** Parses `input` with `schema`, or throws DomainError("INVALID", "errors.invalid", fields) (HTTP 400). */
export function parseInput<S extends z.ZodType>(schema: S, untrusted: unknown): z.output<S> {
  const input = unwrap(untrusted);
  const unstorable = unstorableFields(input);
  if (Object.keys(unstorable).length) throw new DomainError("INVALID", "errors.invalid", unstorable);
  const result = schema.safeParse(normalize(input ?? {}), { reportInput: true });
  if (!result.success) throw new DomainError("INVALID", "errors.invalid", fieldsOfIssues(result.error.issues));
  return result.data;
}

/** An invalid input found after parsing (e.g. an unknown unit code): 400 with that one field. */
export const invalidField = (field: string, key: string) => new DomainError("INVALID", "errors.invalid", { [field]: key });

type Loose<T> = T extends string
  ? string | Date
  : T extends readonly (infer U)[]
    ? Loose<U>[]
    : T extends object
      ? { [K in keyof T]: Loose<T[K]> }
      : T;
/**
 * What a workflow function accepts for schema S: its zod input, where a date may also be a Date (a form's
 * `readForm` result fits), or an Untrusted request body.
 */
export type InputOf<S extends z.ZodType> = Loose<z.input<S>> | Untrusted;
