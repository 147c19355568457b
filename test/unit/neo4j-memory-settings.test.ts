import { parseBytes } from '../../src/repositories/dataset.repository';

describe('parseBytes: Neo4j memory settings as bytes (for --rows-per-transaction auto)', () => {
  it('reads the units SHOW SETTINGS and neo4j.conf use', () => {
    expect(parseBytes('768.00MiB')).toBe(768 * 1024 ** 2);
    expect(parseBytes('2g')).toBe(2 * 1024 ** 3);
    expect(parseBytes('1.5 GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseBytes('512k')).toBe(512 * 1024);
    expect(parseBytes('4096')).toBe(4096);
    expect(parseBytes('0B')).toBe(0);
  });

  it('answers undefined for what it cannot read, so the caller falls back to a safe size', () => {
    expect([parseBytes(null), parseBytes(undefined), parseBytes(''), parseBytes('lots'), parseBytes('12 parsecs'), parseBytes('1.2.3MiB')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
