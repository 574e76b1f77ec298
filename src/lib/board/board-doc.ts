import type * as Y from 'yjs';

const RECORDS_KEY = 'tldraw';

/**
 * The board's records in its Y.Doc, one Y.Map per tldraw record. Kept apart from the binding so
 * that the page can look at the doc without loading tldraw.
 */
export function boardRecords(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(RECORDS_KEY);
}
