/**
 * Runs the built CLI in this process (npm test builds first): the commands'
 * behaviour without the cost of a process per call. Tests of what only a
 * process shows (a terminal, piped stdin, the working directory) spawn bin/.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../../dist/cli/main.js';

export const bin = resolve(import.meta.dirname, '..', '..', 'bin', 'jaarparse.js');

export interface RunResult {
  code: number | null;
  out: string;
  err: string;
  /** Stdout as bytes (Parquet). */
  bytes: Buffer;
}

export interface RunOptions {
  /** Stdin's content; without it stdin is a terminal (nothing piped). */
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

/** `jaarparse ARGS` in this process. */
export async function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const chunks: Buffer[] = [];
  let err = '';
  const code = await main(['node', 'jaarparse', ...args], {
    out: (chunk) => void chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)),
    err: (text) => void (err += text),
    stdin: async () => Buffer.from(options.input ?? ''),
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stdinIsTTY: options.input === undefined,
    env: options.env ?? {},
  });
  const bytes = Buffer.concat(chunks);
  return { code, out: bytes.toString('utf8'), err, bytes };
}

/** `jaarparse ARGS` as its own process. */
export function spawn(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8'), bytes: r.stdout };
}

/** A copy of bytes as an ArrayBuffer (what the Parquet reader takes). */
export function arrayBuffer(bytes: Buffer): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}
