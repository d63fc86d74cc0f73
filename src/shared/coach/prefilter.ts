// Which branches of a rule's regex could match a text at all, judged from the characters the text holds.
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';

/**
 * What a match needs from the text: any one of some characters, a literal run of characters, all of some
 * needs, any of some needs. `true` needs nothing we can check cheaply (a wildcard, an optional part, a
 * lookaround).
 */
type Need = true | { chars: string[] } | { run: string } | { all: Need[] } | { any: Need[] };

/** One top-level alternative of a pattern: its source and the clauses a text must meet to match it. */
export type Branch = { source: string; clauses: number[][] };

// Classes larger than this say little about the text, and checking them costs more than it saves.
const MAX_CLASS = 24;

// Characters found in nearly every reply: a trigger made of them opens its branch for almost every text.
const COMMON = new Set('的一是不了我您你们这那个有在就会要能可以吗吧呢么什没到说也都很还');

const isCased = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();

function classNeed(node: AST.CharacterClass): Need {
  if (node.negate || node.elements.length > MAX_CLASS) return true;
  const chars: string[] = [];
  for (const e of node.elements) {
    if (e.type !== 'Character') return true;
    const ch = String.fromCodePoint(e.value);
    if (isCased(ch)) return true;
    chars.push(ch);
  }
  return chars.length > 0 ? { chars } : true;
}

function allOf(needs: Need[]): Need {
  const checked = needs.filter((n): n is Exclude<Need, true> => n !== true);
  if (checked.length === 0) return true;
  return checked.length === 1 ? checked[0] : { all: checked };
}

function anyOf(needs: Need[]): Need {
  if (needs.some((n) => n === true)) return true;
  const checked = needs as Exclude<Need, true>[];
  return checked.length === 1 ? checked[0] : { any: checked };
}

function alternativesNeed(alternatives: AST.Alternative[]): Need {
  return anyOf(alternatives.map(sequenceNeed));
}

// Consecutive plain characters form a run the text must contain as it is; rules run case-insensitively,
// so cased letters (whose folding has more forms than upper and lower) end a run and need nothing.
function sequenceNeed(alternative: AST.Alternative): Need {
  const needs: Need[] = [];
  let run = '';
  const endRun = () => {
    if (run.length === 1) needs.push({ chars: [run] });
    else if (run.length > 1) needs.push({ run });
    run = '';
  };
  for (const e of alternative.elements) {
    const ch = e.type === 'Character' ? String.fromCodePoint(e.value) : null;
    if (ch !== null && !isCased(ch)) {
      run += ch;
      continue;
    }
    endRun();
    needs.push(elementNeed(e));
  }
  endRun();
  return allOf(needs);
}

function elementNeed(node: AST.Element): Need {
  switch (node.type) {
    case 'CharacterClass':
      return classNeed(node);
    case 'Group':
    case 'CapturingGroup':
      return alternativesNeed(node.alternatives);
    case 'Quantifier':
      return node.min >= 1 ? elementNeed(node.element) : true;
    default:
      return true;
  }
}

/**
 * Keys are small integers: a character's UTF-16 code, or for a pair of neighbouring characters 65536 plus
 * a 16-bit hash of the pair. Two pairs may share a key, which only lets a text through to the regex.
 */
const KEY_SPACE = 1 << 17;
const pairKey = (first: number, second: number): number => 65536 + (((first * 40503) ^ second) & 0xffff);

/** A text's distinct keys. */
type TextKeys = { present: number[] };

// One bit per possible key, holding the keys of one text at a time: allocating and zeroing 16 KB per
// text would cost more than the lookups it serves.
const loadedBits = new Uint32Array(KEY_SPACE >>> 5);
let loadedKeys: TextKeys | null = null;

const flip = (key: number): void => void (loadedBits[key >>> 5] ^= 1 << (key & 31));
const holds = (key: number): boolean => (loadedBits[key >>> 5] & (1 << (key & 31))) !== 0;

function unload(): void {
  if (loadedKeys) for (const key of loadedKeys.present) flip(key);
  loadedKeys = null;
}

