// The e2e servers: each a Next server with an embedded PostgreSQL and the demo data of its own, so the lanes
// that drive them never see each other's writes. Ports come from E2E_PORT / E2E_PG_PORT (3100 / 54410 by
// default); the others sit one and two above unless E2E_LA_* / E2E_A11Y_* say otherwise.
import path from "node:path";

export interface Server {
  name: "main" | "side" | "a11y" | "la";
  port: number;
  pgPort: number;
  /** The embedded database's folder, emptied before the run. */
  dataDir: string;
  /** The server's time zone (process.env.TZ): the app must not depend on it (issue 9). */
  serverTz: string;
}

const port = Number(process.env.E2E_PORT) || 3100;
const pgPort = Number(process.env.E2E_PG_PORT) || 54410;

export const SERVERS: Record<Server["name"], Server> = {
  main: { name: "main", port, pgPort, dataDir: ".data-e2e", serverTz: process.env.E2E_SERVER_TZ || "UTC" },
  // A second sequential UTC lane beside main, for the specs of the office's corrections, worklists, key
  // suggestions and administration (issue 11) and of the outside channels and papers (issue 14).
  side: {
    name: "side",
    port: Number(process.env.E2E_SIDE_PORT) || port + 3,
    pgPort: Number(process.env.E2E_SIDE_PG_PORT) || pgPort + 3,
    dataDir: ".data-e2e-side",
    serverTz: process.env.E2E_SERVER_TZ || "UTC",
  },
  la: {
    name: "la",
    port: Number(process.env.E2E_LA_PORT) || port + 1,
    pgPort: Number(process.env.E2E_LA_PG_PORT) || pgPort + 1,
    dataDir: ".data-e2e-la",
    serverTz: "America/Los_Angeles",
  },
  a11y: {
    name: "a11y",
    port: Number(process.env.E2E_A11Y_PORT) || port + 2,
    pgPort: Number(process.env.E2E_A11Y_PG_PORT) || pgPort + 2,
    dataDir: ".data-e2e-a11y",
    serverTz: process.env.E2E_SERVER_TZ || "UTC",
  },
};

/** The setup file that signs every role in once per server. */
export const AUTH_SETUP = /sign-in\.setup\.ts/;

/** Where a server's signed-in states are kept: inside its data folder, emptied with it before each run. */
export const authDir = (s: Server) => path.resolve(s.dataDir, "e2e-auth");

/** The demo accounts the tests act as (password demo1234); u-D01 is 省发改委's clerk. */
export const ACCOUNTS = ["admin", "office", "leader", "edu", "edu-leader", "deputy", "u-D01"] as const;
export type Account = (typeof ACCOUNTS)[number];
