// Imports point app → components → lib only (README "Working on the code" → Layout; issue 10, item 3).
import { describe, expect, it } from "vitest";
import { checkSource, scanLayers } from "../support/layers";

const rulesOf = (file: string, text: string) => checkSource(file, text).map((v) => v.specifier);

describe("the import rule", () => {
  it("holds in the application's source", () => {
    const { files, violations } = scanLayers();
    expect(files).toBeGreaterThan(200);
    // Each line names the file, the import and the rule it breaks.
    expect(violations.map((v) => `${v.file}: "${v.specifier}" — ${v.rule}`)).toEqual([]);
  });

  it("finds a component or lib module importing from app/, by alias or relative path", () => {
    expect(rulesOf("components/workflow/x-panels.tsx", 'import { a } from "@/app/(app)/suggestions/[id]/actions";')).toEqual([
      "@/app/(app)/suggestions/[id]/actions",
    ]);
    expect(rulesOf("lib/data/x.ts", 'import {\n  a,\n  b,\n} from "../../app/actions/locale";')).toEqual(["../../app/actions/locale"]);
    expect(rulesOf("components/x.tsx", 'const m = await import("@/app/actions/locale");')).toEqual(["@/app/actions/locale"]);
    expect(rulesOf("app/(app)/x/page.tsx", 'import * as actions from "./actions";')).toEqual([]);
  });

  it("finds lib importing components", () => {
    expect(rulesOf("lib/letter/x.ts", 'export { Section } from "@/components/suggestions/section";')).toEqual([
      "@/components/suggestions/section",
    ]);
    expect(rulesOf("components/x.tsx", 'import { Section } from "@/components/suggestions/section";')).toEqual([]);
  });

  it("finds the database or the Prisma client used outside lib/, types aside", () => {
    expect(rulesOf("app/(app)/admin/users/page.tsx", 'import { db } from "@/lib/db";')).toEqual(["@/lib/db"]);
    expect(rulesOf("components/suggestions/x.tsx", 'import { db } from "../../lib/db.ts";')).toEqual(["../../lib/db.ts"]);
    expect(rulesOf("app/api/v1/x/route.ts", 'import { Prisma } from "@/lib/generated/prisma/client";')).toEqual([
      "@/lib/generated/prisma/client",
    ]);
    expect(rulesOf("app/x/page.tsx", 'import type { Prisma } from "@/lib/generated/prisma/client";')).toEqual([]);
    expect(rulesOf("lib/data/x.ts", 'import { db } from "@/lib/db";')).toEqual([]);
    expect(rulesOf("proxy.ts", 'import { db } from "./lib/db";')).toEqual(["./lib/db"]);
  });
});
