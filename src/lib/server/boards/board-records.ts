import * as Y from 'yjs';
import { recordMaps, savedSchema } from '../../board/board-doc.ts';
import type { DocumentLog } from './document-log.ts';

/**
 * A board's document as stored now (the snapshot and the log after it): every update a peer has
 * seen is in there, since the sync server saves before it broadcasts. The caller destroys it.
 */
export async function loadBoardDoc(log: DocumentLog, boardId: string): Promise<Y.Doc> {
	const stored = await log.load(boardId);
	const doc = new Y.Doc();
	for (const data of [stored.snapshot, ...stored.updates.map((u) => u.data)]) {
		if (data) Y.applyUpdate(doc, data);
	}
	return doc;
}

/** A board's records as JSON, and the schema they were saved with (null: none recorded). */
export interface BoardRecords {
	records: Record<string, unknown>[];
	schema: unknown;
}

/** The records of a board's document (and the schema they were saved with). */
export function docRecords(doc: Y.Doc): BoardRecords {
	return {
		records: recordMaps(doc).map(([, record]) => record.toJSON()),
		schema: savedSchema(doc) ?? null
	};
}

/** The records of a saved Yjs state (a snapshot). */
export function stateRecords(state: Uint8Array): BoardRecords {
	const doc = new Y.Doc();
	try {
		Y.applyUpdate(doc, state);
		return docRecords(doc);
	} finally {
		doc.destroy();
	}
}

/** A board's records as stored now. */
export async function loadBoardRecords(log: DocumentLog, boardId: string): Promise<BoardRecords> {
	const doc = await loadBoardDoc(log, boardId);
	try {
		return docRecords(doc);
	} finally {
		doc.destroy();
	}
}
