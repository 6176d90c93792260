// Hours as people read them: at most two decimals, no trailing zeros (1.5, not 1.50 or 1.4999).
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function hoursText(n: number): string {
  return round2(n).toString();
}

// "1 unit", "2 units", "1.5 units": the noun agrees with the number shown.
export function counted(n: number, noun: string): string {
  const shown = round2(n);
  return `${shown} ${noun}${shown === 1 ? '' : 's'}`;
}
