/**
 * Arrays made one way in every tier of the engine. In Node 20's V8 an
 * optimised `Array.prototype.map` returns a holey array where the builtin run
 * unoptimised returns a packed one: code that had only seen packed arrays was
 * deoptimised ("wrong map") and compiled again when the first array from
 * optimised code reached it (`budgetRow` four times at 90-240 ms each). An
 * array filled here is holey from the start, whoever made it.
 */

/**
 * An array of `length` elements, element k being `at(k)`, filled by index.
 * @example filledArray(3, (k) => k * 2) // [0, 2, 4]
 */
export function filledArray<T>(length: number, at: (k: number) => T): T[] {
  const out = Array<T>(length);
  for (let k = 0; k < length; k++) out[k] = at(k);
  return out;
}
