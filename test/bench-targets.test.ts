/**
 * The benchmark's verdict table (bench/targets.js): each of issue 19's
 * targets is met exactly at its threshold, not met just past it, and "not
 * measured" (never met) when the run left it out.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { MAX_GROWTH, MAX_PDF_RATIO, MAX_PEAK_MB, MAX_TEST_SECONDS, MIN_BASELINE_RATIO, MIN_MB_PER_SECOND, MIN_TWO_JOB_SPEEDUP, targetVerdicts } from '../bench/targets.js';

interface Verdict {
  target: string;
  measured: string;
  met: boolean | null;
}
const verdicts = targetVerdicts as (run: object) => Verdict[];

const realRow = (shape: string, parseMBps: number, ratio: number) => ({ corpus: 'real', shape, parseMBps, ratio });
const growthOf = (seconds10: number, seconds100: number, cliPeak: number | null) => ({
  10: { seconds: seconds10, peakMB: 366, cli: { seconds: seconds10, peakMB: 366 } },
  100: { seconds: seconds100, peakMB: 3231, cli: { seconds: seconds100, peakMB: cliPeak } },
});
const batchOf = (memory: number | null, disk: number) => ({
  outputs: { disk: { speedup: disk, ceiling: 2 }, ...(memory === null ? {} : { memory: { speedup: memory, ceiling: 2 } }) },
});
const find = (vs: Verdict[], start: string) => vs.find((v) => v.target.startsWith(start))!;

describe('targetVerdicts', () => {
  it('should say "not measured" and never met for a run that measured nothing', () => {
    const vs = verdicts({});
    expect(vs).toHaveLength(7);
    for (const v of vs) expect(v).toMatchObject({ met: null, measured: 'not measured in this run' });
  });

  it('should judge one thread on both MB/s and the share of the floor, for each shape', () => {
    const real = { rows: [realRow('small', MIN_MB_PER_SECOND, MIN_BASELINE_RATIO), realRow('joined', MIN_MB_PER_SECOND, MIN_BASELINE_RATIO - 0.001)] };
    const vs = verdicts({ real });
    expect(vs[0]!.met).toBe(true);
    expect(vs[1]!.met).toBe(false);
    expect(verdicts({ real: { rows: [realRow('small', 2.07, 0.019)] } })[0]!.met).toBe(false);
  });

  it('should judge --jobs 2 into memory where the machine has it, and on disk otherwise', () => {
    expect(find(verdicts({ real: { batch: batchOf(MIN_TWO_JOB_SPEEDUP, 1.1) } }), '--jobs 2').met).toBe(true);
    expect(find(verdicts({ real: { batch: batchOf(1.54, 1.9) } }), '--jobs 2').met).toBe(false);
    expect(find(verdicts({ real: { batch: batchOf(null, 1.59) } }), '--jobs 2').met).toBe(false);
    expect(find(verdicts({ real: { batch: batchOf(1.71, 1.16) } }), '--jobs 2').measured).toBe('1.16× to disk (ceiling 2.00×), 1.71× to memory (ceiling 2.00×)');
    // With --jobs 1's cores busy measured, the verdict says how far two cores can go at its CPU per MB.
    const bounded = { outputs: { memory: { speedup: 1.2, ceiling: 1.95, jobs1: { cores: 1.36 } } } };
    expect(find(verdicts({ real: { batch: bounded } }), '--jobs 2').measured).toBe('1.20× to memory (ceiling 1.95×; --jobs 1 keeps 1.36 cores busy: at most 1.47× at its CPU per MB)');
  });

  it('should judge growth by the 100 MB time over the 10 MB time, in process and CLI', () => {
    expect(find(verdicts({ growth: growthOf(4, 4 * MAX_GROWTH, 900) }), '100 MB').met).toBe(true);
    expect(find(verdicts({ growth: growthOf(4, 4 * MAX_GROWTH + 0.1, 900) }), '100 MB').met).toBe(false);
    expect(find(verdicts({ growth: { 1: growthOf(1, 1, 1)[10], 10: growthOf(4, 4, 1)[10] } }), '100 MB').met).toBeNull();
  });

  it('should judge the peak of the 100 MB file through the CLI', () => {
    expect(find(verdicts({ growth: growthOf(4, 33, MAX_PEAK_MB) }), 'peak').met).toBe(true);
    expect(find(verdicts({ growth: growthOf(4, 33, 1640) }), 'peak')).toMatchObject({ met: false, measured: '1640 MB CLI, 3231 MB in process' });
    expect(find(verdicts({ growth: growthOf(4, 33, null) }), 'peak').met).toBeNull();
  });

  it('should judge PDF by wall time against pdf.js', () => {
    expect(find(verdicts({ realPdf: { ratio: MAX_PDF_RATIO, cpuRatio: 1.07 } }), 'PDF').met).toBe(true);
    expect(find(verdicts({ realPdf: { ratio: 1.51, cpuRatio: 1.07 } }), 'PDF').met).toBe(false);
  });

  it('should name the folder the PDF verdict was measured on', () => {
    expect(find(verdicts({ realPdf: { dir: '/data/scans', ratio: 1.2, cpuRatio: 1.1 } }), 'PDF').target).toContain('(/data/scans)');
    expect(find(verdicts({ realPdf: { dir: 'corpus/real/pdf', ratio: 1.2, cpuRatio: 1.1 } }), 'PDF').target).toContain('(corpus/real/pdf)');
  });

  it('should call PDF not measured, never met, when every PDF was refused', () => {
    expect(find(verdicts({ realPdf: { ratio: null } }), 'PDF')).toMatchObject({ met: null, measured: 'not measured in this run' });
  });

  it('should not call a failed or a slow npm test met', () => {
    expect(find(verdicts({ tests: { seconds: 41, passed: true } }), 'npm test').met).toBe(true);
    expect(find(verdicts({ tests: { seconds: 41, passed: false } }), 'npm test').met).toBe(false);
    expect(find(verdicts({ tests: { seconds: MAX_TEST_SECONDS, passed: true } }), 'npm test').met).toBe(false);
  });
});

describe('liveHeapPeakMB', () => {
  // @ts-expect-error: a plain script without types
  const load = () => import('../bench/gc-trace.js') as Promise<{ liveHeapPeakMB: (trace: string) => number | null }>;
  const trace = [
    '[812:0x6b2c660]     120 ms: Scavenge 2400.1 (2410.0) -> 2300.0 (2320.5) MB, 3.1 / 0.0 ms  (average mu = 1.000) allocation failure;',
    '[812:0x6b2c660]    9520 ms: Mark-Compact 1102.3 (1160.1) -> 862.6 (905.2) MB, 410.2 / 0.0 ms  (average mu = 0.512) allocation failure;',
    '[812:0x6b2c660]   12020 ms: Mark-Compact (reduce) 1146.9 (1180.0) -> 806.0 (850.1) MB, 300.0 / 0.0 ms  (average mu = 0.500) finalize;',
  ].join('\n');

  it('should give the largest heap after a full collection, not the sizes before it or a scavenge', async () => {
    const { liveHeapPeakMB } = await load();
    expect(liveHeapPeakMB(trace)).toBe(862.6);
  });

  it('should give null for a trace without a full collection', async () => {
    const { liveHeapPeakMB } = await load();
    expect(liveHeapPeakMB(trace.split('\n')[0]!)).toBeNull();
  });

  it('should judge the median peak of several CLI runs and show every run\'s peak', () => {
    const growth = growthOf(2.2, 21.6, 1023);
    const runs = { ...growth, 100: { ...growth[100], cli: { ...growth[100].cli, peaksMB: [1004, 1073, 1023] } } };
    const v = find(verdicts({ growth: runs }), 'peak');
    expect(v).toMatchObject({ met: false, measured: '1023 MB CLI, median of 3 runs: 1004, 1073, 1023 MB, 3231 MB in process' });
    const one = { ...growth, 100: { ...growth[100], cli: { ...growth[100].cli, peakMB: 988, peaksMB: [988] } } };
    expect(find(verdicts({ growth: one }), 'peak')).toMatchObject({ met: true, measured: '988 MB CLI, 3231 MB in process' });
  });

  it('should show the live heap beside the CLI peak in the peak verdict, without changing what meets it', () => {
    const growth = growthOf(2.6, 21.4, 1507);
    const withLive = { ...growth, 100: { ...growth[100], cli: { ...growth[100].cli, liveMB: 862 } } };
    const v = find(verdicts({ growth: withLive }), 'peak');
    expect(v.measured).toContain('live heap peak 862 MB');
    expect(v.met).toBe(false);
  });
});
