import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileStemOf, MODEL } from '../../src/domain/model';
import { cypherFilesListingTheLabels, KINDS, LABELS, LISTS, srcFilesListingTheLabels, STEMS } from '../../scripts/issue-14-figures';

/**
 * docs/architecture.md, "Adding a label", lists every file that names all the labels (a table, a
 * class or a statement with one entry per label): the places an eleventh label is added to besides
 * its own files. This keeps that list true: a new hand-written list of the labels, or one derived
 * away, fails here until the document says so.
 */
const ROOT = path.join(__dirname, '..', '..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');

/** The backticked paths of the list between `<!-- name -->` and `<!-- /name -->`. */
function listed(name: string): string[] {
  const block = new RegExp(`<!-- ${name} -->([\\s\\S]*?)<!-- /${name} -->`).exec(DOC)?.[1] ?? '';
  return [...block.matchAll(/^- `([^`]+)`/gm)].map((match) => match[1]!).sort();
}

describe('adding a label (docs/architecture.md)', () => {
  it('measures with the labels, kinds and record lists of the model', () => {
    expect(LABELS).toEqual(MODEL.map((entry) => entry.label));
    expect(KINDS).toEqual(MODEL.map((entry) => entry.kind));
    expect(LISTS).toEqual(MODEL.map((entry) => entry.list));
    expect(STEMS).toEqual(MODEL.map(fileStemOf));
  });

  it('lists every TypeScript file of src/ that names all the labels, and only those', () => {
    expect(listed('label-lists-src').length).toBeGreaterThan(0);
    expect(srcFilesListingTheLabels(ROOT).sort()).toEqual(listed('label-lists-src'));
  });

  it('catches a shared list of the labels coming back: a table by kind, or imports of every label file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'adding-a-label-'));
    try {
      fs.mkdirSync(path.join(root, 'src', 'graphql'), { recursive: true });
      fs.writeFileSync(path.join(root, 'src', 'graphql', 'table.ts'), `export const LOOKUPS = { ${KINDS.map((kind) => `${kind}: null`).join(', ')} };\n`);
      fs.writeFileSync(path.join(root, 'src', 'graphql', 'barrel.ts'), STEMS.map((stem) => `import './${stem}.resolver';`).join('\n'));
      fs.writeFileSync(path.join(root, 'src', 'graphql', 'nine.ts'), STEMS.slice(1).map((stem) => `import './${stem}.resolver';`).join('\n'));
      expect(srcFilesListingTheLabels(root).sort()).toEqual(['src/graphql/barrel.ts', 'src/graphql/table.ts']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('lists every Cypher statement or fragment that names all the labels, and only those', () => {
    expect(listed('label-lists-cypher').length).toBeGreaterThan(0);
    expect(cypherFilesListingTheLabels(ROOT).sort()).toEqual(listed('label-lists-cypher'));
  });
});
