"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

/** Signs out without next-auth's redirect, whose absolute URL would need NEXTAUTH_URL to know our host. */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="text-brand-700 underline"
      onClick={async () => {
        await signOut({ redirect: false });
        router.replace("/login");
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
