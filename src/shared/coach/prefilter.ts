// Which branches of a rule's regex could match a text at all, judged from the characters the text holds.
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';

/**
 * What a match needs from the text: one of some keys (characters or pairs of neighbouring characters),
 * all of some needs, any of some needs. `true` needs nothing we can check cheaply (a wildcard, an optional
 * part, a lookaround).
 */
type Need = true | { keys: number[] } | { all: Need[] } | { any: Need[] };

/** One top-level alternative of a pattern: its source and the clauses a text must meet to match it. */
export type Branch = { source: string; clauses: number[][] };

// Classes larger than this say little about the text, and checking them costs more than it saves.
const MAX_CLASS = 24;
// A clause costs a lookup per key; a larger one says little about the text anyway.
const MAX_KEYS = 128;
// Neighbouring elements that can meet in more ways than this are left to the regex.
const MAX_PAIRS = 64;
// Checking more clauses than this per branch costs more than the searches it saves.
const MAX_CLAUSES = 6;

// Characters found in nearly every reply: a clause made of them opens its branch for almost every text.
const COMMON = new Set('的一是不了我您你们这那个有在就会要能可以吗吧呢么什没到说也都很还');

/**
 * The characters ch matches under the rules' case-insensitive Unicode flags, or null when that set is not
 * simply known (letters beyond ASCII). ASCII k and s also fold to the Kelvin sign and the long s.
 */
function foldings(ch: string): string[] | null {
  if (ch.length !== 1 || (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff)) return null;
  if (ch.toLowerCase() === ch.toUpperCase()) return [ch];
  if (!/^[a-z]$/i.test(ch)) return null;
  const lower = ch.toLowerCase();
  return [lower, lower.toUpperCase(), ...(lower === 'k' ? ['\u212a'] : lower === 's' ? ['\u017f'] : [])];
}

// The characters one element can match, when few and known.
function matchedChars(node: AST.Element): string[] | null {
  if (node.type === 'Character') return foldings(String.fromCodePoint(node.value));
  if (node.type !== 'CharacterClass' || node.negate || node.elements.length > MAX_CLASS) return null;
  const chars: string[] = [];
  for (const e of node.elements) {
    const f = e.type === 'Character' ? foldings(String.fromCodePoint(e.value)) : null;
    if (!f) return null;
    chars.push(...f);
  }
  return chars.length > 0 ? chars : null;
}

const charKeys = (chars: string[]): number[] => chars.map((c) => c.charCodeAt(0));

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

// Assertions match no characters, so the elements on either side of one are still neighbours.
const consumes = (e: AST.Element): boolean => e.type !== 'Assertion';

/** The characters that can begin (or end) a match of node, when few and known. */
function edgeChars(node: AST.Element, side: 'first' | 'last'): string[] | null {
  if (node.type === 'Quantifier') return node.min >= 1 ? edgeChars(node.element, side) : null;
  if (node.type === 'Group' || node.type === 'CapturingGroup') {
    const chars: string[] = [];
    for (const a of node.alternatives) {
      const consuming = a.elements.filter(consumes);
      const edge = side === 'first' ? consuming[0] : consuming[consuming.length - 1];
      const c = edge ? edgeChars(edge, side) : null;
      if (!c) return null;
      chars.push(...c);
    }
    return chars;
  }
  return matchedChars(node);
}

// The characters that can follow element i: the first characters of the optional elements after it and
// of the next required one; null when any of those is not known or nothing required follows.
function followingChars(consuming: AST.Element[], i: number): string[] | null {
  const chars: string[] = [];
  for (let j = i + 1; j < consuming.length; j++) {
    const e = consuming[j];
    const optional = e.type === 'Quantifier' && e.min === 0;
    const first = edgeChars(optional ? e.element : e, 'first');
    if (!first) return null;
    chars.push(...first);
    if (!optional) return chars;
  }
  return null;
}

// Neighbouring elements need one of the pairs their edge characters make, when there are few.
function neighbourNeeds(elements: AST.Element[]): Need[] {
  const consuming = elements.filter(consumes);
  const needs: Need[] = [];
  for (let i = 0; i < consuming.length - 1; i++) {
    const e = consuming[i];
    if (e.type === 'Quantifier' && e.min === 0) continue;
    const left = edgeChars(e, 'last');
    const right = left && followingChars(consuming, i);
    if (!left || !right || left.length * right.length > MAX_PAIRS) continue;
    needs.push({ keys: [...new Set(left.flatMap((l) => right.map((r) => pairKey(l.charCodeAt(0), r.charCodeAt(0)))))] });
  }
  return needs;
}

