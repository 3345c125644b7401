/**
 * The temporary files a report is written to before it is renamed into place
 * (`begroting.json.partial-4711-0`: process 4711, thread 0). A run killed
 * half-way (SIGKILL, a lost node) leaves one behind; the next run into the
 * same --out removes the ones of its own outputs, and no reader ever takes
 * one for a report.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `NAME.partial-PID-THREAD`: what the suffix of a partial file looks like. */
const PARTIAL_SUFFIX = /\.partial-\d+-\d+$/;

/**
 * The temporary name a report is written under before it is renamed to `outPath`.
 * @example partialPath('out/g0/doc-4.json', 4711, 0) // 'out/g0/doc-4.json.partial-4711-0'
 */
export function partialPath(outPath: string, pid: number, thread: number): string {
  return `${outPath}.partial-${pid}-${thread}`;
}

/** Whether a file name or path is a half-written report (`doc-4.json.partial-4711-0`), never a report to read. */
export function isPartialFile(path: string): boolean {
  return PARTIAL_SUFFIX.test(path);
}

/**
 * Removes the partial files left behind for `outPaths`, the reports this run
 * is about to write, whichever process left them: shards own disjoint sets of
 * outputs, so a partial of one of this run's outputs is the remains of an
 * earlier run of the same inputs, never of a concurrent shard. Partials of
 * other outputs are left alone, whether or not their PID is alive here: a
 * shard on another node or in another container writes into the same --out
 * with PIDs this process cannot see, and removing its file mid-write would
 * fail its rename.
 * @returns The paths removed.
 */
export function removeStalePartials(outPaths: Iterable<string>): string[] {
  const byDir = new Map<string, Set<string>>();
  for (const path of outPaths) {
    const dir = dirname(path);
    (byDir.get(dir) ?? byDir.set(dir, new Set()).get(dir)!).add(basename(path));
  }
  const removed: string[] = [];
  for (const [dir, names] of byDir) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue; // Not made yet: nothing was written there.
    }
    for (const entry of entries) {
      if (!isPartialFile(entry) || !names.has(entry.replace(PARTIAL_SUFFIX, ''))) continue;
      const path = join(dir, entry);
      rmSync(path, { force: true });
      removed.push(path);
    }
  }
  return removed;
}
