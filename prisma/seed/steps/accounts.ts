// The demo's user accounts: the office, a provincial leader, a handler and a leader per unit, and an account
// for every deputy who leads a suggestion. All share the demo password.
import type { Actor } from "@/lib/auth/user";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createUser } from "@/lib/workflow/admin";
import type { Ctx } from "@/lib/workflow/context";
import { personName } from "../data/deputies";
import type { DemoPlan } from "../data/plan";
import { DEMO_UNIT_CODE, UNITS } from "../data/units";
import { pool } from "../pool";
import type { Rng } from "../prng";

export const DEMO_PASSWORD = "demo1234";

interface DemoUser {
  username: string;
  name: string;
  role: Actor["role"];
  unitCode?: string;
  deputyIndex?: number;
  phone?: string;
}

/** 省教育厅 (the demo unit) has short names; every other unit u-<code> / u-<code>-leader. */
export const unitUsername = (code: string, leader: boolean) =>
  code === DEMO_UNIT_CODE ? (leader ? "edu-leader" : "edu") : `u-${code}${leader ? "-leader" : ""}`;
export const deputyUsername = (index: number) => (index === 1 ? "deputy" : `dep-${String(index).padStart(4, "0")}`);

/** Who gets an account; unit staff get names drawn from `rng` (so in this order, for the same names every time). */
export function demoUsers(plan: DemoPlan, rng: Rng): DemoUser[] {
  const users: DemoUser[] = [
    { username: "office", name: "办公厅建议办理处", role: "OFFICE" },
    { username: "leader", name: "省政府领导", role: "LEADER" },
  ];
  const usedNames = new Set<string>();
  // Office telephones for the letters (联系电话): one line per person, derived from the unit's place in the list.
  const phone = (i: number, leader: boolean) => `0431-${8890000 + i * 10 + (leader ? 1 : 2)}`;
  UNITS.forEach((unit, i) => {
    users.push({
      username: unitUsername(unit.code, false),
      name: personName(rng, usedNames),
      role: "UNIT_HANDLER",
      unitCode: unit.code,
      phone: phone(i, false),
    });
    users.push({
      username: unitUsername(unit.code, true),
      name: personName(rng, usedNames),
      role: "UNIT_LEADER",
      unitCode: unit.code,
      phone: phone(i, true),
    });
  });
  const leadDeputies = [...new Set(plan.suggestions.map((s) => s.leadDeputy))].sort((a, b) => a - b);
  for (const index of leadDeputies) {
    const d = plan.deputies.find((x) => x.index === index)!;
    users.push({ username: deputyUsername(index), name: d.name, role: "DEPUTY", deputyIndex: index });
  }
  return users;
}

export async function createDemoUsers(asAdmin: Ctx, users: DemoUser[], deputyIds: Map<number, string>): Promise<void> {
  const demoHash = hashPassword(DEMO_PASSWORD);
  await pool(users, 4, async (u) => {
    await createUser(
      asAdmin,
      {
        username: u.username,
        password: DEMO_PASSWORD,
        name: u.name,
        role: u.role,
        unitCode: u.unitCode,
        deputyId: u.deputyIndex ? deputyIds.get(u.deputyIndex) : undefined,
        phone: u.phone,
      },
      demoHash,
    );
  });
}

/** Every user as an acting user, by username; an unknown name is a mistake in the plan. */
export async function loadActors(): Promise<(username: string) => Actor> {
  const users = await db.user.findMany({ select: { id: true, name: true, username: true, role: true, unitId: true, deputyId: true } });
  const actors = new Map<string, Actor>(users.map((u) => [u.username, u]));
  return (username) => {
    const a = actors.get(username);
    if (!a) throw new Error(`demo seed: no user ${username}`);
    return a;
  };
}
