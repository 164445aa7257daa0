import { distance } from 'fastest-levenshtein';

/** The known word nearest to a misspelt one, if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const gap = distance(lower, candidate.toLowerCase());
    if (!best || gap < best.distance) best = { candidate, distance: gap };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3))
    ? best.candidate
    : undefined;
}
