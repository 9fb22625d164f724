// The layer rule of eslint.config.mjs, checked on snippets: app → components → lib, and no Prisma client in the
// UI. If the rule is dropped or its patterns stop matching, `npm run lint` would pass any import; this fails.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The rule ids reported for `code` as if it were the file at `filePath`. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("imports point app → components → lib", () => {
  it("keeps app/ out of components/ and lib/, also written relatively", { timeout: 300_000 }, async () => {
    expect(await restricted("components/zz/panel.tsx", `import { x } from "@/app/(app)/admin/actions";`)).toHaveLength(1);
    expect(await restricted("lib/zz/helper.ts", `import { x } from "../../app/(app)/admin/actions";`)).toHaveLength(1);
  });

  it("keeps components/ out of lib/", async () => {
    expect(await restricted("lib/zz/helper.ts", `import { x } from "@/components/ui/scroll-region";`)).toHaveLength(1);
  });

  it("keeps the Prisma client out of app/ and components/, not out of lib/", async () => {
    expect(await restricted("app/zz/page.tsx", `import { db as x } from "@/lib/db";`)).toHaveLength(1);
    expect(await restricted("components/zz/list.tsx", `import { db as x } from "../../lib/db";`)).toHaveLength(1);
    expect(await restricted("lib/data/zz.ts", `import { db as x } from "@/lib/db";`)).toEqual([]);
  });

  it("lets pages read through lib/data and tests import routes", async () => {
    expect(await restricted("app/zz/page.tsx", `import { listUnits as x } from "@/lib/data/units";`)).toEqual([]);
    expect(await restricted("tests/integration/zz.test.ts", `import { GET as x } from "@/app/api/v1/health/route";`)).toEqual([]);
  });
});
