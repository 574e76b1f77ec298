import * as Y from 'yjs';

const RECORDS_KEY = 'tldraw';

/**
 * The board's records in its Y.Doc, one Y.Map per tldraw record. Kept apart from the binding so
 * that the page can look at the doc without loading tldraw.
 */
export function boardRecords(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(RECORDS_KEY);
}

/**
 * The board's records that are records. An update can put any value under a key of the records
 * map; the sync server removes one that is not a record (server/sync/structure-guard.ts), and
 * whatever reads a board skips it, so that one bad update cannot make a board unopenable.
 */
export function recordMaps(doc: Y.Doc): [string, Y.Map<unknown>][] {
	return [...boardRecords(doc).entries()].filter((entry) => entry[1] instanceof Y.Map);
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
