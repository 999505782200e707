/** "Did you mean": the nearest known word to a slip, by edit distance (fastest-levenshtein). */
import { closest, distance } from 'fastest-levenshtein';

/** The nearest of `known` to `given`, when near enough to be a slip (a letter or two, or a third of the word), else undefined. */
export function suggestion(given: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const near = closest(given, [...known]);
  return distance(given, near) <= Math.max(2, Math.floor(near.length / 3)) ? near : undefined;
}
