// The docs a newcomer reads first say what the code does: every setting of lib/server/config.ts is in
// .env.example and in README's configuration table, and README's list of message namespaces is the folder's.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { settingsSchema } from "@/lib/server/config";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const settings = Object.keys(settingsSchema.shape);

describe("docs that match the code", () => {
  it(".env.example lists every setting", () => {
    const listed = new Set([...read(".env.example").matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(settings.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !settings.includes(name))).toEqual([]);
  });

  it("README's configuration table has a row for every setting", () => {
    const readme = read("README.md");
    const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## Security"));
    const rows = [...table.matchAll(/^\| (`[A-Z_]+`(?: \/ `[A-Z_]+`)*) \|/gm)].flatMap((m) =>
      m[1].split(" / ").map((n) => n.replaceAll("`", "")),
    );
    expect(settings.filter((name) => !rows.includes(name))).toEqual([]);
  });

  it("README names every message namespace, and only those", () => {
    const line = /Catalogues are `messages\/<locale>\/<namespace>\.json`\s*\(([^)]*)\)/.exec(read("README.md"));
    expect(line, "README's Strings convention").not.toBeNull();
    const named = [...line![1].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).sort();
    for (const locale of ["zh-CN", "en"]) {
      const files = readdirSync(path.join(root, "messages", locale))
        .map((f) => f.replace(/\.json$/, ""))
        .sort();
      expect(named).toEqual(files);
    }
  });
});
