// The app's mark (public/icon.svg, also drawn into public/favicon.ico): a neutral emblem made for this app,
// deliberately not a national or official emblem. Decorative: the app's or the unit's name always stands beside it.
import Image from "next/image";

export function AppIcon({ size, className }: { size: number; className?: string }) {
  // next/image serves an .svg as it is (no optimizer), so the letter prints it sharp at any size.
  return <Image src="/icon.svg" alt="" width={size} height={size} className={className} data-testid="app-icon" />;
}
