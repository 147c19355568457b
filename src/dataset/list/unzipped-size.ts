import zlib from 'node:zlib';

/**
 * What an uploaded .xlsx (a zip) unzips to, found by unzipping it with a ceiling, before exceljs is
 * given it. 2 MiB of deflated zeros unzip to about 2 GiB: the sizes a zip declares can lie, so each
 * entry is inflated with `maxOutputLength` set to what is left of the budget, and the first byte over
 * it stops the work. A list of two hundred items unzips to under 1 MiB.
 */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

export type UnzippedSize = { ok: true; bytes: number } | { ok: false; problem: 'too-large'; bytes: number } | { ok: false; problem: 'not-zip' };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The total size of the zip's entries once unzipped, or `too-large` as soon as it passes `limit`. */
export function unzippedSize(zip: Buffer, limit = MAX_UNZIPPED_BYTES): UnzippedSize {
  const end = findEndOfCentralDirectory(zip);
  if (end < 0) return { ok: false, problem: 'not-zip' };
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  try {
    for (let index = 0; index < entries; index += 1) {
      if (zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return { ok: false, problem: 'not-zip' };
      const method = zip.readUInt16LE(at + 10);
      const compressedSize = zip.readUInt32LE(at + 20);
      const local = zip.readUInt32LE(at + 42);
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      if (zip.readUInt32LE(local) !== LOCAL_ENTRY) return { ok: false, problem: 'not-zip' };
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressedSize);
      if (method === STORED) total += data.length;
      else if (method === DEFLATED) total += zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total + 1) }).length;
      else return { ok: false, problem: 'not-zip' };
      if (total > limit) return { ok: false, problem: 'too-large', bytes: total };
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, problem: 'too-large', bytes: limit + 1 };
    return { ok: false, problem: 'not-zip' };
  }
  return { ok: true, bytes: total };
}

/** The end-of-central-directory record is in the last 64 KiB + 22 bytes (after it only a comment). */
function findEndOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
