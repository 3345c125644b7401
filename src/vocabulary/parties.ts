/**
 * Words of the "Verbonden partijen" paragraph that are not a party's name:
 * the paragraph's own sub-headings, and the words that head a column of
 * party names in an overview ("Gemeenschappelijke regelingen | Bijdrage
 * 2023", "Vennootschappen   Dividend").
 */
import { memo } from './memo.js';

/**
 * Sub-headings of the paragraph itself ("Inleiding", "Beleidskader",
 * "Ontwikkelingen", "Overzicht verbonden partijen"): they head text about
 * all parties, they name none. Matched against the whole heading,
 * lower-cased, without a leading outline number or a final colon.
 */
const PARAGRAPH_HEADING =
  /^(?:inleiding|algemeen|beleidskader|kaders?|kader(?:nota)? verbonden partijen|nota verbonden partijen|wettelijk kader|ontwikkelingen(?: algemeen)?|algemene ontwikkelingen|visie(?: op verbonden partijen)?|beleid|beleidsvoornemens|toelichting|samenvatting|conclusie|risico'?s|financi[eë]le (?:gegevens|informatie|positie|kengetallen)|(?:lijst|overzicht)(?: van)? (?:de )?verbonden partijen|overzicht|(?:paragraaf )?(?:\S+ )?verbonden partijen|definitie|begripsbepaling|doel van de paragraaf)$/;

/**
 * True when a line under "Verbonden partijen" is one of the paragraph's own
 * sub-headings, never a party's name.
 * @example isPartyParagraphHeading('Inleiding') // true
 * @example isPartyParagraphHeading('3. Beleidskader') // true
 * @example isPartyParagraphHeading('Omgevingsdienst Regio Arnhem') // false
 */
export const isPartyParagraphHeading: (text: string) => boolean = memo((text) =>
  PARAGRAPH_HEADING.test(
    text
      .trim()
      .toLowerCase()
      .replace(/^(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]?\s+/, '')
      .replace(/\s*:$/, ''),
  ),
);

/**
 * The word over a column of party names: a name label or the kind of
 * party in the plural, with at most a footnote mark or a qualifier after
 * it ("Vennootschappen* - Dividend", "Vennootschap / corporatie").
 */
const NAME_COLUMN =
  /^(?:naam(?: (?:verbonden )?partij| deelneming| regeling)?|verbonden partij(?:en)?|partij(?:en)?|gemeenschappelijke regeling(?:en)?|gr|vennootschap(?:pen)?|deelneming(?:en)?|stichting(?:en)?(?: en verenigingen)?|vereniging(?:en)?|overige verbonden partijen|overige partijen)\*?(?:\s*(?:[-–/(]|en\b).*)?$/;

/**
 * True when a header cell heads a column of party names.
 * @example isPartyNameColumn('Gemeenschappelijke regelingen') // true
 * @example isPartyNameColumn('Vennootschappen* - Dividend') // true
 * @example isPartyNameColumn('Gemeen-schappelijke regeling') // true
 * @example isPartyNameColumn('Gemeenschappelijke regeling Servicebureau Jeugdhulp') // false
 */
export const isPartyNameColumn: (text: string) => boolean = memo((text) =>
  // "Gemeen-schappelijke regeling": a header word hyphenated where its cell wrapped, kept as written.
  NAME_COLUMN.test(
    text
      .trim()
      .toLowerCase()
      .replace(/([a-zà-ÿ])-([a-zà-ÿ])/g, '$1$2'),
  ),
);

/**
 * A row that sums the parties above it ("Totale bijdrage gemeente
 * Wassenaar", "Totaal ontvangen dividend"): no party.
 * @example isTotalRow('Totaal ontvangen dividend') // true
 */
export function isTotalRow(text: string): boolean {
  return /^(?:sub)?tota(?:al|le)\b|^saldo\b/i.test(text.trim());
}
