import fc from 'fast-check';
import { buildDutySearch, escapeLucene, normaliseQueryText, queryWords, wordClauses } from '../../src/services/duty-search';
import { townshipSearchKey } from '../../src/dataset/search-keys';

/** The fuzzy clause of a word: asked of the English fields only (FUZZY_FIELDS). */
const fuzzy = (word: string, edits: 1 | 2) => `(titleEn:${word}~${edits} descriptionEn:${word}~${edits} keywordText:${word}~${edits})`;

describe('duty search: user text to a Lucene query', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
    expect(escapeLucene('土地管理')).toBe('土地管理');
  });

  it('passes Chinese through untouched (the index analyzer cuts it into bigrams)', () => {
    expect(buildDutySearch('村级组织建设').lucene).toBe('村级组织建设');
    expect(buildDutySearch('  土地管理 ').lucene).toBe('土地管理');
    expect(wordClauses('宅基地审批')).toEqual(['宅基地审批']);
  });

  it('adds a fuzzy term in the English fields for Latin words of four letters or more: one edit, two from eight letters', () => {
    expect(buildDutySearch('village-level organisation').lucene).toBe(
      'village (titleEn:village~1 descriptionEn:village~1 keywordText:village~1) level (titleEn:level~1 descriptionEn:level~1 keywordText:level~1) ' +
        'organisation (titleEn:organisation~2 descriptionEn:organisation~2 keywordText:organisation~2)',
    );
    expect(wordClauses('land')).toEqual(['land', fuzzy('land', 1)]);
    expect(wordClauses('tax')).toEqual(['tax']);
    expect(wordClauses('2008')).toEqual(['2008']);
  });

  it('never lets user text be Lucene syntax: operators, fields, wildcards and quotes become plain words', () => {
    const { lucene } = buildDutySearch('AND (title:x*) OR "y" NOT z~ +land -tax \\ /');
    expect(lucene).toBe(`title ${fuzzy('title', 1)} x y z land ${fuzzy('land', 1)} tax`);
    // Outside the fuzzy clauses this module adds, nothing is syntax.
    expect(lucene!.replace(/\((titleEn|descriptionEn|keywordText):\p{L}+~[12]( (titleEn|descriptionEn|keywordText):\p{L}+~[12])*\)/gu, '')).not.toMatch(/[:*"()+\\/~]|\b(AND|OR|NOT)\b/);
  });

  it('lower-cases, normalises full-width letters and drops stop words and repeats', () => {
    expect(queryWords('Ｌａｎｄ  of THE land Land')).toEqual(['land']);
    expect(normaliseQueryText('  Village-Level   ORGANISATION ')).toBe('village-level organisation');
  });

  it('keeps Chinese and English of one question side by side', () => {
    expect(buildDutySearch('土地管理 land management').lucene).toBe(`土地管理 land ${fuzzy('land', 1)} management ${fuzzy('management', 2)}`);
  });

  it('has nothing to search when the text has no words, but still an exact-title key', () => {
    expect(buildDutySearch('?!* ()')).toEqual({ lucene: null, exactTitle: '?!* ()' });
    expect(buildDutySearch('the of and').lucene).toBeNull();
  });

  it('gives the normalised question as the exact-title key', () => {
    expect(buildDutySearch(' Village-level Organisation  Construction ').exactTitle).toBe('village-level organisation construction');
  });

  it('sends only words, and fuzzy terms of words in the English fields, to Lucene, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (text) => {
        const { lucene } = buildDutySearch(text);
        if (lucene === null) return;
        for (const clause of lucene.split(' ')) expect(clause).toMatch(/^([\p{L}\p{N}\p{M}]+|\(?(titleEn|descriptionEn|keywordText):\p{L}+~[12]\)?)$/u);
      }),
    );
  });
});

describe('searching within one township', () => {
  it('asks Lucene for that town’s duties only, with the township as one safe word', () => {
    expect(townshipSearchKey('t0042.town:lishun')).toBe('townshipt0042xtownxlishun');
    expect(buildDutySearch('土地管理', 'town:lishun').lucene).toBe('+townshipKey:townshiptownxlishun +(土地管理)');
    // Whatever a caller sends as a township, the key stays one word of a-z, 0-9 and x.
    expect(buildDutySearch('land', 'x) OR (*:*').lucene).toBe(`+townshipKey:townshipxxxxxxxxxx +(land ${fuzzy('land', 1)})`);
    expect(buildDutySearch('the of', 'town:lishun').lucene).toBeNull();
  });
});
