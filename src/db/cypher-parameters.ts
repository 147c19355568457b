/**
 * The $parameters a Cypher statement reads, sorted by name: what the golden files list
 * beside each expanded statement. String literals, quoted names and comments are skipped.
 */
export function parametersOf(statement: string): string[] {
  const found = new Set<string>();
  let index = 0;
  while (index < statement.length) {
    const char = statement[index];
    const next = statement[index + 1];
    if (char === '/' && next === '/') {
      index = endOf(statement, '\n', index + 2);
    } else if (char === '/' && next === '*') {
      index = endOf(statement, '*/', index + 2);
    } else if (char === "'" || char === '"' || char === '`') {
      index = endOfQuoted(statement, char, index + 1);
    } else if (char === '$') {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(statement.slice(index + 1))?.[0];
      if (name) found.add(name);
      index += 1 + (name?.length ?? 0);
    } else {
      index += 1;
    }
  }
  return [...found].sort();
}

function endOf(text: string, closing: string, from: number): number {
  const at = text.indexOf(closing, from);
  return at < 0 ? text.length : at + closing.length;
}

function endOfQuoted(text: string, quote: string, from: number): number {
  let index = from;
  while (index < text.length) {
    if (text[index] === '\\') index += 2;
    else if (text[index] === quote) return index + 1;
    else index += 1;
  }
  return text.length;
}
