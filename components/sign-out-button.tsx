"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="text-brand-700 underline" onClick={() => signOut({ callbackUrl: "/login" })}>
      {label}
    </button>
  );
}
