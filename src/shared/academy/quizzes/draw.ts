// Deterministic randomness for quizzes: drawing questions from a bank and shuffling what is shown.
import { seededRandom } from '../../seeded-random.ts';

/** A copy of `items` in an order decided by `seed` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * `count` questions drawn from the bank by `seed`, kept in the bank's order (so an author's sequence still reads
 * naturally); the whole bank when count is null or not smaller than it.
 */
export function drawQuestions<T>(bank: readonly T[], count: number | null, seed: number): T[] {
  if (count === null || count >= bank.length) return [...bank];
  const chosen = new Set(shuffled(bank.map((_, i) => i), seed).slice(0, Math.max(0, count)));
  return bank.filter((_, i) => chosen.has(i));
}

/** Indices 0…size−1 shuffled by `seed`, never left in their right order when there are two or more (a giveaway). */
export function displayOrder(size: number, seed: number): number[] {
  const order = shuffled(Array.from({ length: size }, (_, i) => i), seed);
  return size > 1 && order.every((v, i) => v === i) ? [...order.slice(1), order[0]] : order;
}
