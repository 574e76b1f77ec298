/**
 * Sync benchmark: N clients on one board against the production server (a separate process), as
 * production runs it — each participant's browser is its own machine. By default a light crowd
 * (light-crowd.ts: raw protocol clients that answer as a stock client does, without applying Yjs)
 * stands for the participants, 20–50 of them writing (2 edits/s, 10 cursor moves/s), and 4 stock
 * y-websocket observers time delivery. BENCH_CROWD=stock makes every client a stock one (5% writing):
 * then the clients' own Yjs work on this machine's two cores is what is measured. Prints latency
 * percentiles, delivery ratios, server CPU and RSS per N, then the server's memory per open board.
 *
 *   npm run bench:sync                     # N = 200, 500, 1000, 2000, 5000; 20 s each
 *   BENCH_CROWD=stock BENCH_SIZES=50,200,500 npm run bench:sync
 *   BENCH_SIZES=500 BENCH_SECONDS=30 npm run bench:sync
 *   BENCH_WORKERS=4 npm run bench:sync     # simulated clients on four event loops instead of two
 *   BENCH_RUNS=3 npm run bench:sync        # each size three times: the run with the median edit p99 is shown
 *   BENCH_SERVER_PROFILE=/tmp/prof npm run bench:sync   # a CPU profile of the server for each size
 *   BENCH_INSTANCES=2 BENCH_SIZES=1000 npm run bench:sync # two instances joined by Redis, clients split
 *   BENCH_INSTANCES=1 BENCH_SIZES=1000 npm run bench:sync # the same on one instance (PostgreSQL, no Redis)
 *   BENCH_PIN=1 npm run bench:sync         # server on core 0, every simulated client on core 1
 *   BENCH_ECHO=1 npm run bench:sync        # clients echo others' cursors, as published y-websocket does
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createBoardOverHttp, signUpOverHttp, startApp, type AppProcess } from '../support/app-process.ts';
import { cpuSeconds, rssMiB } from '../support/process-stats.ts';
import { createTestSchema } from '../support/postgres.ts';
import { REDIS_URL } from '../support/redis.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';
import { createHistogram, merge, percentile, record } from './histogram.ts';
import { pin } from './pin.ts';
import type { CrowdResult, CrowdSetup } from './light-crowd.ts';
import type { WorkerResult, WorkerSetup } from './sync-clients.ts';
import { nextMessage, reports } from './worker-messages.ts';

const LIGHT = process.env.BENCH_CROWD !== 'stock';
const SIZES = (process.env.BENCH_SIZES ?? (LIGHT ? '200,500,1000,2000,5000' : '50,200,500,1000'))
	.split(',')
	.map(Number);
const OBSERVERS = 4;
const EDITS_PER_SECOND = 2;
const CURSORS_PER_SECOND = Number(process.env.BENCH_CURSOR_RATE ?? 10);
/** Light crowd sockets per worker thread. */
const CROWD_PER_WORKER = 2500;
const MEASURE_MS = Number(process.env.BENCH_SECONDS ?? 20) * 1000;
const WARMUP_MS = 3_000;
const DRAIN_MS = 3_000;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const BOARDS_FOR_MEMORY = Number(process.env.BENCH_BOARDS ?? 100);
/**
 * Set: that many instances on a fresh PostgreSQL schema, joined by Redis when more than one, each
 * simulated client on one of them in turn (as a load balancer would spread them).
 */
const INSTANCES = process.env.BENCH_INSTANCES ? Number(process.env.BENCH_INSTANCES) : null;
/**
 * BENCH_PIN=1: the server gets core 0 to itself and the simulated clients share core 1, as in
 * production, where the server's machine does not also run its users' browsers.
 */
const PIN = process.env.BENCH_PIN === '1';
/**
 * BENCH_ECHO=1: every client sends back each cursor it is sent, as a published y-websocket client
 * does. By default they send their own only, as the board page does (src/lib/sync/own-awareness.ts).
 */
const ECHO = process.env.BENCH_ECHO === '1';
if (PIN) pin(process.pid, 1);

