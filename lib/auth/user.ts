import type { Role } from "@/lib/generated/prisma/enums";

/** Who is acting: what the session (or API token) says about the signed-in user. */
export interface Actor {
  id: string;
  name: string;
  username: string;
  role: Role;
  unitId: string | null;
  deputyId: string | null;
}
