import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { PROJECT_ROOT } from '../../src/project-root';
import { neighbourTestPort } from '../helpers/test-neo4j-config';

/**
 * The service as `npm start` runs it (the embedded Neo4j, the sample town), in a process of its own:
 * started while CPU-bound processes keep the machine busy, then its Neo4j killed with -9 (the
 * supervisor restarts it), then killed again with no restart left (the service exits 1).
 * Skipped when the run uses an external NEO4J_URI.
 */
const local = process.env.DUTYGRAPH_EXTERNAL_NEO4J === '1' ? describe.skip : describe;

interface LogLine {
  msg: string;
  pid?: number;
  url?: string;
  downMs?: number;
  [key: string]: unknown;
}

local('the service supervising its embedded Neo4j', () => {
  const dataDir = path.join(PROJECT_ROOT, '.data', 'neo4j-supervised-test');
  let service: ChildProcess;
  const lines: LogLine[] = [];
  let stderr = '';
  let exit: Promise<number | null>;
  let url = '';
  let hogs: ChildProcess[] = [];

  const stopHogs = () => {
    for (const hog of hogs) hog.kill('SIGKILL');
    hogs = [];
  };

  const waitForLine = async (match: (line: LogLine) => boolean, timeoutMs: number, from = 0): Promise<LogLine> => {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const found = lines.slice(from).find(match);
      if (found) return found;
      if (service.exitCode !== null) throw new Error(`the service exited (${service.exitCode}): ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no log line matched within ${timeoutMs} ms; last lines: ${lines.slice(-5).map((line) => line.msg).join(' | ')}; stderr: ${stderr}`);
  };

  const query = async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ serviceInfo { database { version } } }' }) });
      return ((await response.json()) as { data?: unknown }).data !== undefined;
    } catch {
      return false;
    }
  };

  const until = async (condition: () => Promise<boolean>, timeoutMs: number) => {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (await condition()) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  };

  afterAll(async () => {
    stopHogs();
    if (service && service.exitCode === null) {
      service.kill('SIGTERM');
      await exit;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with the sample town while four CPU-bound processes keep the machine busy, the import not bound by the 300 ms request timeout', async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    // Busy-loops, each stopped (SIGKILL) once the service serves or the test ends.
    hogs = Array.from({ length: 4 }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
    const { NEO4J_URI: _external, ...env } = process.env;
    service = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts', '--with-sample'], {
      cwd: PROJECT_ROOT,
      env: {
        ...env,
        PORT: '0',
        LOG_LEVEL: 'info',
        ANONYMOUS_ROLE: 'viewer',
        NEO4J_TX_TIMEOUT_MS: '300',
        NEO4J_LOCAL_PORT: String(neighbourTestPort(2)),
        NEO4J_LOCAL_DATA: dataDir,
        NEO4J_LOCAL_HEAP_MB: '512',
        NEO4J_LOCAL_PAGECACHE_MB: '64',
        NEO4J_LOCAL_RESTARTS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exit = new Promise((resolve) => service.once('exit', (code) => resolve(code)));
    readline.createInterface({ input: service.stdout! }).on('line', (line) => {
      try {
        lines.push(JSON.parse(line) as LogLine);
      } catch {
        lines.push({ msg: line });
      }
    });
    service.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });

    const started = Date.now();
    // The machine stays busy for the first 60 s of the start (or all of it, if shorter).
    const quiet = setTimeout(stopHogs, 60_000);
    let busyMs = 0;
    try {
      const serving = await waitForLine((line) => line.msg === 'Dutygraph is serving GraphQL', 400_000);
      url = String(serving.url);
    } finally {
      busyMs = hogs.length > 0 ? Date.now() - started : 60_000;
      clearTimeout(quiet);
      stopHogs();
    }
    process.stdout.write(`busy start-up: serving after ${Date.now() - started} ms, 4 CPU-bound processes running for the first ${busyMs} ms of it\n`);
    expect(lines.some((line) => line.msg === 'sample town loaded')).toBe(true);
    expect(stderr).toBe('');
    expect(await until(query, 60_000)).toBe(true);
  }, 480_000);

  it('kill -9 of the embedded Neo4j: the supervisor restarts it, with a log line, and the service serves again', async () => {
    const running = await waitForLine((line) => line.msg === 'the embedded Neo4j is running, supervised', 1_000);
    const from = lines.length;
    const killedAt = Date.now();
    process.kill(Number(running.pid), 'SIGKILL');
    const restarting = await waitForLine((line) => line.msg.startsWith('the embedded Neo4j is down (killed by SIGKILL): restarting it'), 30_000, from);
    expect(restarting).toMatchObject({ attempt: 1, of: 1 });
    const restarted = await waitForLine((line) => line.msg.startsWith('the embedded Neo4j is running again'), 180_000, from);
    expect(restarted.pid).not.toBe(running.pid);
    expect(await until(query, 60_000)).toBe(true);
    process.stdout.write(`supervised restart: Neo4j back ${restarted.downMs} ms after kill -9, serving again ${Date.now() - killedAt} ms after it\n`);
    expect(service.exitCode).toBeNull();
  }, 300_000);

  it('when no restart is left, the service exits 1 so its own supervisor restarts it', async () => {
    const restarted = await waitForLine((line) => line.msg.startsWith('the embedded Neo4j is running again'), 1_000);
    const from = lines.length;
    process.kill(Number(restarted.pid), 'SIGKILL');
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = await Promise.race([exit, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 60_000)))]);
    clearTimeout(timer);
    expect(gaveUp).toBe(1);
    expect(lines.slice(from).some((line) => /restarts in a row did not keep it up: exiting with code 1/.test(line.msg))).toBe(true);
  }, 120_000);
});
