"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The main navigation's links; the one for the current section carries aria-current="page". Not prefetched:
 * every page here is rendered per user on request, so a prefetch brings little, and with it each page load sent
 * the server one request per menu link, twice (31 for the office), before anyone clicked.
 */
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return items.map((item) => (
    <Link
      key={item.label}
      href={item.href}
      aria-current={item === current ? "page" : undefined}
      prefetch={false}
      className="text-gray-800 hover:text-brand-700 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-brand-800 aria-[current=page]:underline"
    >
      {item.label}
    </Link>
  ));
}
