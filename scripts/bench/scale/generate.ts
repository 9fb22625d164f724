// The whole data set, set-based (INSERT … SELECT over generate_series). Deterministic: hashes of the row
// number decide every attribute.
import type pg from "pg";
import { insertHandling, openActedAssignments } from "./handling";
import { finishLoad, prepareFastLoad } from "./load-mode";
import { insertOutcomes } from "./outcomes";
import { insertPeople } from "./people";
import { createPlan } from "./plan";
import { seconds, SESSIONS, type Query } from "./shape";
import { insertAssignments, insertSuggestions } from "./suggestions";

export async function generate(client: pg.Client, perSession: number): Promise<void> {
  const q: Query = async (label, sql) => {
    const started = performance.now();
    const result = await client.query(sql);
    if (label) console.log(`  ${label.padEnd(34)} ${String(result.rowCount ?? "").padStart(9)} rows  ${seconds(started)}`);
    return result;
  };
  const indexes = await prepareFastLoad(client, q);
  await insertPeople(q);
  await createPlan(q, perSession, SESSIONS * perSession);
  await insertSuggestions(q);
  await insertAssignments(q);
  await insertHandling(q);
  await insertOutcomes(q);
  await openActedAssignments(q);
  await finishLoad(client, q, indexes);
}
