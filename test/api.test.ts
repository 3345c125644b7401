import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'COLUMNS', 'COLUMN_SPECS', 'DEFAULT_MAX_BYTES', 'EXIT', 'JaarparseError', 'Report', 'SCHEMA_VERSION', 'TABLE_NAMES', 'jsonPieces', 'parse', 'parseBytes', 'parseFile', 'toRows', 'validate', 'writeJsonFile',
    ]);
  });
  it('parses, validates and tabulates', () => {
    const report = api.parse('Wat heeft het gekost?\n\n| | Begroting 2024 |\n|---|---|\n| Lasten | 1.200 |\n', { name: 'x.txt' });
    expect(api.validate(report)).toEqual({ valid: true, problems: [] });
    expect(api.toRows(report, 'budget')).toEqual([
      expect.objectContaining({ file: 'x.txt', row_label: 'Lasten', column_year: 2024, value: 1200, euros: 1200 }),
    ]);
    expect(api.validate({ type: 'report' }).valid).toBe(false);
  });
});
