// Turns the flat cause list of the API into the tree the settings table shows.
import type { Cause } from '../../hooks/use-taxonomy.ts';

/** A cause with its children (absent on leaves, as antd's tree table expects). */
export type CauseTreeNode = Cause & { depth: number; children?: CauseTreeNode[] };

/** The tree of causes in API order; a cause whose parent is missing is shown at the top level. */
export function buildCauseTree(causes: readonly Cause[]): CauseTreeNode[] {
  const ids = new Set(causes.map((c) => c.id));
  const byParent = new Map<number | null, Cause[]>();
  for (const c of causes) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), c]);
  }
  const seen = new Set<number>();
  const grow = (parent: number | null, depth: number): CauseTreeNode[] =>
    (byParent.get(parent) ?? [])
      .filter((c) => !seen.has(c.id) && seen.add(c.id))
      .map((c) => {
        const children = grow(c.id, depth + 1);
        return children.length ? { ...c, depth, children } : { ...c, depth };
      });
  return grow(null, 0);
}

/** The ids of a cause and everything below it (it cannot become its own ancestor). */
export function selfAndDescendants(causes: readonly Cause[], id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of causes) {
      if (c.parentId !== null && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}
