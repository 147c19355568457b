/**
 * The figures issue 14 asks for, measured on a checkout: `npx ts-node --transpile-only
 * scripts/issue-14-figures.ts [DIR]` (default: this checkout). For an older commit, check it out
 * beside this one first: `git worktree add /tmp/base 9fa9271 && npx ts-node --transpile-only
 * scripts/issue-14-figures.ts /tmp/base` (it uses this checkout's node_modules).
 *
 * - lines of src: every line of src/**\/*.ts;
 * - the largest function: the function, method, constructor or arrow function spanning the most
 *   lines (nested functions count inside the one holding them);
 * - places that list the labels: files of src/ that name all ten labels, all ten kinds, all ten
 *   record lists or the ten stems of the labels' own files as words (a table, a switch over the labels
 *   or a list of imports of their files), and Cypher files that name all ten labels;
 * - copies of the validity test `x.from <= day AND (x.to IS NULL OR day < x.to)`: as written in
 *   cypher/ (fragments and statements), and as sent (test/golden/cypher, the statements expanded,
 *   when the checkout has them; else as written);
 * - import cycles between files of src/ (madge, as test/unit/import-graph.test.ts);
 * - `as unknown as` casts in src/ and test/.
 */
import fs from 'node:fs';
import path from 'node:path';
import madge from 'madge';
import ts from 'typescript';

export const LABELS = ['Township', 'Department', 'PartyOrganization', 'Document', 'Office', 'Post', 'Person', 'Village', 'Station', 'Duty'];
export const KINDS = LABELS.map((label) => label[0]!.toLowerCase() + label.slice(1));
export const LISTS = ['townships', 'departments', 'partyOrganizations', 'documents', 'offices', 'posts', 'people', 'villages', 'stations', 'duties'];
/** The stems of each label's own files (`party-organization.type.ts`): a list of imports of all ten names them. */
export const STEMS = KINDS.map((kind) => kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
const VALIDITY = /(@?[A-Za-z_]+)\.from <= (@?[A-Za-z_$]+) AND \(\1\.to IS NULL OR \2 < \1\.to\)/g;

function files(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name), extension) : entry.name.endsWith(extension) ? [path.join(dir, entry.name)] : []))
    .sort();
}

const read = (file: string) => fs.readFileSync(file, 'utf8');
const namesAll = (text: string, words: readonly string[]) => words.every((word) => new RegExp(`\\b${word}\\b`).test(text));
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

/** Every function of a file with its name and its length in lines. */
function functionsOf(file: string, root: string): { name: string; lines: number }[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const found: { name: string; lines: number }[] = [];
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const nameOf = (node: ts.Node): string => {
    const owner = (n: ts.Node) => (ts.isClassDeclaration(n.parent) || ts.isClassExpression(n.parent) ? `${n.parent.name?.text ?? '(class)'}.` : '');
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node)) && node.name) return owner(node) + node.name.getText(source);
    if (ts.isConstructorDeclaration(node)) return `${owner(node)}constructor`;
    if (ts.isVariableDeclaration(node.parent)) return node.parent.name.getText(source);
    if (ts.isPropertyAssignment(node.parent) || ts.isPropertyDeclaration(node.parent)) return node.parent.name.getText(source);
    return `(anonymous, line ${lineOf(node.getStart(source)) + 1})`;
  };
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      found.push({ name: `${path.relative(root, file)}: ${nameOf(node)}`, lines: lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The files of src/ that name every label, every kind, every record list or every label's file stem: a table, a switch or a list of imports. */
export function srcFilesListingTheLabels(root: string): string[] {
  return files(path.join(root, 'src'), '.ts')
    .filter((file) => [LABELS, KINDS, LISTS, STEMS].some((words) => namesAll(read(file), words)))
    .map((file) => path.relative(root, file).replace(/\\/g, '/'));
}

/** The Cypher files (statements and fragments, not migrations) that name every label. */
export function cypherFilesListingTheLabels(root: string): string[] {
  return cypherFiles(root)
    .filter((file) => namesAll(read(file), LABELS))
    .map((file) => path.relative(root, file).replace(/\\/g, '/'));
}

const cypherFiles = (root: string) => files(path.join(root, 'cypher'), '.cypher').filter((file) => !file.includes(`${path.sep}migrations${path.sep}`));

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const src = files(path.join(root, 'src'), '.ts');
  const lines = src.reduce((sum, file) => sum + read(file).split('\n').length - (read(file).endsWith('\n') ? 1 : 0), 0);
  const largest = src.flatMap((file) => functionsOf(file, root)).sort((a, b) => b.lines - a.lines)[0]!;
  const listing = srcFilesListingTheLabels(root);
  const cypher = cypherFiles(root);
  const cypherListing = cypherFilesListingTheLabels(root);
  const written = cypher.reduce((sum, file) => sum + count(read(file), VALIDITY), 0);
  const golden = files(path.join(root, 'test', 'golden', 'cypher'), '.cypher');
  const sent = golden.length > 0 ? golden.reduce((sum, file) => sum + count(read(file), VALIDITY), 0) : cypher.reduce((sum, file) => sum + count(read(file), VALIDITY), 0);
  const graph = await madge(path.join(root, 'src'), { fileExtensions: ['ts'], tsConfig: path.join(root, 'tsconfig.json') });
  const casts = (dir: string) => files(path.join(root, dir), '.ts').reduce((sum, file) => sum + count(read(file), /\bas unknown as\b/g), 0);

  const figures = {
    'lines of src': lines,
    'largest function': `${largest.name} (${largest.lines} lines)`,
    'src files listing the labels': listing.length,
    'Cypher files listing the labels (queries, fragments)': cypherListing.length,
    'validity test as written in cypher/': written,
    [`validity test as sent (${golden.length > 0 ? 'test/golden/cypher' : 'no expansion: as written'})`]: sent,
    'import cycles in src/': graph.circular().length,
    '`as unknown as` in src/': casts('src'),
    '`as unknown as` in test/': casts('test'),
  };
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name}: ${value}\n`);
  process.stdout.write(`\nsrc files listing the labels:\n${listing.map((file) => `  ${file}`).join('\n')}\nCypher files listing the labels:\n${cypherListing.map((file) => `  ${file}`).join('\n')}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
