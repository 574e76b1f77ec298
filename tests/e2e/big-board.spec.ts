import type { Page, Route } from '@playwright/test';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { createBoardOverHttp } from '../support/app-process.ts';
import { noteBoard } from '../support/note-board.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';
import { addNote, createBoard, expect, sessionCookie, test, waitForCanvas } from './fixtures.ts';

const NOTES = 900;

/** A board of `count` notes in a grid, made over HTTP and written by a stock client as `cookie`. */
async function boardOfNotes(baseURL: string, cookie: string, title: string, count: number): Promise<string> {
	const boardId = await createBoardOverHttp(baseURL, cookie, title);
	const wsUrl = `${baseURL.replace(/^http/, 'ws')}/sync`;
	const writer = connectProvider(wsUrl, boardId, cookie);
	await whenSynced(writer);
	await noteBoard(count, { doc: writer.doc });
	const check = connectProvider(wsUrl, boardId, cookie);
	await whenSynced(check);
	await waitFor(() => boardRecords(check.doc).size >= count, 'the notes on the server', 15_000);
	writer.destroy();
	check.destroy();
	return boardId;
}

/**
 * The notes painted from afar (shapes/note/far-notes.ts), and the share of their layers' pixels
 * they cover.
 */
function paintedNotes(page: Page): Promise<{ notes: number; covered: number }> {
	return page.evaluate(() => {
		let [notes, covered, pixels] = [0, 0, 0];
		for (const layer of document.querySelectorAll<HTMLCanvasElement>('.werkbord-far-notes')) {
			notes += Number(layer.dataset.notes ?? 0);
			const { data } = layer.getContext('2d')!.getImageData(0, 0, layer.width, layer.height);
			for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] === 255) covered++;
			pixels += layer.width * layer.height;
		}
		return { notes, covered: pixels && covered / pixels };
	});
}

/** Notes on the screen: mounted by tldraw, or painted from afar. */
async function drawnNotes(page: Page): Promise<number> {
	return (await page.locator('.tl-note__container').count()) + (await paintedNotes(page)).notes;
}

test('opens a board of 900 notes fitted, as coloured squares, and shows and edits the text up close', async ({
	participant,
	baseURL
}) => {
	const anouk = await participant('Anouk');
	const boardId = await boardOfNotes(baseURL!, sessionCookie(anouk), 'Brainstorm van de hele school', NOTES);

	// Its fonts held back: a board this big is drawn without waiting for them.
	const heldFonts: Route[] = [];
	let holdFonts = true;
	await anouk.route(/\.woff2$/, (route) => (holdFonts ? void heldFonts.push(route) : route.continue()));
	await anouk.goto(`/b/${boardId}`);
	await waitForCanvas(anouk);
	// Fitted, a note is a few pixels wide: every one is painted as a square (they cover most of
	// their grid, not all of it: the gaps between them show), none is drawn with its text.
	await expect.poll(async () => (await paintedNotes(anouk)).notes, { timeout: 20_000 }).toBe(NOTES);
	const { covered } = await paintedNotes(anouk);
	expect(covered).toBeGreaterThan(0.5);
	expect(covered).toBeLessThan(0.8);
	const notes = anouk.locator('.tl-note__container');
	await expect(notes).toHaveCount(0);
	expect(heldFonts.length).toBeGreaterThan(0);
	holdFonts = false;
	for (const route of heldFonts) await route.continue();
	// Nor an outline (tldraw's shape indicator) waiting, hidden, for each note to be hovered.
	const outlines = anouk.locator('.tl-shape-indicator');
	await expect(outlines).toHaveCount(0);
	await anouk.screenshot({ path: 'tests/.artifacts/big-board/fitted.png' });

	// A painted note is a note all the same: a click selects it (it is drawn by tldraw while
	// selected), it can be dragged out of the grid, and let go it is painted where it now lies.
	const layer = anouk.locator('.werkbord-far-notes');
	const grid = (await layer.boundingBox())!;
	await anouk.mouse.click(grid.x + 4, grid.y + 4);
	await expect(notes).toHaveCount(1);
	await expect(outlines).toHaveCount(1);
	await anouk.mouse.move(grid.x + 4, grid.y + 4);
	await anouk.mouse.down();
	await anouk.mouse.move(grid.x - 56, grid.y + 4, { steps: 6 });
	await anouk.mouse.up();
	await anouk.keyboard.press('Escape');
	await expect(notes).toHaveCount(0);
	await expect.poll(async () => (await paintedNotes(anouk)).notes).toBe(NOTES);
	expect((await layer.boundingBox())!.x).toBeCloseTo(grid.x - 60, -1);

	// At 100% the notes in view have their text; those out of view are not drawn at all.
	await anouk.keyboard.press('Shift+0');
	const withText = anouk.locator('.tl-note__container:not([data-drawn="plain"])');
	await expect.poll(() => withText.count()).toBeGreaterThan(0);
	expect(await notes.count()).toBeLessThan(NOTES / 4);
	expect((await paintedNotes(anouk)).notes).toBe(0);
	await expect(withText.first()).toContainText(/Idee \d+: doelgroep, kanaal of KPI/);

	// A click selects a note, a click on its text starts editing it.
	// The zoom animates: pick the note once the view stands still.
	await expect
		.poll(async () => {
			const at = await withText.first().boundingBox();
			await anouk.waitForTimeout(150);
			return JSON.stringify(await withText.first().boundingBox()) === JSON.stringify(at);
		})
		.toBe(true);
	const canvas = (await anouk.locator('.tl-canvas').boundingBox())!;
	const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
	const boxes = await withText.evaluateAll((elements) =>
		elements.map((element) => {
			const { x, y, width, height } = element.getBoundingClientRect();
			return { x, y, width, height };
		})
	);
	const distance = (b: (typeof boxes)[number]) =>
		Math.hypot(b.x + b.width / 2 - centre.x, b.y + b.height / 2 - centre.y);
	const nearest = boxes.indexOf(boxes.reduce((best, b) => (distance(b) < distance(best) ? b : best)));
	const note = withText.nth(nearest);
	const box = (await note.boundingBox())!;
	// With the view at rest, pointing at a note outlines it (and only it).
	await anouk.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(outlines).toHaveCount(1);
	await anouk.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await anouk.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(note.locator('[contenteditable="true"]')).toBeFocused();
	await anouk.keyboard.press('ControlOrMeta+a');
	await anouk.keyboard.type('Open dag');
	await anouk.keyboard.press('Escape');
	await expect(note).toHaveText('Open dag');
});

