import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { EMPTY_GRAPH, GraphFacts } from '../../src/dataset/cross-checks';
import { copyWithPrefix, generateTowns } from '../../src/dataset/generate-towns';
import { DatasetValidationError, formatProblem } from '../../src/dataset/problems';
import { parseDatasetText, SourceFormat } from '../../src/dataset/source';
import { datasetToRows } from '../../src/dataset/to-rows';
import { DatasetImportService, DatasetStore } from '../../src/services/dataset-import.service';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'small-town.yaml');

/**
 * The importer's validation with the graph's answers fixed in advance: the store refuses to
 * write, so these tests also show that nothing is written when a file has a problem.
 */
function importerWithGraph(graph: GraphFacts = EMPTY_GRAPH): DatasetImportService {
  const store: DatasetStore = {
    findGraphFacts: async () => graph,
    findMeaningKeys: async () => {
      throw new Error('an invalid file must never reach the embedding');
    },
    writeRows: async () => {
      throw new Error('an invalid file must never reach the write');
    },
  };
  return new DatasetImportService(store);
}

async function reportOf(text: string, file: string, format: SourceFormat, graph?: GraphFacts): Promise<string[]> {
  const error = await importerWithGraph(graph)
    .importSource(parseDatasetText(text, file, format))
    .then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetValidationError);
  return (error as DatasetValidationError).problems.map(formatProblem);
}

// Line numbers matter: the report points at them.
const BROKEN_TOWN = `format: dutygraph/1
townships:
  - id: town
    name: 镇
    pilot: { from: 2008-08-15, to: 2008-10-31 }
offices:
  - id: Office:Bad
    name: 坏办公室
    kind: OFFICE
    township: town
    from: 2008-09-01
  - id: office:a
    name: 甲办
    kind: BUREAU
    township: town
    from: 2008-09-01
    to: 2008-08-01
  - id: office:a
    name: 重复
    kind: OFFICE
    township: town
    from: 2008-09-01
  - id: office:b
    kind: DEPARTMENT
    township: town
    from: 2008-02-30
    mergedInto: [office:a]
posts:
  - id: post:director
    name: 主任
    level: MIDDLE
    rank: PRINCIPAL
    from: 2008-09-01
    units:
      - { unit: office:nowhere, from: 2008-09-01 }
      - { unit: duty:x, from: 2008-09-01 }
people:
  - id: person:631nnwt8sh
    name: 甲
    nickname: A
    holds:
      - { post: post:director, from: 2008-09-01, to: 2009-01-01 }
      - { post: post:director, from: 2008-12-01 }
  - id: person:s1bv9qdjfp
    name: 乙
    holds:
      - { post: post:director, from: 2008-10-01 }
      - { post: post:director, from: 2008-10-01, acting: true }
duties:
  - id: duty:x
    title: 甲
    category: BASIC
    township: town
    parent: duty:y
  - id: duty:y
    title: 乙
    category: BASIC
    township: town
    parent: duty:x
  - id: duty:existing
    title: 已有
    category: BASIC
    township: town
`;

