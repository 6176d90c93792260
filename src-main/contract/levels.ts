// Level arithmetic for rating scales, shared by core and the renderer. A scale runs from min to max
// in whole steps, or in half steps where the framework allows them (2, 2.5, 3 …). Levels are kept as
// numbers; half steps are exact in binary, so comparing them is safe.
export interface Scale {
  scaleMin: number;
  scaleMax: number;
  halfLevels: boolean;
}

export const stepOf = (s: Scale): number => (s.halfLevels ? 0.5 : 1);

// Every level the scale offers, lowest first.
export function levelsOf(s: Scale): number[] {
  const step = stepOf(s);
  const out: number[] = [];
  for (let i = 0; s.scaleMin + i * step <= s.scaleMax; i++) out.push(s.scaleMin + i * step);
  return out;
}

export function isLevel(s: Scale, x: number): boolean {
  if (!Number.isFinite(x) || x < s.scaleMin || x > s.scaleMax) return false;
  return Number.isInteger((x - s.scaleMin) / stepOf(s));
}

// The change from one rating to the next; null where either is missing (not rated).
export function levelChange(previous: number | null | undefined, current: number | null | undefined): number | null {
  if (previous === null || previous === undefined || current === null || current === undefined) return null;
  return current - previous;
}

// "2.5" rather than "2.50"; "—" for not rated.
export const levelText = (x: number | null | undefined): string =>
  x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(1);

// "+1", "−0.5", "no change"; empty where there is nothing to compare.
export function changeText(change: number | null): string {
  if (change === null) return '';
  if (change === 0) return 'no change';
  return `${change > 0 ? '+' : '−'}${levelText(Math.abs(change))}`;
}

// The label a framework gives a level, if any ("Advanced beginner"); otherwise the number.
export function levelLabel(labels: { level: number; label: string }[], x: number | null): string {
  if (x === null) return 'Not rated';
  const l = labels.find((v) => v.level === x);
  return l ? `${levelText(x)} · ${l.label}` : levelText(x);
}
