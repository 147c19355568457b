import { HeavyTurns } from '../../src/graphql/heavy-turns';
import { OverloadedError } from '../../src/errors';

/**
 * Issue 20: under any number of concurrent expensive queries, at most `concurrency` run at once, at
 * most `maxWaiting` wait, the rest are refused at once with OVERLOADED, and none hangs. Counted, not timed.
 */
describe('the turns expensive operations take', () => {
  type Outcome = { ran: true } | { refused: OverloadedError };

  /** N queries at once, each holding its turn until `finish` is called; records how many ran together. */
  function queries(turns: HeavyTurns, n: number) {
    let runningAtOnce = 0;
    let most = 0;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const outcomes = Array.from({ length: n }, async (): Promise<Outcome> => {
      let release: () => void;
      try {
        release = await turns.take();
      } catch (error) {
        if (error instanceof OverloadedError) return { refused: error };
        throw error;
      }
      runningAtOnce += 1;
      most = Math.max(most, runningAtOnce);
      await finished;
      runningAtOnce -= 1;
      release();
      return { ran: true };
    });
    return { outcomes: Promise.all(outcomes), finish, most: () => most };
  }

  it('100 at once with 4 turns and 8 places to wait: 4 run, 8 wait, 88 are refused at once, then the 8 run; never more than 4 together', async () => {
    const turns = new HeavyTurns({ concurrency: 4, maxWaiting: 8, waitMs: 60_000 });
    const run = queries(turns, 100);
    await new Promise((resolve) => setImmediate(resolve));
    expect(turns.load).toEqual({ running: 4, waiting: 8 });
    run.finish();
    const outcomes = await run.outcomes;
    expect(outcomes.filter((outcome) => 'ran' in outcome)).toHaveLength(12);
    const refused = outcomes.flatMap((outcome) => ('refused' in outcome ? [outcome.refused] : []));
    expect(refused).toHaveLength(88);
    expect(refused[0]?.extensions).toMatchObject({ code: 'OVERLOADED', retryable: true, retryAfterSeconds: 60, http: { status: 503 } });
    expect(run.most()).toBe(4);
    expect(turns.load).toEqual({ running: 0, waiting: 0 });
  });

  it('one that waits past the deadline is refused with OVERLOADED and gives its place back', async () => {
    const turns = new HeavyTurns({ concurrency: 1, maxWaiting: 5, waitMs: 1 });
    const release = await turns.take();
    await expect(turns.take()).rejects.toBeInstanceOf(OverloadedError);
    expect(turns.load).toEqual({ running: 1, waiting: 0 });
    release();
    release();
    expect(turns.load.running).toBe(0);
    (await turns.take())();
  });

  it('with no places to wait, only the running ones are served', async () => {
    const turns = new HeavyTurns({ concurrency: 2, maxWaiting: 0, waitMs: 60_000 });
    const run = queries(turns, 10);
    await new Promise((resolve) => setImmediate(resolve));
    run.finish();
    const outcomes = await run.outcomes;
    expect(outcomes.filter((outcome) => 'ran' in outcome)).toHaveLength(2);
    expect(run.most()).toBe(2);
  });
});
