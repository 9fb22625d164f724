import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current";

export default async function AdminHome() {
  await requireRole("ADMIN");
  redirect("/admin/users");
}
