import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link from a row of a list or table (a suggestion, a filtered view, another page of results). Not
 * prefetched: Next renders each prefetched link's target on the server as the link scrolls into view, which
 * measured 52 renders for one view of the suggestion list and 42 for supervision, for a click that opens one
 * of them. The menu's links are not prefetched either (components/nav-links.tsx).
 */
export function RecordLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
