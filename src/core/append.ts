// Append lists without spreading them into arguments: a 200 000-row sheet can have that many
// findings, more than a function call takes.
export function append<T>(target: T[], ...lists: ReadonlyArray<readonly T[]>): T[] {
  for (const list of lists) for (const item of list) target.push(item);
  return target;
}
