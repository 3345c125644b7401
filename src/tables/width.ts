/** Moved to `blocks/table-width.ts`: every reader measures its rows before tables do. */
export { pushAll, tableWidth } from '../blocks/table-width.js';