describe('dataset validation: every problem of a file, in one report', () => {
  // duty:existing is already an Office in the graph.
  const graph: GraphFacts = { ...EMPTY_GRAPH, labels: new Map([['duty:existing', 'Office']]) };
  let report: string[];
  beforeAll(async () => {
    report = await reportOf(BROKEN_TOWN, 'broken.yaml', 'yaml', graph);
  });

  it('lists all of them, not just the first, in file order', () => {
    expect(report).toEqual([
      "broken.yaml:7: offices[0].id: 'Office:Bad' is not a valid id: use 1 to 100 of a-z 0-9 . _ : - starting with a letter or digit",
      "broken.yaml:17: offices[1].to: must be after from (2008-09-01), got '2008-08-01'",
      "broken.yaml:18: offices[2].id: duplicate id 'office:a': already used by offices[1].id, line 12",
      'broken.yaml:23: offices[3].name: is required',
      "broken.yaml:24: offices[3].kind: 'DEPARTMENT' is not one of OFFICE, BUREAU, SUB_DISTRICT_OFFICE",
      "broken.yaml:26: offices[3].from: '2008-02-30' is not a date (YYYY-MM-DD)",
      'broken.yaml:27: offices[3].mergedInto: an office is merged into others when it closes: set `to` (the day of the merger)',
      "broken.yaml:35: posts[0].units[0].unit: unknown id 'office:nowhere': no Office or Village or Station or Township with this id in the file or in the graph",
      "broken.yaml:36: posts[0].units[1].unit: 'duty:x' is a Duty; expected an Office, a Village, a Station or a Township",
      'broken.yaml:40: people[0].nickname: unknown field: dutygraph/1 has no field of this name',
      "broken.yaml:43: people[0].holds[1].from: overlaps another appointment of 'person:631nnwt8sh' to 'post:director' (people[0].holds[0], line 42, 2008-09-01 to 2009-01-01)",
      "broken.yaml:43: people[0].holds[1].post: 'post:director' has a single holder, but 'person:s1bv9qdjfp' already holds it substantively from 2008-10-01 to open (people[1].holds[0], line 47); mark one of them acting or end the earlier appointment",
      "broken.yaml:47: people[1].holds[0].post: 'post:director' has a single holder, but 'person:631nnwt8sh' already holds it substantively from 2008-09-01 to 2009-01-01 (people[0].holds[0], line 42); mark one of them acting or end the earlier appointment",
      'broken.yaml:48: people[1].holds[1]: duplicate entry: same post, from as people[1].holds[0], line 47',
      "broken.yaml:48: people[1].holds[1].from: overlaps another appointment of 'person:s1bv9qdjfp' to 'post:director' (people[1].holds[0], line 47, 2008-10-01 to open)",
      'broken.yaml:54: duties[0].parent: PART_OF cycle: duty:x → duty:y → duty:x',
      "broken.yaml:60: duties[2].id: id 'duty:existing' already belongs to an Office in the graph; ids are unique across all records",
    ]);
  });

  it.each([
    ['a bad id format', "'Office:Bad' is not a valid id"],
    ['a duplicate id', "duplicate id 'office:a'"],
    ['an unknown reference', "unknown id 'office:nowhere'"],
    ['a reference to the wrong label', "'duty:x' is a Duty; expected an Office, a Village, a Station or a Township"],
    ['a PART_OF cycle', 'PART_OF cycle: duty:x → duty:y → duty:x'],
    ['a period that ends before it starts', "offices[1].to: must be after from (2008-09-01), got '2008-08-01'"],
    ['overlapping appointments of one person to one post', "overlaps another appointment of 'person:631nnwt8sh' to 'post:director'"],
    ['two substantive holders of a single-holder post', "'post:director' has a single holder, but 'person:631nnwt8sh' already holds it substantively"],
    ['a bad enumeration value', "'DEPARTMENT' is not one of OFFICE, BUREAU, SUB_DISTRICT_OFFICE"],
    ['an impossible date', "'2008-02-30' is not a date (YYYY-MM-DD)"],
    ['a missing required field', 'offices[3].name: is required'],
    ['an unknown field', 'people[0].nickname: unknown field'],
    ['a duplicate edge', 'duplicate entry: same post, from as people[1].holds[0]'],
    ['an id the graph gives to another label', "id 'duty:existing' already belongs to an Office in the graph"],
    ['a rule between fields', 'an office is merged into others when it closes'],
  ])('reports %s', (_kind, expected) => {
    expect(report.some((line) => line.includes(expected))).toBe(true);
  });

  it('lets an acting holder share a single-holder post with a substantive one', () => {
    // people[1].holds[1] is acting: only the overlap with its own person's earlier appointment is reported.
    expect(report.filter((line) => line.includes('people[1].holds[1]') && line.includes('single holder'))).toEqual([]);
  });
});

