import fc from 'fast-check';
import { buildDutySearch, escapeLucene, normaliseQueryText } from '../../src/search/duty-search';
import { townshipSearchKey } from '../../src/domain/search-keys';
import { queryTermGroups, searchTerms } from '../../src/search/search-terms';
import { oneEditAway, spellingAlternatives, spellingCorrected, withinTwoEdits } from '../../src/search/spelling';
import { searchParameters } from '../../src/services/responsibility.service';
import { dutyMeanings, dutySearchText, meaningKey } from '../../src/search/duty-meanings';

describe('duty search: user text to search words and a Lucene query', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
    expect(escapeLucene('土地管理')).toBe('土地管理');
  });

  it('cuts Chinese into words with jieba (search mode keeps the shorter words inside a long one) and drops question words', () => {
    expect(searchTerms('敬老院归谁管')).toEqual(['敬老', '敬老院']);
    expect(searchTerms('农村合作医疗')).toEqual(['农村', '合作', '医疗', '合作医疗']);
    expect(buildDutySearch('村里修路找谁').lucene).toBe('村里 修路');
  });

  it('reads traditional characters as simplified', () => {
    expect(searchTerms('新農合報銷')).toEqual(searchTerms('新农合报销'));
    expect(normaliseQueryText('  Village-Level   ORGANISATION ')).toBe('village-level organisation');
  });

  it('stems English words, so "taxes" finds "tax", and drops stop and question words', () => {
    expect(searchTerms('Where do I pay my taxes?')).toEqual(['pay', 'tax']);
    expect(searchTerms('Ｌａｎｄ  of THE land Lands')).toEqual(['land']);
  });

  it('gives a misspelt English word its likely words as alternatives, and a real word none (no fuzzy match onto another word)', () => {
    expect(spellingAlternatives('archieves')).toContain('archives');
    expect(spellingAlternatives('irigation')).toEqual(['irrigation']);
    expect(spellingAlternatives('collection')).toEqual([]);
    expect(spellingAlternatives('garbage')).toEqual([]);
    expect(queryTermGroups('garbage collection')).toEqual([['garbag'], ['collect']]);
    expect(queryTermGroups('trade unoin')[1]).toContain('union');
  });

  it('finds a long misspelt word two edits away, and never a word further off', () => {
    expect(spellingAlternatives('statistcis')).toContain('statistics');
    expect(withinTwoEdits('administraton', 'administration')).toBe(true);
    expect(withinTwoEdits('adminstraton', 'administration')).toBe(true);
    expect(withinTwoEdits('admnstraton', 'administration')).toBe(false);
    // Every word it accepts is reachable by at most two of the single edits the one-edit search makes.
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 7 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => {
        const reachable = new Set([a, ...oneEditAway(a, 'abcd')].flatMap((once) => [once, ...oneEditAway(once, 'abcd')]));
        if (withinTwoEdits(a, b)) expect(reachable.has(b)).toBe(true);
        if (oneEditAway(a, 'abcd').has(b)) expect(withinTwoEdits(a, b)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('shows the semantic model a misspelt word as the one word it can be, and keeps every other word as typed', () => {
    expect(spellingCorrected('trade unoin')).toBe('trade union');
    expect(spellingCorrected('comunity correction, 2024')).toBe('community correction, 2024');
    // Several alternatives (food, flow, fled): a guess could be wrong, so the model reads the typo.
    expect(spellingAlternatives('flod').length).toBeGreaterThan(1);
    expect(spellingCorrected('flod control')).toBe('flod control');
    // Words, short words and words the vocabulary lacks with no word one edit away are kept.
    expect(spellingCorrected('garbage collection for the dibao')).toBe('garbage collection for the dibao');
  });

  it('embeds an English question spelt right, a Chinese one as it is, and still searches the words as typed', async () => {
    const asked: string[] = [];
    const embedder = { embedQuery: async (text: string) => (asked.push(text), [0.1]) };
    const english = await searchParameters('Trade Unoin', null, '2024-01-01', { zh: embedder, en: embedder });
    const chinese = await searchParameters('工会工作', null, '2024-01-01', { zh: embedder, en: embedder });
    expect(asked).toEqual(['trade union', '工会工作']);
    expect(english.exactTitle).toBe('trade unoin');
    expect(english.terms[1]).toEqual(expect.arrayContaining(['unoin', 'union']));
    expect(chinese.vectorIndex).toBe('duty_meaning_zh');
  });

  it('never lets user text be Lucene syntax: operators, fields, wildcards and quotes become plain words', () => {
    const { lucene } = buildDutySearch('AND (title:x*) OR "y" NOT z~ +land -tax \\ /');
    expect(lucene).toBe('titl x y z land tax');
  });

  it('has nothing to search when the text has no words, but still an exact-title key', () => {
    expect(buildDutySearch('?!* ()')).toEqual({ lucene: null, terms: [], exactTitle: '?!* ()' });
    expect(buildDutySearch('the of and').lucene).toBeNull();
    expect(buildDutySearch(' Village-level Organisation  Construction ').exactTitle).toBe('village-level organisation construction');
  });

  it('sends only words to Lucene, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (text) => {
        const { lucene } = buildDutySearch(text);
        if (lucene === null) return;
        for (const clause of lucene.split(' ')) expect(clause).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
      }),
      { numRuns: 200 },
    );
  });
});

describe('searching within one township', () => {
  it('asks Lucene for that town’s duties only, with the township as one safe word', () => {
    expect(townshipSearchKey('t0042.town:lishun')).toBe('townshipt0042xtownxlishun');
    expect(buildDutySearch('土地管理', 'town:lishun').lucene).toBe('+townshipKey:townshiptownxlishun +(土地 管理)');
    expect(buildDutySearch('land', 'x) OR (*:*').lucene).toBe('+townshipKey:townshipxxxxxxxxxx +(land)');
    expect(buildDutySearch('the of', 'town:lishun').lucene).toBeNull();
  });
});

describe('what of a duty is embedded and searched', () => {
  const duty = { title: '养老服务', titleEn: 'Care for the elderly', description: '管理敬老院。', descriptionEn: 'Runs the old people’s home.', keywords: ['养老', 'elderly', '敬老院', 'nursing home'] };

  it('one Chinese and one English passage, each with its own keywords; the key is the model and the text', () => {
    const [zh, en] = dutyMeanings(duty);
    expect(zh).toEqual({ language: 'zh', text: '养老服务 管理敬老院。 养老、敬老院', key: meaningKey('zh', '养老服务 管理敬老院。 养老、敬老院') });
    expect(en).toMatchObject({ language: 'en', text: 'Care for the elderly Runs the old people’s home. elderly, nursing home' });
    expect(meaningKey('zh', zh!.text)).not.toBe(meaningKey('en', zh!.text));
    expect(dutyMeanings({ ...duty, titleEn: null, descriptionEn: null, keywords: ['养老'] }).map((meaning) => meaning.language)).toEqual(['zh']);
  });

  it('the search words of all its texts, stemmed and simplified', () => {
    expect(dutySearchText(duty).split(' ')).toEqual(expect.arrayContaining(['养老', '敬老院', 'elder', 'nurs', 'home']));
  });
});

