import fs from 'node:fs';
import path from 'node:path';
import { MODEL } from '../../src/domain/model';
import { cypherFilesListingTheLabels, KINDS, LABELS, LISTS, srcFilesListingTheLabels } from '../../scripts/issue-14-figures';

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
  });

  it('lists every TypeScript file of src/ that names all the labels, and only those', () => {
    expect(listed('label-lists-src').length).toBeGreaterThan(0);
    expect(srcFilesListingTheLabels(ROOT).sort()).toEqual(listed('label-lists-src'));
  });

  it('lists every Cypher statement or fragment that names all the labels, and only those', () => {
    expect(listed('label-lists-cypher').length).toBeGreaterThan(0);
    expect(cypherFilesListingTheLabels(ROOT).sort()).toEqual(listed('label-lists-cypher'));
  });
});
