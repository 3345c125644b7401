import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_FLAG, TIGHT_HEAP_FLAG, TIGHT_HEAP_MIN_BYTES, withHeapGrowthFor } from '../src/cli/heap-growth.js';

/** A flag setter that records what it was asked, and what it held while `work` ran. */
function recorder(): { flags: string[]; set: (flag: string) => void } {
  const flags: string[] = [];
  return { flags, set: (flag) => flags.push(flag) };
}

describe('heap growth while a large input is parsed', () => {
  it('should set the fixed growth factor for a large input and give V8 its own back after', async () => {
    const r = recorder();
    const seen = await withHeapGrowthFor(TIGHT_HEAP_MIN_BYTES, async () => [...r.flags], r.set);
    expect(seen).toEqual([TIGHT_HEAP_FLAG]);
    expect(r.flags).toEqual([TIGHT_HEAP_FLAG, DEFAULT_HEAP_FLAG]);
  });

  it('should not touch V8 for an input below the limit', async () => {
    const r = recorder();
    await expect(withHeapGrowthFor(TIGHT_HEAP_MIN_BYTES - 1, async () => 'done', r.set)).resolves.toBe('done');
    expect(r.flags).toEqual([]);
  });

  it('should give V8 its own factor back when the parse fails', async () => {
    const r = recorder();
    await expect(withHeapGrowthFor(TIGHT_HEAP_MIN_BYTES, async () => { throw new Error('E_NOT_TEXT'); }, r.set)).rejects.toThrow('E_NOT_TEXT');
    expect(r.flags).toEqual([TIGHT_HEAP_FLAG, DEFAULT_HEAP_FLAG]);
  });

  it('should keep the fixed factor until the last of two overlapping large inputs is done', async () => {
    const r = recorder();
    let finishFirst!: () => void;
    const first = withHeapGrowthFor(TIGHT_HEAP_MIN_BYTES, () => new Promise<void>((resolve) => (finishFirst = resolve)), r.set);
    const second = withHeapGrowthFor(TIGHT_HEAP_MIN_BYTES * 2, async () => {
      finishFirst();
      await first;
      // The first is done, this one is not: the factor must still be the fixed one.
      return [...r.flags];
    }, r.set);
    expect(await second).toEqual([TIGHT_HEAP_FLAG]);
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
