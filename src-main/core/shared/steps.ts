// Long work written once as a generator of steps, each yielded (as what it is about to do) before it
// runs: the command line runs them back to back, and the app pauses briefly between them, so the
// window can ask which step is running while the transaction stays open.

// A request that arrived while the last step ran can take more than one turn of the event loop to be
// read and answered; steps worth naming take seconds, so the pause costs nothing that shows.
const PAUSE_MS = 20;

export function runSteps<S, T>(steps: Generator<S, T>, starting?: (step: S) => void): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    starting?.(next.value);
  }
}

export async function runStepsWithPauses<S, T>(steps: Generator<S, T>, starting: (step: S) => void): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    starting(next.value);
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
}
