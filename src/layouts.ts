/**
 * Every supported layout, in one place: the fixture that shows it, its
 * shape in one line, and the rules that read it. A rule is named as its
 * registry names it (`recognise/rules/index.ts`, the amount-row rules of
 * `blocks/text/amount-rows.ts`) or, for a stage that has no registry yet,
 * by the file under src/ that holds it. A test checks that every fixture is
 * listed once, that every rule named here exists, and that every registered
 * rule names a fixture; `npm run docs` writes LAYOUTS.md from this list.
 */

/** One supported layout. */
export interface Layout {
  /** The fixture that shows it: `fixtures/<fixture>/`. */
  readonly fixture: string;
  /** Its shape, in one line. */
  readonly shape: string;
  /** The rules that read it, the one it is about first. */
  readonly rules: readonly string[];
}

/** Registered rules that no fixture shows yet, with the reason. */
export const RULES_WITHOUT_FIXTURE: Readonly<Record<string, string>> = {
  'party-field-label': 'a party field\'s label alone on its line ("Ontwikkelingen") over its text: only unit tests (test/party-blocks.test.ts)',
  'party-text': 'text under an open party\'s field label: only unit tests (test/party-blocks.test.ts)',
  'budget-table-after-indicators': 'a budget table under an indicator heading that the indicator reading refuses: no fixture yet',
  'blank-before-amounts': 'one blank line between two space-separated amount rows: no fixture yet',
  'header-lines-caption': 'header lines a plain-text table left as a paragraph above it, one stating the unit: only unit tests (test/budget-table.test.ts) so far',
};

