import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DatasetRecord, RECORD_LISTS } from '../../src/dataset/records';
import { fullyChecked, recordPasses } from '../../src/dataset/records/field-checks';
import { registeredRecordClasses } from '../../src/dataset/records/record-list';
import type { DatasetSource } from '../../src/dataset/source';
import { validateByClassValidator, validateRecords } from '../../src/dataset/validate-records';

type Plain = Record<string, unknown>;

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'small-town.yaml');
const town = (): Plain => parse(fs.readFileSync(FIXTURE, 'utf8')) as Plain;

function sourceOf(content: Plain): DatasetSource {
  return { file: 'town.yaml', kind: 'document', content, problems: [], locate: (fieldPath) => ({ path: fieldPath.join('.'), field: String(fieldPath.at(-1) ?? '') }) };
}

/** Values that probe each kind of check's edges: absent, wrong type, empty, too long, not a calendar day, not an id… */
const PROBES: readonly unknown[] = [
  undefined, null, '', ' ', 'x', 'x'.repeat(101), 'x'.repeat(301), 'x'.repeat(4001), '\uFE0F', '😀', 'Bad:Id', 'ok:id', '-id',
  '2008-02-30', '2008-13-01', '2008-09-01', '2099-01-01', '1999-12-31', 0, -1, 1.5, 1899, 2008, 2101, Number.NaN, Number.POSITIVE_INFINITY,
  true, false, 'true', [], [''], ['ok:id'], ['ok:id', 'Bad'], ['x'.repeat(51)], Array.from({ length: 51 }, () => 'w'), {}, { from: '2008-09-01' },
  [{}], [null], ['text'], 'LEAD', 'ASSIST', 'BASIC', 'OFFICE', 'MALE', 'dutygraph/1', 'dutygraph/2',
];

/** One object of each place in the format (`duties[].owners[]`, `townships[].pilot` …), its first occurrence in the fixture. */
function firstOfEachPlace(content: Plain): { place: string; list: string; record: Plain; target: Plain }[] {
  const found = new Map<string, { place: string; list: string; record: Plain; target: Plain }>();
  const visit = (value: unknown, place: string, list: string, record: Plain | undefined) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, `${place}[]`, list, record));
    if (typeof value !== 'object' || value === null) return;
    const object = value as Plain;
    const owner = record ?? object;
    if (!found.has(place)) found.set(place, { place, list, record: owner, target: object });
    for (const [key, child] of Object.entries(object)) visit(child, `${place}.${key}`, list, owner);
  };
  for (const list of RECORD_LISTS) visit(content[list], list, list, undefined);
  return [...found.values()];
}

describe('the fast field checks of an import', () => {
  it('cover every decorator of every record class, so a valid file never needs class-validator', () => {
    expect(fullyChecked(DatasetRecord)).toBe(true);
    for (const type of registeredRecordClasses(RECORD_LISTS)) expect({ type: type.name, checked: fullyChecked(type) }).toEqual({ type: type.name, checked: true });
  });

  it('pass the fixture town, which then is its own dataset with no problem', () => {
    const content = town();
    const { dataset, problems } = validateRecords(sourceOf(content));
    expect(problems).toEqual([]);
    expect(dataset).toBe(content);
  });

  it('never pass a record that class-validator refuses, and agree with it on almost every probe', () => {
    const content = town();
    const places = firstOfEachPlace(content);
    expect(places.length).toBeGreaterThan(20);
    let agreed = 0;
    let tried = 0;
    for (const { place, list, record, target } of places) {
      for (const key of [...new Set([...Object.keys(target), 'unknownField'])]) {
        const original = target[key];
        const had = Object.prototype.hasOwnProperty.call(target, key);
        for (const probe of PROBES) {
          target[key] = probe;
          // Only the record being probed: cross-record rules are not field checks.
          const single: Plain = { format: content.format, [list]: [record] };
          const fast = recordPasses(DatasetRecord, single);
          const refused = validateByClassValidator(sourceOf(single), single).problems.length > 0;
          if (fast && refused) throw new Error(`the fast check passed ${place}.${key} = ${JSON.stringify(probe)}, which class-validator refuses`);
          tried += 1;
          if (fast === !refused) agreed += 1;
        }
        if (had) target[key] = original;
        else delete target[key];
      }
    }
    // Stricter is allowed (that file just takes class-validator's path), but should be rare.
    expect(agreed / tried).toBeGreaterThan(0.97);
  });

  it('refuse a nested record that is not a plain mapping, or a list entry that is missing', () => {
    const content = town();
    const duties = content.duties as Plain[];
    duties[0]!.owners = [...(duties[0]!.owners as unknown[]), null];
    expect(recordPasses(DatasetRecord, content)).toBe(false);
    expect(validateRecords(sourceOf(content)).problems.map((problem) => problem.message)).toEqual([expect.stringContaining('each entry must be a mapping')]);
  });
});
