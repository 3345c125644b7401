/**
 * The column and row words of src/vocabulary/column-words.ts that are asked
 * as ordered lists of wordings (see first-match.ts): what each names, which
 * wording wins where two could, and what names nothing.
 */
import { describe, expect, it } from 'vitest';
import { budgetRowKind, columnLabel, descriptorRole } from '../src/vocabulary/column-words.js';

describe('budgetRowKind', () => {
  it('should name the kind of a row label, and whether it is a total', () => {
    expect(budgetRowKind('Lasten')).toEqual({ kind: 'lasten', total: false });
    expect(budgetRowKind('Totaal lasten')).toEqual({ kind: 'lasten', total: true });
    expect(budgetRowKind('Baten 2024')).toEqual({ kind: 'baten', total: false });
    expect(budgetRowKind('Onttrekkingen aan reserves')).toEqual({ kind: 'onttrekking', total: false });
    expect(budgetRowKind('Gerealiseerd resultaat')).toEqual({ kind: 'resultaat', total: false });
  });
  it('should read "Saldo van baten en lasten" as a saldo, not as baten or lasten, and a bare "Totaal" as one', () => {
    expect(budgetRowKind('Saldo van baten en lasten')).toEqual({ kind: 'saldo', total: false });
    expect(budgetRowKind('Totaal')).toEqual({ kind: 'saldo', total: true });
  });
  it('should name no kind for a word that only starts like one, or for an amount', () => {
    expect(budgetRowKind('Lastenverdeling')).toBeNull();
    expect(budgetRowKind('Overige baten')).toBeNull();
    expect(budgetRowKind('-1.204')).toBeNull();
  });
});

describe('columnLabel', () => {
  it('should name the observation a column word holds, from the whole word, its opening word or its closing Realisatie', () => {
    expect(columnLabel('Realisatie 2023')).toBe('realisatie');
    expect(columnLabel('Begroting 2024')).toBe('begroting');
    expect(columnLabel('Streefwaarde 2025 e.v.')).toBe('streefwaarde');
    expect(columnLabel('Laatst bekende realisatie')).toBe('realisatie');
    expect(columnLabel('Doel begroting 2022')).toBe('doel');
  });
  it('should name nothing for a lone Doel before a word that is no plan, or for no column word', () => {
    expect(columnLabel('Doel realisatie')).toBeNull();
    expect(columnLabel('Omschrijving')).toBeNull();
  });
});

describe('descriptorRole', () => {
  it('should name the role of a column that holds no values', () => {
    expect(descriptorRole('Bron')).toBe('source');
    expect(descriptorRole('Toelichting')).toBe('note');
    expect(descriptorRole('Omschrijving')).toBe('name');
  });
  it('should name no role for a column of values', () => {
    expect(descriptorRole('Realisatie 2023')).toBeNull();
  });
});
