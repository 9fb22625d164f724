import { describe, expect, it } from "vitest";
import { pendingSchemaDiff } from "@/lib/migrations/migrations";
import { db } from "@/lib/db";

describe("migrations", () => {
  it("cover every change to schema.prisma (run npm run db:new-migration -- <name> when this fails)", async () => {
    expect(await pendingSchemaDiff(process.env.DATABASE_URL!)).toBe("");
  });

  it("are applied to the test database, with the history table prisma migrate deploy reads", async () => {
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("enforce one active lead unit per suggestion in the database itself", async () => {
    const indexes = await db.$queryRaw<{ indexname: string }[]>`
      SELECT indexname FROM pg_indexes WHERE indexname = 'Assignment_one_active_lead'`;
    expect(indexes).toHaveLength(1);
  });
});
