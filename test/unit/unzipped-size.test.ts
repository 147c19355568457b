import fs from 'node:fs';
import path from 'node:path';
import { unzippedSize } from '../../src/dataset/list/unzipped-size';
import { zipOf } from '../helpers/zip-of';


describe('the unzipped size of an uploaded workbook', () => {
  it('counts what the committed sample list unzips to, far under the ceiling', () => {
    const result = unzippedSize(fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'sample-town-list.xlsx')));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.bytes).toBeGreaterThan(10_000);
    if (result.ok) expect(result.bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('stops a zip bomb at the ceiling, even when the zip declares a small size', () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const bomb = zipOf('xl/worksheets/sheet1.xml', zeros, 8, 100);
    expect(bomb.length).toBeLessThan(20_000);
    expect(unzippedSize(bomb, 1024 * 1024)).toEqual({ ok: false, problem: 'too-large', bytes: 1024 * 1024 + 1 });
    expect(unzippedSize(bomb, 16 * 1024 * 1024)).toEqual({ ok: true, bytes: zeros.length });
  });

  it('counts stored entries and says when the bytes are no zip', () => {
    expect(unzippedSize(zipOf('a.txt', Buffer.from('hello'), 0))).toEqual({ ok: true, bytes: 5 });
    expect(unzippedSize(Buffer.from('not a zip at all, just some text'))).toEqual({ ok: false, problem: 'not-zip' });
    expect(unzippedSize(zipOf('a.txt', Buffer.from('hello'), 8).subarray(0, 40))).toEqual({ ok: false, problem: 'not-zip' });
  });
});
