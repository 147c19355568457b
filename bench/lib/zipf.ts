import { seededRandom } from '../../src/dataset/synthetic-duties';

/**
 * A request sequence where the k-th most asked item is asked in proportion to 1 / k^exponent
 * (Zipf's law, how questions to a help desk repeat). Which item is the most asked is shuffled by the
 * seed, so popularity does not follow the order of the list. Deterministic for a seed.
 */
export function zipfSequence<T>(items: readonly T[], length: number, exponent: number, seed: number): T[] {
  if (items.length === 0) return [];
  const random = seededRandom(seed);
  const ranked = [...items];
  for (let index = ranked.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [ranked[index], ranked[other]] = [ranked[other] as T, ranked[index] as T];
  }
  const weights = ranked.map((_, rank) => 1 / Math.pow(rank + 1, exponent));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const weight of weights) cumulative.push((running += weight / total));
  const sequence: T[] = [];
  for (let index = 0; index < length; index += 1) {
    const draw = random();
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < draw) low = middle + 1;
      else high = middle;
    }
    sequence.push(ranked[low] as T);
  }
  return sequence;
}
