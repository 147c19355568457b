import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import * as OpenCC from 'opencc-js/t2cn';
import stem from 'wink-porter2-stemmer';
import { spellingAlternatives } from './spelling';

/**
 * The words full-text search compares, computed the same way for a duty's texts (stored as
 * `Duty.searchText`, indexed by `duty_words`) and for a question: NFKC, traditional characters as
 * simplified (opencc-js), lower case; Chinese cut into words by jieba in search mode (which also
 * yields the shorter words inside a long one: 合作医疗 → 合作, 医疗, 合作医疗); English words
 * reduced to their Porter2 stem ("taxes" → "tax"). Question words ("谁", "who", "where") are
 * dropped: they say that something is asked, not what. No word is ever matched onto another
 * by spelling distance: a typo is the semantic model's business, not a fuzzy Lucene term.
 */

/** Words that only frame a question or join words, in Chinese and English. */
const STOP_WORDS = new Set([
  // English (Lucene's list, and question framing)
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
  'who', 'whom', 'whose', 'what', 'which', 'where', 'when', 'how', 'why', 'do', 'does', 'did', 'i', 'me', 'my', 'we',
  'our', 'us', 'you', 'your', 'can', 'could', 'should', 'would', 'about', 'see', 'ask', 'get', 'go', 'need', 'want',
  'handle', 'handles', 'handling', 'responsible', 'charge', 'from', 'up', 'our', 'here', 'someone', 'anyone',
  // Chinese question framing and particles
  '谁', '找', '找谁', '管', '归', '归谁', '谁管', '哪', '哪个', '哪里', '哪儿', '什么', '怎么', '怎么办', '如何', '的', '了',
  '吗', '呢', '啊', '我', '我们', '你', '在', '去', '要', '想', '办', '是', '有', '和', '与', '及', '或', '负责', '部门',
  '单位', '问', '请问', '应该', '可以', '能', '这', '那', '个', '些', '都', '也', '就', '还',
]);

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;
/** Runs of letters and digits; everything else separates words. */
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

let jieba: Jieba | null = null;
let simplify: ((text: string) => string) | null = null;

/** The segmenter and the converter, loaded once per process (about 150 ms together). */
function tools(): { jieba: Jieba; simplify: (text: string) => string } {
  jieba ??= Jieba.withDict(dict);
  simplify ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return { jieba, simplify };
}

/** NFKC, traditional → simplified, lower case, runs of white space as one space, trimmed. */
export function normaliseText(text: string): string {
  return tools().simplify(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Loads the dictionary and the conversion tables now rather than on the first question. */
export function warmSearchTerms(): void {
  queryTermGroups('农村合作医疗 taxes archieves');
}

/** The distinct search words of a text, in order of first appearance (see the module comment). */
export function searchTerms(text: string): string[] {
  return [...new Set(wordsOf(text).map((word) => word.term))];
}

/**
 * A question's search words, each with its alternatives: the word as typed first, then (for an
 * English non-word) the stems of its spelling alternatives (search/spelling.ts). A duty has the word
 * when it has any of them.
 */
export function queryTermGroups(text: string): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of wordsOf(text)) {
    if (groups.has(word.term)) continue;
    const alternatives = word.latin ? spellingAlternatives(word.raw).map((alternative) => stem(alternative)) : [];
    groups.set(word.term, [...new Set([word.term, ...alternatives])]);
  }
  return [...groups.values()];
}

function wordsOf(text: string): { raw: string; term: string; latin: boolean }[] {
  const { jieba: segmenter } = tools();
  const words: { raw: string; term: string; latin: boolean }[] = [];
  for (const run of normaliseText(text).match(WORD_RUN) ?? []) {
    if (HAN.test(run)) {
      for (const word of segmenter.cutForSearch(run, true)) {
        const trimmed = word.trim();
        if (trimmed.length > 0 && !STOP_WORDS.has(trimmed)) words.push({ raw: trimmed, term: trimmed, latin: false });
      }
    } else if (LATIN_WORD.test(run) && !STOP_WORDS.has(run)) {
      const numeric = /^\p{N}+$/u.test(run);
      words.push({ raw: run, term: numeric ? run : stem(run), latin: !numeric });
    }
  }
  return words;
}

/** True when the text holds Chinese characters (the Chinese model reads it; else the English one). */
export function isChinese(text: string): boolean {
  return HAN.test(text);
}
