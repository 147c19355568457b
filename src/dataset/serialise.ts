import { Document, isScalar, visit } from 'yaml';

export type OutputFormat = 'yaml' | 'json';

/** Maps and lists of scalars this short are written on one line: `{ unit: office:x, from: 2008-09-01 }`. */
const ONE_LINE_MAX_CHARS = 100;

const textLength = (node: unknown) => (isScalar(node) ? String(node.value).length : 0);

/** A dataset document as YAML (short edges on one line each) or as indented JSON. */
export function serialiseDataset(dataset: Record<string, unknown>, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(dataset, null, 2)}\n`;
  const document = new Document(dataset);
  visit(document, {
    Map(_key, node) {
      const isRecord = node.items.some((pair) => isScalar(pair.key) && pair.key.value === 'id');
      const scalarsOnly = node.items.every((pair) => isScalar(pair.value));
      const length = node.items.reduce((sum, pair) => sum + textLength(pair.key) + textLength(pair.value) + 4, 0);
      if (!isRecord && scalarsOnly && length <= ONE_LINE_MAX_CHARS) node.flow = true;
    },
    Seq(_key, node) {
      const scalarsOnly = node.items.every((item) => isScalar(item));
      const length = node.items.reduce<number>((sum, item) => sum + textLength(item) + 2, 0);
      if (scalarsOnly && length <= ONE_LINE_MAX_CHARS) node.flow = true;
    },
  });
  // lineWidth 0: long Chinese titles stay on one line instead of being folded.
  return document.toString({ lineWidth: 0 });
}
