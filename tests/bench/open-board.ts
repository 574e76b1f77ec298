/**
 * How long Chromium takes to open a board of 2,000 sticky notes: from navigation until every note
 * in view is on the canvas (a tldraw shape, or painted from afar: shapes/note/far-notes.ts). Cold
 * = new browser profile (everything from the server; timed once Chromium's own work for a new
 * profile is done, see newSignedInPage); first = the board's first open in a browser
 * that has used the app before (it opened another board), the board from the server; warm =
 * reload with the board already in IndexedDB. Chromium compiles a script once more on its second
 * load, to keep the compiled code, and uses that from the third on: "first" and "warm" are timed
 * on a later load, as for someone who comes back, and a reload on the second load gets a row of
 * its own. A board of one note is opened in turn with it, so that what any board costs (the page,
 * tldraw's code) stands apart from what the 2,000 notes add. The moments in between (performance
 * marks the app sets, src/lib/board/open-marks.ts) say where the time goes.
 *
 *   npm run bench:open            # BENCH_NOTES=10000 for a bigger board, BENCH_RUNS=n (default 5)
 *   BENCH_PROFILE=dir npm run bench:open   # CPU profile and trace of the first run's opens
 *   BENCH_SERVER_PROFILE=dir npm run bench:open   # and a CPU profile of the app server, written
 *                                                 # when it stops (its clock is the trace's)
 *
 * After the warm open it zooms in (tldraw's `=`, twice: to 10%, where text is still too small to
 * read, then to 25%), the step at which the notes in view get their text, and times how long until
 * the last of them has it and the longest time the page could not answer meanwhile. Then it pans
 * there with the mouse wheel (60 steps) and counts the frames the page drew.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { createBoardOverHttp, signUpOverHttp, startApp } from '../support/app-process.ts';
import { launchBenchBrowser, newSignedInPage } from '../support/bench-browser.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';
import { noteBoard } from '../support/note-board.ts';
import { median } from './histogram.ts';

const NOTES = Number(process.env.BENCH_NOTES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROFILE_DIR = process.env.BENCH_PROFILE;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds from the navigation's start to each moment, the last one every note in view drawn. */
const MOMENTS = [
	'shell',
	'board-ready',
	'canvas-code',
	'store-filled',
	'editor-mounted',
	'all-drawn'
] as const;
type Moments = Record<(typeof MOMENTS)[number], number>;

const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-open-'));
const app = await startApp({ dataDir, profileDir: process.env.BENCH_SERVER_PROFILE });
const browser = await launchBenchBrowser();

/** A board of `notes` notes, written by a stock client; returns its id and the size of its doc. */
async function boardOf(cookie: string, notes: number) {
	const boardId = await createBoardOverHttp(app.url, cookie, `${notes} notes`);
	// In parts of 2,000 notes: one message may not be larger than 2 MiB (SyncLimits.maxMessageBytes).
	const doc = new Y.Doc();
	const provider = connectProvider(`${app.url.replace('http', 'ws')}/sync`, boardId, cookie, doc);
	await whenSynced(provider);
	for (let from = 0; from < notes; from += 2_000) {
		await noteBoard(Math.min(2_000, notes - from), { doc, from, total: notes });
		await sleep(500);
	}
	await sleep(1_000);
	provider.destroy();
	return { boardId, notes, bytes: Y.encodeStateAsUpdate(doc).byteLength };
}

const measure = (page: Page, notes: number): Promise<Moments> =>
	page.evaluate(
		(count) =>
			new Promise<Moments>((resolve) => {
				const check = () => {
					// Shapes tldraw mounted, notes painted from afar, and far ones out of view, which
					// nobody sees (shapes/note/far-notes.ts).
					const painted = [...document.querySelectorAll<HTMLElement>('.werkbord-far-notes')].reduce(
						(sum, layer) => sum + Number(layer.dataset.notes ?? 0),
						0
					);
					const away = document.querySelector<HTMLElement>('.werkbord-far-notes-layers')?.dataset.away;
					if (document.querySelectorAll('.tl-shape').length + painted + Number(away ?? 0) < count)
						return requestAnimationFrame(check);
					const at = (name: string) => performance.getEntriesByName(`werkbord:${name}`)[0]?.startTime ?? NaN;
					const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
					performance.mark('werkbord:all-drawn'); // where a profile's open ends (BENCH_PROFILE)
					resolve({
						shell: navigation?.domContentLoadedEventEnd ?? NaN,
						'board-ready': at('board-ready'),
						'canvas-code': at('canvas-code'),
						'store-filled': at('store-filled'),
						'editor-mounted': at('editor-mounted'),
						'all-drawn': performance.now()
					});
				};
				check();
			}),
		notes
	);

