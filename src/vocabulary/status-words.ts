/**
 * The words of an action's progress: a column over each action's status
 * ("Speerpunt | Status"), or a label line above its text ("Stand van zaken:").
 */

/** "Stand van zaken", "Status", "Voortgang". */
export const STATUS_WORDS: readonly string[] = ['stand van zaken', 'status', 'voortgang'];

/** The words as a regex alternation, for patterns built from them. */
export const STATUS = `(?:${STATUS_WORDS.join('|')})`;
