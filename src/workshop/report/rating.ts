/**
 * HSEEP performance ratings from an objective's score (0..1):
 * P (performed without challenges) ≥ 0.8, S (with some challenges) ≥ 0.5,
 * M (with major challenges) ≥ 0.2, U (unable to be performed) below 0.2.
 * The thresholds are ours: HSEEP leaves them to the evaluators. aar.ratingLegend states them.
 */
export const RATINGS = ['P', 'S', 'M', 'U'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_THRESHOLDS: Readonly<Record<Exclude<Rating, 'U'>, number>> = { P: 0.8, S: 0.5, M: 0.2 };

/** The rating of an objective score in 0..1. */
export function rating(score: number): Rating {
  if (score >= RATING_THRESHOLDS.P) return 'P';
  if (score >= RATING_THRESHOLDS.S) return 'S';
  if (score >= RATING_THRESHOLDS.M) return 'M';
  return 'U';
}

/** Strengths are objectives rated P or S; areas for improvement, M or U. */
export const isStrength = (r: Rating) => r === 'P' || r === 'S';
