// How the growth views order competencies. Pure, so it is tested in Node.

// Drops first, the biggest first, then the rest in the framework's order: a drop is never below the fold.
export function dropsFirst<T extends { change: number | null }>(rows: readonly T[]): T[] {
  const drop = (r: T) => (r.change !== null && r.change < 0 ? r.change : 0);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => drop(a.r) - drop(b.r) || a.i - b.i)
    .map((x) => x.r);
}

// The competency that moved most from its first rating to its last: the one worth a look first.
export function mostMoved(competencies: readonly { code: string; levels: readonly (number | null)[] }[]): string {
  let best = { code: competencies[0]?.code ?? '', moved: -1 };
  for (const c of competencies) {
    const rated = c.levels.filter((l): l is number => l !== null);
    const moved = rated.length > 1 ? Math.abs(rated.at(-1)! - rated[0]!) : 0;
    if (moved > best.moved) best = { code: c.code, moved };
  }
  return best.code;
}
