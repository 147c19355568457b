import { ParsedList, readListWorkbook } from './read-list';

/** One workbook read in a worker thread (see list-reader-pool.ts); the parsed list is plain data, cloned back. */
export default function readListInWorker({ file, shownAs }: { file: string; shownAs: string }): Promise<ParsedList> {
  return readListWorkbook(file, shownAs);
}
