import type { Page } from '@playwright/test';
import type { SerializedSchemaV2 } from '@tldraw/tldraw';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { createBoardOverHttp } from '../support/app-process.ts';
import { STEPS_AFTER_MIGRATION, writeNineStepBoard } from '../support/nine-step-board.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';
import { addNote, createBoard, expect, sessionCookie, test, waitForCanvas } from './fixtures.ts';

const ring = (page: Page) => page.locator('.tl-shape[data-shape-type="stepfree-ring"]');
const notes = (page: Page) => page.locator('.tl-shape[data-shape-type="note"]');

/** The screen point in the middle of step `step` of the ring (steps go clockwise from the top). */
async function stepPoint(page: Page, step: number) {
	const box = (await ring(page).boundingBox())!;
	const radius = box.width / 2;
	const inner = radius * 0.32;
	const distance = inner + (radius - inner) * 0.5;
	const angle = ((step - 0.5) * 45 - 90) * (Math.PI / 180);
	return { x: box.x + radius + distance * Math.cos(angle), y: box.y + radius + distance * Math.sin(angle) };
}

test('files a note dropped on step 3 of the StepFree ring there, in both browsers', async ({
	twoOnOneBoard
}) => {
	const { anouk, bram } = await twoOnOneBoard('StepFree', 'stepfree');
	await expect(ring(anouk)).toBeVisible();
	await expect(ring(anouk).getByText('Interne organisatie')).toBeVisible();
	await expect(ring(anouk).getByText('Mediaplan')).toBeVisible();
	// The source's eight steps, online behaviour third, with its guiding question.
	await expect(ring(anouk).locator('path[data-step]')).toHaveCount(8);
	await expect(ring(anouk).getByTestId('ring-label-3')).toContainText('Online gedrag');
	await expect(ring(anouk).getByTestId('ring-label-3')).toContainText(
		'Waar zitten ze en hoe actief zijn ze?'
	);
	// Labels wrap between words: no word runs out of its label ("Probleemstellin|g").
	const overflowing = await ring(anouk)
		.locator('.wb-ring-label')
		.evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth + 1).length);
	expect(overflowing).toBe(0);

	// A note in the parking area, dragged onto step 3 (online behaviour).
	const parking = (await anouk.locator('.tl-shape[data-shape-type="frame"]').boundingBox())!;
	await addNote(anouk, parking.x + parking.width / 2, parking.y + parking.height - 120);
	const note = (await notes(anouk).boundingBox())!;
	const target = await stepPoint(anouk, 3);
	await anouk.mouse.move(note.x + note.width / 2, note.y + note.height / 2);
	await anouk.mouse.down();
	await anouk.mouse.move(target.x, target.y, { steps: 15 });
	await expect(ring(anouk).locator('path[data-step="3"]')).toHaveAttribute('data-highlighted', 'true');
	await anouk.mouse.up();

	await expect(ring(anouk).getByTestId('ring-badge-3')).toHaveText('1');
	await expect(ring(bram).getByTestId('ring-badge-3')).toHaveText('1', { timeout: 15_000 });
	// Dropped right on the step's title, the note is set beside it: number, title and count stay readable.
	for (const page of [anouk, bram]) {
		const placed = (await notes(page).boundingBox())!;
		for (const part of ['ring-label-3', 'ring-badge-3']) {
			const covered = (await ring(page).getByTestId(part).boundingBox())!;
			const apart =
				placed.x + placed.width <= covered.x ||
				covered.x + covered.width <= placed.x ||
				placed.y + placed.height <= covered.y ||
				covered.y + covered.height <= placed.y;
			expect(apart, `the note leaves ${part} visible`).toBe(true);
		}
	}

	// The note belongs to the ring: moving the ring moves the note.
	const before = (await notes(anouk).boundingBox())!;
	const centre = (await ring(anouk).boundingBox())!;
	await anouk.mouse.move(centre.x + centre.width / 2, centre.y + centre.height / 2);
	await anouk.mouse.down();
	await anouk.mouse.move(centre.x + centre.width / 2 - 100, centre.y + centre.height / 2, { steps: 10 });
	await anouk.mouse.up();
	await expect
		.poll(async () => Math.round((await notes(anouk).boundingBox())!.x))
		.toBeLessThan(Math.round(before.x) - 50);
	await expect(ring(anouk).getByTestId('ring-badge-3')).toHaveText('1');
	await expect(ring(bram).getByTestId('ring-badge-3')).toHaveText('1');

	// Kept as an artifact: the ring at 100% zoom.
	await anouk.setViewportSize({ width: 1600, height: 1600 });
	const whole = (await ring(anouk).boundingBox())!;
	await anouk.mouse.click(whole.x + whole.width / 2, whole.y + whole.height / 2);
	// Each zoom animates; the next one must start from where the last ended.
	await anouk.keyboard.press('Shift+2');
	await anouk.waitForTimeout(600);
	await anouk.keyboard.press('Shift+0');
	await anouk.waitForTimeout(600);
	await anouk.keyboard.press('Escape');
	await ring(anouk).screenshot({ path: 'tests/.artifacts/ring/stepfree-ring.png' });
});

test('opens a board saved with the old nine-step ring with every note in a segment', async ({
	participant,
	baseURL
}) => {
	const anouk = await participant('Anouk');
	const wsUrl = `${baseURL!.replace(/^http/, 'ws')}/sync`;
	const cookie = sessionCookie(anouk);
	// The schema this version writes, from a board the browser opened.
	const current = connectProvider(wsUrl, await createBoard(anouk, 'Nieuw bord'), cookie);
	await waitForCanvas(anouk);
	await whenSynced(current);
	const schemaOf = () => current.doc.getMap('tldraw_meta').get('schema') as SerializedSchemaV2 | undefined;
	await waitFor(() => schemaOf() !== undefined, 'the schema the browser wrote', 15_000);
	current.destroy();

	// What the nine-step version stored, in a board this browser has never opened (nothing cached).
	const boardId = await createBoardOverHttp(baseURL!, cookie, 'StepFree van vorig jaar');
	const old = connectProvider(wsUrl, boardId, cookie);
	await whenSynced(old);
	writeNineStepBoard(old.doc, schemaOf()!);
	const check = connectProvider(wsUrl, boardId, cookie);
	await whenSynced(check);
	await waitFor(() => boardRecords(check.doc).has('shape:note9'), 'the old board on the server');
	old.destroy();
	check.destroy();

	await anouk.goto(`/b/${boardId}`);
	await waitForCanvas(anouk);
	await expect(ring(anouk).locator('path[data-step]')).toHaveCount(8);
	await expect(notes(anouk)).toHaveCount(9);
	const perStep = new Map<number, number>();
	for (const step of STEPS_AFTER_MIGRATION) perStep.set(step, (perStep.get(step) ?? 0) + 1);
	for (const [step, count] of perStep) {
		await expect(ring(anouk).getByTestId(`ring-badge-${step}`)).toHaveText(String(count));
	}
});