export const LAYOUTS: readonly Layout[] = [
  // Actions
  { fixture: 'actions-numbered-sentences', shape: 'numbered sentences (1. 2. 3.) under "Wat gaan we daarvoor doen?" are a list of actions', rules: ['actions-list', 'blocks/text/list.ts'] },
  { fixture: 'actions-speerpunt-status-table', shape: 'a Speerpunt | Status table: one action per row with its progress', rules: ['action-table'] },
  { fixture: 'parity-goals-numbered-measures', shape: 'numbered measures ("2.3.1 …") with their text, in text, Markdown and HTML alike', rules: ['action-text', 'heading-line'] },
  { fixture: 'seed-numbered-measures', shape: 'a goal heading named by the line under it, then numbered measures with Toelichting labels', rules: ['goal-title-line', 'action-text'] },
  { fixture: 'html-numbered-headings-over-action-lists', shape: 'a numbered HTML heading with a list under it heads the list: its items are the actions', rules: ['actions-list', 'sections/open-heading.ts'] },
  { fixture: 'list-across-page-break', shape: 'a bullet list that goes on after a page footer and header', rules: ['blocks/text/list.ts', 'actions-list'] },
  { fixture: 'goals-numbered-list-under-group-heading', shape: 'numbered goals under "Doelstellingen" (Visie is no goal), results wrapped onto two lines, repeated under Toelichting', rules: ['goals-list', 'action-numbered-paragraph', 'sections/repeated-actions.ts', 'vocabulary/goals.ts'] },
  { fixture: 'goals-statement-lines-semicolons', shape: 'goals as lines ending in ";" (their markers lost), the run closed by a full stop', rules: ['goal-statement-line'] },
  // Budget tables
  { fixture: 'bestuursrapportage-afwijkingen-vn-is', shape: 'a bestuursrapportage\'s deviations table with V/N markers and I/S columns', rules: ['budget-table', 'multiplier-caption'] },
  { fixture: 'budget-aligned-columns-group-header', shape: 'space-aligned amounts under a group word centred over its year columns', rules: ['blocks/text/amount-header.ts', 'budget-table'] },
  { fixture: 'budget-amount-rows-aligned-empty-cells', shape: 'space-aligned amount rows with empty cells left as spaces', rules: ['lone-amount-under-column', 'blocks/text/amount-columns.ts', 'amount-row'] },
  { fixture: 'budget-amount-rows-caption-in-header', shape: 'amount rows whose header line starts with the caption "Bedragen x € 1.000"', rules: ['blocks/text/amount-header.ts', 'amount-row'] },
  { fixture: 'budget-amount-rows-dot-leaders', shape: 'amount rows with dot leaders ("Lasten ........ 2.762")', rules: ['amount-row', 'blocks/amount-row.ts'] },
  { fixture: 'budget-amount-rows-year-in-label', shape: 'a year at the end of a row label is part of the label, not an amount', rules: ['blocks/text/amount-rows.ts', 'amount-row'] },
  { fixture: 'budget-cells-per-line-broken-column-words', shape: 'a budget table one cell per line with column words hyphenated over two lines', rules: ['tables/cell-runs.ts', 'budget-table'] },
  { fixture: 'budget-cells-per-line-group-lines', shape: 'a budget table one cell per line with programme lines between the rows', rules: ['tables/cell-runs.ts', 'budget-table'] },
  { fixture: 'budget-cells-per-line-kind-cells', shape: 'one cell per line with a lasten/baten cell between the label and the amounts', rules: ['tables/cell-runs.ts', 'budget-table'] },
  { fixture: 'budget-cells-per-line-loose-vn-markers', shape: 'one cell per line with V/N markers on lines of their own', rules: ['tables/cell-runs.ts', 'budget-table'] },
  { fixture: 'budget-cells-per-line-taakveld', shape: 'one cell per line with taakveld codes opening the rows', rules: ['tables/cell-runs.ts', 'budget-table'] },
  { fixture: 'budget-cells-per-line-voorzieningen', shape: 'a voorzieningen table one cell per line, titled by its top-left word', rules: ['tables/cell-runs.ts', 'budget-table'] },
  { fixture: 'budget-code-columns-nr-taakveld', shape: 'a row number and a taakveld code column before the amounts', rules: ['recognise/budget-table.ts', 'budget-table'] },
  { fixture: 'budget-code-columns-ui-star-year', shape: 'a U/I column and a year header with a star ("2019*")', rules: ['recognise/budget-table.ts', 'budget-table'] },
  { fixture: 'budget-decimals-rounding-tolerance', shape: 'amounts in tenths whose saldo and totals differ by rounding', rules: ['checks/budget-arithmetic.ts', 'budget-table'] },
  { fixture: 'budget-grouped-rows-grand-total', shape: 'Lasten/Baten/Saldo rows grouped per programme under a grand total', rules: ['recognise/budget-table.ts', 'budget-table'] },
  { fixture: 'budget-grid-caption-in-header', shape: 'a unit caption between the column words and the years of a cell-per-line header', rules: ['tables/grid/header-grid.ts', 'budget-table'] },
  { fixture: 'budget-grid-code-cells', shape: 'a code cell before each label of a cell-per-line table is the row\'s code', rules: ['tables/grid/body-units.ts', 'budget-table'] },
  { fixture: 'budget-grid-cut-row', shape: 'a cell-per-line table cut off mid-row keeps its cells and marks the row, never padded', rules: ['tables/grid/infer-grid.ts', 'budget-table'] },
  { fixture: 'budget-grid-dash-label', shape: '"- Uitkering gemeentefonds" is a row label inside a cell-per-line table, not a bullet', rules: ['tables/grid-runs.ts', 'budget-table'] },
  { fixture: 'budget-grid-dash-marker-slot', shape: 'a "-" where the other rows carry their V/N marker is a marker, not an amount 0', rules: ['tables/grid/body-units.ts', 'budget-table'] },
  { fixture: 'budget-grid-group-lines', shape: 'group lines without amounts between label rows give the rows under them their group', rules: ['tables/grid/infer-grid.ts', 'budget-table'] },
  { fixture: 'budget-grid-group-rows-two-labels', shape: 'group headings and two label cells per row, some cells missing: rows with their group', rules: ['tables/grid/infer-grid.ts', 'budget-table'] },
  { fixture: 'budget-grid-group-word-over-years', shape: 'a group word ("Meerjarenraming") over a run of bare years', rules: ['tables/grid/header-grid.ts', 'budget-table'] },
  { fixture: 'budget-grid-header-wrapped', shape: 'a header cell wrapped over two lines ("Rekening" / "2023") is one column', rules: ['tables/grid/header-grid.ts', 'budget-table'] },
  { fixture: 'budget-repeated-year-header-rows', shape: 'a pipe table that repeats its year columns over each block of rows: those rows head the block (a group), they are no data', rules: ['recognise/year-header-row.ts', 'budget-table'] },
  { fixture: 'budget-grid-operator-column', shape: 'an EMU-saldo table one cell per line with a "+" or "-" operator after each label: the operator stays with the label, not an amount', rules: ['tables/grid/operator-cells.ts', 'tables/grid/infer-grid.ts', 'budget-table'] },
  { fixture: 'budget-amount-rows-number-in-label', shape: 'a small number at the end of a row label ("fase 2") is part of the label when it gives the row one amount too many', rules: ['blocks/text/amount-rows.ts', 'amount-row'] },
  { fixture: 'budget-amount-rows-operator-column', shape: 'EMU-saldo amount rows with a "+" or "-" operator after each label: a lone "-" there is no nil first amount', rules: ['blocks/text/amount-rows.ts', 'amount-row', 'budget-table'] },
  { fixture: 'budget-grid-one-row-under-caption', shape: 'one row (EMU-saldo) one cell per line under a unit caption and a header naming each of its columns is a table', rules: ['tables/grid/infer-grid.ts', 'budget-table', 'multiplier-caption'] },
  { fixture: 'budget-grid-one-column-pipe-cells', shape: 'a pipe grid one cell per line with spacer rows, a title with a year above "Onderdeel", and a sign legend after it', rules: ['tables/grid/one-column-cells.ts', 'tables/grid/header-grid.ts', 'budget-table'] },
  { fixture: 'budget-grid-qualifiers-under-periods', shape: 'periods over qualifiers whose sub-columns are never printed', rules: ['tables/grid/header-grid.ts', 'budget-table'] },
  { fixture: 'budget-grid-unknown-column-words', shape: 'column words outside the vocabulary become column labels', rules: ['tables/grid/header-grid.ts', 'budget-table'] },
  { fixture: 'budget-grid-vn-column', shape: 'a V/N column: the marker on the amount\'s sign', rules: ['tables/grid/body-units.ts', 'budget-table'] },
  { fixture: 'budget-grid-years-over-kinds', shape: 'a row of years over repeated lasten/baten (two-level header)', rules: ['tables/grid/header-grid.ts', 'budget-table'] },
  { fixture: 'budget-grouped-rows-kind-cell', shape: 'a programme label only in the first cell of its first row, a kind cell after it', rules: ['recognise/budget-table.ts', 'budget-table'] },
  { fixture: 'budget-header-repeated-per-programme', shape: 'the same header line repeated above each programme\'s table is content, no running header', rules: ['vocabulary/header-words.ts', 'blocks/text.ts'] },
  { fixture: 'budget-pipe-trailing-empty-cells', shape: 'pipe rows ending in empty cells', rules: ['blocks/text/pipe-table.ts', 'budget-table'] },
  { fixture: 'budget-tab-separated-rows', shape: 'tab-separated rows copied from a spreadsheet, a double tab an empty cell', rules: ['blocks/text/tab-rows.ts', 'budget-table'] },
  { fixture: 'budget-total-rows-checked', shape: 'total rows checked against the rows they total; a caption above titles the table', rules: ['checks/budget-arithmetic.ts', 'multiplier-caption'] },
  { fixture: 'budget-vn-markers-signs', shape: 'V/N markers and signs in every convention, a marker never changing a sign', rules: ['recognise/budget-table.ts', 'values/index.ts'] },
  { fixture: 'reserves-voorzieningen-balance', shape: 'reserves and voorzieningen with begin balance, toevoeging, onttrekking, end balance', rules: ['budget-table', 'multiplier-caption'] },
  { fixture: 'pipe-no-outer-pipes-empty-first-cell', shape: 'pipe rows without outer pipes whose follow-up rows open with an empty cell', rules: ['blocks/text/pipe-table.ts', 'budget-table'] },
  { fixture: 'pipe-two-row-header-broken-words', shape: 'a two-row pipe header with words broken over cells ("Begrotings-" | "wijziging")', rules: ['tables/header-rows.ts', 'goal-title-line'] },
  { fixture: 'parity-budget-broken-header', shape: 'a budget table with a broken header, in text, Markdown and HTML alike', rules: ['tables/header-rows.ts', 'budget-table'] },
  // Indicators
  { fixture: 'html-indicator-card-marker-cells', shape: 'HTML indicator cards one cell per block with n.b./n.v.t. marker cells', rules: ['card-field-pair', 'indicator-table'] },
  { fixture: 'indicator-bbv-benchmark-municipality-column', shape: 'BBV benchmark indicators with a column named after the municipality', rules: ['recognise/indicator-table.ts', 'indicator-table'] },
  { fixture: 'indicator-card-cells-per-line', shape: 'an indicator card laid out one cell per line, field word and value on two lines', rules: ['card-field-pair', 'indicator-table'] },
  { fixture: 'indicator-card-eenheid-bron', shape: 'an indicator card with Eenheid: and Bron: lines above its values', rules: ['card-field-line', 'indicator-table'] },
  { fixture: 'indicator-card-grouped-column-words', shape: 'a card\'s column words grouped (Realisatie ×4, Begroot ×2) over a row of years', rules: ['card-field-line', 'tables/columns.ts', 'group-label-line'] },
  { fixture: 'indicator-card-number-on-own-line', shape: 'a card\'s number alone on the line above its name', rules: ['card-title-after-number', 'card-field-line'] },
  { fixture: 'indicator-cells-per-line-ids-missing-cell', shape: 'indicators one cell per line opened by ids, one row a cell short', rules: ['tables/cell-runs.ts', 'indicator-table'] },
  { fixture: 'indicator-cells-per-line-short-rows', shape: 'indicators one cell per line with rows shorter than the header', rules: ['tables/cell-runs.ts', 'indicator-table'] },
  { fixture: 'indicator-comparison-series', shape: 'comparison indicators: rows Gemeente, Provincie, Nederland per indicator', rules: ['recognise/indicator-table.ts', 'indicator-table'] },
  { fixture: 'indicator-comparison-space-separated-title', shape: 'comparison indicators whose title and header are space-separated', rules: ['recognise/indicator-table.ts', 'indicator-table'] },
  { fixture: 'indicator-comparison-unit-from-values', shape: 'comparison indicators whose unit comes from their values ("%")', rules: ['recognise/indicator-table.ts', 'indicator-table'] },
  { fixture: 'indicator-doel-year-column-small-targets', shape: 'a "Doel 2026" column of targets, whatever the cells under it', rules: ['tables/columns.ts', 'indicator-table'] },
  { fixture: 'indicator-flattened-colspan-group', shape: 'a group header flattened from a colspan, repeated over its columns', rules: ['tables/header-rows.ts', 'indicator-table'] },
  { fixture: 'indicator-group-rows-bracket-years-footnotes', shape: 'group rows (Effectindicatoren / Prestatie-indicatoren) as the kind of the rows under them, "44,5 (2024)" dated 2024, footnote marks cut from names', rules: ['indicator-table', 'recognise/indicator-table.ts'] },
  { fixture: 'indicator-group-word-over-year-row', shape: 'a group word (Realisatie) on a row above a row of years', rules: ['tables/header-rows.ts', 'indicator-table'] },
  { fixture: 'indicator-kind-mixed-heading', shape: '"Effect- en prestatie-indicatoren": a heading over both kinds gives kind other', rules: ['vocabulary/sections.ts', 'indicator-table'] },
  { fixture: 'indicator-measuring-year-per-column', shape: 'a measuring year per value column ("Realisatie (2021)")', rules: ['tables/columns.ts', 'indicator-table'] },
  { fixture: 'indicator-space-separated-descriptor-header', shape: 'a space-separated header of descriptor words (Indicator Eenheid Bron)', rules: ['tables/columns.ts', 'indicator-table'] },
  { fixture: 'indicator-value-geen-meting', shape: '"Geen meting" and "niet gemeten" are a not-available marker', rules: ['values/index.ts', 'indicator-table'] },
  { fixture: 'indicator-values-brackets-spelled-sign-ranges', shape: 'values in brackets, spelled signs and ranges ("1,4 < x < 2,0")', rules: ['values/index.ts', 'indicator-table'] },
  { fixture: 'kengetallen-letter-spaced-title', shape: 'BBV kengetallen under a letter-spaced title ("K e n g e t a l l e n")', rules: ['indicator-table', 'vocabulary/sections.ts'] },
  { fixture: 'parity-indicator-grouped-years', shape: 'indicators with years grouped under column words, in text, Markdown and HTML alike', rules: ['indicator-table', 'tables/header-rows.ts'] },
  { fixture: 'pipe-tables-blank-line-new-header', shape: 'pipe tables apart by a blank line: a new header row starts a new table', rules: ['blocks/text/pipe-table.ts', 'indicator-table'] },
  { fixture: 'seed-indicator-cells-per-line', shape: 'an indicator table one cell per line under a goal', rules: ['tables/cell-runs.ts', 'indicator-table'] },
  { fixture: 'seed-pipe-indicators-broken-header', shape: 'pipe indicators with a header broken over cells', rules: ['tables/header-rows.ts', 'indicator-table'] },
  { fixture: 'weerstandsvermogen-waarderingstabel', shape: 'weerstandsvermogen with a waarderingstabel of ranges A–F', rules: ['table', 'indicator-table'] },
  { fixture: 'markdown-two-row-header-above-separator', shape: 'a Markdown table with two header rows above its separator', rules: ['blocks/markdown.ts', 'indicator-table'] },
  { fixture: 'web-cells-per-line-begroting', shape: 'an online begroting copied from the web, tables one cell per line', rules: ['tables/cell-runs.ts', 'budget-table', 'indicator-table'] },
  { fixture: 'pdf-text-columns-running-headers', shape: 'PDF text with running headers and footers on every page', rules: ['vocabulary/clutter.ts', 'blocks/text.ts', 'label-goes-on-in-lower-case'] },
  { fixture: 'pdf-wrapped-lines-starting-with-capitals', shape: 'PDF text wrapped at the margin onto lines that start with a capital', rules: ['blocks/text/paragraph.ts', 'paragraph', 'goal-description'] },
  // Goals and outline
  { fixture: 'goal-beoogd-effect-with-id', shape: '"Beoogd maatschappelijk effect 3.1: …" names one goal with its id', rules: ['recognise/headings.ts', 'goal-description'] },
  { fixture: 'goal-title-wrapped-onto-two-lines', shape: 'a goal heading whose title wraps onto a second line', rules: ['recognise/headings.ts', 'goal-description'] },
  { fixture: 'goals-repeated-under-actions', shape: 'goals named again under "Wat gaan we daarvoor doen?" group the actions', rules: ['sections/goal-references.ts', 'sections/open-heading.ts'] },
  { fixture: 'html-costs-after-goal-blocks', shape: 'HTML goal blocks, then the programme\'s costs: the costs are the programme\'s', rules: ['sections/outline.ts', 'budget-table'] },
  { fixture: 'html-shallower-heading-closes-deeper', shape: 'a shallower HTML heading closes what deeper ones opened', rules: ['sections/outline.ts'] },
  { fixture: 'letter-spaced-titles-wide-word-gaps', shape: 'letter-spaced titles and wide gaps between words', rules: ['vocabulary/sections.ts', 'heading-line'] },
  { fixture: 'markdown-subheadings-inside-w-questions', shape: 'Markdown sub-headings inside a W-question stay inside it', rules: ['sections/outline.ts', 'goal-description'] },
  { fixture: 'parity-w-questions-bullets', shape: 'W-questions with bullets under them, in text, Markdown and HTML alike', rules: ['heading-line', 'actions-list'] },
  { fixture: 'programme-sentence-with-colon', shape: '"Programma 3 bestaat uit de volgende taakvelden:" is a sentence, no programme', rules: ['vocabulary/sections.ts', 'list'] },
  { fixture: 'programmes-numbered-as-listed-up-front', shape: 'numbered headings that the list of programmes up front names are programmes', rules: ['recognise/headings.ts', 'sections/tree.ts'] },
  { fixture: 'w-questions-outline-numbered', shape: 'W-questions with outline numbers ("2.1 Wat willen we bereiken?")', rules: ['heading-line', 'vocabulary/sections.ts'] },
  { fixture: 'w-questions-subject-wordings', shape: 'W-questions in their many wordings ("Wat heeft het programma gekost?")', rules: ['heading-line', 'vocabulary/sections.ts'] },
  // Connected parties
  { fixture: 'parity-connected-parties', shape: 'one table per party, its name as header, in text, Markdown and HTML alike', rules: ['connected-party-table'] },
  { fixture: 'parties-aligned-key-value-columns', shape: 'a party\'s fields as key and value in aligned columns, a Naam line first', rules: ['party-name-field', 'party-field-lines'] },
  { fixture: 'parties-field-lines-under-name', shape: 'a party\'s name on a line, "Veld: waarde" lines under it', rules: ['party-name-line', 'party-field-lines'] },
  { fixture: 'parties-field-value-wrapped-capitalised-line', shape: 'a field value wrapped onto a line that starts with a capital', rules: ['party-value-wrapped', 'party-field-lines'] },
  { fixture: 'parties-heading-above-overview-table', shape: 'a heading above an overview table with a Naam column heads the table', rules: ['connected-party-table', 'party-name-line'] },
  { fixture: 'parties-name-list-then-descriptions', shape: 'a list of party names, then each party described: the list stays a list', rules: ['party-names-list', 'recognise/party-name-lists.ts'] },
  { fixture: 'parties-name-row-tables', shape: 'party tables whose first row holds the name alone', rules: ['connected-party-table'] },
  { fixture: 'parties-overview-aligned-columns', shape: 'an overview in aligned columns ("Naam   Taakveld", "Vennootschappen - Dividend   2025   2024"): one party per line, totals none; "Inleiding" no party', rules: ['party-overview-header', 'party-overview-row', 'party-name-line', 'vocabulary/parties.ts'] },
  { fixture: 'parties-overview-kind-column-with-totals', shape: 'a table under "Gemeenschappelijke regelingen | Bijdrage …": one party per row, the total row none', rules: ['connected-party-table', 'vocabulary/parties.ts'] },
  { fixture: 'seed-speerpunt-parties-budget', shape: 'a speerpunten table, party tables and a budget table in one document', rules: ['action-table', 'connected-party-table', 'budget-table'] },
  // Letters and meta
  { fixture: 'letter-key-value-lines-raadsvoorstel', shape: 'a raadsvoorstel\'s "Key: value" lines give the document\'s fields', rules: ['letter-field', 'vocabulary/letter-fields.ts'] },
  { fixture: 'letter-key-value-wrapped-onderwerp', shape: 'a letter\'s Onderwerp value wrapped onto the next line', rules: ['letter-field', 'recognise/letter-meta.ts'] },
  { fixture: 'letter-letterhead-table-no-colons', shape: 'a letterhead table whose keys have no colons', rules: ['letterhead-table'] },
  { fixture: 'parity-letter-letterhead', shape: 'a letterhead table, in text, Markdown and HTML alike', rules: ['letterhead-table'] },
  { fixture: 'seed-letter-letterhead-table', shape: 'a letterhead table with Datum, Zaaknummer, Onderwerp', rules: ['letterhead-table'] },
  { fixture: 'meta-municipality-connector-words', shape: 'municipality names with connector words ("Berg en Dal")', rules: ['meta/document-meta.ts', 'vocabulary/municipalities.ts'] },
  { fixture: 'meta-no-municipality-from-party-participants', shape: 'municipalities among a party\'s participants name no document', rules: ['meta/document-meta.ts', 'party-value-wrapped'] },
  { fixture: 'meta-no-municipality-from-party-seats', shape: 'a party\'s seat (Vestigingsplaats) names no document\'s municipality', rules: ['meta/document-meta.ts', 'party-name-field'] },
  { fixture: 'meta-type-from-past-tense-wordings', shape: 'the document type from past-tense W-questions ("Wat hebben we bereikt?")', rules: ['meta/document-meta.ts', 'vocabulary/document-types.ts'] },
  // HTML
  { fixture: 'html-colspan-rowspan-header', shape: 'an HTML header with colspan and rowspan cells', rules: ['blocks/html-table.ts', 'indicator-table'] },
  { fixture: 'one-column-table-cells-per-line', shape: 'a grid written one cell per line with a pipe after each cell: its cells are read as a linearised grid, a budget table', rules: ['tables/grid/one-column-cells.ts', 'tables/grid-runs.ts', 'blocks/text/pipe-table.ts'] },
  { fixture: 'one-column-table-no-grid', shape: 'a one-column pipe table whose cells form no grid (names, no amounts): kept as a table with a warning, no row read', rules: ['one-column-table', 'blocks/text/pipe-table.ts'] },
  { fixture: 'indicator-bare-group-rows', shape: 'a name alone on its row over rows of values heads them (their group), it is no indicator', rules: ['recognise/indicator-group-row.ts', 'indicator-table'] },
  { fixture: 'html-empty-cells', shape: 'HTML tables with empty cells kept in their columns', rules: ['blocks/html-table.ts', 'budget-table'] },
  { fixture: 'html-navigation-clutter', shape: 'a web page\'s navigation, cookie bar and footer are clutter', rules: ['blocks/html.ts', 'vocabulary/clutter.ts'] },
  { fixture: 'html-nested-table', shape: 'a table nested in an HTML table cell', rules: ['blocks/html-table.ts', 'table'] },
  { fixture: 'html-no-thead', shape: 'an HTML table without <thead>: its header found from its cells', rules: ['blocks/html-table.ts', 'table'] },
];
