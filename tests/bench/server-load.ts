/**
 * What the server needs to open a big board: a board of N sticky notes stored as the server
 * leaves it — a snapshot, and a log after it holding the last 10% of the notes (added one by one;
 * tldraw batches a few per update) — opened by the first client after a restart. Times from the
 * client's connect until it is synced (the server loads snapshot + log into the room and answers
 * with the whole board), and the server's resident memory before and after. Each size three
 * times, each on a fresh process.
 *
 *   npm run bench:server-load          # BENCH_NOTES=2000,10000
 *   BENCH_SERVER_PROFILE=/tmp/prof npm run bench:server-load   # a CPU profile of each server process
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import { openStorage } from '../../src/lib/server/db/index.ts';
import { createBoardOverHttp, signUpOverHttp, startApp } from '../support/app-process.ts';
import { noteBoard } from '../support/note-board.ts';
import { rssMiB } from '../support/process-stats.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';
import { median } from './histogram.ts';

const SIZES = (process.env.BENCH_NOTES ?? '2000,10000').split(',').map(Number);
const RUNS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

console.log(
	'| notes | snapshot | log after it | first open: load + sync (ms) | server RSS before → after (MiB) |'
);
console.log('|---:|---:|---:|---|---|');
for (const notes of SIZES) {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-server-load-'));
	try {
		let app = await startApp({ dataDir });
		const cookie = await signUpOverHttp(app.url, 'Bench');
		const boardId = await createBoardOverHttp(app.url, cookie, `${notes} notes`);
		await app.stop('SIGTERM');

		const inLog = Math.round(notes / 10);
		const doc = await noteBoard(notes - inLog);
		const snapshot = Y.encodeStateAsUpdate(doc);
		const updates: Uint8Array[] = [];
		await noteBoard(inLog, { doc, from: notes - inLog, onUpdate: (update) => updates.push(update) });
		const storage = await openStorage({ dataDir });
		const log = new DocumentLog(storage.db);
		await log.compact(boardId, snapshot, 0);
		for (const data of updates) await log.append(boardId, [{ data }]);
		await storage.close();

		const times: number[] = [];
		const memory: [number, number][] = [];
		for (let run = 0; run < RUNS; run++) {
			app = await startApp({ dataDir, profileDir: process.env.BENCH_SERVER_PROFILE });
			await sleep(500);
			const before = rssMiB(app.child.pid!);
			const start = performance.now();
			const client = connectProvider(`${app.url.replace('http', 'ws')}/sync`, boardId, cookie);
			await whenSynced(client);
			times.push(performance.now() - start);
			const shapes = [...boardRecords(client.doc).keys()].filter((id) => id.startsWith('shape:'));
			if (shapes.length !== notes) throw new Error(`the board did not load whole: ${shapes.length} notes`);
			await sleep(1_000);
			memory.push([before, rssMiB(app.child.pid!)]);
			client.destroy();
			await app.stop('SIGTERM');
		}
		const [before, after] = memory[times.indexOf(median(times))]!;
		console.log(
			`| ${notes} | ${(snapshot.byteLength / 1024).toFixed(0)} KiB | ${updates.length} updates, ${(updates.reduce((n, u) => n + u.byteLength, 0) / 1024).toFixed(0)} KiB | ${median(times).toFixed(0)} (${times.map((t) => t.toFixed(0)).join(', ')}) | ${before.toFixed(0)} → ${after.toFixed(0)} |`
		);
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}
process.exit(0);