const BROKEN_CSV = [
  'id,title,titleEn,parent,category,leadUnit,assistingUnits,basisDocument,clause,keywords,from,township,owner',
  'duty:homestead,宅基地审批,Homestead approval,duty:missing,BASICS,office:economic,office:economic;duty:safety,,第五条,宅基地;homestead,2008-13-01,town,x',
  'duty:safety,安全生产,,,BASIC,office:economic,,doc:rules,,,2008-09-01,town,',
  'duty:short,只有两列',
  'duty:safety,重复,,,BASIC,,,,,,,town,',
].join('\n');

describe('dataset validation of a CSV duty list: rows and columns', () => {
  // A CSV names offices, documents and townships imported earlier.
  const graph: GraphFacts = { ...EMPTY_GRAPH, labels: new Map([['office:economic', 'Office'], ['doc:rules', 'Document'], ['town', 'Township']]) };
  let report: string[];
  beforeAll(async () => {
    report = await reportOf(BROKEN_CSV, 'duties.csv', 'csv', graph);
  });

  it('names the row (the header is row 1), the column and what is wrong, for every problem', () => {
    expect(report).toEqual([
      'duties.csv: row 1: owner: unknown column; the columns are id, title, titleEn, parent, category, leadUnit, assistingUnits, basisDocument, clause, keywords, from, township',
      "duties.csv: row 2: category: 'BASICS' is not one of BASIC, ASSISTING, HIGHER_LEVEL",
      'duties.csv: row 2: basisDocument: is required',
      "duties.csv: row 2: from: '2008-13-01' is not a date (YYYY-MM-DD)",
      "duties.csv: row 2: parent: unknown id 'duty:missing': no Duty with this id in the file or in the graph",
      "duties.csv: row 2: assistingUnits: 'duty:safety' is a Duty; expected an Office or a Post",
      'duties.csv: row 4: (row): has 2 values; the header has 13 columns',
      "duties.csv: row 5: id: duplicate id 'duty:safety': already used by row 3",
    ]);
  });

  it('reports a missing required column once, at the header', async () => {
    const lines = await reportOf('id,title,category\nduty:a,甲,BASIC\n', 'no-township.csv', 'csv', graph);
    expect(lines).toContain('no-township.csv: row 1: township: required column is missing');
    expect(lines).toContain('no-township.csv: row 2: township: is required');
  });
});

describe('dataset validation: files that cannot be read as a dataset', () => {
  it('reports a YAML syntax error with its line', async () => {
    const lines = await reportOf('format: dutygraph/1\ntownships:\n  - id: town\n    name: [unclosed\n', 'syntax.yaml', 'yaml');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^syntax\.yaml:\d+: \(file\): YAML syntax: /);
  });

  it('reports a document that is not a mapping', async () => {
    expect(await reportOf('[1, 2]', 'list.json', 'json')).toEqual(['list.json:1: (file): must be a mapping with `format: dutygraph/1` and record lists']);
    expect(await reportOf('- 1\n- 2\n', 'list.yaml', 'yaml')).toEqual(['list.yaml:1: (file): must be a mapping with `format: dutygraph/1` and record lists']);
  });

  it('reports a JSON syntax error with its line', async () => {
    const lines = await reportOf('{\n  "format": "dutygraph/1",\n  "townships": [,]\n}', 'syntax.json', 'json');
    expect(lines).toEqual([expect.stringMatching(/^syntax\.json:3: \(file\): JSON syntax: /)]);
  });

  it('gives line numbers in JSON files too', async () => {
    const lines = await reportOf('{\n  "format": "dutygraph/1",\n  "townships": [\n    {"id": "town", "name": "镇", "areaKm2": -1}\n  ]\n}', 'town.json', 'json');
    expect(lines).toEqual(['town.json:4: townships[0].areaKm2: must be at least 0, got -1']);
  });

  it('reports a wrong format marker', async () => {
    expect(await reportOf('format: dutygraph/2\n', 'v2.yaml', 'yaml')).toEqual(["v2.yaml:1: format: must be 'dutygraph/1'"]);
  });
});