/** BENCH_PROFILE=dir writes a CPU profile of every simulated-client thread there. */
const profileArgs = process.env.BENCH_PROFILE
	? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE]
	: [];

// Every y-websocket provider adds a process 'exit' listener in Node.
process.setMaxListeners(0);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Row {
	clients: number;
	writers: number;
	/** Stock clients (writers and observers); the rest is the light crowd. */
	stock: number;
	/** Light crowd sockets the server closed during the run. */
	crowdClosed: number;
	edit: (number | null)[];
	probe: (number | null)[];
	editDelivery: number;
	cursor: (number | null)[];
	cursorDelivery: number;
	serverCpu: number;
	serverRss: number;
	clientCpu: number;
	/** Edit p99 of every run of this size, lowest first. */
	editP99Runs: (number | null)[];
}

/** BENCH_DATABASE_URL runs the server on PostgreSQL instead of the embedded SQLite. */
/** BENCH_SERVER_PROFILE=dir writes a CPU profile of the server per size there. */
const serverEnv = {
	...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
	...(process.env.BENCH_SERVER_PROFILE
		? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}` }
		: {})
};

type RunResult = Omit<Row, 'editP99Runs'>;

/** Runs a size RUNS times; one run alone is at the mercy of how the scheduler happened to interleave. */
async function measureSize(clients: number): Promise<Row> {
	const runs: RunResult[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await runSize(clients));
	const p99 = (r: RunResult) => r.edit[2] ?? Infinity;
	runs.sort((a, b) => p99(a) - p99(b));
	return { ...runs[Math.floor((runs.length - 1) / 2)]!, editP99Runs: runs.map((r) => r.edit[2] ?? null) };
}

async function runSize(clients: number): Promise<RunResult> {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-'));
	const schema = INSTANCES ? await createTestSchema() : null;
	const env = schema
		? { ...serverEnv, DATABASE_URL: schema.url, ...(INSTANCES! > 1 ? { REDIS_URL } : {}) }
		: serverEnv;
	const apps: AppProcess[] = [];
	for (let i = 0; i < (INSTANCES ?? 1); i++) apps.push(await startApp({ dataDir, env }));
	if (PIN) for (const a of apps) pin(a.child.pid!, 0);
	const app = apps[0]!;
	const wsUrlOf = (i: number) => `${apps[i % apps.length]!.url.replace('http', 'ws')}/sync`;
	try {
		const cookie = await signUpOverHttp(app.url, 'Bench');
		const boardId = await createBoardOverHttp(app.url, cookie, `Bench ${clients}`);
		const writers = LIGHT
			? Math.min(50, Math.max(20, Math.round(clients * 0.05)))
			: Math.max(2, Math.round(clients * 0.05));
		// With the light crowd, the writers are part of it (their browsers' work is their own) and
		// only the observers are stock clients.
		const stock = LIGHT ? OBSERVERS : clients;
		const writerEvery = stock / writers;
		const all = Array.from({ length: stock }, (_, index) => ({
			index,
			writer: !LIGHT && index % writerEvery < 1 && Math.floor(index / writerEvery) < writers
		}));
		const crowdSize = clients - stock;
		// At least one crowd thread per instance, each holding an equal share.
		const crowdWorkers = Math.max(apps.length, Math.ceil(crowdSize / CROWD_PER_WORKER));
		const perCrowdWorker = Math.ceil(crowdSize / crowdWorkers);
		const crowd = Array.from({ length: crowdWorkers }, (_, w) => {
			const setup: CrowdSetup = {
				wsUrl: wsUrlOf(w),
				boardId,
				cookie,
				clients: Math.max(0, Math.min(perCrowdWorker, crowdSize - w * perCrowdWorker)),
				echo: ECHO,
				firstId: 3_500_000_000 + w * CROWD_PER_WORKER,
				writers: {
					count: Math.floor(writers / crowdWorkers) + (w < writers % crowdWorkers ? 1 : 0),
					editsPerSecond: EDITS_PER_SECOND,
					cursorsPerSecond: CURSORS_PER_SECOND
				}
			};
			return new Worker(new URL('./light-crowd.ts', import.meta.url), {
				workerData: setup,
				execArgv: profileArgs
			});
		});
		const workers = Array.from({ length: WORKERS }, (_, w) => {
			const setup: WorkerSetup = {
				wsUrl: wsUrlOf(w),
				boardId,
				cookie,
				clients: all.filter((_, i) => i % WORKERS === w),
				editsPerSecond: EDITS_PER_SECOND,
				cursorsPerSecond: CURSORS_PER_SECOND,
				echo: ECHO
			};
			return new Worker(new URL('./sync-clients.ts', import.meta.url), {
				workerData: setup,
				execArgv: profileArgs
			});
		});
		await Promise.race([
			Promise.all([...workers, ...crowd].map((w) => nextMessage(w, 'synced'))),
			sleep(180_000).then(() => Promise.reject(new Error(`${clients} clients did not sync within 180 s`)))
		]);
		const broadcast = (message: string) => [...workers, ...crowd].forEach((w) => w.postMessage(message));

		// One more stock client on the otherwise idle main thread: what a client that is not
		// queued behind hundreds of simulated neighbours sees of the server.
		const probe = connectProvider(`${app.url.replace('http', 'ws')}/sync`, boardId, cookie);
		await whenSynced(probe);
		const probeHist = createHistogram();
		let probing = false;
		probe.doc.getMap<{ t: number; m: boolean }>('bench').observe((event) => {
			if (!probing) return;
			const at = performance.timeOrigin + performance.now();
			for (const key of event.keysChanged) {
				const value = event.target.get(key) as { t: number; m: boolean } | undefined;
				if (value?.m) record(probeHist, at - value.t);
			}
		});

		broadcast('warmup');
		await sleep(WARMUP_MS);
		const serversCpu = () => apps.reduce((sum, a) => sum + cpuSeconds(a.child.pid!), 0);
		const serverCpu0 = serversCpu();
		const clientCpu0 = process.cpuUsage();
		const t0 = performance.now();
		broadcast('measure');
		probing = true;
		await sleep(MEASURE_MS);
		broadcast('stop-writing');
		const seconds = (performance.now() - t0) / 1000;
		const serverCpu = ((serversCpu() - serverCpu0) / seconds) * 100;
		const clientUsage = process.cpuUsage(clientCpu0);
		const clientCpu = ((clientUsage.user + clientUsage.system) / 1e6 / seconds) * 100;
		const serverRss = apps.reduce((sum, a) => sum + rssMiB(a.child.pid!), 0);
		await sleep(DRAIN_MS);
		const results = await reports<WorkerResult>(workers, 'report');
		const crowdResults = await reports<CrowdResult>(crowd, 'report');
		await Promise.all([...workers, ...crowd].map((w) => w.terminate()));
		probe.destroy();

		const sum = (key: keyof WorkerResult) => results.reduce((n, r) => n + (r[key] as number), 0);
		const crowdSum = (key: 'editsSent' | 'cursorsSent') => crowdResults.reduce((n, r) => n + r[key], 0);
		// Every stock client receives every edit: the writers' own in the light crowd, the others' in all-stock.
		const sent = (key: 'editsSent' | 'cursorsSent') =>
			LIGHT ? crowdSum(key) * stock : sum(key) * (stock - 1);
		const editHist = merge(results.map((r) => r.edits));
		const cursorHist = merge(results.map((r) => r.cursors));
		return {
			clients,
			writers,
			stock,
			crowdClosed: crowdResults.reduce((n, r) => n + r.closed, 0),
			edit: [50, 95, 99].map((p) => percentile(editHist, p)),
			probe: [50, 99].map((p) => percentile(probeHist, p)),
			editDelivery: sum('editsReceived') / Math.max(1, sent('editsSent')),
			cursor: [50, 95, 99].map((p) => percentile(cursorHist, p)),
			cursorDelivery: sum('cursorsReceived') / Math.max(1, sent('cursorsSent')),
			serverCpu,
			serverRss,
			clientCpu
		};
	} finally {
		await Promise.all(apps.map((a) => a.stop('SIGTERM')));
		await schema?.drop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** Server RSS growth per open board, each board holding 200 note-sized entries and one client. */
async function memoryPerBoard(): Promise<{ boards: number; perBoardKiB: number; baseMiB: number }> {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-mem-'));
	const app: AppProcess = await startApp({ dataDir });
	const providers: ReturnType<typeof connectProvider>[] = [];
	try {
		const wsUrl = `${app.url.replace('http', 'ws')}/sync`;
		const cookie = await signUpOverHttp(app.url, 'Bench');
		const warm = connectProvider(wsUrl, await createBoardOverHttp(app.url, cookie, 'warm'), cookie);
		providers.push(warm);
		await whenSynced(warm);
		await sleep(500);
		const base = rssMiB(app.child.pid!);
		for (let b = 0; b < BOARDS_FOR_MEMORY; b++) {
			const provider = connectProvider(
				wsUrl,
				await createBoardOverHttp(app.url, cookie, `Board ${b}`),
				cookie
			);
			providers.push(provider);
			await whenSynced(provider);
			provider.doc.transact(() => {
				const notes = provider.doc.getMap('notes');
				for (let i = 0; i < 200; i++) notes.set(`note${i}`, { text: `Idee ${i} `.repeat(20), x: i, y: i });
			});
		}
		await sleep(2_000);
		const after = rssMiB(app.child.pid!);
		return {
			boards: BOARDS_FOR_MEMORY,
			perBoardKiB: ((after - base) * 1024) / BOARDS_FOR_MEMORY,
			baseMiB: base
		};
	} finally {
		for (const provider of providers) provider.destroy();
		await app.stop('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const fmt = (v: number | null) => (v === null ? '—' : `${v}`);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

const deployment = INSTANCES
	? `, ${INSTANCES} instance(s) on PostgreSQL${INSTANCES > 1 ? ' joined by Redis' : ''} (CPU and RSS summed)`
	: '';
console.log(
	`Werkbord sync benchmark — ${LIGHT ? 'light crowd (writers among it) + stock observers' : 'all stock clients'}, ${MEASURE_MS / 1000} s per size, writers: ${EDITS_PER_SECOND} edits/s + ${CURSORS_PER_SECOND} cursor moves/s${deployment}${PIN ? ', server pinned to core 0 and clients to core 1' : ''}${ECHO ? ', clients echo every cursor (published y-websocket)' : ''}`
);
const rows: Row[] = [];
for (const size of SIZES) {
	process.stdout.write(`running N=${size}… `);
	const row = await measureSize(size);
	rows.push(row);
	console.log(`edit p99 ${row.editP99Runs.map(fmt).join(', ')} ms`);
}
console.log('');
console.log(
	'| clients | writers | stock clients | edit p50 / p95 / p99 (ms) | edit p99 of each run | probe p50 / p99 (ms) | edits delivered | cursor p50 / p95 / p99 (ms) | cursor updates seen | crowd sockets closed | server CPU | server RSS | client CPU |'
);
console.log('|---:|---:|---:|---|---|---|---:|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
	console.log(
		`| ${r.clients} | ${r.writers} | ${r.stock} | ${r.edit.map(fmt).join(' / ')} | ${r.editP99Runs.map(fmt).join(', ')} | ${r.probe.map(fmt).join(' / ')} | ${pct(r.editDelivery)} | ${r.cursor.map(fmt).join(' / ')} | ${pct(r.cursorDelivery)} | ${r.crowdClosed} | ${r.serverCpu.toFixed(0)}% | ${r.serverRss.toFixed(0)} MiB | ${r.clientCpu.toFixed(0)}% |`
	);
}
if (process.env.BENCH_SKIP_MEMORY !== '1') {
	const memory = await memoryPerBoard();
	console.log('');
	console.log(
		`Server RSS per open board: ${memory.perBoardKiB.toFixed(0)} KiB (${memory.boards} boards of 200 notes, one client each; base ${memory.baseMiB.toFixed(0)} MiB)`
	);
}
// Providers' timers and worker handles would keep a finished benchmark alive.
process.exit(0);
