// Forms read through their zod schema: the schema is the one source of a form's field names (`fieldsOf`, so
// a panel writes `name={f.summary}` and a renamed key fails tsc) and of how each field's text is read
// (`readForm`). Reading does not validate: the workflow function does, after its authorization check.
import type { z } from "zod";

type Shape = z.core.$ZodShape;
type FormSchema = z.ZodObject<Shape>;

/** What a browser can send for a field of input type T: text, a checkbox's boolean, repeated values, rows. */
type FormValue<T> = [NonNullable<T>] extends [boolean]
  ? boolean
  : [NonNullable<T>] extends [readonly (infer R)[]]
    ? R extends object
      ? { [K in keyof R]: FormValue<R[K]> }[]
      : string[]
    : string;

/** The object `readForm` builds: the schema's input keys (optional where the schema's are), form-typed. */
export type FormInput<S extends FormSchema> = { [K in keyof z.input<S>]: FormValue<z.input<S>[K]> };

/** Each key of the schema's input, as the `name` of its form control. */
export type FieldNames<S extends FormSchema> = { readonly [K in keyof z.input<S> & string]-?: K };

export function fieldsOf<S extends FormSchema>(schema: S): FieldNames<S> {
  return Object.fromEntries(Object.keys(schema.shape).map((k) => [k, k])) as FieldNames<S>;
}

type RowOf<S extends FormSchema, K extends keyof z.input<S>> = NonNullable<z.input<S>[K]> extends readonly (infer R)[] ? R : never;

/** The names of row `i` of an array-of-objects field: `rows(0).text` is "commitments.0.text". */
export function rowFieldsOf<S extends FormSchema, K extends keyof z.input<S> & string>(schema: S, key: K) {
  const row = elementShape(schema.shape[key]);
  return (i: number) =>
    Object.fromEntries(Object.keys(row ?? {}).map((k) => [k, `${key}.${i}.${k}`])) as {
      readonly [P in keyof RowOf<S, K> & string]-?: string;
    };
}

type Kind = "text" | "date" | "boolean" | "list" | "rows";
type Def = {
  type: string;
  format?: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  element?: z.core.$ZodType;
  shape?: Shape;
};
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as Def;

/** How a field's text is read, from its schema: optional/default/pipe/union unwrapped to what the user types. */
function kindOf(schema: z.core.$ZodType): Kind {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return kindOf(inner);
  if (def.type === "union") {
    const kinds = (def.options ?? []).map(kindOf);
    return kinds.find((k) => k !== "text") ?? "text";
  }
  if (def.type === "boolean") return "boolean";
  if (def.type === "array") return def.element && elementShape(schema) ? "rows" : "list";
  if (def.type === "string" && (def.format === "datetime" || def.format === "date")) return "date";
  return "text";
}

function elementShape(schema: z.core.$ZodType | undefined): Shape | undefined {
  if (!schema) return undefined;
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return elementShape(inner);
  if (def.type === "array" && def.element) return defOf(def.element).shape;
  return undefined;
}

/** A datetime-local or date input means China Standard Time; a value with an offset keeps it. */
export function chinaTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(value)) return value;
  return /T/.test(value) ? `${value.length === 16 ? `${value}:00` : value}+08:00` : `${value}T00:00:00+08:00`;
}

const texts = (values: FormDataEntryValue[]) => values.filter((v): v is string => typeof v === "string");
/** The last value sent, undefined when empty (so zod's optional() applies). */
const lastText = (values: FormDataEntryValue[]) => {
  const value = texts(values).at(-1);
  return value === undefined || value.trim() === "" ? undefined : value;
};

/** A ticked checkbox sends "on", a hidden field or a select "true"; anything else (or nothing) is false. */
const readBoolean = (values: FormDataEntryValue[]) => ["on", "true"].includes(texts(values).at(-1) ?? "");

function readField(schema: z.core.$ZodType, values: FormDataEntryValue[]): unknown {
  switch (kindOf(schema)) {
    case "boolean":
      return readBoolean(values);
    case "list":
      return texts(values).filter((v) => v.trim() !== "");
    case "date":
      return chinaTime(lastText(values));
    default:
      return lastText(values);
  }
}

/** The rows of `key`: fields `key.N.field`, in N's order; a row left wholly empty is no row. */
function readRows(row: Shape, key: string, form: FormData) {
  const byIndex = new Map<number, FormData>();
  const pattern = new RegExp(`^${key}\\.(\\d{1,4})\\.(\\w+)$`);
  for (const [name, value] of form.entries()) {
    const match = pattern.exec(name);
    const [, index, field] = match ?? [];
    if (index === undefined || field === undefined || !Object.hasOwn(row, field)) continue;
    const fields = byIndex.get(Number(index)) ?? new FormData();
    fields.append(field, value);
    byIndex.set(Number(index), fields);
  }
  const filled = (fields: FormData) => [...fields.values()].some((v) => typeof v === "string" && v.trim() !== "");
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, fields]) => filled(fields))
    .map(([, fields]) => readObject(row, fields));
}

function readObject(shape: Shape, form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const rows = kindOf(schema) === "rows" ? elementShape(schema) : undefined;
    const value = rows ? readRows(rows, key, form) : readField(schema, form.getAll(key));
    // A required text left empty is "" (a value of its type, refused by the schema as required).
    out[key] = value === undefined && schema._zod.optin !== "optional" ? "" : value;
  }
  return out;
}

/** The form's fields shaped as `schema`'s input. Not validated: pass it to the workflow function, which is. */
export function readForm<S extends FormSchema>(schema: S, form: FormData): FormInput<S> {
  return readObject(schema.shape, form) as FormInput<S>;
}
