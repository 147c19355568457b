import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config';
import { PROJECT_ROOT } from '../project-root';

/**
 * Builds (once) and runs the embedded Neo4j of neo4j-local/ for machines without Docker.
 * Used by `npm start` and `npm test` whenever NEO4J_URI is not set.
 */
const MODULE_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
const MAIN_CLASS = 'dutygraph.neo4jlocal.Neo4jLocal';
const CLASS_FILE = path.join(MODULE_DIR, 'target', 'classes', 'dutygraph', 'neo4jlocal', 'Neo4jLocal.class');
const LIB_DIR = path.join(MODULE_DIR, 'target', 'lib');
const SOURCES = [path.join(MODULE_DIR, 'pom.xml'), path.join(MODULE_DIR, 'src', 'main', 'java', 'dutygraph', 'neo4jlocal', 'Neo4jLocal.java')];

/** JVM flags Neo4j's own start script passes on Java 17+. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function isBuilt(): boolean {
  if (!fs.existsSync(CLASS_FILE) || !fs.existsSync(LIB_DIR)) return false;
  const builtAt = fs.statSync(CLASS_FILE).mtimeMs;
  return SOURCES.every((source) => fs.statSync(source).mtimeMs <= builtAt);
}

/** Runs the Maven build when the classes are missing or older than their sources; offline afterwards. */
export function ensureLocalNeo4jBuilt(log: (line: string) => void = () => undefined): void {
  if (isBuilt()) return;
  log('building the embedded Neo4j launcher with Maven (first run only)…');
  const result = spawnSync('mvn', ['-B', '-q', 'package'], { cwd: MODULE_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new LocalNeo4jError(`could not run Maven (mvn): ${result.error.message}`);
  if (result.status !== 0) {
    const lastError = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.includes('ERROR')).slice(0, 3).join(' | ');
    throw new LocalNeo4jError(`the Maven build of neo4j-local failed: ${lastError || `exit ${result.status}`}`);
  }
}

function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** SIGTERM and wait: Neo4j shuts down cleanly. */
  stop(): Promise<void>;
  /** SIGKILL: for recovery tests. */
  kill(): Promise<void>;
  /** Resolves when the Java process has exited, for whatever reason (stop, kill, crash), with how it ended. */
  readonly exited: Promise<LocalNeo4jExit>;
}

/** How the embedded Neo4j ended: its exit code, or the signal that ended it. */
export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartOptions extends Omit<LocalNeo4jConfig, 'restarts'> {
  password?: string;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Starts the embedded Neo4j and resolves once the driver can run a query on it. */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  ensureLocalNeo4jBuilt(options.log);
  const dataDir = path.resolve(PROJECT_ROOT, options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    javaExecutable(),
    [`-Xms${Math.min(512, options.heapMb)}m`, `-Xmx${options.heapMb}m`, ...JVM_FLAGS, '-cp', `${path.join(MODULE_DIR, 'target', 'classes')}${path.delimiter}${path.join(LIB_DIR, '*')}`, MAIN_CLASS],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_LOCAL_PORT: String(options.port),
        NEO4J_LOCAL_DATA: dataDir,
        NEO4J_LOCAL_PASSWORD: options.password ?? '',
        NEO4J_LOCAL_PAGECACHE_MB: String(options.pageCacheMb),
        NEO4J_LOCAL_EXIT_WITH_PARENT: '1',
      },
      // stdin stays open as a lifeline: if this process dies, Neo4j sees EOF and shuts down.
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<LocalNeo4jExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stderrTail: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail.push(chunk.toString());
    if (stderrTail.length > 20) stderrTail.shift();
  });

  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const started = Date.now();
  // A busy machine can take minutes: one progress line every 30 s rather than silence.
  const progress = setInterval(() => options.log?.(`the embedded Neo4j is still starting (${Math.round((Date.now() - started) / 1000)} s of at most ${Math.round(readyTimeoutMs / 1000)} s)`), 30_000);
  progress.unref();
  const uri = await waitForReadyLine(child, readyTimeoutMs, stderrTail).finally(() => clearInterval(progress));
  await waitForBolt(uri, options.password);
  return {
    uri,
    pid: child.pid ?? -1,
    stop: () => stopChild(child, 'SIGTERM'),
    kill: () => stopChild(child, 'SIGKILL'),
    exited,
  };
}

function waitForReadyLine(child: ChildProcess, timeoutMs: number, stderrTail: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`the embedded Neo4j did not report ready within ${timeoutMs} ms; the machine is probably busy: start again when it is quieter, or raise NEO4J_STARTUP_TIMEOUT_MS`));
    }, timeoutMs);
    const settle = (action: () => void) => {
      clearTimeout(timer);
      lines.removeAllListeners('line');
      child.off('exit', onExit);
      action();
    };
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) settle(() => resolve(line.split(' ')[1] ?? ''));
      else if (line.startsWith('ERROR ')) settle(() => reject(new LocalNeo4jError(line.slice('ERROR '.length))));
    });
    child.once('error', (error) => settle(() => reject(new LocalNeo4jError(`could not start Java (${javaExecutable()}): ${error.message}`))));
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(() => reject(new LocalNeo4jError(`Neo4j exited before it was ready (code ${code}, signal ${signal}): ${stderrTail.join('').trim().split('\n').slice(-1)[0] ?? ''}`)));
    child.once('exit', onExit);
  });
}

async function waitForBolt(uri: string, password?: string): Promise<void> {
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic('neo4j', password) : undefined);
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