function sequenceNeed(alternative: AST.Alternative): Need {
  return allOf([...alternative.elements.map(elementNeed), ...neighbourNeeds(alternative.elements)]);
}

function elementNeed(node: AST.Element): Need {
  switch (node.type) {
    case 'Character':
    case 'CharacterClass': {
      const chars = matchedChars(node);
      return chars ? { keys: charKeys(chars) } : true;
    }
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

/** Keys of which a matching text holds at least one. */
type Clause = number[];

// Common characters appear in nearly every reply and rule out almost nothing; pairs rule out most.
const keyCost = (key: number): number => (key >= 65536 ? 1 : COMMON.has(String.fromCharCode(key)) ? 40 : 4);
const clauseCost = (c: Clause): number => c.reduce((sum, k) => sum + keyCost(k), 0);
const cheaperFirst = (a: Clause, b: Clause): number => clauseCost(a) - clauseCost(b);

// What need asks for as clauses that must all hold (necessary, not sufficient: the regex decides).
function clauses(need: Need): Clause[] {
  if (need === true) return [];
  if ('keys' in need) return need.keys.length <= MAX_KEYS ? [need.keys] : [];
  if ('all' in need) return need.all.flatMap(clauses);
  // Any of several: each alternative's most telling clause, joined into one.
  const best = need.any.map((n) => clauses(n).sort(cheaperFirst)[0]);
  if (best.some((c) => c === undefined)) return [];
  const union = [...new Set(best.flat())];
  return union.length <= MAX_KEYS ? [union] : [];
}

/** The clauses a branch checks, the most telling first. */
function checkedClauses(need: Need): Clause[] {
  return clauses(need).sort(cheaperFirst).slice(0, MAX_CLAUSES);
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
 * branches it may match from its own keys instead of checking every branch of every rule. Branches have
 * ids, consecutive within a pattern.
 */
export type IndexedPattern = { ordinal: number; branches: Branch[]; firstId: number };

const indexed = new Map<string, IndexedPattern>();
// A bit per key says whether it has any branches, so most of a text's keys never reach the map.
const branchIdsByKey = new Map<number, number[]>();
const keyHasBranches = new Uint32Array(KEY_SPACE >>> 5);
// Branches without a clause are candidates for every text.
const unkeyedIds: number[] = [];
let patternOrdinalOfId = new Int32Array(4096);
let patternCount = 0;
let branchCount = 0;
// Company rules can be edited without end; the index stays bounded in a long-running server.
const INDEX_LIMIT = 5_000;

/**
 * The keys and the candidate branches of one text at a time, as a bit per key and a mark per branch id:
 * allocating and zeroing these per text would cost more than the lookups they serve.
 */
const keyBits = new Uint32Array(KEY_SPACE >>> 5);
let branchMarks = new Uint8Array(4096);
let loaded: TextFilter | null = null;

const holds = (key: number): boolean => (keyBits[key >>> 5] & (1 << (key & 31))) !== 0;

function grown<T extends Uint8Array | Int32Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const bigger = make(2 * size);
  bigger.set(array);
  return bigger;
}

/** The pattern's branches and index entry, made on first sight (callers keep it: looking up a long string costs). */
export function indexPattern(pattern: string): IndexedPattern {
  const found = indexed.get(pattern);
  if (found) return found;
  if (indexed.size >= INDEX_LIMIT) {
    // Texts filtered before this see every later pattern as new (patternCount only grows).
    indexed.clear();
    branchIdsByKey.clear();
    keyHasBranches.fill(0);
    unkeyedIds.length = 0;
    branchCount = 0;
  }
  let branches: Branch[];
  try {
    branches = patternBranches(pattern);
  } catch {
    // A pattern V8 accepts but the parser does not (none today) is searched whole, for every text.
    branches = [{ source: pattern, clauses: [] }];
  }
  const entry: IndexedPattern = { ordinal: patternCount++, branches, firstId: branchCount };
  branchCount += branches.length;
  branchMarks = grown(branchMarks, branchCount, (n) => new Uint8Array(n));
  patternOrdinalOfId = grown(patternOrdinalOfId, branchCount, (n) => new Int32Array(n));
  branches.forEach((b, i) => {
    const id = entry.firstId + i;
    patternOrdinalOfId[id] = entry.ordinal;
    if (b.clauses.length === 0) unkeyedIds.push(id);
    for (const key of b.clauses[0] ?? []) {
      const ids = branchIdsByKey.get(key);
      if (ids) ids.push(id);
      else branchIdsByKey.set(key, [id]);
      keyHasBranches[key >>> 5] |= 1 << (key & 31);
    }
  });
  indexed.set(pattern, entry);
  return entry;
}

/**
 * A text's distinct keys and, per pattern ordinal, the ids (ascending) of the branches whose first clause
 * they meet.
 */
export type TextFilter = { text: string; candidates: (number[] | undefined)[]; patternsKnown: number };

const setKey = (key: number): void => void (keyBits[key >>> 5] |= 1 << (key & 31));
const clearKey = (key: number): void => void (keyBits[key >>> 5] &= ~(1 << (key & 31)));

// Sets or clears the bit of every key of the text: its characters and its neighbouring pairs.
function markKeys(text: string, mark: (key: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    mark(code);
    if (i > 0) mark(pairKey(text.charCodeAt(i - 1), code));
  }
}

function forEachCandidate(f: TextFilter, mark: 0 | 1): void {
  for (const ids of f.candidates) if (ids) for (const id of ids) branchMarks[id] = mark;
}

function unload(): void {
  if (!loaded) return;
  markKeys(loaded.text, clearKey);
  forEachCandidate(loaded, 0);
  loaded = null;
}

function load(f: TextFilter): void {
  if (loaded === f) return;
  unload();
  markKeys(f.text, setKey);
  forEachCandidate(f, 1);
  loaded = f;
}

export function textFilter(text: string): TextFilter {
  unload();
  const f: TextFilter = { text, candidates: [], patternsKnown: patternCount };
  loaded = f;
  for (const id of unkeyedIds) addCandidate(f, id);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    addKey(f, code);
    if (i > 0) addKey(f, pairKey(text.charCodeAt(i - 1), code));
  }
  return f;
}

function addKey(f: TextFilter, key: number): void {
  if (holds(key)) return;
  setKey(key);
  if ((keyHasBranches[key >>> 5] & (1 << (key & 31))) === 0) return;
  const ids = branchIdsByKey.get(key)!;
  for (let i = 0; i < ids.length; i++) addCandidate(f, ids[i]);
}

// Kept ascending per pattern as they arrive (the lists are short), so branches are searched in order.
function addCandidate(f: TextFilter, id: number): void {
  if (branchMarks[id] === 1) return;
  branchMarks[id] = 1;
  const ordinal = patternOrdinalOfId[id];
  const ids = (f.candidates[ordinal] ??= []);
  let at = ids.length;
  ids.push(id);
  for (; at > 0 && ids[at - 1] > id; at--) ids[at] = ids[at - 1];
  ids[at] = id;
}

// Whether the loaded text can match the branch (the regex search still decides), from clause `from` on.
function mayMatch(branch: Branch, from = 0): boolean {
  const cs = branch.clauses;
  for (let c = from; c < cs.length; c++) {
    const clause = cs[c];
    let held = false;
    for (let k = 0; k < clause.length && !held; k++) held = holds(clause[k]);
    if (!held) return false;
  }
  return true;
}

/**
 * The branches of the pattern that the text may match, in the pattern's order; [] when no
 * branch can match. The regex search decides; this only spares it the branches that cannot.
 */
export function openBranches(p: IndexedPattern, f: TextFilter): Branch[] {
  load(f);
  const open: Branch[] = [];
  // A pattern first seen after this text was filtered (a company rule) is checked branch by branch.
  if (p.ordinal >= f.patternsKnown) {
    for (const b of p.branches) if (mayMatch(b)) open.push(b);
    return open;
  }
  for (const id of f.candidates[p.ordinal] ?? []) {
    const b = p.branches[id - p.firstId];
    // A candidate's first clause is the one the text's keys met.
    if (mayMatch(b, 1)) open.push(b);
  }
  return open;
}
