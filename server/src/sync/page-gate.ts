/**
 * Lets at most `limit` pieces of work run at once; the rest wait their turn, first come first served.
 * Pull pages wait at one (page-builder.ts says why).
 */
export interface Gate {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createGate(limit: number): Gate {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`A gate needs a limit of 1 or more, got ${limit}.`);
  let running = 0;
  const waiting: (() => void)[] = [];
  const enter = (): Promise<void> => {
    if (running < limit) {
      running += 1;
      return Promise.resolve();
    }
    // The slot passes straight to the next in line: `running` stays as it is.
    return new Promise((resolve) => waiting.push(resolve));
  };
  const leave = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async run(work) {
      await enter();
      try {
        return await work();
      } finally {
        leave();
      }
    },
  };
}
