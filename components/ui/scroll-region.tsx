/**
 * A box that scrolls sideways when its table is wider than the screen. It takes focus, so a keyboard user can
 * scroll it with the arrow keys even when nothing inside is focusable (WCAG 2.1.1), and it is named after
 * its table.
 */
export function ScrollRegion({
  labelledBy,
  label,
  className = "",
  children,
}: {
  labelledBy?: string;
  label?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role="group"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus (see above; axe's scrollable-region-focusable)
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      className={`overflow-x-auto ${className}`}
    >
      {children}
    </div>
  );
}
