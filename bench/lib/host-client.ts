import { execFileSync, fork, ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import type { PathName } from './operations';

export interface HostedPath {
  name: PathName;
  url: string;
  pid: number;
  /** Peak and current RSS of the server process, in bytes, since the last reset. */
  rss(): Promise<{ peak: number; now: number }>;
  resetRss(): void;
  stop(): Promise<void>;
}

type HostMessage = { type: 'ready'; url: string } | { type: 'error'; message: string } | { type: 'rss'; peak: number; now: number };

/**
 * Compiles src/ and bench/ with tsc into .data/bench-build (bench/tsconfig.json) and answers the
 * compiled host script. The servers run as deployed (the Dockerfile runs `node dist/src/index.js`),
 * not under ts-node: its source-map-support rewrites every stack trace, and neo4j-driver captured one
 * on every statement (until src/db/driver-result-stacks.ts), a per-request cost that grew with the
 * depth of the caller's stack, so the service (Apollo → type-graphql → services → repositories) paid
 * more for it than the raw path.
 */
export function compileHosts(): string {
  const project = path.join(PROJECT_ROOT, 'bench', 'tsconfig.json');
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    throw new Error(`tsc -p bench/tsconfig.json failed: ${output.trim().split('\n').slice(0, 5).join(' | ') || String(error)}`);
  }
  return path.join(PROJECT_ROOT, '.data', 'bench-build', 'bench', 'lib', 'host.js');
}

/** Starts the compiled host (compileHosts) for one path in a child process and waits until it listens. */
export function launchPath(name: PathName, hostScript: string, env: { uri: string; jwtSecret: string; logLevel?: string }): Promise<HostedPath> {
  const child: ChildProcess = fork(hostScript, [name], {
    cwd: PROJECT_ROOT,
    // BENCH_CPU_PROFILE_DIR=dir writes each server's V8 CPU profile there when it stops (open it in Chrome DevTools).
    execArgv: process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [],
    // NODE_ENV=production as the Dockerfile sets it: graphql-js, Express and Apollo Server skip their
    // development checks (graphql-js's instanceOf alone was 1.7 % of a personNested request's CPU).
    // BENCH_NODE_ENV=development measures the servers without it.
    env: { ...process.env, NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production', BENCH_NEO4J_URI: env.uri, BENCH_JWT_SECRET: env.jwtSecret, BENCH_LOG_LEVEL: env.logLevel ?? 'info' },
    // The service logs a JSON line per request at info: it goes nowhere, as to a log shipper that keeps up.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the ${name} host exited (code ${code}) before it was ready: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    child.once('exit', onExit);
    child.on('message', function onMessage(message: HostMessage) {
      if (message.type === 'error') {
        child.off('exit', onExit);
        child.kill('SIGKILL');
        reject(new Error(`the ${name} host failed: ${message.message}`));
      } else if (message.type === 'ready') {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve({
          name,
          url: message.url,
          pid: child.pid ?? -1,
          resetRss: () => child.send({ type: 'rss-reset' }),
          rss: () =>
            new Promise((resolveRss) => {
              child.once('message', (reply: HostMessage) => {
                if (reply.type === 'rss') resolveRss({ peak: reply.peak, now: reply.now });
              });
              child.send({ type: 'rss' });
            }),
          stop: () =>
            new Promise<void>((resolveStop) => {
              if (child.exitCode !== null) return resolveStop();
              const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
              child.once('exit', () => {
                clearTimeout(timer);
                resolveStop();
              });
              child.send({ type: 'stop' });
            }),
        });
      }
    });
  });
}
