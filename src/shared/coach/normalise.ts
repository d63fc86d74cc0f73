// Traditional → Simplified normalisation that keeps every character at its original offset.
import { Converter } from 'opencc-js/t2cn';

// Taiwan and Hong Kong standards differ on a few characters (著/着, 衞/卫): run both. The t2cn build
// carries no phrase tables that would change lengths, but we still guard against it below.
const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
const fromHongKong = Converter({ from: 'hk', to: 'cn' });
const toSimplifiedRaw = (text: string): string => fromHongKong(fromTaiwan(text));

// Only characters outside ASCII can be Traditional; most replies are already Simplified.
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

// Per-character answers, remembered: most replies are Simplified already, and asking the converter
// about each distinct character once is far cheaper than converting every text twice.
const CACHE_LIMIT = 20_000;
// Characters that are also everyday Simplified and must stay as they are: the Traditional tables read
// 么 as 幺, which would turn 什么 into 什幺 and hide every rule that looks for 什么.
const KEEP = new Set(['么']);
const changesChar = new Map<string, boolean>();
// The same answers for characters of the Basic Multilingual Plane, by code (0 not asked yet, 1 no, 2 yes):
// looking up by code spares making a string of each character.
const changesCode = new Uint8Array(65536);

const converts = (ch: string): boolean => !KEEP.has(ch) && toSimplifiedRaw(ch) !== ch;

function isTraditional(ch: string): boolean {
  let changed = changesChar.get(ch);
  if (changed === undefined) {
    changed = converts(ch);
    if (changesChar.size >= CACHE_LIMIT) changesChar.clear();
    changesChar.set(ch, changed);
  }
  return changed;
}

function isTraditionalCode(code: number): boolean {
  if (changesCode[code] === 0) changesCode[code] = converts(String.fromCharCode(code)) ? 2 : 1;
  return changesCode[code] === 2;
}

// [first, last] UTF-16 offsets of Traditional characters, or null when there are none.
function traditionalRange(text: string): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x7e || (code >= 0xdc00 && code <= 0xdfff)) continue;
    const high = code >= 0xd800 && code <= 0xdbff;
    if (!(high ? isTraditional(text.slice(i, i + 2)) : isTraditionalCode(code))) continue;
    if (first < 0) first = i;
    last = i + (high ? 2 : 1);
  }
  return first < 0 ? null : [first, last];
}

const BOUNDARY = /[。！？!?；;\n]/;

/** Simplified form of text with the same length, so offsets found in it are offsets in the input. */
export function toSimplified(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const range = traditionalRange(text);
  if (!range) return text;
  // Convert only the sentences holding Traditional characters (phrase tables need whole words).
  let [from, to] = range;
  while (from > 0 && !BOUNDARY.test(text[from - 1])) from--;
  while (to < text.length && !BOUNDARY.test(text[to])) to++;
  const part = text.slice(from, to);
  return text.slice(0, from) + convertSameLength(part) + text.slice(to);
}

// Whole-part conversion so phrase-level choices apply; per character if a phrase changed the length.
function convertSameLength(part: string): string {
  const whole = toSimplifiedRaw(part);
  if (whole.length === part.length) return restoreKept(part, whole);
  let out = '';
  for (const ch of part) {
    const converted = isTraditional(ch) ? toSimplifiedRaw(ch) : ch;
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

// Puts back the KEEP characters the conversion changed (same length, so same offsets).
function restoreKept(text: string, converted: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += KEEP.has(text[i]) ? text[i] : converted[i];
  return out;
}
