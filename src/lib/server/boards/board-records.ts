import * as Y from 'yjs';
import { boardRecords } from '../../board/board-doc.ts';
import type { DocumentLog } from './document-log.ts';

/**
 * A board's records (and the schema they were saved with) as stored now (the snapshot and the log after it): every update a peer has
 * seen is in there, since the sync server saves before it broadcasts.
 */
export async function loadBoardRecords(
	log: DocumentLog,
	boardId: string
): Promise<{ records: Record<string, unknown>[]; schema: unknown }> {
	const stored = await log.load(boardId);
	const doc = new Y.Doc();
	try {
		for (const data of [stored.snapshot, ...stored.updates.map((u) => u.data)]) {
			if (data) Y.applyUpdate(doc, data);
		}
		return {
			records: [...boardRecords(doc).values()].map((record) => record.toJSON()),
			schema: doc.getMap('tldraw_meta').get('schema') ?? null
		};
	} finally {
		doc.destroy();
	}
}
