import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardOverHttp, signUpOverHttp, startApp, type AppProcess } from '../support/app-process.ts';
import { removeDir } from '../support/test-server.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-crash-'));
let app: AppProcess | undefined;

afterAll(async () => {
	await app?.stop('SIGKILL');
	removeDir(dataDir);
});

describe('crash recovery of the production server', () => {
	it('keeps every edit an observer received when the server is killed with SIGKILL mid-edit', async () => {
		app = await startApp({ dataDir });
		const cookie = await signUpOverHttp(app.url);
		const boardId = await createBoardOverHttp(app.url, cookie, 'Crash test');
		const wsUrl = `${app.url.replace('http', 'ws')}/sync`;
		const writer = connectProvider(wsUrl, boardId, cookie);
		const observer = connectProvider(wsUrl, boardId, cookie);
		await Promise.all([whenSynced(writer), whenSynced(observer)]);
		// Once a connection drops, what the observer has is frozen: that is what must survive.
		let frozen: string[] | null = null;
		observer.on('status', ({ status }: { status: string }) => {
			if (status !== 'connected' && !frozen) frozen = [...observer.doc.getMap('records').keys()];
		});

		let written = 0;
		const editing = setInterval(() => {
			writer.doc.getMap('records').set(`edit-${written}`, { n: written, at: Date.now() });
			written++;
		}, 2);
		await waitFor(
			() => observer.doc.getMap('records').size >= 300,
			'the observer to receive 300 edits',
			20_000
		);
		await app.stop('SIGKILL');
		clearInterval(editing);
		await waitFor(() => frozen !== null, 'the observer to notice the crash');
		writer.destroy();
		observer.destroy();
		const seen = frozen as unknown as string[];
		expect(seen.length).toBeGreaterThanOrEqual(300);

		app = await startApp({ dataDir });
		const reader = connectProvider(`${app.url.replace('http', 'ws')}/sync`, boardId, cookie, new Y.Doc());
		await whenSynced(reader);
		await waitFor(
			() => reader.doc.getMap('records').size >= seen.length,
			'the restarted server to load the board'
		);
		const restored = reader.doc.getMap('records');
		const missing = seen.filter((key) => !restored.has(key));
		reader.destroy();
		expect(missing).toEqual([]);
		console.log(`crash test: ${written} edits sent, ${seen.length} seen by the observer, all restored`);
	});
});
