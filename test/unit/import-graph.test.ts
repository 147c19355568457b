import fs from 'node:fs';
import path from 'node:path';
import madge from 'madge';
import ts from 'typescript';

/**
 * The layers as the imports show them (docs/architecture.md): no two files import each other, no
 * import runs back up a layer, and src/domain is pure (no I/O, no GraphQL, no driver).
 */
const SRC = path.join(__dirname, '..', '..', 'src');

/** Every file of src and what it imports (type-only imports included), paths relative to src. */
let graph: Record<string, string[]>;
let circular: string[][];

beforeAll(async () => {
  const result = await madge(SRC, { fileExtensions: ['ts'], tsConfig: path.join(SRC, '..', 'tsconfig.json') });
  graph = result.obj();
  circular = result.circular();
}, 60_000);

describe('the import graph of src/', () => {
  it('has no import cycles', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(100);
    expect(circular).toEqual([]);
  });

  /** Folders (or top-level files) a layer must not import. */
  const FORBIDDEN: Record<string, string[]> = {
    domain: ['services', 'repositories', 'db', 'graphql', 'context', 'auth', 'server', 'app', 'cli', 'errors'],
    repositories: ['services', 'graphql', 'context'],
    services: ['graphql', 'context', 'server', 'app'],
    db: ['repositories', 'services', 'graphql', 'context', 'domain'],
    auth: ['context', 'graphql', 'services', 'repositories'],
    dataset: ['services', 'repositories', 'graphql', 'db'],
  };
  const layerOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.ts$/, ''));

  it.each(Object.keys(FORBIDDEN))('%s/ imports no layer above it', (layer) => {
    const offending = Object.entries(graph)
      .filter(([file]) => layerOf(file) === layer)
      .flatMap(([file, imports]) => imports.filter((target) => FORBIDDEN[layer]!.includes(layerOf(target))).map((target) => `${file} → ${target}`));
    expect(Object.keys(graph).some((file) => layerOf(file) === layer)).toBe(true);
    expect(offending).toEqual([]);
  });
});

describe('src/domain', () => {
  const DOMAIN = path.join(SRC, 'domain');
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []));
  /** Modules outside the domain it may import at run time: plain tables with no I/O. */
  const PURE_OUTSIDE = [path.join(SRC, 'dataset', 'labels'), path.join(SRC, 'dataset', 'records', 'enums')];
  const BANNED = /^(neo4j-driver|type-graphql|graphql|node:fs|fs|node:net|node:http|\.\.?\/(.*\/)?(db|repositories|services)(\/|$))/;

  /** Each import of a file: its specifier and whether only types are imported. */
  function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    return source.statements.flatMap((statement) => {
      if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
        const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly === true : statement.isTypeOnly;
        return [{ specifier: statement.moduleSpecifier.text, typeOnly }];
      }
      return [];
    });
  }

  it('imports no driver, GraphQL, file system, db, repository or service module', () => {
    const all = files(DOMAIN).flatMap((file) => importsOf(file).map((entry) => ({ file: path.relative(SRC, file), ...entry })));
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((entry) => BANNED.test(entry.specifier))).toEqual([]);
  });

  it('imports from outside itself only types, or plain tables', () => {
    const outside = files(DOMAIN).flatMap((file) =>
      importsOf(file)
        .filter((entry) => !entry.typeOnly)
        .map((entry) => ({ file: path.relative(SRC, file), specifier: entry.specifier, target: entry.specifier.startsWith('.') ? path.resolve(path.dirname(file), entry.specifier) : entry.specifier }))
        .filter((entry) => !entry.target.startsWith(DOMAIN + path.sep) && !PURE_OUTSIDE.includes(entry.target)),
    );
    expect(outside).toEqual([]);
  });

  it('the scan sees a banned import (the rule can fail)', () => {
    expect(BANNED.test('neo4j-driver')).toBe(true);
    expect(BANNED.test('../services/responsibility.service')).toBe(true);
    expect(BANNED.test('../../repositories/mutation.repository')).toBe(true);
    expect(BANNED.test('../db/executor')).toBe(true);
    expect(BANNED.test('./duty-evidence')).toBe(false);
  });
});
