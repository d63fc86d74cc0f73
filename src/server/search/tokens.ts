import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { toSimplified } from '../../shared/coach/normalise.ts';

// Loading the dictionary takes ~150 ms, so it happens once, on first use.
let jieba: Jieba | undefined;
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const cjkRun = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const latinWord = /[\p{L}\p{N}]+/gu;

function ngrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]).concat(chars);
}

function latinWords(text: string): string[] {
  return (text.replace(cjkRun, ' ').match(latinWord) ?? []).map((w) => w.toLowerCase());
}

/**
 * The tokens under which a text is indexed (Traditional characters folded to Simplified): jieba's search-mode words, plus — for short fields such as
 * names, where a person types any part — every character and character pair of each Chinese run.
 */
export function documentTokens(original: string, options: { anyPart: boolean }): string[] {
  const text = toSimplified(original);
  const tokens = new Set<string>(latinWords(text));
  for (const run of text.match(cjkRun) ?? []) {
    for (const word of segmenter().cutForSearch(run, true)) tokens.add(word);
    if (options.anyPart) for (const gram of ngrams(run)) tokens.add(gram);
  }
  return [...tokens];
}

/** The tokens a query must all match: character pairs for any-part fields, jieba words otherwise. */
export function queryTokens(original: string, options: { anyPart: boolean }): string[] {
  const query = toSimplified(original);
  const tokens = new Set<string>(latinWords(query));
  for (const run of query.match(cjkRun) ?? []) {
    const chars = [...run];
    if (options.anyPart) {
      if (chars.length === 1) tokens.add(run);
      else chars.slice(0, -1).forEach((c, i) => tokens.add(c + chars[i + 1]));
    } else {
      for (const word of segmenter().cut(run, true)) tokens.add(word);
    }
  }
  return [...tokens];
}
