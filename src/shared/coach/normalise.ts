// Traditional → Simplified normalisation that keeps every character at its original offset.
import { Converter } from 'opencc-js/t2cn';

// Taiwan and Hong Kong standards differ on a few characters (著/着, 衞/卫): run both. The t2cn build
// carries no phrase tables that would change lengths, but we still guard against it below.
const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
const fromHongKong = Converter({ from: 'hk', to: 'cn' });
const toSimplifiedRaw = (text: string): string => fromHongKong(fromTaiwan(text));

// Only characters outside ASCII can be Traditional; most replies are already Simplified.
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

/** Simplified form of text with the same length, so offsets found in it are offsets in the input. */
export function toSimplified(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const whole = toSimplifiedRaw(text);
  if (whole.length === text.length) return whole;
  // A phrase changed length: convert code point by code point and keep any that would shift offsets.
  let out = '';
  for (const ch of text) {
    const converted = toSimplifiedRaw(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}