/** Runs `open`, keeping a CPU profile and a trace (style, layout, paint) of it when BENCH_PROFILE is set. */
async function profiled<T>(page: Page, name: string | null, open: () => Promise<T>): Promise<T> {
	if (!PROFILE_DIR || !name) return open();
	mkdirSync(PROFILE_DIR, { recursive: true });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.start');
	await browser.startTracing(page, {
		path: join(PROFILE_DIR, `open-${name}.trace.json`),
		categories: ['devtools.timeline', 'blink.user_timing', 'loading']
	});
	const result = await open();
	await browser.stopTracing();
	const { profile } = await cdp.send('Profiler.stop');
	writeFileSync(join(PROFILE_DIR, `open-${name}.cpuprofile`), JSON.stringify(profile));
	return result;
}

interface ZoomIn {
	/** Notes in view drawn with their text after the step. */
	withText: number;
	/** From the key press until the last of them had its text. */
	drawnAfter: number;
	/** The longest main-thread task meanwhile: how long the page did not answer at once. */
	longestTask: number;
	/** All long tasks (> 50 ms) meanwhile, added up. */
	longTasks: number;
}

const FULL_NOTES = '.tl-note__container:not([data-drawn="plain"])';

/** Zooms in from the fitted view until the notes in view are readable, and times their text appearing. */
async function zoomIn(page: Page): Promise<ZoomIn> {
	await page.keyboard.press('Equal');
	await sleep(1_500);
	if ((await page.locator(FULL_NOTES).count()) > 0)
		throw new Error('notes got their text at 10%: no step to time');
	await page.evaluate(() => {
		const tasks: number[] = [];
		new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({
			type: 'longtask'
		});
		Object.assign(window, { zoomTasks: tasks, zoomStart: performance.now() });
	});
	await page.keyboard.press('Equal');
	return page.evaluate(
		(selector) =>
			new Promise<ZoomIn>((resolve) => {
				const { zoomTasks, zoomStart } = window as unknown as { zoomTasks: number[]; zoomStart: number };
				let count = 0;
				let changedAt = zoomStart;
				const check = () => {
					const now = performance.now();
					const current = document.querySelectorAll(selector).length;
					if (current !== count) [count, changedAt] = [current, now];
					// Settled: text drawn and nothing changed for a second (or nothing at all in 10 s).
					if ((count > 0 && now - changedAt > 1_000) || now - zoomStart > 10_000)
						return resolve({
							withText: count,
							drawnAfter: changedAt - zoomStart,
							longestTask: Math.max(0, ...zoomTasks),
							longTasks: zoomTasks.reduce((sum, task) => sum + task, 0)
						});
					requestAnimationFrame(check);
				};
				check();
			}),
		FULL_NOTES
	);
}

interface Pan {
	/** Frames drawn per second while the wheel turned. */
	fps: number;
	/** The longest time between two frames. */
	longestFrame: number;
}

