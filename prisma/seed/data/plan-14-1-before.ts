// 14-1's scenarios until a reply is written: pending, withdrawn, newly assigned, in hand, due soon, extended
// and overdue suggestions. The order of the table is the order of the numbers (and of the draws).
import { EDU, handledUntil, type Spec } from "./plan-14-1-flow";

export const SPECS_BEFORE_REPLY: Spec[] = [
  // Registered a few days ago, not yet assigned.
  ...Array.from({ length: 6 }, (_, k): Spec => ({
    scenario: "pending",
    demoDeputy: k === 0,
    build: () => ({ steps: [], lead: null, co: [] }),
  })),
  // Withdrawn by the deputy before a reply.
  {
    scenario: "withdrawn",
    edu: "lead",
    build: ({ rng }) => ({
      steps: [
        [{ kind: "assign" }, 40],
        [{ kind: "communicate" }, 30],
        [{ kind: "withdraw" }, rng.int(15, 20)],
      ],
    }),
  },
  // Freshly assigned.
  ...Array.from({ length: 6 }, (_, k): Spec => ({
    scenario: "new",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    urgent: k === 2,
    sameTopicAsPrevious: k === 4,
    build: ({ rng }) => ({ steps: [[{ kind: "assign" }, rng.int(6, 14)]] }),
  })),
  // In hand: the unit has talked with the deputy; co-handling opinions in.
  ...Array.from({ length: 6 }, (_, k): Spec => ({
    scenario: k === 2 ? "key" : "communicated",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    demoDeputy: k === 3,
    build: (f) => {
      const assign = f.rng.int(35, 50);
      const steps = handledUntil(f, assign, "comm", 5, "B");
      if (k === 2) steps.splice(1, 0, [{ kind: "markKey" }, assign - 2], [{ kind: "instruct" }, assign - 2]);
      return { steps };
    },
  })),
  // Due within a week. The co-handling unit 省教育厅 has not sent its opinion (overdue for the co unit).
  ...Array.from({ length: 3 }, (_, k): Spec => ({
    scenario: "due-soon",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    build: (f) => {
      const assign = f.rng.int(84, 87);
      const steps = handledUntil(f, assign, "comm", 10, "B");
      return { steps: k === 1 ? steps.filter(([s]) => !(s.kind === "opinion" && "unit" in s && s.unit === EDU)) : steps };
    },
  })),
  // An approved extension: assigned more than 90 days ago, but due later.
  {
    scenario: "extended",
    build: (f) => ({
      steps: [
        ...handledUntil(f, 96, "comm", 30, "B"),
        [{ kind: "requestExtension", requestedDueAt: new Date(0) }, 20], // requestedDueAt filled in below (assign + 135 days)
        [{ kind: "decideExtension", approve: true }, 18],
      ],
    }),
  },
  // Overdue: assigned more than 90 days ago, no signed reply; two of them supervised (督办).
  ...Array.from({ length: 5 }, (_, k): Spec => ({
    scenario: "overdue",
    edu: k === 0 ? "lead" : k === 4 ? "co" : undefined,
    build: (f) => {
      const assign = f.rng.int(100, 115);
      const steps = handledUntil(f, assign, k === 3 ? "draft" : "comm", 20, "B");
      if (k === 4) return { steps: steps.filter(([s]) => !(s.kind === "opinion" && "unit" in s && s.unit === EDU)) };
      if (k <= 1) steps.push([{ kind: "supervise", deadline: new Date(0) }, assign - 95]); // deadline: 10 days after the notice
      return { steps };
    },
  })),
];
