/**
 * One line of the split: normalised when it holds a character normalisation
 * changes ("Lasten ’23" → "Lasten '23", with a map when the lengths differ),
 * else the source's own text in a `SourceLine`.
 * @example makeLine('Baten 303', 15, 24) // a SourceLine: text 'Baten 303', start 15, end 24
 */
import type { Line } from './lines.js';
import { nextChange, normaliseLine } from '../../normalise/line.js';

/**
 * A line that normalisation left as it was (all but about one in 200 lines
 * of real text): its text is the source's own, so it has no map and no
 * tabs, and it ends where its text does. Two fields where a record has five:
 * 24 bytes less on each line, and a MB of real text has about 57,000 of
 * them, all held from the split until the blocks past them are read.
 */
class SourceLine implements Line {
  readonly text: string;
  readonly start: number;

  constructor(text: string, start: number) {
    this.text = text;
    this.start = start;
  }

  get end(): number {
    return this.start + this.text.length;
  }

  get map(): null {
    return null;
  }

  get tabs(): null {
    return null;
  }
}

/**
 * The line of `raw`, the source's `[start, end)`.
 * @param changed Whether `raw` holds a character normalisation changes (the splitter knows it from its own search).
 */
export function makeLine(raw: string, start: number, end: number, changed: boolean = nextChange(raw, 0) < raw.length): Line {
  if (!changed) return new SourceLine(raw, start);
  const norm = normaliseLine(raw);
  return { text: norm.text, start, end, map: norm.map, tabs: raw.includes('\t') ? tabsOf(raw, norm.map) : null };
}

/** The normalised indices of a raw line's tabs. */
function tabsOf(raw: string, map: Int32Array | null): number[] {
  const out: number[] = [];
  const n = map ? map.length - 1 : raw.length;
  for (let i = 0; i < n; i++) if (raw.charCodeAt(map ? map[i]! : i) === 9) out.push(i);
  return out;
}
