import * as Y from 'yjs';
import { boardRecords } from '../../board/board-doc.ts';
import type { DocumentLog } from './document-log.ts';

/**
 * A board's records as stored now (the snapshot and the log after it): every update a peer has
 * seen is in there, since the sync server saves before it broadcasts.
 */
export async function loadBoardRecords(
	log: DocumentLog,
	boardId: string
): Promise<Record<string, unknown>[]> {
	const stored = await log.load(boardId);
	const doc = new Y.Doc();
	try {
		for (const data of [stored.snapshot, ...stored.updates.map((u) => u.data)]) {
			if (data) Y.applyUpdate(doc, data);
		}
		return [...boardRecords(doc).values()].map((record) => record.toJSON());
	} finally {
		doc.destroy();
	}
}
