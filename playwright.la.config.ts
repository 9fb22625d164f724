// The forms spec once more, against a server whose time zone is America/Los_Angeles (UTC−8/−7, the other side
// of the date line from China): what is typed must be kept whatever the server's zone. Its own ports and data
// folder (E2E_LA_PORT / E2E_LA_PG_PORT, by default one above E2E_PORT / E2E_PG_PORT).
import { configFor } from "./playwright.config";

export default configFor({
  port: Number(process.env.E2E_LA_PORT) || (Number(process.env.E2E_PORT) || 3100) + 1,
  pgPort: Number(process.env.E2E_LA_PG_PORT) || (Number(process.env.E2E_PG_PORT) || 54410) + 1,
  dataDir: ".data-e2e-la",
  serverTz: "America/Los_Angeles",
  testMatch: "forms-kept.spec.ts",
});
