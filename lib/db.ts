// The one Prisma client of the app, on the pg driver adapter. Kept on globalThis so Next's dev reloads
// and test files reuse one pool instead of opening a new one per import.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { setting } from "@/lib/server/config";
import { logEvent } from "@/lib/server/log";
import { statementNames } from "@/lib/db-statements";

export type Db = PrismaClient;
/**
 * The one name of the transaction client (an interactive transaction, or the client itself: domain
 * functions accept either). lib/workflow/transaction.ts's `transact` hands it to every act.
 */
export type Tx = Prisma.TransactionClient;

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

const warnNamesFull = (limit: number) =>
  logEvent("db", `${limit} distinct SQL texts are prepared: later ones run unnamed (does a query splice values into its text?)`);

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, max: setting("DB_POOL_SIZE") },
    setting("DB_PREPARED_STATEMENTS") ? { statementNameGenerator: statementNames(warnNamesFull) } : {},
  );
  return new PrismaClient({ adapter });
}

function getClient(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = setting("DATABASE_URL");
    if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}

/** Lazily connected, so importing this module never needs a database (e.g. during `next build`). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
