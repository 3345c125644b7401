/**
 * A piece that closes a bracket its label opened is the label's last word,
 * not an amount: the amount reader reads pieces from the end of a line, and
 * "1)" or "€1.000)" read alone look like amounts.
 *
 *   2. Renterisiconorm (20 % van 1) 24.549       → label "2. Renterisiconorm (20 % van 1)", one amount
 *   Nr. Renterisiconorm (x €1.000) 2015          → label "Nr. Renterisiconorm (x €1.000)", the year
 *   Saldo (1.234) 24.549                         → two amounts: "(1.234)" opens its own bracket
 *
 * Structure, not vocabulary: a bracket left open in the text before the
 * piece, and closed by the piece without one of its own.
 */

/**
 * Whether `piece`, which starts at `start` in `text`, ends in ")" without a "(" of its own while the text before it
 * leaves a "(" open.
 * @example closesOpenBracket('Renterisiconorm (20 % van 1) 24.549', 26, '1)') // true
 * @example closesOpenBracket('Saldo (1.234) 24.549', 6, '(1.234)') // false
 */
export function closesOpenBracket(text: string, start: number, piece: string): boolean {
  if (piece.charCodeAt(piece.length - 1) !== 41 /* ) */ || piece.includes('(')) return false;
  let open = 0;
  for (let i = 0; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) open++;
    else if (c === 41 /* ) */ && open > 0) open--;
  }
  return open > 0;
}
