import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { expandFragments, Fragments, loadFragments, parseFragment } from '../../src/db/cypher-fragments';
import { parametersOf } from '../../src/db/cypher-parameters';
import { PROJECT_ROOT } from '../../src/project-root';

const VALID_ON = parseFragment(
  'valid-on',
  'cypher/fragments/valid-on.cypher',
  '// valid-on\n// @param x  the edge\n// @param day  the day\n@x.from <= @day AND (@x.to IS NULL OR @day < @x.to)\n',
);
const HOLDERS = parseFragment(
  'holders',
  'cypher/fragments/holders.cypher',
  '// holders\n// @param post  the post\n// @param day  the day\nCOLLECT {\n  MATCH (person)-[holds:HOLDS]->(@post)\n  WHERE /*@ valid-on(x: holds, day: @day) */\n  RETURN person\n}\n',
);
const fragments: Fragments = new Map([
  ['valid-on', VALID_ON],
  ['holders', HOLDERS],
]);

describe('Cypher fragments', () => {
  it('expands a call with its arguments by name', () => {
    expect(expandFragments('MATCH ()-[r]->()\nWHERE /*@ valid-on(day: $day, x: r) */\nRETURN r', 'q.cypher', fragments)).toBe(
      'MATCH ()-[r]->()\nWHERE r.from <= $day AND (r.to IS NULL OR $day < r.to)\nRETURN r',
    );
  });

  it('expands the fragments a fragment calls and indents its lines under the call', () => {
    expect(expandFragments('RETURN {\n    holders: /*@ holders(post: p, day: day) */\n}', 'q.cypher', fragments)).toBe(
      [
        'RETURN {',
        '    holders: COLLECT {',
        '      MATCH (person)-[holds:HOLDS]->(p)',
        '      WHERE holds.from <= day AND (holds.to IS NULL OR day < holds.to)',
        '      RETURN person',
        '    }',
        '}',
      ].join('\n'),
    );
  });

  it('expands an @each-label fragment once per label of the vocabulary, joined by its separator', () => {
    const byId = parseFragment('by-id', 'f.cypher', '// by-id\n// @param id  the id\n// @each-label UNION\nMATCH (node:@label {id: @id}) RETURN node\n');
    const labels = parseFragment('labels', 'g.cypher', "// labels\n// @each-label ,\n'@label'\n");
    const more: Fragments = new Map([...fragments, ['by-id', byId], ['labels', labels]]);
    const vocabulary = { labels: ['Office', 'Post', 'Committee'] };
    expect(expandFragments('CALL (id) {\n  /*@ by-id(id: id) */\n}', 'q.cypher', more, 1, [], vocabulary)).toBe(
      ['CALL (id) {', '  MATCH (node:Office {id: id}) RETURN node', '  UNION MATCH (node:Post {id: id}) RETURN node', '  UNION MATCH (node:Committee {id: id}) RETURN node', '}'].join('\n'),
    );
    expect(expandFragments('RETURN [/*@ labels() */]', 'q.cypher', more, 1, [], vocabulary)).toBe("RETURN ['Office', 'Post', 'Committee']");
    expect(() => expandFragments('RETURN [/*@ labels() */]', 'q.cypher', more)).toThrow('q.cypher:1: fragment labels repeats per label, but the catalog was loaded without the model');
    expect(() => parseFragment('f', 'f.cypher', '// @each-label UNION\nMATCH (n) RETURN n\n')).toThrow('never names @label');
    expect(() => parseFragment('f', 'f.cypher', '// no each-label\nMATCH (n:@label) RETURN n\n')).toThrow('@label is not a parameter of fragment f');
  });

  it('takes a key of a $parameter as an argument, as it takes the parameter', () => {
    expect(expandFragments('WHERE /*@ valid-on(x: r, day: $lookup.days.first) */', 'q.cypher', fragments)).toBe(
      'WHERE r.from <= $lookup.days.first AND (r.to IS NULL OR $lookup.days.first < r.to)',
    );
  });

  it('leaves a call quoted in a // comment as written', () => {
    const text = '// write WHERE /*@ valid-on(x: r, day: day) */\nRETURN 1';
    expect(expandFragments(text, 'q.cypher', fragments)).toBe(text);
  });

  it('fails naming the file and line of an unknown fragment', () => {
    expect(() => expandFragments('MATCH (n)\nWHERE /*@ valid-at(x: n, day: day) */', 'cypher/queries/a/b.cypher', fragments)).toThrow(
      'cypher/queries/a/b.cypher:2: unknown fragment valid-at',
    );
  });

  it('fails naming a missing argument, an unexpected one and a malformed one', () => {
    expect(() => expandFragments('WHERE /*@ valid-on(x: n) */', 'q.cypher', fragments)).toThrow('q.cypher:1: fragment valid-on needs argument day');
    expect(() => expandFragments('WHERE /*@ valid-on(x: n, day: d, on: d) */', 'q.cypher', fragments)).toThrow('has no parameter on');
    expect(() => expandFragments("WHERE /*@ valid-on(x: n, day: date('2024-01-01')) */", 'q.cypher', fragments)).toThrow(
      'a fragment argument reads name: variable, name: $param or name: $param.key',
    );
    expect(() => expandFragments('WHERE /*@ valid-on(x: n, day: $lookup.) */', 'q.cypher', fragments)).toThrow('a fragment argument reads');
    expect(() => expandFragments('WHERE /*@ valid-on */', 'q.cypher', fragments)).toThrow('a fragment call reads /*@ name(param: value, …) */');
  });

  it('names the fragment file and line of an error inside a fragment', () => {
    const broken = parseFragment('broken', 'cypher/fragments/broken.cypher', '// broken\n// @param day  d\nMATCH (n)\nWHERE /*@ valid-on(x: n) */ AND @day IS NOT NULL\n');
    expect(() => expandFragments('/*@ broken(day: day) */', 'q.cypher', new Map([...fragments, ['broken', broken]]))).toThrow(
      'cypher/fragments/broken.cypher:4: fragment valid-on needs argument day',
    );
  });

  it('fails on a fragment that calls itself', () => {
    const loop = parseFragment('loop', 'loop.cypher', '// @param x  x\n/*@ loop(x: @x) */\n');
    expect(() => expandFragments('/*@ loop(x: n) */', 'q.cypher', new Map([['loop', loop]]))).toThrow('fragment loop calls itself (loop → loop)');
  });

  it('fails at load on an undeclared @name and on a declared parameter never used', () => {
    expect(() => parseFragment('f', 'cypher/fragments/f.cypher', '// f\n// @param x  x\n\n@x.from <= @day\n')).toThrow(
      'cypher/fragments/f.cypher:4: @day is not a parameter of fragment f',
    );
    expect(() => parseFragment('f', 'f.cypher', '// @param x  x\n// @param day  d\n@x.from IS NOT NULL\n')).toThrow('never uses its @param day');
  });

  it('fails the catalog at load, naming the statement file and line of a bad call', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-catalog-'));
    fs.mkdirSync(path.join(dir, 'queries', 'audit'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'queries', 'audit', 'bad.cypher'), '// a statement\nMATCH (r)\nWHERE /*@ valid-on(x: r) */\nRETURN r\n');
    try {
      expect(() => CypherCatalog.load(path.join(dir, 'queries'), path.join(PROJECT_ROOT, 'cypher', 'fragments'))).toThrow(
        /audit\/bad\.cypher:3: fragment valid-on needs argument day/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the project fragments, each called by a statement or another fragment', () => {
    const project = loadFragments(path.join(PROJECT_ROOT, 'cypher', 'fragments'), 'cypher/fragments');
    expect([...project.keys()].sort()).toEqual([
      'data-from', 'department-items', 'document-items', 'duty-items', 'duty-lead-count', 'duty-owner-evidence', 'duty-owners', 'every-node', 'label-of',
      'model-labels', 'node-by-id', 'office-items', 'owner-evidence', 'owner-office', 'page-position', 'page-window', 'party-organization-items', 'person-items',
      'post-holders', 'post-items', 'station-items', 'township-items', 'valid-on', 'village-items',
    ]);
    const sources = readAll(path.join(PROJECT_ROOT, 'cypher'));
    const callers = (name: string) => [sources, ...[...project.values()].filter((other) => other.name !== name).map((other) => other.body)].join('\n');
    for (const name of project.keys()) expect(callers(name)).toContain(`/*@ ${name}(`);
  });

  it('writes the validity test once: in cypher/fragments/valid-on.cypher', () => {
    const literal = /([A-Za-z_]+)\.from <= ([A-Za-z_$]+) AND \(\1\.to IS NULL OR \2 < \1\.to\)/;
    const files = [...cypherFiles(path.join(PROJECT_ROOT, 'cypher')), ...cypherFiles(path.join(PROJECT_ROOT, 'bench', 'cypher'))].filter((file) =>
      literal.test(fs.readFileSync(file, 'utf8')),
    );
    expect(files.map((file) => path.relative(PROJECT_ROOT, file))).toEqual([]);
  });
});

describe('parametersOf', () => {
  it('lists the $parameters by name, skipping strings, quoted names and comments', () => {
    const statement = "// $notThis\nMATCH (n {id: $id}) /* $nor */ WHERE n.x = '$text' AND n.`$y` = $asOf\nRETURN $id, \"a\\\"$b\" AS s";
    expect(parametersOf(statement)).toEqual(['asOf', 'id']);
  });
});

function cypherFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cypherFiles(full);
    return entry.name.endsWith('.cypher') && !full.includes(`${path.sep}fragments${path.sep}`) ? [full] : [];
  });
}

function readAll(dir: string): string {
  return cypherFiles(dir).map((file) => fs.readFileSync(file, 'utf8')).join('\n');
}
