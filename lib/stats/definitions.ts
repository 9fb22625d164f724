// Which catalogue text explains each figure (SPEC §4: every figure says how it is computed). Pages show
// t(STAT_DEFINITIONS.x) in a tooltip or footnote; the texts live in messages/<locale>/stats.json.
export const STAT_DEFINITIONS = {
  filters: "stats.definitions.filters",
  total: "stats.definitions.total",
  assigned: "stats.definitions.assigned",
  replied: "stats.definitions.replied",
  closed: "stats.definitions.closed",
  overdue: "stats.definitions.overdue",
  units: "stats.definitions.units",
  categories: "stats.definitions.categories",
  percent: "stats.definitions.percent",
  satisfaction: "stats.definitions.satisfaction",
  satisfactionRate: "stats.definitions.satisfactionRate",
  onTimeRate: "stats.definitions.onTimeRate",
  replyRate: "stats.definitions.replyRate",
  byField: "stats.definitions.byField",
  byDelegation: "stats.definitions.byDelegation",
  repliesPerWeek: "stats.definitions.repliesPerWeek",
  overdueList: "stats.definitions.overdueList",
} as const;

export const UNIT_TABLE_DEFINITIONS = {
  lead: "stats.definitions.unitTable.lead",
  co: "stats.definitions.unitTable.co",
  replied: "stats.definitions.unitTable.replied",
  onTime: "stats.definitions.unitTable.onTime",
  overdue: "stats.definitions.unitTable.overdue",
  categories: "stats.definitions.unitTable.categories",
  satisfactionRate: "stats.definitions.unitTable.satisfactionRate",
  avgDaysToReply: "stats.definitions.unitTable.avgDaysToReply",
} as const;

/** Outcome categories in their order (the order also breaks rounding ties). */
export const CATEGORIES = ["A", "B", "C", "D"] as const;
export type CategoryCode = (typeof CATEGORIES)[number];
