import { Neo4jSupervisor, SupervisorEvents } from '../../src/db/neo4j-supervisor';
import type { LocalNeo4j, LocalNeo4jExit } from '../../src/db/local-neo4j';

/** A fake embedded Neo4j whose death the test decides. */
function fakeNeo4j(pid: number) {
  let die!: (exit: LocalNeo4jExit) => void;
  const exited = new Promise<LocalNeo4jExit>((resolve) => {
    die = resolve;
  });
  const neo4j: LocalNeo4j = { uri: 'bolt://127.0.0.1:1', pid, exited, stop: async () => die({ code: 0, signal: null }), kill: async () => die({ code: null, signal: 'SIGKILL' }) };
  return { neo4j, die };
}

function recorder() {
  const lines: string[] = [];
  let gaveUp: (value: string) => void = () => undefined;
  const gave = new Promise<string>((resolve) => {
    gaveUp = resolve;
  });
  const events: SupervisorEvents = {
    onRestarting: (reason, attempt, of, delayMs) => lines.push(`restarting ${attempt}/${of} in ${delayMs}: ${reason}`),
    onRestarted: (attempt) => lines.push(`restarted ${attempt}`),
    onGiveUp: (tries, reason) => {
      lines.push(`gave up after ${tries}: ${reason}`);
      gaveUp(reason);
    },
  };
  return { lines, events, gave };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Neo4jSupervisor', () => {
  it('restarts a Neo4j that died, with back-off and a line for each event', async () => {
    const first = fakeNeo4j(1);
    const second = fakeNeo4j(2);
    const starts = [first.neo4j, second.neo4j];
    const { lines, events } = recorder();
    const supervisor = await Neo4jSupervisor.start({ port: 1, dataDir: 'x', heapMb: 256, pageCacheMb: 64 }, { restarts: 3, firstDelayMs: 10, start: async () => starts.shift()! }, events);
    expect(supervisor.pid).toBe(1);
    first.die({ code: null, signal: 'SIGKILL' });
    while (!lines.some((line) => line.startsWith('restarted'))) await wait(5);
    expect(lines).toEqual(['restarting 1/3 in 10: killed by SIGKILL', 'restarted 1']);
    expect(supervisor.pid).toBe(2);
    await supervisor.stop();
  });

  it('gives up after the bounded number of tries, doubling the pause, so the service can exit non-zero', async () => {
    const first = fakeNeo4j(1);
    let calls = 0;
    const { lines, events, gave } = recorder();
    await Neo4jSupervisor.start(
      { port: 1, dataDir: 'x', heapMb: 256, pageCacheMb: 64 },
      {
        restarts: 2,
        firstDelayMs: 5,
        start: async () => {
          calls += 1;
          if (calls === 1) return first.neo4j;
          throw new Error('port 127.0.0.1:1 is already in use');
        },
      },
      events,
    );
    first.die({ code: 137, signal: null });
    expect(await gave).toMatch(/restart 2 failed: port 127.0.0.1:1 is already in use/);
    expect(lines).toEqual([
      'restarting 1/2 in 5: exit code 137',
      'restarting 2/2 in 10: restart 1 failed: port 127.0.0.1:1 is already in use',
      'gave up after 2: restart 2 failed: port 127.0.0.1:1 is already in use',
    ]);
  });

  it('does not restart a Neo4j stopped on purpose', async () => {
    const first = fakeNeo4j(1);
    const { lines, events } = recorder();
    const supervisor = await Neo4jSupervisor.start({ port: 1, dataDir: 'x', heapMb: 256, pageCacheMb: 64 }, { restarts: 3, firstDelayMs: 5, start: async () => first.neo4j }, events);
    await supervisor.stop();
    await wait(30);
    expect(lines).toEqual([]);
  });
});