/** Bytes of the board's copy in this browser (y-indexeddb's updates). */
function storedBytes(page: Page, boardId: string): Promise<number> {
	return page.evaluate(
		(name) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('updates').objectStore('updates').getAll();
					all.onsuccess = () => resolve(all.result.reduce((sum, update) => sum + update.byteLength, 0));
				};
			}),
		`werkbord-board-${boardId}`
	);
}

/**
 * Anouk's board of 300 notes (about 190 KiB), open in her browser for the first time with every
 * note drawn, and its copy kept in the browser (written whole once the page is idle).
 */
async function openedBoardOf300(anouk: Page, baseURL: string, title: string) {
	const boardId = await boardOfNotes(baseURL, sessionCookie(anouk), title, 300);
	await anouk.goto(`/b/${boardId}`);
	await waitForCanvas(anouk);
	await expect.poll(() => drawnNotes(anouk), { timeout: 20_000 }).toBe(300);
	await expect.poll(() => storedBytes(anouk, boardId), { timeout: 10_000 }).toBeGreaterThan(150_000);
	return anouk;
}

test('a reload sends the server only what it lacks, not the whole board from the browser’s copy', async ({
	participant,
	baseURL
}) => {
	const anouk = await openedBoardOf300(await participant('Anouk'), baseURL!, 'Groot bord');

	let sent = 0;
	anouk.on('websocket', (socket) =>
		socket.on(
			'framesent',
			({ payload }) => (sent += typeof payload === 'string' ? payload.length : payload.byteLength)
		)
	);
	await anouk.reload();
	await waitForCanvas(anouk);
	await expect.poll(() => drawnNotes(anouk)).toBe(300);
	await anouk.waitForTimeout(1_000);
	// The handshake and this person's presence are a few hundred bytes.
	expect(sent).toBeLessThan(4_096);
});

test('keeps a copy of a board opened for the first time: it opens again without the server', async ({
	participant,
	baseURL
}) => {
	const anouk = await openedBoardOf300(await participant('Anouk'), baseURL!, 'Onderweg');

	// The server out of reach: the board comes from the copy.
	await anouk.routeWebSocket(/\/sync\//, () => {});
	await anouk.reload();
	await expect.poll(() => drawnNotes(anouk), { timeout: 20_000 }).toBe(300);
	await expect(anouk.getByTestId('connection-status')).not.toHaveAttribute('data-state', 'connected');
});

test('notes in a template’s frames, zoomed out too far to read, are painted over their own frames', async ({
	page
}) => {
	await createBoard(page, 'POST van ver', 'post');
	await waitForCanvas(page);
	const canvas = (await page.locator('.tl-canvas').boundingBox())!;
	// One note in each of the four frames, side by side.
	for (const x of [0.2, 0.4, 0.6, 0.8]) await addNote(page, canvas.width * x, canvas.height * 0.5);
	await expect(page.locator('.tl-note__container')).toHaveCount(4);

	await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
	await page.keyboard.down('Control');
	for (let turn = 0; turn < 12; turn++) await page.mouse.wheel(0, 100);
	await page.keyboard.up('Control');
	await expect.poll(async () => (await paintedNotes(page)).notes).toBe(4);
	await expect(page.locator('.tl-note__container')).toHaveCount(0);
	// Each frame's note on a canvas of its own, above that frame and below the next (a frame's
	// background would hide notes painted below it).
	const zIndices = (selector: string) =>
		page
			.locator(selector)
			.evaluateAll((elements) => elements.map((e) => Number((e as HTMLElement).style.zIndex)));
	const frames = (await zIndices('.tl-shape[data-shape-type="frame"]')).sort((a, b) => a - b);
	const layers = (await zIndices('.werkbord-far-notes')).sort((a, b) => a - b);
	expect(frames).toHaveLength(4);
	expect(layers).toHaveLength(4);
	layers.forEach((layer, i) => {
		expect(layer).toBeGreaterThan(frames[i]!);
		if (i < 3) expect(layer).toBeLessThan(frames[i + 1]!);
	});
});

test('tldraw’s hatched fill is still made, once the board is open', async ({ page }) => {
	await createBoard(page, 'Arcering');
	await waitForCanvas(page);
	// vite/tldraw-patterns-when-idle.ts: the hatch images come when the page is idle, as blobs (a
	// plain one-pixel fill until then).
	const hatches = page.locator('[data-testid="ready-pattern-fill-defs"] pattern image');
	await expect(hatches.first()).toHaveAttribute('href', /^blob:/);
	expect(await hatches.count()).toBeGreaterThanOrEqual(2);
});