/** Pans the zoomed-in board with 60 turns of the wheel, 16 ms apart, and counts the frames drawn. */
async function pan(page: Page): Promise<Pan> {
	const canvas = (await page.locator('.tl-canvas').boundingBox())!;
	await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
	await sleep(500);
	await page.evaluate(() => {
		const frames: number[] = [];
		const state = { frames, panning: true };
		const tick = (at: number) => {
			frames.push(at);
			if (state.panning) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		Object.assign(window, { pan: state });
	});
	for (let step = 0; step < 60; step++) {
		const away = step % 20 < 10 ? 1 : -1;
		await page.mouse.wheel(40 * away, 30 * away);
		await sleep(16);
	}
	return page.evaluate(() => {
		const state = (window as unknown as { pan: { frames: number[]; panning: boolean } }).pan;
		state.panning = false;
		const { frames } = state;
		const gaps = frames.slice(1).map((at, i) => at - frames[i]!);
		return {
			fps: (frames.length - 1) / ((frames.at(-1)! - frames[0]!) / 1_000),
			longestFrame: Math.max(...gaps)
		};
	});
}

const newPage = (cookie: string) => newSignedInPage(browser, app.url, cookie);

/** The moments of an open that `open` starts, until `notes` notes are drawn; profiled as `profileAs`. */
const timedOpen = (page: Page, notes: number, profileAs: string | null, open: () => Promise<unknown>) =>
	profiled(page, profileAs, async () => {
		await open();
		return measure(page, notes);
	});

/**
 * A first open of the board by someone who has used Werkbord before: the browser has the app's
 * code, compiled (it opened another board twice), but no copy of this board, which comes from the
 * server.
 */
async function openFirstWithCodeCached(
	cookie: string,
	board: { boardId: string; notes: number },
	otherBoardId: string,
	profileAs: string | null
) {
	const { context, page } = await newPage(cookie);
	for (let visit = 0; visit < 2; visit++) {
		await page.goto(`${app.url}/b/${otherBoardId}`);
		await measure(page, 1);
		await sleep(1_000);
	}
	const first = await timedOpen(page, board.notes, profileAs && `${profileAs}-first`, () =>
		page.goto(`${app.url}/b/${board.boardId}`)
	);
	await context.close();
	return first;
}

/**
 * One cold open in a new profile, then two reloads (the board from IndexedDB): on the first,
 * Chromium compiles the app's code once more to keep it; the second is what a returning browser
 * sees. Then a zoom in and a pan.
 */
async function openZoomAndPan(
	cookie: string,
	board: { boardId: string; notes: number },
	profileAs: string | null
) {
	const { context, page } = await newPage(cookie);
	const opened = async (kind: keyof typeof KINDS, open: () => Promise<unknown>) => {
		const moments = await timedOpen(page, board.notes, profileAs && `${profileAs}-${kind}`, open);
		await sleep(1_000);
		return moments;
	};
	const cold = await opened('cold', () => page.goto(`${app.url}/b/${board.boardId}`));
	const warmSecondLoad = await opened('warmSecondLoad', () => page.reload());
	const warm = await opened('warm', () => page.reload());
	const zoom =
		board.notes > 1 ? await profiled(page, profileAs && `${profileAs}-zoom`, () => zoomIn(page)) : null;
	const panned =
		board.notes > 1 ? await profiled(page, profileAs && `${profileAs}-pan`, () => pan(page)) : null;
	await context.close();
	return { cold, warmSecondLoad, warm, zoom, pan: panned };
}

const KINDS = {
	cold: 'cold (new profile)',
	first: 'first open of the board, app used before',
	warmSecondLoad: 'warm, second load of the app (its code compiled again to keep)',
	warm: 'warm (IndexedDB copy)'
} as const;
type Opens = Record<keyof typeof KINDS, Moments>;

function printTable(title: string, runs: Opens[]) {
	console.log(`${title}; ms from the navigation, medians of ${runs.length} (each run in brackets):`);
	console.log(`| open | ${MOMENTS.join(' | ')} |`);
	console.log(`|---|${MOMENTS.map(() => '---:').join('|')}|`);
	for (const [kind, label] of Object.entries(KINDS) as [keyof typeof KINDS, string][]) {
		const cells = MOMENTS.map((moment) => {
			const values = runs.map((run) => run[kind][moment]);
			return `${median(values).toFixed(0)} (${values.map((v) => v.toFixed(0)).join(', ')})`;
		});
		console.log(`| ${label} | ${cells.join(' | ')} |`);
	}
}

try {
	const cookie = await signUpOverHttp(app.url, 'Bench');
	const big = await boardOf(cookie, NOTES);
	const small = await boardOf(cookie, 1);
	const other = await boardOf(cookie, 1);
	/** Every kind of open of `board`, with the zoom and pan after the warm one. */
	const opensOf = async (board: typeof big, profileAs: string | null) => ({
		...(await openZoomAndPan(cookie, board, profileAs)),
		first: await openFirstWithCodeCached(cookie, board, other.boardId, profileAs)
	});
	const bigRuns: (Opens & { zoom: ZoomIn | null; pan: Pan | null })[] = [];
	const smallRuns: Opens[] = [];
	for (let run = 0; run < RUNS; run++) {
		bigRuns.push(await opensOf(big, run === 0 ? 'big' : null));
		smallRuns.push(await opensOf(small, run === 0 ? 'one-note' : null));
	}
	printTable(`Board of ${NOTES} sticky notes (${(big.bytes / 1024).toFixed(0)} KiB Yjs state)`, bigRuns);
	printTable('Board of one sticky note (the same page and code, alternating with it)', smallRuns);
	for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
		const added =
			median(bigRuns.map((run) => run[kind]['all-drawn'])) -
			median(smallRuns.map((run) => run[kind]['all-drawn']));
		console.log(
			`${NOTES} notes add ${added.toFixed(0)} ms to the open "${KINDS[kind]}" (difference of the medians).`
		);
	}
	const zooms = bigRuns.flatMap((run) => (run.zoom ? [run.zoom] : []));
	const pans = bigRuns.flatMap((run) => (run.pan ? [run.pan] : []));
	const figure = <T>(values: T[], key: keyof T) => {
		const numbers = values.map((value) => value[key] as number);
		return `${median(numbers).toFixed(0)} (${numbers.map((n) => n.toFixed(0)).join(', ')})`;
	};
	console.log(
		`Zoomed in from 10% to 25% (medians, each run in brackets): ${figure(zooms, 'withText')} notes got their text, ` +
			`the last ${figure(zooms, 'drawnAfter')} ms after the key press; longest task ${figure(zooms, 'longestTask')} ms, ` +
			`long tasks ${figure(zooms, 'longTasks')} ms in all.`
	);
	console.log(
		`Panned at 25% with the wheel: ${figure(pans, 'fps')} frames a second, the longest frame ${figure(pans, 'longestFrame')} ms.`
	);
} finally {
	await browser.close();
	await app.stop('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
