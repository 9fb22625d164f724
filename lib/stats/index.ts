// Statistics of SPEC §4: the only place figures are computed. Server code imports from here;
// client components may import ./percentages, ./summary-text and ./definitions directly (no database).
export { StatsFilter } from "./filters";
export { largestRemainder, percentagesOf, rateOf, formatPercent, formatRate } from "./percentages";
export { getSessionStats, type SessionStats, type CategoryShare } from "./summary";
export { getUnitTable, type UnitRow } from "./unit-table";
export {
  getByField,
  getByDelegation,
  getRepliesPerWeek,
  getOverdueList,
  type GroupRow,
  type WeekRow,
  type OverdueRow,
} from "./breakdowns";
export { buildSummaryText, type SummaryInput } from "./summary-text";
export { STAT_DEFINITIONS, UNIT_TABLE_DEFINITIONS, CATEGORIES, type CategoryCode } from "./definitions";
