import { zipfSequence } from '../../bench/lib/zipf';

describe('the Zipf request mix of bench:cache', () => {
  const items = Array.from({ length: 50 }, (_, index) => `q${index}`);

  it('is the same sequence for the same seed and another for another seed', () => {
    expect(zipfSequence(items, 500, 1, 7)).toEqual(zipfSequence(items, 500, 1, 7));
    expect(zipfSequence(items, 500, 1, 7)).not.toEqual(zipfSequence(items, 500, 1, 8));
  });

  it('asks the k-th most popular item about 1/k as often as the most popular one', () => {
    const sequence = zipfSequence(items, 100_000, 1, 3);
    const counts = [...sequence.reduce((map, item) => map.set(item, (map.get(item) ?? 0) + 1), new Map<string, number>()).values()].sort((a, b) => b - a);
    // Harmonic number H(50) ≈ 4.499: the top item takes about 22 % of the requests.
    expect(counts[0]! / sequence.length).toBeCloseTo(1 / 4.499, 1);
    expect(counts[0]! / counts[1]!).toBeGreaterThan(1.6);
    expect(counts[0]! / counts[9]!).toBeGreaterThan(7);
    expect(counts.length).toBeGreaterThan(45);
  });

  it('draws only the given items, and nothing from an empty list', () => {
    expect(new Set(zipfSequence(items, 1000, 1.2, 1)).size).toBeLessThanOrEqual(items.length);
    expect(zipfSequence(items, 1000, 1.2, 1).every((item) => items.includes(item))).toBe(true);
    expect(zipfSequence([], 10, 1, 1)).toEqual([]);
  });
});
