import { spawnSync } from 'node:child_process';
import os from 'node:os';
import v8 from 'node:v8';

const MiB = 2 ** 20;

/**
 * Node heap an import takes per byte of a JSON or YAML dataset file, which is read, validated and
 * written whole: a province (a 496 MB JSON file of 1,360 towns) peaked at 3.8 GB (docs/dataset-format.md).
 */
export const HEAP_PER_FILE_BYTE = 8;
/** What the process needs besides the file (modules, driver, the validation's indexes). */
export const BASE_HEAP_BYTES = 512 * MiB;
/** The share of the machine's memory the import may take for its heap (Neo4j may be on the same machine). */
export const MACHINE_SHARE = 0.75;

export type HeapPlan =
  | { kind: 'enough' }
  | { kind: 'raise'; heapMiB: number; neededMiB: number; limitMiB: number }
  | { kind: 'too-big'; neededMiB: number; machineMiB: number };

/**
 * Whether a file of `fileBytes` fits the heap this process may grow to. V8's default limit depends on
 * the machine (about 2 GB with 8 GB of memory, 4 GB from 16 GB), so a province file that imports on
 * one machine would fail on another after minutes of work, with V8's "heap out of memory" abort.
 */
export function heapPlan(fileBytes: number, heapLimitBytes: number, machineBytes: number): HeapPlan {
  const needed = BASE_HEAP_BYTES + HEAP_PER_FILE_BYTE * fileBytes;
  if (needed <= heapLimitBytes) return { kind: 'enough' };
  const neededMiB = Math.ceil(needed / MiB);
  if (needed > MACHINE_SHARE * machineBytes) return { kind: 'too-big', neededMiB, machineMiB: Math.floor(machineBytes / MiB) };
  return { kind: 'raise', heapMiB: neededMiB, neededMiB, limitMiB: Math.floor(heapLimitBytes / MiB) };
}

/** heapPlan for this process on this machine. */
export function heapPlanHere(fileBytes: number): HeapPlan {
  return heapPlan(fileBytes, v8.getHeapStatistics().heap_size_limit, os.totalmem());
}

/** Set in the re-run import, so it never re-runs itself again. */
const RAISED = 'DUTYGRAPH_IMPORT_HEAP_RAISED';

export function heapWasRaised(): boolean {
  return process.env[RAISED] === '1';
}

/**
 * Runs this very command again in a child process whose heap may grow to `heapMiB`, and gives its
 * exit code. V8 fixes the heap limit when the process starts, so it cannot be raised in place.
 */
export function rerunWithHeap(heapMiB: number): number {
  // Node's own flags go first: under ts-node (npm run import), process.execArgv is ts-node's bin and its
  // options, which must stay between them and the script. An older heap flag would win over ours.
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--max-old-space-size'));
  const [, script, ...args] = process.argv;
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, ...execArgv, script!, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [RAISED]: '1' },
  });
  if (child.error) throw child.error;
  return child.status ?? 1;
}
