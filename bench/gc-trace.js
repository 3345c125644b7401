/**
 * The live heap's peak from V8's collector trace (`node --trace-gc`): the
 * largest heap left after a full collection (a Mark-Compact line's size
 * after the arrow). Unlike a process's peak RSS, which swings by ±5%
 * between runs of one build with when the collector happens to run, this
 * is what the parse itself holds at its fullest, so a change to the memory
 * the parse keeps shows in it run after run.
 *
 *   [812:0x6b2c660]    9520 ms: Mark-Compact 1102.3 (1160.1) -> 862.6 (905.2) MB, …
 *
 * @param {string} trace The trace lines (the process's stdout).
 * @returns {number | null} MB, or null when the trace has no full collection.
 * @example liveHeapPeakMB('… Mark-Compact 1102.3 (1160.1) -> 862.6 (905.2) MB, …') // 862.6
 */
export function liveHeapPeakMB(trace) {
  let peak = null;
  for (const m of trace.matchAll(/Mark-Compact(?: \([a-z ]+\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(/g)) {
    const mb = Number(m[1]);
    if (peak === null || mb > peak) peak = mb;
  }
  return peak;
}
