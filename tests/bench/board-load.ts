/**
 * What Chromium transfers to open a board, by kind (JavaScript, CSS, fonts, the rest), and how long
 * until the board is usable (its frames drawn, connected): cold (a new profile) and warm (a reload,
 * with the browser's cache and the board's IndexedDB copy). A POST-model board with a few notes.
 *
 *   npm run bench:load          # BENCH_RUNS=5
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { postForm, signUpOverHttp, startApp } from '../support/app-process.ts';
import { launchBenchBrowser, newSignedInPage } from '../support/bench-browser.ts';
import { median } from './histogram.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-load-'));
const app = await startApp({ dataDir });
const browser = await launchBenchBrowser();

type Kind = 'script' | 'stylesheet' | 'font' | 'other';
const kindOf = (type: string): Kind =>
	type === 'script' || type === 'stylesheet' || type === 'font' ? type : 'other';

/** Opens the board and waits until it is usable; returns the bytes by kind and the milliseconds. */
async function open(page: Page, url: string, reload: boolean) {
	const bytes: Record<Kind, number> = { script: 0, stylesheet: 0, font: 0, other: 0 };
	const fonts: string[] = [];
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request) =>
		pending.push(
			request.sizes().then(async (sizes) => {
				const kind = kindOf(request.resourceType());
				bytes[kind] += sizes.responseBodySize + sizes.responseHeadersSize;
				if (kind === 'font') fonts.push(request.url().split('/').pop()!);
			})
		)
	);
	const started = Date.now();
	if (reload) await page.reload();
	else await page.goto(url);
	await page.locator('.tl-shape[data-shape-type="frame"]').nth(3).waitFor();
	await page.locator('[data-testid="connection-status"][data-state="connected"]').waitFor();
	const ms = Date.now() - started;
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	page.removeAllListeners('requestfinished');
	return { bytes, ms, fonts };
}

try {
	const cookie = await signUpOverHttp(app.url, 'Bench');
	const created = await postForm(app.url, '/?/create', { title: 'POST', template: 'post' }, cookie);
	const boardUrl = `${app.url}${created.headers.get('location')}`;
	const cold: Awaited<ReturnType<typeof open>>[] = [];
	const warm: Awaited<ReturnType<typeof open>>[] = [];
	for (let run = 0; run < RUNS; run++) {
		const { context, page } = await newSignedInPage(browser, app.url, cookie);
		cold.push(await open(page, boardUrl, false));
		warm.push(await open(page, boardUrl, true));
		await context.close();
	}
	const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
	const spread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
	console.log(`Opening a POST-model board in Chromium, 1440×900, ${RUNS} runs (medians; time also min–max):`);
	console.log('| open | total | JavaScript | CSS | fonts | other | usable after | min–max |');
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
	for (const [label, runs] of [
		['cold (new profile)', cold],
		['warm (reload)', warm]
	] as const) {
		const of = (kind: Kind) => median(runs.map((r) => r.bytes[kind]));
		const total = median(runs.map((r) => Object.values(r.bytes).reduce((a, b) => a + b, 0)));
		console.log(
			`| ${label} | ${kib(total)} | ${kib(of('script'))} | ${kib(of('stylesheet'))} | ${kib(of('font'))} | ${kib(of('other'))} | ${median(runs.map((r) => r.ms))} ms | ${spread(runs.map((r) => r.ms))} ms |`
		);
	}
	console.log(`Fonts fetched cold: ${[...new Set(cold[0]!.fonts)].join(', ') || 'none'}`);
} finally {
	await browser.close();
	await app.stop('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
