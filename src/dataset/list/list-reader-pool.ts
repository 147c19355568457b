import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { ParsedList, readListWorkbook } from './read-list';

export interface ListFile {
  file: string;
  /** The name problems use (default: the path as given). */
  shownAs?: string;
}

/**
 * Reads workbooks on every core: unzipping and parsing a workbook's XML is CPU work in exceljs, a
 * quarter of a second a town, so a province's 1,360 lists on one thread would take most of the
 * import's time. One workbook is read on this thread (a pool's start-up costs more than it saves).
 * Piscina rather than hand-made workers: it queues tasks, restarts a crashed worker and tears
 * the pool down cleanly.
 */
export class ListReaderPool {
  private readonly pool: Piscina | undefined;

  constructor(workbooks: number) {
    const threads = Math.min(workbooks, os.availableParallelism());
    if (threads < 2) return;
    const worker = path.join(__dirname, `read-list.worker${path.extname(__filename)}`);
    this.pool = new Piscina({
      filename: worker,
      minThreads: threads,
      maxThreads: threads,
      // Run from TypeScript (ts-node, ts-jest), the worker needs the same compiler hook.
      execArgv: path.extname(__filename) === '.ts' ? ['--require', 'ts-node/register/transpile-only'] : [],
    });
  }

  read({ file, shownAs = file }: ListFile): Promise<ParsedList> {
    return this.pool ? (this.pool.run({ file, shownAs }) as Promise<ParsedList>) : readListWorkbook(file, shownAs);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
