import * as Y from 'yjs';

const RECORDS_KEY = 'tldraw';

/** tldraw's own default first page id, so boards made elsewhere and here agree. */
export const FIRST_PAGE_ID = 'page:page';

/**
 * The board's records in its Y.Doc, one Y.Map per tldraw record. Kept apart from the binding so
 * that the page can look at the doc without loading tldraw.
 */
export function boardRecords(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(RECORDS_KEY);
}

/**
 * The kinds of record a board holds: tldraw's document-scoped ones. The others (camera, selection,
 * instance) are each browser's own; put in the doc, they would steer everyone's editor.
 */
export const BOARD_RECORD_TYPES: ReadonlySet<unknown> = new Set([
	'asset',
	'binding',
	'document',
	'page',
	'shape'
]);

/**
 * Whether a value under a key of the records map is that record: a map of its fields whose id is
 * the key, of a kind a board holds. An update can put anything there (a string; another shape's
 * id, to stand in for a locked shape in every editor; someone's selection); the sync server
 * removes what is not (server/sync/structure-guard.ts), and whatever reads a board skips it, so
 * that one bad update cannot make a board unopenable or reach into others' editors.
 */
export function isRecordMap(key: string, value: unknown): value is Y.Map<unknown> {
	return value instanceof Y.Map && value.get('id') === key && BOARD_RECORD_TYPES.has(value.get('typeName'));
}

/** The board's records that are records (`isRecordMap`). */
export function recordMaps(doc: Y.Doc): [string, Y.Map<unknown>][] {
	return [...boardRecords(doc).entries()].filter(([key, value]) => isRecordMap(key, value));
}

const META_KEY = 'tldraw_meta';
const SCHEMA_FIELD = 'schema';

/** What the doc says about its records besides them: the schema they were saved under. */
export function boardMeta(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>(META_KEY);
}

/**
 * The tldraw schema the board's records were saved under, as the doc holds it (undefined: none
 * recorded; the editor then reads the records as its own). Whoever migrates the records writes
 * the schema they now follow (`saveSchema`).
 */
export function savedSchema(doc: Y.Doc): unknown {
	return boardMeta(doc).get(SCHEMA_FIELD);
}

export function saveSchema(doc: Y.Doc, schema: unknown): void {
	boardMeta(doc).set(SCHEMA_FIELD, schema);
}