/** Makes these keys the ones `holds` answers for. */
function load(keys: TextKeys): void {
  if (loadedKeys === keys) return;
  unload();
  for (const key of keys.present) flip(key);
  loadedKeys = keys;
}

function textKeys(text: string): TextKeys {
  unload();
  const keys: TextKeys = { present: [] };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!holds(code)) {
      flip(code);
      keys.present.push(code);
    }
    const pair = i > 0 ? pairKey(text.charCodeAt(i - 1), code) : -1;
    if (pair >= 0 && !holds(pair)) {
      flip(pair);
      keys.present.push(pair);
    }
  }
  loadedKeys = keys;
  return keys;
}

/** Keys of which a matching text holds at least one. */
type Clause = number[];

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
// A clause costs a lookup per key; a larger one says little about the text anyway.
const MAX_KEYS = 32;
// Checking more clauses than this per branch costs more than the searches it saves.
const MAX_CLAUSES = 4;
// Common characters appear in nearly every reply and rule out almost nothing.
const keyCost = (key: number): number => (key >= 65536 ? 1 : COMMON.has(String.fromCharCode(key)) ? 40 : 4);
const clauseCost = (c: Clause): number => c.reduce((sum, k) => sum + keyCost(k), 0);

function runClauses(run: string): Clause[] {
  const codes = [...run].map((ch) => ch.charCodeAt(0));
  if (codes.some(isSurrogate) || run.length !== codes.length) return [];
  return codes.slice(1).map((code, i) => [pairKey(codes[i], code)]);
}

// What need asks for as clauses that must all hold (necessary, not sufficient: the regex decides).
function clauses(need: Need): Clause[] {
  if (need === true) return [];
  if ('chars' in need) {
    const codes = need.chars.filter((ch) => ch.length === 1 && !isSurrogate(ch.charCodeAt(0))).map((ch) => ch.charCodeAt(0));
    return codes.length === need.chars.length && codes.length <= MAX_KEYS ? [codes] : [];
  }
  if ('run' in need) return runClauses(need.run);
  if ('all' in need) return need.all.flatMap(clauses);
  // Any of several: each alternative's most telling clause, joined into one.
  const best = need.any.map((n) => clauses(n).sort((a, b) => clauseCost(a) - clauseCost(b))[0]);
  if (best.some((c) => c === undefined)) return [];
  const union = [...new Set(best.flat())];
  return union.length <= MAX_KEYS ? [union] : [];
}

/** The clauses a branch checks, the most telling first. */
function checkedClauses(need: Need): Clause[] {
  return clauses(need)
    .sort((a, b) => clauseCost(a) - clauseCost(b))
    .slice(0, MAX_CLAUSES);
}

// Whether a text with these keys can match the branch (the regex search still decides).
function mayMatch(branch: Branch): boolean {
  const cs = branch.clauses;
  for (let c = 0; c < cs.length; c++) {
    const clause = cs[c];
    let held = false;
    for (let k = 0; k < clause.length && !held; k++) held = holds(clause[k]);
    if (!held) return false;
  }
  return true;
}

const parser = new RegExpParser();

const branch = (source: string, need: Need): Branch => ({ source, clauses: checkedClauses(need) });

// A branch searched on its own numbers its groups from one: its numbered backreferences are renumbered
// to match. null when one points outside the branch (it could only ever match the empty string there).
function branchSource(alternative: AST.Alternative, groupsBefore: number): string | null {
  const edits: { start: number; end: number; text: string }[] = [];
  let outside = false;
  visitRegExpAST(alternative, {
    onBackreferenceEnter(ref) {
      const group = ref.ambiguous ? null : ref.resolved;
      if (!group || group.start < alternative.start || group.end > alternative.end) outside = true;
      else if (typeof ref.ref === 'number') edits.push({ start: ref.start, end: ref.end, text: `\\${ref.ref - groupsBefore}` });
    },
  });
  if (outside) return null;
  let source = alternative.raw;
  for (const e of edits.reverse()) {
    source = source.slice(0, e.start - alternative.start) + e.text + source.slice(e.end - alternative.start);
  }
  return source;
}

