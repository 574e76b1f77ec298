/**
 * What a board costs on disk: one snapshot of a workshop board, and an hour of a busy workshop
 * (30 participants, each sending an update every 5 s: moves, typing and new notes) on the
 * embedded SQLite store, compacted as the server does it. The hour is replayed as fast as the
 * server takes it; the bytes are the same as in real time.
 *
 *   npm run bench:storage      # BENCH_NOTES=300 BENCH_PARTICIPANTS=30 BENCH_MINUTES=60
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { toRichText, type TLRecord } from '@tldraw/tldraw';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { createBoardOverHttp, postForm, signUpOverHttp, startApp } from '../support/app-process.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';
import { noteRecord } from '../support/tldraw-records.ts';

const NOTES = Number(process.env.BENCH_NOTES ?? 300);
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 30);
const MINUTES = Number(process.env.BENCH_MINUTES ?? 60);
const UPDATES = PARTICIPANTS * MINUTES * 12; // one every 5 s each

const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-storage-'));
const app = await startApp({ dataDir });
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Bytes the board takes in each table, read from the database file itself. */
function measure(boardId: string) {
	const db = new DatabaseSync(join(dataDir, 'werkbord.db'), { readOnly: true });
	const sum = (sql: string) => Number((db.prepare(sql).get(boardId) as { bytes: number | null }).bytes ?? 0);
	const result = {
		log: sum('select sum(length(data)) as bytes from board_updates where board_id = ?'),
		state: sum('select sum(length(data)) as bytes from board_snapshots where board_id = ?'),
		history: sum(
			"select sum(length(data)) + sum(length(coalesce(contributions, ''))) as bytes from board_history where board_id = ?"
		),
		snapshots: sum('select count(*) as bytes from board_history where board_id = ?'),
		contributions: sum(
			'select sum(length(author_id) + length(author_name) + length(record_id) + 40) as bytes from board_contributions where board_id = ?'
		)
	};
	db.close();
	return result;
}

try {
	const cookie = await signUpOverHttp(app.url, 'Bench');
	const boardId = await createBoardOverHttp(app.url, cookie, 'Storage');
	const wsUrl = `${app.url.replace('http', 'ws')}/sync`;
	const writers: WebsocketProvider[] = [];
	for (let i = 0; i < PARTICIPANTS; i++) {
		const provider = connectProvider(wsUrl, boardId, cookie);
		await whenSynced(provider);
		writers.push(provider);
	}
	const records = (doc: Y.Doc) => boardRecords(doc);
	const first = writers[0]!;
	first.doc.transact(() => {
		for (let i = 0; i < NOTES; i++)
			records(first.doc).set(
				`shape:n${i}`,
				recordToYMap(
					noteRecord(`n${i}`, `Idee ${i + 1}`, (i % 20) * 240, Math.floor(i / 20) * 240) as TLRecord
				)
			);
	});
	const last = writers.at(-1)!;
	await waitFor(() => records(last.doc).size >= NOTES, 'the board on every writer', 30_000);

	// A named snapshot of the workshop board as it is now.
	await postForm(app.url, `/b/${boardId}?/saveSnapshot`, { title: 'Start' }, cookie);
	const start = measure(boardId);

	const started = performance.now();
	let made = NOTES;
	for (let n = 0; n < UPDATES; n++) {
		const writer = writers[n % PARTICIPANTS]!;
		const doc = writer.doc;
		// Moves and typing on the workshop's notes; every tenth update a new note.
		const id = `shape:n${(n * 7919) % NOTES}`;
		const note = records(doc).get(id);
		const roll = n % 10;
		if (roll < 7 && note) {
			doc.transact(() => {
				note.set('x', (n * 13) % 4800);
				note.set('y', (n * 29) % 3600);
			});
		} else if (roll < 9 && note) {
			(note.get('props') as Y.Map<unknown>).set('richText', toRichText(`Idee ${n}: doelgroep ${n % 97}`));
		} else {
			records(doc).set(`shape:n${made}`, recordToYMap(noteRecord(`n${made}`, `Nieuw ${made}`) as TLRecord));
			made++;
		}
		// Let the server keep up, as a real hour would.
		if (n % PARTICIPANTS === PARTICIPANTS - 1) {
			const probe = `shape:n${made - 1}`;
			await waitFor(() => records(last.doc).has(probe), 'the server to keep up', 30_000);
			await new Promise((resolve) => setImmediate(resolve));
		}
	}
	// Every update is on the server (the last writer got all the notes from it) before measuring.
	await waitFor(() => records(last.doc).size >= made, 'every update relayed', 60_000);
	await new Promise((resolve) => setTimeout(resolve, 2_000));
	const busy = measure(boardId);
	for (const writer of writers) writer.destroy();
	await app.stop('SIGTERM'); // unloads the room: compacts, counts contributions, takes an automatic snapshot
	const end = measure(boardId);
	const file = statSync(join(dataDir, 'werkbord.db')).size;
	const seconds = (performance.now() - started) / 1000;

	console.log(
		`Board of ${NOTES} notes; ${PARTICIPANTS} participants × ${MINUTES} min at one update per 5 s = ${UPDATES} updates (70% moves, 20% typing, 10% new notes), replayed in ${seconds.toFixed(0)} s:`
	);
	console.log('| what | bytes |');
	console.log('|---|---:|');
	console.log(`| board state at the start (compacted Yjs) | ${kib(start.state + start.log)} |`);
	console.log(`| one snapshot at the start (state + who-did-what) | ${kib(start.history)} |`);
	console.log(`| log + state during the hour, before unload | ${kib(busy.log + busy.state)} |`);
	console.log(`| board state after the hour (compacted) | ${kib(end.state + end.log)} |`);
	console.log(`| growth of the state per hour | ${kib(end.state + end.log - start.state - start.log)} |`);
	console.log(`| snapshots kept (${end.snapshots}), all together | ${kib(end.history)} |`);
	console.log(`| who-did-what table | ${kib(end.contributions)} |`);
	console.log(`| SQLite file (everything, ${made} notes at the end) | ${kib(file)} |`);
} finally {
	await app.stop('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
