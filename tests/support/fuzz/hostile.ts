// Breaking a valid-looking value: wrong types, missing and extra fields, huge strings, control characters,
// emoji and unpaired surrogates, dates out of range, and ids of other people's records (from `pool`).
import fc from "fast-check";

const controls = ["\u0000", "\u0001", "\u0007", "\b", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff", "\r\n", "\t"];
const surrogates = ["\ud800", "\udfff", "\udc00x", "x\ud83d", "\ud83d\ud83d"];
const emoji = ["👨‍👩‍👧‍👦", "🇨🇳", "💩", "𠮷野家", "é", "\u0301"];
const sqlish = ['\'; DROP TABLE "Suggestion"; --', "%", "_", "\\", "' OR '1'='1", "$1", "{{x}}", "<script>alert(1)</script>"];

/** Dates PostgreSQL or JavaScript cannot hold, or that do not exist. */
export const badDates = [
  "0000-01-01",
  "0000-00-00",
  "2024-02-30",
  "2023-02-29",
  "2024-13-01",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00Z",
  "-000001-01-01T00:00:00Z",
  "2024-03-01T25:00:00+08:00",
  "2024-03-01T10:00:00+99:00",
  "1969-12-31T23:59:59.999999999Z",
  "0001-01-01T00:00:00+14:00",
  "294277-01-01",
  "2024-03-01T10:00",
  "2024-03-01 10:00:00",
  "today",
  "",
  "NaN",
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...controls, ...surrogates, ...emoji, ...sqlish, ...badDates),
  fc.tuple(fc.constantFrom(...controls, ...surrogates, ...emoji), fc.string({ maxLength: 8 })).map(([a, b]) => `${b}${a}${b}`),
  fc.tuple(fc.constantFrom("x", "长", "😀", "\u0000", "\ud800"), fc.integer({ min: 50, max: 60_000 })).map(([c, n]) => c.repeat(n)),
  fc.string({ unit: "binary", maxLength: 30 }),
);

const hostileNumber = fc.constantFrom<unknown>(-1, 0, -0, 1.5, 1e308, -1e308, 2 ** 53 + 1, "1e400", "0x10", "NaN", "Infinity", " 7 ", "");

/** Anything of the wrong shape: other types, nesting, very long arrays. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], { $gt: "" }, { __proto__: { admin: true } }),
  hostileNumber,
  fc.array(fc.string({ maxLength: 3 }), { minLength: 100, maxLength: 300 }),
  fc.anything({ maxDepth: 3 }),
  fc.integer({ min: 1, max: 200 }).map((depth) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`) as unknown),
);

export const hostileValue = (pool: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 3, arbitrary: wrongType }, { weight: 3, arbitrary: pool });

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/**
 * `valid` as is (about one in five) or broken: a field dropped, an extra field, a field's value (or an array
 * element's field) replaced by a hostile one, or the whole body replaced.
 */
export function broken(valid: fc.Arbitrary<unknown>, pool: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const value = hostileValue(pool);
  const mutate = fc
    .tuple(
      valid,
      fc.nat(),
      value,
      fc.constantFrom("drop", "extra", "replace", "replace", "inject", "deep"),
      fc.constantFrom(...badDates),
      fc.constantFrom(...controls, ...surrogates, ...emoji),
    )
    .map(([v, pick, bad, how, badDate, char]) => {
      if (!isObject(v)) return bad;
      const keys = Object.keys(v);
      const key = keys.length ? keys[pick % keys.length] : "x";
      const copy: Record<string, unknown> = { ...v };
      const current = copy[key];
      if (how === "drop") delete copy[key];
      else if (how === "extra") copy[`extra${pick % 3}`] = bad;
      // A date field gets an impossible date; other text keeps its valid value with a hostile character in it.
      else if (how === "inject" && typeof current === "string")
        copy[key] = /^\d{4}-\d\d-\d\d/.test(current) ? badDate : `${current}${char}`;
      else if (how === "deep" && Array.isArray(current) && isObject(current[0])) {
        const [first, ...rest] = current as Record<string, unknown>[];
        const inner = Object.keys(first);
        copy[key] = [{ ...first, [inner[pick % Math.max(inner.length, 1)] ?? "x"]: bad }, ...rest];
      } else copy[key] = bad;
      return copy;
    });
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 7, arbitrary: mutate }, { weight: 1, arbitrary: value });
}

/** Raw bodies that are not JSON at all, or not UTF-8. */
export const rawBodies: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constantFrom<string | Uint8Array>(
    "",
    " ",
    "{",
    "[1,",
    "nul",
    '{"a":}',
    "\u0000",
    '{"text":"\u0000"}',
    '{"text":"\\u0000"}',
    '{"text":"\\ud800"}',
  ),
  fc.uint8Array({ maxLength: 64 }),
  fc.constantFrom(1_000, 100_000, 300_000).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc.constant(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
);

export { hostileString };
