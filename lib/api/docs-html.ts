// The readable reference of /api/v1 (GET /api/v1/docs): plain server-rendered HTML built from the OpenAPI
// document, so it always says what the routes do. No scripts, no external resources.
import { buildOpenApiDocument } from "./openapi";

type Schema = Record<string, unknown>;
const esc = (value: unknown) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function typeOf(schema: Schema, components: Record<string, Schema>): string {
  if (typeof schema.$ref === "string") return typeOf(components[schema.$ref.split("/").pop()!] ?? {}, components);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants) return variants.map((v) => typeOf(v, components)).join(" | ");
  if (schema.type === "array") return `${typeOf((schema.items as Schema) ?? {}, components)}[]`;
  const limits = [
    schema.format,
    schema.minimum !== undefined && Number(schema.minimum) > -1e15 && `≥${schema.minimum}`,
    schema.maximum !== undefined && Number(schema.maximum) < 1e15 && `≤${schema.maximum}`,
    schema.maxLength !== undefined && `≤${schema.maxLength}字`,
    schema.default !== undefined && `默认 ${JSON.stringify(schema.default)}`,
  ].filter(Boolean);
  return `${Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any")}${limits.length ? ` (${limits.join("，")})` : ""}`;
}

function renderSchema(schema: Schema, components: Record<string, Schema>, depth = 0): string {
  if (typeof schema.$ref === "string") return renderSchema(components[schema.$ref.split("/").pop()!] ?? {}, components, depth);
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants && depth < 4) {
    return `<ul>${variants.map((v, i) => `<li>形式 ${i + 1}：${renderSchema(v, components, depth + 1)}</li>`).join("")}</ul>`;
  }
  const object = schema.type === "array" ? ((schema.items as Schema) ?? {}) : schema;
  const properties = object.properties as Record<string, Schema> | undefined;
  if (!properties || depth > 4) return `<code>${esc(typeOf(schema, components))}</code>`;
  const required = new Set((object.required as string[]) ?? []);
  const rows = Object.entries(properties).map(([name, property]) => {
    const nested = (property.properties || (property.type === "array" && (property.items as Schema)?.properties)) && depth < 3;
    return `<li><code>${esc(name)}</code>${required.has(name) ? "" : "<span class=opt>（可选）</span>"}：<code>${esc(
      typeOf(property, components),
    )}</code>${property.description ? ` — ${esc(property.description)}` : ""}${nested ? renderSchema(property, components, depth + 1) : ""}</li>`;
  });
  return `${schema.type === "array" ? "<p>数组，每项：</p>" : ""}<ul>${rows.join("")}</ul>`;
}

export function renderDocsHtml(): string {
  const doc = buildOpenApiDocument() as {
    info: { title: string; description: string };
    paths: Record<string, Record<string, Schema>>;
    components: { schemas: Record<string, Schema> };
  };
  const components = doc.components.schemas;
  const sections: string[] = [];
  const toc: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const id = String(op.operationId);
      const title = `${method.toUpperCase()} /api/v1${path}`;
      toc.push(`<li><a href="#${esc(id)}"><code>${esc(title)}</code></a> ${esc(op.summary)}</li>`);
      const params = (op.parameters as Schema[]) ?? [];
      const body = (op.requestBody as { content: Record<string, { schema: Schema }> } | undefined)?.content["application/json"]?.schema;
      const responses = op.responses as Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
      const [ok, ...errors] = Object.entries(responses);
      sections.push(`<section id="${esc(id)}" aria-labelledby="${esc(id)}-h">
<h3 id="${esc(id)}-h"><code>${esc(title)}</code></h3>
<p>${esc(op.summary)}</p>
<p class=who>${esc(op.description).replace(/\n/g, "<br>")}${op.security ? "（无需令牌）" : "（需要令牌）"}</p>
${
  params.length
    ? `<h4>参数</h4><table><thead><tr><th scope=col>名称</th><th scope=col>位置</th><th scope=col>类型</th><th scope=col>说明</th></tr></thead><tbody>${params
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code>${p.required ? " *" : ""}</td><td>${esc(p.in)}</td><td><code>${esc(typeOf(p.schema as Schema, components))}</code></td><td>${esc(p.description)}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : ""
}
${body ? `<h4>请求体（JSON）</h4>${renderSchema(body, components)}` : ""}
${ok ? `<h4>成功：${esc(ok[0])}</h4>${ok[1].content?.["application/json"] ? renderSchema(ok[1].content["application/json"].schema, components) : ""}` : ""}
${errors.length ? `<h4>错误</h4><ul>${errors.map(([status, r]) => `<li><code>${esc(status)}</code> ${esc(r.description)}</li>`).join("")}</ul>` : ""}
</section>`);
    }
  }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} v1 参考</title>
<style>
body{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#111}
code{background:#f3f4f6;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}h3{border-top:1px solid #ccc;padding-top:1rem}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
.opt{color:#555}.who{color:#333}a{color:#1d4ed8}
</style></head><body><main>
<h1>${esc(doc.info.title)} v1</h1>
<p>${esc(doc.info.description)}</p>
<p>机器可读的描述：<a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a>（OpenAPI 3.1）。</p>
<h2>接口一览</h2><ul>${toc.join("")}</ul>
<h2>接口说明</h2>${sections.join("\n")}
<h2>错误格式</h2>${components.Error ? renderSchema(components.Error, components) : ""}
</main></body></html>`;
}
