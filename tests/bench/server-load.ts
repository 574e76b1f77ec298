/**
 * What the server needs to open a big board, opened by the first client after a restart, in the
 * two ways the server leaves a board stored: after a crash, a snapshot and a log after it holding
 * the last 10% of the notes (added one by one; tldraw batches a few per update); after a clean stop
 * (or a room unloaded once everyone left), the log folded into one snapshot. Times from the
 * client's connect until it is synced (the server loads the room and answers with the whole board),
 * and the server's resident memory before and after. Each size and state three times, each on a
 * fresh process (the crashed state copied back before each).
 *
 *   npm run bench:server-load          # BENCH_NOTES=2000,10000
 *   BENCH_SERVER_PROFILE=/tmp/prof npm run bench:server-load   # a CPU profile of each server process
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
	'| notes | stored as | snapshot | log after it | first open: load + sync (ms) | server RSS before → after (MiB) |'
);
console.log('|---:|---|---:|---:|---|---|');
for (const notes of SIZES) {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-server-load-'));
	const crashed = `${dataDir}-crashed`;
	try {
		let app = await startApp({ dataDir });
		const cookie = await signUpOverHttp(app.url, 'Bench');
		const boardId = await createBoardOverHttp(app.url, cookie, `${notes} notes`);
		await app.stop('SIGTERM');

		const inLog = Math.round(notes / 10);
		const doc = await noteBoard(notes - inLog);
		let snapshot = Y.encodeStateAsUpdate(doc);
		const updates: Uint8Array[] = [];
		await noteBoard(inLog, { doc, from: notes - inLog, onUpdate: (update) => updates.push(update) });
		const storage = await openStorage({ dataDir });
		const log = new DocumentLog(storage.db);
		await log.compact(boardId, snapshot, 0);
		for (const data of updates) await log.append(boardId, [{ data }]);
		await storage.close();
		cpSync(dataDir, crashed, { recursive: true });

		/** Opens the board on a fresh process `RUNS` times; the clean stop after each folds the log. */
		const firstOpens = async (restore: boolean) => {
			const times: number[] = [];
			const memory: [number, number][] = [];
			for (let run = 0; run < RUNS; run++) {
				if (restore) cpSync(crashed, dataDir, { recursive: true });
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
				if (!restore) snapshot = Y.encodeStateAsUpdate(client.doc);
				client.destroy();
				await app.stop('SIGTERM');
			}
			const [before, after] = memory[times.indexOf(median(times))]!;
			return `${median(times).toFixed(0)} (${times.map((t) => t.toFixed(0)).join(', ')}) | ${before.toFixed(0)} → ${after.toFixed(0)} |`;
		};
		const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
		const logged = `${updates.length} updates, ${kib(updates.reduce((n, u) => n + u.byteLength, 0))}`;
		console.log(
			`| ${notes} | snapshot + log (a crash) | ${kib(snapshot.byteLength)} | ${logged} | ${await firstOpens(true)}`
		);
		const opens = await firstOpens(false);
		console.log(`| ${notes} | one snapshot (a clean stop) | ${kib(snapshot.byteLength)} | none | ${opens}`);
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(crashed, { recursive: true, force: true });
	}
}
process.exit(0);
