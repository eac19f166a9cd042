// Which Excel API requirement sets the pane needs, and which of them this Excel lacks. Checked
// once at start, so an old Excel gets a clear explanation instead of failing on the first click.

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

/** Office.context.requirements, or anything shaped like it. */
export interface RequirementChecker {
  isSetSupported(name: string, version?: string): boolean;
}

export function missingRequirementSets(checker: RequirementChecker | null | undefined, needed: readonly RequirementSet[]): RequirementSet[] {
  // Without a checker the host predates requirement sets altogether.
  if (!checker || typeof checker.isSetSupported !== "function") return [...needed];
  return needed.filter((set) => {
    try {
      return !checker.isSetSupported(set.name, set.version);
    } catch {
      return true;
    }
  });
}

export function describeSets(sets: readonly RequirementSet[]): string {
  return sets.map((s) => `${s.name} ${s.version}`).join(", ");
}
