import { combineDutySources } from '../../src/dataset/combined-source';
import type { DatasetSource } from '../../src/dataset/source';

function listSource(file: string, titles: string[]): DatasetSource {
  return {
    file,
    kind: 'list',
    content: { format: 'dutygraph/1', duties: titles.map((title) => ({ title })) },
    problems: [{ file, path: '(title)', field: '', message: `a problem of ${file}` }],
    locate: (path) => ({ sheet: 'S', row: Number(path[1]) + 10, path: String(path[2] ?? ''), field: String(path[2] ?? '') }),
  };
}

describe('several duty lists as one source', () => {
  const sources = [listSource('a.xlsx', ['a1', 'a2']), listSource('empty.xlsx', []), listSource('b.xlsx', ['b1', 'b2', 'b3'])];
  const combined = combineDutySources(sources, '3 workbooks');

  it('holds every duty in order and every problem', () => {
    expect((combined.content as { duties: { title: string }[] }).duties.map((duty) => duty.title)).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
    expect(combined.problems.map((problem) => problem.file)).toEqual(['a.xlsx', 'empty.xlsx', 'b.xlsx']);
    expect(combined.file).toBe('3 workbooks');
  });

  it('locates a field in the file and row its duty came from', () => {
    expect(combined.locate(['duties', 0, 'title'])).toMatchObject({ file: 'a.xlsx', row: 10, field: 'title' });
    expect(combined.locate(['duties', 1, 'owners'])).toMatchObject({ file: 'a.xlsx', row: 11 });
    expect(combined.locate(['duties', 2, 'title'])).toMatchObject({ file: 'b.xlsx', row: 10 });
    expect(combined.locate(['duties', 4])).toMatchObject({ file: 'b.xlsx', row: 12 });
  });

  it('is the source itself when there is one', () => {
    expect(combineDutySources([sources[0]!], 'x')).toBe(sources[0]);
  });
});
