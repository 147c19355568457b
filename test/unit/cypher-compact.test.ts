import { compactCypher } from '../../src/db/cypher-compact';
import { loadCatalog } from '../../src/repositories/catalog';

describe('a statement as it is sent (compactCypher)', () => {
  it('drops comments, indentation, repeated spaces and blank lines, keeping one clause per line', () => {
    const text = '// who holds it\nMATCH (p:Post)   // the post\n\n    WHERE /* a note */ p.id = $id\n\tRETURN p';
    expect(compactCypher(text)).toBe('MATCH (p:Post)\nWHERE p.id = $id\nRETURN p');
  });

  it('keeps string literals and backquoted names as written, comment marks and spaces inside them too', () => {
    const text = "RETURN 'http://a  b' AS url, \"it's // not /* a */ comment\" AS quoted, `odd  //name` AS n, 'a\\'  b' AS escaped";
    expect(compactCypher(text)).toBe(text);
  });

  it('sends every catalog statement shorter, with the same parameters', () => {
    const catalog = loadCatalog();
    const parameters = (text: string) => [...new Set(text.match(/\$[A-Za-z_][A-Za-z0-9_]*/g) ?? [])].sort();
    for (const name of catalog.names()) {
      const source = catalog.source(name).replace(/\/\/.*$/gm, '');
      expect([name, parameters(catalog.get(name))]).toEqual([name, parameters(source)]);
    }
    const total = (read: (name: string) => string) => catalog.names().reduce((sum, name) => sum + read(name).length, 0);
    expect(total((name) => catalog.get(name))).toBeLessThan(0.9 * total((name) => catalog.source(name)));
  });
});
