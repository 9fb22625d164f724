// The OpenAPI 3.1 document of /api/v1, generated from the operations list and the zod schemas the routes
// validate with (z.toJSONSchema produces JSON Schema 2020-12, the dialect of OpenAPI 3.1).
import { z } from "zod";
import { ERROR_DESCRIPTIONS, ERROR_SCHEMA, OPERATIONS, type Operation } from "./operations";

type JsonSchema = Record<string, unknown>;

/** Dates accepted by z.coerce.date() are ISO 8601 strings on the wire. */
const options = (io: "input" | "output") => ({
  io,
  unrepresentable: "any" as const,
  override(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) {
    const def = (ctx.zodSchema as { _zod?: { def?: { type?: string } } })._zod?.def;
    if (def?.type === "date") Object.assign(ctx.jsonSchema, { type: "string", format: "date-time" });
  },
});

/** A zod schema as an inline JSON Schema; named sub-schemas ($defs) are hoisted into components. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, options(io)) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = generated;
  for (const [name, def] of Object.entries(($defs as Record<string, JsonSchema>) ?? {})) components[name] = def;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
}

function queryParameters(schema: z.ZodType, components: Record<string, JsonSchema>) {
  const object = jsonSchemaOf(schema, "input", components) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return { name, in: "query", required: object.required?.includes(name) ?? false, description, schema: propertySchema };
  });
}

function operationObject(op: Operation, components: Record<string, JsonSchema>) {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const responses: Record<string, unknown> = {
    [String(op.status)]: {
      description: op.status === 201 ? "已创建" : "成功",
      ...(op.response ? { content: { "application/json": { schema: jsonSchemaOf(op.response, "output", components) } } } : {}),
    },
  };
  // Every body is read with a byte cap (lib/api/body.ts), so every operation with one may answer 413.
  for (const status of op.body ? [...op.errors, 413] : op.errors) {
    responses[String(status)] = {
      description: ERROR_DESCRIPTIONS[status] ?? "错误",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: `调用者：${op.roles}${op.bodyDescription ? `\n\n${op.bodyDescription}` : ""}`,
    ...(op.auth ? {} : { security: [] }),
    parameters: [...pathParams, ...(op.query ? queryParameters(op.query, components) : [])],
    ...(op.body
      ? {
          requestBody: {
            required: !op.bodyOptional,
            content: { "application/json": { schema: jsonSchemaOf(op.body, "input", components) } },
          },
        }
      : {}),
    responses,
  };
}

let cached: Record<string, unknown> | undefined;

export function buildOpenApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const components: Record<string, JsonSchema> = {};
  components.Error = jsonSchemaOf(ERROR_SCHEMA, "output", components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op, components);
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "建议办理 API",
      version: "1.0.0",
      description:
        "代表建议办理系统的 HTTP API（JSON）。先以 POST /auth/token 换取令牌，之后每个请求带 Authorization: Bearer <token>。" +
        '错误统一为 {"error":{"code","message","fields"?}}；枚举值为大写代码；列表为 {"items","total"}。',
    },
    servers: [{ url: "/api/v1" }],
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    security: [{ bearerAuth: [] }],
    tags: [
      { name: "system" },
      { name: "auth" },
      { name: "admin" },
      { name: "suggestions" },
      { name: "handling" },
      { name: "statistics" },
      { name: "keys" },
      { name: "worklists" },
    ],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "POST /auth/token 返回的令牌" } },
      schemas: components,
    },
  };
  return cached;
}