describe('a valid dataset', () => {
  const fixture = parse(fs.readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

  it('passes validation and maps to rows: keywordText and searchText for the full-text indexes, defaults applied, absent fields null', async () => {
    let written: ReturnType<typeof datasetToRows> | undefined;
    const service = new DatasetImportService({
      findGraphFacts: async () => EMPTY_GRAPH,
      // Every text already has its vector: nothing to embed (the model is exercised by the integration tests).
      findMeaningKeys: async (keys) => new Set(keys),
      writeRows: async (rows) => {
        written = rows;
        return { rows: 0, statements: 0, transactions: 1 };
      },
    });
    await service.importSource(parseDatasetText(fs.readFileSync(FIXTURE, 'utf8'), 'small-town.yaml', 'yaml'));
    const rows = written!;
    expect(rows.duties.find((duty) => duty.id === 'duty:village-organisation')).toMatchObject({
      keywords: ['村级组织', '两委', 'village committee'],
      keywordText: '村级组织 两委 village committee',
      titleEn: 'Village-level organisation construction',
      descriptionEn: null,
      // The search words go with the node: the full-text index gets one document per duty.
      searchText: expect.stringContaining('村级'),
    });
    expect(rows.dutyMeaningLinks.find((link) => link.duty === 'duty:village-organisation')).toEqual({
      duty: 'duty:village-organisation',
      keys: [expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/)],
    });
    expect(rows.dutyMeanings).toEqual([]);
    expect(rows.townships[0]).toMatchObject({ pilotFrom: '2008-08-15', pilotTo: '2008-10-31' });
    expect(rows.posts.find((post) => post.id === 'post:party-secretary')).toMatchObject({ singleHolder: true, to: null });
    expect(rows.holds.find((hold) => hold.person === 'person:t2fb4w34np')).toMatchObject({ acting: false, townConsulted: null });
    expect(rows.townshipDataFrom).toEqual([{ township: 'town', dataFrom: '2000-01-01' }]);
  });

  it('copies with a prefix on every id and every reference, and the copy is valid too', async () => {
    const copy = copyWithPrefix(fixture, 'test-1.');
    const text = JSON.stringify(copy);
    expect(text).not.toMatch(/"(post|office|duty|person|village|station|doc|dept|party):/);
    expect((copy.villages as { under: { unit: string }[] }[])[0]?.under[0]?.unit).toBe('test-1.office:sub-district');
    const service = importerWithGraph();
    await expect(service.validate(parseDatasetText(text, 'copy.json', 'json'))).resolves.toBeDefined();
  });

  it('generates the same benchmark file for the same number of towns', () => {
    const first = JSON.stringify(generateTowns(fixture, 3));
    expect(JSON.stringify(generateTowns(fixture, 3))).toBe(first);
    const generated = generateTowns(fixture, 3);
    expect((generated.duties as unknown[]).length).toBe(3 * (fixture.duties as unknown[]).length);
    expect((generated.townships as { id: string; name: string }[]).map((township) => [township.id, township.name])).toEqual([
      ['t0001.town', '小镇 #0001'],
      ['t0002.town', '小镇 #0002'],
      ['t0003.town', '小镇 #0003'],
    ]);
  });

  it('repeats duty titles in every town, as a province shares its county\'s list, unless asked for distinct titles', () => {
    const titles = (dataset: Record<string, unknown>) => (dataset.duties as { title: string }[]).map((duty) => duty.title);
    const perTown = (fixture.duties as unknown[]).length;
    const shared = titles(generateTowns(fixture, 2));
    expect(shared.slice(perTown)).toEqual(shared.slice(0, perTown));
    const distinct = titles(generateTowns(fixture, 2, { distinctTitles: true }));
    expect(new Set(distinct).size).toBe(2 * perTown);
    expect(distinct[perTown]).toMatch(/ #0002$/);
  });
});
