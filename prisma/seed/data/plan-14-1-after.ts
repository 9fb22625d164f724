// 14-1's scenarios from a drafted reply on: in review, returned, requests, replied, closed, no feedback and
// re-handling. They follow SPECS_BEFORE_REPLY in the numbering.
import { cat, EDU, handledUntil, RENSHE, type Spec } from "./plan-14-1-flow";

export const SPECS_FROM_REPLY: Spec[] = [
  // A reply drafted.
  ...Array.from({ length: 4 }, (_, k): Spec => ({
    scenario: "draft",
    edu: k === 0 ? "lead" : undefined,
    build: (f) => ({ steps: handledUntil(f, f.rng.int(45, 70), "draft", 3, cat(f.rng)) }),
  })),
  // A reply waiting for the unit leader's signature.
  ...Array.from({ length: 4 }, (_, k): Spec => ({
    scenario: "in-review",
    edu: k === 0 || k === 1 ? "lead" : undefined,
    build: (f) => ({ steps: handledUntil(f, f.rng.int(50, 75), "review", 2, k === 0 ? "B" : cat(f.rng)) }),
  })),
  // Returned by the leader to the handler with a comment.
  {
    scenario: "returned",
    edu: "lead",
    build: (f) => ({ steps: [...handledUntil(f, 60, "review", 5, "A"), [{ kind: "return" }, 3]] }),
  },
  // The lead unit says the matter is outside its remit (within 7 working days of assignment).
  {
    scenario: "reassignment-requested",
    edu: "lead",
    topicFilter: (t) => t.lead === RENSHE && t.co.includes(EDU),
    build: () => ({
      steps: [
        [{ kind: "assign" }, 4],
        [{ kind: "requestReassignment", target: RENSHE }, 2],
      ],
    }),
  },
  // The lead unit asks for more time.
  {
    scenario: "extension-requested",
    edu: "lead",
    build: (f) => ({
      steps: [...handledUntil(f, 80, "comm", 10, "B"), [{ kind: "requestExtension", requestedDueAt: new Date(0) }, 2]],
    }),
  },
  // Signed within the last 30 days, waiting for the deputy's feedback.
  ...Array.from({ length: 8 }, (_, k): Spec => ({
    scenario: "replied",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    demoDeputy: k === 0 || k === 2,
    build: (f) => ({ steps: handledUntil(f, f.rng.int(70, 100), "signed", f.rng.int(2, 25), k === 0 ? "B" : cat(f.rng)) }),
  })),
  // Closed on satisfied / basically satisfied feedback.
  ...Array.from({ length: 10 }, (_, k): Spec => ({
    scenario: "closed",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    demoDeputy: k === 2,
    build: (f) => {
      const signAgo = f.rng.int(40, 75);
      const category = k === 0 ? "B" : cat(f.rng);
      const steps = handledUntil(f, f.rng.int(95, 110), "signed", signAgo, category);
      steps.push([{ kind: "feedback", rating: f.rng.chance(0.7) ? "SATISFIED" : "BASICALLY_SATISFIED" }, signAgo - f.rng.int(3, 20)]);
      if (category === "B" || category === "C") steps.push([{ kind: "followUp", completed: false }, f.rng.int(2, 6)]);
      return { steps };
    },
  })),
  // Signed more than 30 days ago and never rated: closed as "no feedback" when the window expires.
  ...Array.from({ length: 2 }, (): Spec => ({
    scenario: "no-feedback",
    build: (f) => ({ steps: handledUntil(f, f.rng.int(95, 105), "signed", f.rng.int(35, 45), cat(f.rng)) }),
  })),
  // Dissatisfied feedback: being handled again.
  {
    scenario: "rehandling",
    edu: "lead",
    build: (f) => ({
      steps: [...handledUntil(f, 100, "signed", 40, "D"), [{ kind: "feedback", rating: "DISSATISFIED" }, 12], [{ kind: "communicate" }, 5]],
    }),
  },
];
