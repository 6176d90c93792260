// Hours as people read them: at most two decimals, no trailing zeros (1.5, not 1.50 or 1.4999).
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function hoursText(n: number): string {
  return round2(n).toString();
}
