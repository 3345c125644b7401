import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_FLAG, TIGHT_HEAP_FLAG, TIGHT_HEAP_MIN_BYTES, tightenHeapFor } from '../src/cli/heap-growth.js';

/** A flag setter that records what it was asked, and what it held while `work` ran. */
function recorder(): { flags: string[]; set: (flag: string) => void } {
  const flags: string[] = [];
  return { flags, set: (flag) => flags.push(flag) };
}

describe('heap growth while a large input is parsed', () => {
  it('should set the fixed growth factor for a large input and give V8 its own back when done', () => {
    const r = recorder();
    const done = tightenHeapFor(TIGHT_HEAP_MIN_BYTES, r.set);
    expect(r.flags).toEqual([TIGHT_HEAP_FLAG]);
    done();
    expect(r.flags).toEqual([TIGHT_HEAP_FLAG, DEFAULT_HEAP_FLAG]);
  });

  it('should not touch V8 for an input below the limit', () => {
    const r = recorder();
    tightenHeapFor(TIGHT_HEAP_MIN_BYTES - 1, r.set)();
    expect(r.flags).toEqual([]);
  });

  it('should give V8 its own factor back once however often done is called', () => {
    const r = recorder();
    const first = tightenHeapFor(TIGHT_HEAP_MIN_BYTES, r.set);
    const second = tightenHeapFor(TIGHT_HEAP_MIN_BYTES, r.set);
    first();
    first();
    // The second input is not done: a repeated call of the first's must not count for it.
    expect(r.flags).toEqual([TIGHT_HEAP_FLAG]);
    second();
    expect(r.flags).toEqual([TIGHT_HEAP_FLAG, DEFAULT_HEAP_FLAG]);
  });

  it('should keep the fixed factor until the last of two overlapping large inputs is done', () => {
    const r = recorder();
    const first = tightenHeapFor(TIGHT_HEAP_MIN_BYTES, r.set);
    const second = tightenHeapFor(TIGHT_HEAP_MIN_BYTES * 2, r.set);
    first();
    // The first is done, the second is not: the factor must still be the fixed one.
    expect(r.flags).toEqual([TIGHT_HEAP_FLAG]);
    second();
    expect(r.flags).toEqual([TIGHT_HEAP_FLAG, DEFAULT_HEAP_FLAG]);
  });

  it('should take the flags V8 knows', async () => {
    // Set for real: V8 throws on nothing, so check the flag names against the engine's own list.
    const { execFileSync } = await import('node:child_process');
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    expect(options).toContain(TIGHT_HEAP_FLAG.split('=')[0]);
    expect(options).toContain(`default: ${DEFAULT_HEAP_FLAG}`);
  });
});