// The top-level branches of pattern with what each needs (one branch, the whole, if it cannot be split).
function patternBranches(pattern: string): Branch[] {
  const ast = parser.parsePattern(pattern, 0, pattern.length, { unicode: true });
  const groupStarts: number[] = [];
  visitRegExpAST(ast, { onCapturingGroupEnter: (g) => void groupStarts.push(g.start) });
  const branches: Branch[] = [];
  for (const a of ast.alternatives) {
    const source = branchSource(a, groupStarts.filter((start) => start < a.start).length);
    if (source === null) return [branch(pattern, alternativesNeed(ast.alternatives))];
    branches.push(branch(source, sequenceNeed(a)));
  }
  return branches;
}

/**
 * A pattern's branches, indexed by the keys of each branch's first clause so that a text finds the
 * branches it may match from its own keys instead of checking every branch of every rule.
 */
type IndexedPattern = { ordinal: number; branches: Branch[]; unkeyed: number[] };

const indexed = new Map<string, IndexedPattern>();
const branchesByKey: ([IndexedPattern, number][] | undefined)[] = new Array(KEY_SPACE);
let patternCount = 0;
// Company rules can be edited without end; the index stays bounded in a long-running server.
const INDEX_LIMIT = 5_000;

function indexPattern(pattern: string): IndexedPattern {
  let found = indexed.get(pattern);
  if (found) return found;
  if (indexed.size >= INDEX_LIMIT) {
    indexed.clear();
    branchesByKey.fill(undefined);
  }
  let branches: Branch[];
  try {
    branches = patternBranches(pattern);
  } catch {
    // A pattern V8 accepts but the parser does not (none today) is searched whole, for every text.
    branches = [{ source: pattern, clauses: [] }];
  }
  found = { ordinal: patternCount++, branches, unkeyed: [] };
  for (const [i, b] of branches.entries()) {
    if (b.clauses.length === 0) found.unkeyed.push(i);
    for (const key of b.clauses[0] ?? []) (branchesByKey[key] ??= []).push([found, i]);
  }
  indexed.set(pattern, found);
  return found;
}

/** What the filter knows of one text: its keys and, once asked, the branches its keys open. */
export type TextFilter = { keys: TextKeys; opened?: Map<IndexedPattern, number[]>; patternsKnown: number };

export function textFilter(text: string): TextFilter {
  return { keys: textKeys(text), patternsKnown: 0 };
}

function openedByKeys(f: TextFilter): Map<IndexedPattern, number[]> {
  if (f.opened) return f.opened;
  const opened = new Map<IndexedPattern, number[]>();
  for (const key of f.keys.present) {
    for (const [pattern, i] of branchesByKey[key] ?? []) {
      const list = opened.get(pattern);
      if (list) list.push(i);
      else opened.set(pattern, [i]);
    }
  }
  f.patternsKnown = patternCount;
  return (f.opened = opened);
}

/**
 * Sources of the branches of pattern that the text may match, in the pattern's order; [] when no branch
 * can match. The regex search decides; this only spares it the branches that cannot.
 */
export function openBranches(pattern: string, f: TextFilter): string[] {
  const p = indexPattern(pattern);
  const opened = openedByKeys(f);
  const sources: string[] = [];
  load(f.keys);
  // A pattern first seen after this text was indexed (a company rule) is checked branch by branch.
  if (p.ordinal >= f.patternsKnown) {
    for (const b of p.branches) if (mayMatch(b)) sources.push(b.source);
    return sources;
  }
  const candidates = [...(opened.get(p) ?? []), ...p.unkeyed];
  // In the pattern's order, each once (a branch is listed once per key of its first clause the text holds).
  candidates.sort((a, b) => a - b);
  for (let n = 0; n < candidates.length; n++) {
    const b = p.branches[candidates[n]];
    if ((n === 0 || candidates[n - 1] !== candidates[n]) && mayMatch(b)) sources.push(b.source);
  }
  return sources;
}
