// Assignments and deadlines: read an assignment list, parse deadlines in every Norwegian form,
// flag what is overdue against a Norwegian calendar day.
export * from "./calendar-date";
export * from "./excel-serial";
export * from "./format-date";
export * from "./find-dates";
export * from "./parse-deadline";
export * from "./status";
export * from "./assignment-id";
export * from "./assignment";
export * from "./sheet-year";
export * from "./read-assignments";
export * from "./flag";
export * from "./flag-text";
