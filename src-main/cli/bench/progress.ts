// A one-line progress bar on stderr (only when it is a terminal; plain lines otherwise).
export function progress(label: string): { update(done: number, total: number): void; done(): void } {
  const tty = process.stderr.isTTY;
  let last = -1;
  return {
    update(done, total) {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      if (tty)
        process.stderr.write(
          `\r${label.padEnd(34)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(pct).padStart(3)}%`,
        );
      else if (pct % 25 === 0) process.stderr.write(`${label}: ${pct}%\n`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
