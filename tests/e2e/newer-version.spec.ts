import * as Y from 'yjs';
import { boardRecords, saveSchema } from '../../src/lib/board/board-doc.ts';
import { BOARD_SCHEMA } from '../../src/lib/board/board-schema.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import { openStorage } from '../../src/lib/server/db/index.ts';
import { createBoardOverHttp } from '../support/app-process.ts';
import { noteRecord } from '../support/tldraw-records.ts';
import { expect, ownServer, sessionCookie, test } from './fixtures.ts';

// A server of its own, so this file can put a board into its storage as a newer version saved it.
const server = ownServer(4176);

test('explains, instead of going blank, when a board was saved by a newer version', async ({
	page,
	baseURL
}) => {
	// A server rolled back to this version finds a board a later one saved (no client can write
	// such a schema: the sync server sets it back).
	const boardId = await createBoardOverHttp(baseURL!, sessionCookie(page), 'Uit de toekomst');
	const saved = new Y.Doc();
	boardRecords(saved).set('shape:note', recordToYMap(noteRecord('note', 'Doelgroep')));
	saveSchema(saved, {
		schemaVersion: 2,
		sequences: { ...BOARD_SCHEMA.sequences, 'com.tldraw.shape.note': 99 }
	});
	const storage = await openStorage({ dataDir: server.dataDir });
	await new DocumentLog(storage.db).append(boardId, [{ data: Y.encodeStateAsUpdate(saved) }]);
	await storage.close();

	await page.goto(`/b/${boardId}`);
	await expect(page.getByRole('alert')).toContainText('opgeslagen door een nieuwere versie van Werkbord');
});
