// Starts the slowest test files first (about 30 s each, a third of all the work) so the two workers finish
// together instead of one running a fuzz file alone at the end. Vitest orders by the durations of the
// last run when it has them; a clean clone (CI) has none, and would start these halfway through.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const SLOWEST = [
  "resilience-fuzz-api",
  "resilience-fuzz-actions",
  "demo-seed",
  "resilience-instances",
  "resilience-outage",
  "actions-authz",
  "resilience-backup",
];

const rank = (spec: TestSpecification) => {
  const i = SLOWEST.findIndex((name) => spec.moduleId.includes(`/${name}.test.`));
  return i < 0 ? SLOWEST.length : i;
};

export class SlowFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: the others keep vitest's own order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
