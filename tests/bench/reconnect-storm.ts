/**
 * A reconnect storm: N clients on a board of a few hundred notes; the server restarts (SIGTERM:
 * every socket closed at once, a new process on the same port) and every client reconnects with
 * y-websocket's back-off. As in bench:sync, a light crowd (raw protocol clients, light-crowd.ts)
 * stands for most browsers, each of which would be its own machine, and 20 stock y-websocket
 * clients holding the whole board show what a real client sends and receives: a client that
 * already has the board needs only the difference (here: nothing), so it must send a few bytes,
 * not the board. Prints how long until every client is synced again.
 *
 *   npm run bench:storm           # BENCH_CLIENTS=1000 BENCH_NOTES=300
 *   BENCH_CROWD=stock npm run bench:storm    # every client a stock one (their Yjs on this machine)
 *   BENCH_ECHO=1 npm run bench:storm         # clients echo others' presence, as published y-websocket does
 *   BENCH_SERVER_PROFILE=/tmp/prof npm run bench:storm   # a CPU profile of the restarted server
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { createBoardOverHttp, signUpOverHttp, startApp } from '../support/app-process.ts';
import { noteBoard } from '../support/note-board.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';
import type { CrowdResult, CrowdSetup } from './light-crowd.ts';
import type { StormResult, StormSetup } from './storm-clients.ts';
import { nextMessage, reports } from './worker-messages.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const NOTES = Number(process.env.BENCH_NOTES ?? 300);
const STOCK = process.env.BENCH_CROWD === 'stock' ? CLIENTS : Math.min(CLIENTS, 20);
/** Clients send back everyone's presence, as a published y-websocket client does; the board page does not. */
const ECHO = process.env.BENCH_ECHO === '1';
const WORKERS = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.timeOrigin + performance.now();
process.setMaxListeners(0);

const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-storm-'));
let app = await startApp({ dataDir });
const workers: Worker[] = [];
const crowd: Worker[] = [];
try {
	const cookie = await signUpOverHttp(app.url, 'Bench');
	const boardId = await createBoardOverHttp(app.url, cookie, 'Storm');
	const wsUrl = `${app.url.replace('http', 'ws')}/sync`;
	const seeder = connectProvider(wsUrl, boardId, cookie, await noteBoard(NOTES));
	await whenSynced(seeder);
	await sleep(1_000);
	const state = Y.encodeStateAsUpdate(seeder.doc);
	const stateVector = Y.encodeStateVector(seeder.doc);
	seeder.destroy();

	for (let w = 0; w < WORKERS; w++) {
		const setup: StormSetup = {
			wsUrl,
			boardId,
			cookie,
			clients: Math.floor(STOCK / WORKERS) + (w < STOCK % WORKERS ? 1 : 0),
			state,
			echo: ECHO
		};
		workers.push(new Worker(new URL('./storm-clients.ts', import.meta.url), { workerData: setup }));
		const crowdSetup: CrowdSetup = {
			wsUrl,
			boardId,
			cookie,
			clients: Math.floor((CLIENTS - STOCK) / WORKERS) + (w < (CLIENTS - STOCK) % WORKERS ? 1 : 0),
			firstId: 3_500_000_000 + w * CLIENTS,
			reconnect: true,
			echo: ECHO,
			// Browsers that had the board open: they ask for what they lack, not for everything.
			stateVector
		};
		crowd.push(new Worker(new URL('./light-crowd.ts', import.meta.url), { workerData: crowdSetup }));
	}
	await Promise.all([...workers, ...crowd].map((worker) => nextMessage(worker, 'synced')));
	await sleep(3_000);

	const stormAt = now();
	for (const worker of workers) worker.postMessage({ type: 'storm', at: stormAt });
	for (const worker of crowd) worker.postMessage('storm');
	await app.stop('SIGTERM');
	const stoppedAfter = now() - stormAt;
	app = await startApp({
		dataDir,
		port: app.port,
		// BENCH_SERVER_PROFILE=dir: a CPU profile of the server that takes the storm.
		env: process.env.BENCH_SERVER_PROFILE
			? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}` }
			: {}
	});
	const upAfter = now() - stormAt;
	await sleep(15_000);
	const results = await reports<StormResult>(workers, { type: 'report' });
	const crowdResults = await reports<CrowdResult>(crowd, 'report');
	const resynced = [...results, ...crowdResults].flatMap((r) => r.resyncedAt).sort((a, b) => a - b);
	const all = (pick: (r: StormResult) => number[]) => results.flatMap(pick).sort((a, b) => a - b);
	const at = (values: number[], p: number) =>
		values[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
	const ms = (v: number) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : 'never');
	const bytes = (v: number) => (v < 10_240 ? `${v} B` : `${(v / 1024).toFixed(1)} KiB`);
	const row = (label: string, values: number[], show: (v: number) => string) =>
		console.log(`| ${label} | ${show(at(values, 50))} | ${show(at(values, 95))} | ${show(values.at(-1)!)} |`);
	console.log(
		`Reconnect storm: ${resynced.length} clients (${STOCK} stock, ${resynced.length - STOCK} light crowd), a board of ${NOTES} notes (${bytes(state.byteLength)} Yjs state)`
	);
	console.log(`old server gone after ${ms(stoppedAfter)}, new one answering after ${ms(upAfter)}`);
	console.log('| per client, from the restart on | p50 | p95 | max |');
	console.log('|---|---:|---:|---:|');
	row('synced again after (every client)', resynced, ms);
	console.log('| _stock clients:_ | | | |');
	const traffic: [string, (r: StormResult) => number[]][] = [
		['document (sync) bytes sent', (r) => r.sent.sync],
		['document (sync) bytes received', (r) => r.received.sync],
		["awareness bytes sent (its presence; with BENCH_ECHO also everyone else's)", (r) => r.sent.awareness],
		['awareness bytes received', (r) => r.received.awareness]
	];
	for (const [label, pick] of traffic) row(label, all(pick), bytes);
	console.log(`clients not synced again: ${resynced.filter((t) => !Number.isFinite(t)).length}`);
} finally {
	await Promise.all([...workers, ...crowd].map((worker) => worker.terminate()));
	await app.stop('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
