/**
 * Every threshold the finding rules use, in one place, each with the reason for its value. Rules
 * import these; nothing else in src/findings holds a magic number.
 */

/**
 * Below this share of filled rows a column is flagged. Under half filled, a column can neither be a
 * reliable feature for a model nor a grouping criterion for a report without imputing most of it.
 */
export const LOW_COMPLETENESS_BELOW = 0.5

/**
 * A column is constant only when at least this many rows carry its single value: one value in one row
 * says nothing about the column, two equal values are the smallest evidence of "always the same".
 */
export const CONSTANT_MIN_VALUES = 2

/**
 * How many distinct date notations (ignoring a time part) make a column "mixed". Two are already a
 * problem: every consumer must parse both, and dd.mm. vs mm/dd can be swapped silently.
 */
export const MIXED_DATE_FORMATS_MIN = 2

/** At most this many values, formats or examples are listed inside one finding (the rest is counted). */
export const MAX_LISTED_IN_FINDING = 4
