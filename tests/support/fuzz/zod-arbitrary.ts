// Valid-looking values drawn from a zod schema (zod 4's own definitions), so the fuzz tests follow the
// schemas the routes and actions really use instead of a copy that could drift. Fields named in `hints`
// draw from the test's pool of real records (ids, codes), which makes "someone else's record" likely.
import fc from "fast-check";
import type { z } from "zod";

type Def = { type: string; [key: string]: unknown };
type Check = { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; format?: string; pattern?: RegExp } } };
export type Hints = Record<string, fc.Arbitrary<unknown>>;

const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => ((def.checks as Check[] | undefined) ?? []).map((c) => c._zod.def);

const words = ["关于", "建议", "加强", "农村公路", "养护", "教育投入", "医疗", "代表", "承办", "答复", "a", "Z", "1", " "];
const chinese = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(""));
const isoDate = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true });

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  if (def.format === "datetime") return isoDate.map((d) => d.toISOString());
  if (def.format === "date") return isoDate.map((d) => d.toISOString().slice(0, 10));
  const checks = checksOf(def);
  const min = checks.find((c) => c.check === "min_length")?.minimum ?? 0;
  const max = Math.min(checks.find((c) => c.check === "max_length")?.maximum ?? 60, 60);
  const pattern = checks.find((c) => c.check === "string_format" && c.format === "regex")?.pattern;
  const base = pattern ? fc.stringMatching(pattern) : fc.oneof(chinese, fc.string({ maxLength: max }));
  return base.map((s) => (s.length >= min ? s.slice(0, max) : s.padEnd(min, "x")));
}

function numberArbitrary(def: Def): fc.Arbitrary<number | string> {
  const checks = checksOf(def);
  const min = checks.find((c) => c.check === "greater_than")?.value ?? -1000;
  const max = checks.find((c) => c.check === "less_than")?.value ?? 100_000;
  const n = fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) });
  return def.coerce ? fc.oneof(n, n.map(String)) : n;
}

/** An arbitrary of values that `schema` would (mostly) accept. */
export function arbitraryOf(schema: unknown, hints: Hints = {}, key = ""): fc.Arbitrary<unknown> {
  if (key && hints[key]) return hints[key];
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return stringArbitrary(def);
    case "number":
      return numberArbitrary(def);
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((o) => arbitraryOf(o, hints, key)));
    case "optional":
    case "default":
    case "catch":
      return fc.option(arbitraryOf(def.innerType, hints, key), { nil: undefined, freq: 3 });
    case "nullable":
      return fc.option(arbitraryOf(def.innerType, hints, key), { nil: null, freq: 3 });
    case "pipe":
      return arbitraryOf(def.in, hints, key);
    case "array": {
      const checks = checksOf(def);
      const minLength = Math.min(checks.find((c) => c.check === "min_length")?.minimum ?? 0, 3);
      return fc.array(arbitraryOf(def.element, hints, `${key}[]`), { minLength, maxLength: Math.max(minLength, 4) });
    }
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, arbitraryOf(s, hints, k)]));
      return fc.record(fields).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
    }
    default:
      return fc.anything();
  }
}
