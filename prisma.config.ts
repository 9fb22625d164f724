import { defineConfig } from "prisma/config";

// The datasource URL is only read by CLI commands that talk to a database (none are used offline:
// migrations run through scripts/db/migrate.ts). `prisma generate` needs no URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});
