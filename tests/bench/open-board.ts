/**
 * How long Chromium takes to open a board of 2,000 sticky notes: from navigation until all 2,000
 * shapes are rendered on the canvas. Cold = new browser profile (everything from the server);
 * warm = reload with the board already in IndexedDB.
 *
 *   npm run bench:open            # BENCH_NOTES=5000 for a bigger board
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as Y from 'yjs';
import { createBoardOverHttp, signUpOverHttp, startApp } from '../support/app-process.ts';
import { ensureChromium } from '../support/chromium.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';
import { noteBoard } from '../support/note-board.ts';

const NOTES = Number(process.env.BENCH_NOTES ?? 2000);
const RUNS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-open-'));
const app = await startApp({ dataDir });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--disable-quic'] });
try {
	const cookie = await signUpOverHttp(app.url, 'Bench');
	const boardId = await createBoardOverHttp(app.url, cookie, `${NOTES} notes`);

	// In parts of 2,000 notes: one message may not be larger than 2 MiB (SyncLimits.maxMessageBytes).
	const doc = new Y.Doc();
	const provider = connectProvider(`${app.url.replace('http', 'ws')}/sync`, boardId, cookie, doc);
	await whenSynced(provider);
	for (let from = 0; from < NOTES; from += 2_000) {
		await noteBoard(Math.min(2_000, NOTES - from), { doc, from, total: NOTES });
		await sleep(500);
	}
	await sleep(1_000);
	provider.destroy();
	const documentBytes = Y.encodeStateAsUpdate(doc).byteLength;

	const measure = async (page: import('@playwright/test').Page) =>
		page.evaluate(
			(count) =>
				new Promise<number>((resolve) => {
					const check = () => {
						if (document.querySelectorAll('.tl-shape').length >= count) resolve(performance.now());
						else requestAnimationFrame(check);
					};
					check();
				}),
			NOTES
		);

	const cold: number[] = [];
	const warm: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const [name, value] = cookie.split('=') as [string, string];
		await context.addCookies([{ name, value, url: app.url }]);
		const page = await context.newPage();
		await page.goto(`${app.url}/b/${boardId}`);
		cold.push(await measure(page));
		await sleep(1_000);
		await page.reload();
		warm.push(await measure(page));
		await context.close();
	}
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	console.log(
		`Board of ${NOTES} sticky notes (${(documentBytes / 1024).toFixed(0)} KiB Yjs state), ${RUNS} runs:`
	);
	console.log(`| open | median (ms) | runs (ms) |`);
	console.log(`|---|---:|---|`);
	console.log(
		`| cold (new profile) | ${median(cold).toFixed(0)} | ${cold.map((v) => v.toFixed(0)).join(', ')} |`
	);
	console.log(
		`| warm (IndexedDB copy) | ${median(warm).toFixed(0)} | ${warm.map((v) => v.toFixed(0)).join(', ')} |`
	);
} finally {
	await browser.close();
	await app.stop('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
