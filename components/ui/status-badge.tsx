import type { SuggestionStatus } from "@/lib/generated/prisma/enums";

const colors: Record<SuggestionStatus, string> = {
  PENDING: "bg-gray-200 text-gray-900",
  IN_PROGRESS: "bg-blue-100 text-blue-900",
  REPLIED: "bg-amber-100 text-amber-900",
  CLOSED: "bg-green-100 text-green-900",
  REHANDLING: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-gray-100 text-gray-700",
  NOT_ACCEPTED: "bg-purple-100 text-purple-900",
  TO_LETTER: "bg-purple-100 text-purple-900",
};

export function StatusBadge({ status, label }: { status: SuggestionStatus; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${colors[status]}`}>{label}</span>;
}
