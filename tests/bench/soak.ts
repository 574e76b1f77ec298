/**
 * A soak: a day of workshops pressed into minutes. Stock y-websocket clients join and leave 50
 * boards at random (each stays 5–60 s, edits every 1–3 s: new notes and changes to its own), for
 * BENCH_MINUTES. Every half minute it prints the server's RSS, open rooms and connections; at the
 * end everyone leaves, and it checks that the rooms unload, what RSS returns to, and that every
 * board holds every edit that was made on it. With BENCH_ROUNDS, that many such days in a row on
 * the same server: memory that a day leaves behind and the next reuses is a high-water mark,
 * memory that grows with every day is a leak.
 *
 *   npm run bench:soak            # BENCH_MINUTES=10 BENCH_BOARDS=50 BENCH_CLIENTS=150 (at a time)
 *   BENCH_ROUNDS=3 BENCH_MINUTES=4 npm run bench:soak
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBoardOverHttp, signUpOverHttp, startApp } from '../support/app-process.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';

const MINUTES = Number(process.env.BENCH_MINUTES ?? 10);
const BOARDS = Number(process.env.BENCH_BOARDS ?? 50);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 150);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);
process.setMaxListeners(0);

const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-soak-'));
const app = await startApp({ dataDir });
const health = async () =>
	(await (await fetch(`${app.url}/healthz`)).json()) as {
		rooms: number;
		connections: number;
		status: string;
		memory: { rss: number; heapUsed: number };
	};
try {
	const cookie = await signUpOverHttp(app.url, 'Soak');
	const wsUrl = `${app.url.replace('http', 'ws')}/sync`;
	const boards: string[] = [];
	for (let b = 0; b < BOARDS; b++) boards.push(await createBoardOverHttp(app.url, cookie, `Soak ${b}`));
	/** Every value each key was last given, per board: what the board must hold at the end. */
	const expected = new Map<string, Map<string, number>>(boards.map((id) => [id, new Map()]));

	// Baseline: every board opened and left once, the rooms unloaded again.
	await Promise.all(
		boards.map(async (id) => {
			const provider = connectProvider(wsUrl, id, cookie);
			await whenSynced(provider);
			provider.destroy();
		})
	);
	const unloaded = async () => {
		const deadline = Date.now() + 60_000;
		while ((await health()).rooms > 0 && Date.now() < deadline) await sleep(500);
		return (await health()).rooms;
	};
	await unloaded();
	await sleep(2_000);
	const baseline = await health();
	console.log(
		`Soak: ${ROUNDS > 1 ? `${ROUNDS} rounds of ` : ''}${MINUTES} min, ${BOARDS} boards, ${CLIENTS} clients at a time`
	);
	console.log(`baseline: RSS ${baseline.memory.rss} MiB, JS heap ${baseline.memory.heapUsed} MiB, 0 rooms`);
	console.log('| minute | RSS (MiB) | JS heap (MiB) | rooms | connections | joins so far | edits so far |');
	console.log('|---:|---:|---:|---:|---:|---:|---:|');

	let joins = 0;
	let edits = 0;
	let running = true;
	const visit = async () => {
		const boardId = boards[Math.floor(Math.random() * boards.length)]!;
		const provider = connectProvider(wsUrl, boardId, cookie);
		joins++;
		await whenSynced(provider);
		provider.awareness.setLocalStateField('cursor', { x: 0, y: 0 });
		const mine: string[] = [];
		const leaveAt = Date.now() + between(5_000, 60_000);
		while (running && Date.now() < leaveAt) {
			await sleep(between(1_000, 3_000));
			const key =
				mine.length > 0 && Math.random() < 0.5
					? mine[Math.floor(Math.random() * mine.length)]!
					: `${provider.doc.clientID}-${mine.length}`;
			if (!mine.includes(key)) mine.push(key);
			const value = edits++;
			provider.doc.getMap<number>('soak').set(key, value);
			provider.awareness.setLocalStateField('cursor', { x: value, y: value });
			expected.get(boardId)!.set(key, value);
		}
		// An edit must reach the server before its client leaves (a browser tab stays open that long too).
		await sleep(500);
		provider.destroy();
	};
	const crowd = async () => {
		while (running) {
			await visit();
			await sleep(between(0, 5_000));
		}
	};
	const started = Date.now();
	for (let round = 1; round <= ROUNDS; round++) {
		running = true;
		const roundStarted = Date.now();
		const visitors = Array.from({ length: CLIENTS }, async (_, i) => {
			await sleep((i / CLIENTS) * 10_000); // people arrive over the first ten seconds
			await crowd();
		});
		while (Date.now() - roundStarted < MINUTES * 60_000) {
			await sleep(30_000);
			const h = await health();
			console.log(
				`| ${((Date.now() - started) / 60_000).toFixed(1)} | ${h.memory.rss} | ${h.memory.heapUsed} | ${h.rooms} | ${h.connections} | ${joins} | ${edits} |`
			);
		}
		running = false;
		await Promise.all(visitors);
		const left = await unloaded();
		// Garbage is collected when the heap grows or the process idles: give it the idle time.
		await sleep(30_000);
		const { memory } = await health();
		console.log(
			`everyone left${ROUNDS > 1 ? ` (round ${round})` : ''}: ${left} rooms open, RSS ${memory.rss} MiB, JS heap ${memory.heapUsed} MiB (baseline ${baseline.memory.rss} / ${baseline.memory.heapUsed} MiB)`
		);
	}

	let lost = 0;
	for (const [boardId, values] of expected) {
		const reader = connectProvider(wsUrl, boardId, cookie);
		await whenSynced(reader);
		const stored = reader.doc.getMap<number>('soak');
		for (const [key, value] of values) if (stored.get(key) !== value) lost++;
		reader.destroy();
	}
	console.log(`edits checked: ${edits}, lost or stale: ${lost}; server status ${(await health()).status}`);
} finally {
	await app.stop('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
