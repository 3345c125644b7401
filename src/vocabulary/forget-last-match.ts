/**
 * JavaScript keeps the subject of the last successful regex match for the
 * legacy `RegExp.input` and `RegExp.lastMatch`. After a parse that subject
 * is a piece of the document (a row label, or the whole text when a scan
 * over it matched last), and a piece cut from a text is, in V8, a view that
 * keeps the whole text alive: a 100 MB input's 214 MB of text would outlive
 * its report until some other match. A match on a constant ends that.
 */
const EMPTY_MATCH = /^/;

/** Makes the empty string the last regex subject, so that no document is held by it. */
export function forgetLastMatch(): void {
  EMPTY_MATCH.exec('');
}
