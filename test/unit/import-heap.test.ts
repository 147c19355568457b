import { BASE_HEAP_BYTES, HEAP_PER_FILE_BYTE, heapPlan, MACHINE_SHARE } from '../../src/cli/import-heap';

/**
 * `npm run import` of a big JSON or YAML file: V8's default heap limit depends on the machine, so
 * the import raises its own when the file needs more (re-running itself), and refuses at once, with
 * what to do, a file the machine cannot hold, instead of V8's abort after minutes of work.
 */
const MiB = 2 ** 20;
const GiB = 2 ** 30;
const province = 496 * MiB;

describe('the heap an import plans for its file', () => {
  it('is enough for the sample town under any default limit', () => {
    expect(heapPlan(200 * 1024, 2 * GiB, 8 * GiB)).toEqual({ kind: 'enough' });
  });

  it('is raised for a province file on a machine whose default limit is too small for it', () => {
    const needed = Math.ceil((BASE_HEAP_BYTES + HEAP_PER_FILE_BYTE * province) / MiB);
    expect(heapPlan(province, 2 * GiB, 8 * GiB)).toEqual({ kind: 'raise', heapMiB: needed, neededMiB: needed, limitMiB: 2048 });
    expect(needed).toBeGreaterThan(3.8 * 1024); // the province's measured peak
  });

  it('is not raised where the default limit already holds the file', () => {
    expect(heapPlan(province, 8 * GiB, 32 * GiB)).toEqual({ kind: 'enough' });
  });

  it('refuses a file that needs more than its share of the machine, saying how much', () => {
    const plan = heapPlan(province, 2 * GiB, 4 * GiB);
    expect(plan).toMatchObject({ kind: 'too-big', machineMiB: 4096 });
    expect(plan.kind === 'too-big' && plan.neededMiB > MACHINE_SHARE * 4096).toBe(true);
  });
});
