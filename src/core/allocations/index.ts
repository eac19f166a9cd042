export type { AllocationLine, AllocationSheet, ColumnInfo, ReadAllocationOptions, SheetKind, SourceCell, TableInfo, TotalRow, UnitSource } from "./types";
export { readAllocations } from "./read-allocations";
export { ALLOCATION_ROLES, CHANGE_ROLES } from "./roles";
