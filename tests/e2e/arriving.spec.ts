import type { Page } from '@playwright/test';
import { addNote, createBoard, expect, shareLink, test, waitForCanvas } from './fixtures.ts';

/** Whether every shape of `type` lies inside the canvas as the page shows it. */
async function allInView(page: Page, type: string): Promise<boolean> {
	const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
	const boxes = await page.locator(`.tl-shape[data-shape-type="${type}"]`).evaluateAll((shapes) =>
		shapes.map((shape) => {
			const r = shape.getBoundingClientRect();
			return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
		})
	);
	return (
		boxes.length > 0 &&
		boxes.every(
			(b) =>
				b.x >= canvas.x - 1 &&
				b.y >= canvas.y - 1 &&
				b.right <= canvas.x + canvas.width + 1 &&
				b.bottom <= canvas.y + canvas.height + 1
		)
	);
}

test('opens a board fitted to its content for everyone, and keeps a view only across its own reload', async ({
	twoOnOneBoard
}) => {
	const { bram } = await twoOnOneBoard('Het POST-model', 'post');
	await expect.poll(() => allInView(bram, 'frame')).toBe(true);

	// Bram looks elsewhere and reloads: his own view comes back.
	await bram.mouse.move(700, 400);
	await bram.mouse.wheel(0, 500);
	const frame = bram.locator('.tl-shape[data-shape-type="frame"]').first();
	await expect.poll(() => allInView(bram, 'frame')).toBe(false);
	const before = (await frame.boundingBox())!;
	await bram.reload();
	await waitForCanvas(bram);
	await expect.poll(async () => Math.round((await frame.boundingBox())?.y ?? 0)).toBe(Math.round(before.y));

	// Opened anew (another tab), the board is fitted again.
	const tab = await bram.context().newPage();
	await tab.goto(bram.url());
	await waitForCanvas(tab);
	await expect.poll(() => allInView(tab, 'frame')).toBe(true);
});

test('does not blow a single note up: the fitted view stops at 100%', async ({ participant }) => {
	const anouk = await participant('Anouk');
	const boardId = await createBoard(anouk, 'Eén briefje');
	await waitForCanvas(anouk);
	await addNote(anouk, 300, 300);
	const bram = await participant('Bram');
	await bram.goto(await shareLink(anouk, boardId, 'editor'));
	await bram.getByTestId('join-board').click();
	await waitForCanvas(bram);
	const note = bram.locator('.tl-shape[data-shape-type="note"]');
	await expect.poll(() => allInView(bram, 'note')).toBe(true);
	expect((await note.boundingBox())!.width).toBeLessThanOrEqual(201);
});

test('on a phone, the header is one line with the title, people and connection; the rest is in its menu', async ({
	participant
}) => {
	const anouk = await participant('Anouk');
	await anouk.setViewportSize({ width: 390, height: 844 });
	await createBoard(anouk, 'Strategie voor de bakkerij in de binnenstad');
	await waitForCanvas(anouk);
	await expect(anouk.getByTestId('board-title')).toBeVisible();
	await expect(anouk.getByTestId('participant-count')).toHaveText('1');
	await expect(anouk.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected');
	const header = (await anouk.locator('header').boundingBox())!;
	expect(header.height).toBeLessThan(60);
	expect((await anouk.getByTestId('board-canvas').boundingBox())!.height).toBeGreaterThan(844 - 70);

	await expect(anouk.getByTestId('language-switch')).toBeHidden();
	await anouk.getByTestId('header-menu').click();
	await expect(anouk.getByTestId('language-switch')).toBeVisible();
	await expect(anouk.getByTestId('export-menu')).toBeVisible();
	await expect(anouk.getByRole('link', { name: 'Delen' })).toBeVisible();
	await anouk.screenshot({ path: 'tests/.artifacts/arriving/board-phone.png' });
	await anouk.getByTestId('insert-menu').selectOption('card:persona');
	await anouk.getByRole('button', { name: 'Invoegen' }).click();
	await expect(anouk.locator('.tl-shape[data-shape-type="persona"]')).toHaveCount(1);
	await anouk.screenshot({ path: 'tests/.artifacts/arriving/board-phone-card.png' });
});

test('on a phone, a note and a card are added and filled in by touch', async ({ participant }) => {
	const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
	const anouk = await participant('Anouk', phone);
	await createBoard(anouk, 'Met de duim');
	await waitForCanvas(anouk);

	// A sticky note: the note tool, a tap on the canvas, typing.
	await anouk.getByTestId('tools.note').tap();
	await anouk.touchscreen.tap(195, 400);
	const note = anouk.locator('.tl-shape[data-shape-type="note"]');
	await expect(note).toHaveCount(1);
	await anouk.keyboard.type('Duimwerk');
	await anouk.touchscreen.tap(60, 700);
	await expect(note).toContainText('Duimwerk');

	// A card from the menu opens with its first field ready; a double tap opens it again later.
	await anouk.getByTestId('header-menu').tap();
	await anouk.getByTestId('insert-menu').selectOption('card:persona');
	await anouk.getByRole('button', { name: 'Invoegen' }).tap();
	const card = anouk.locator('.tl-shape[data-shape-type="persona"]');
	await anouk.keyboard.type('Sanne');
	await anouk.touchscreen.tap(370, 160);
	await expect(card.locator('[data-field="name"]')).toHaveText('Sanne');
	const box = (await card.locator('[data-field="name"]').boundingBox())!;
	await anouk.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	await anouk.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	await expect(card.locator('input:focus, textarea:focus')).toHaveCount(1);
	await anouk.keyboard.press('End');
	await anouk.keyboard.type(' de Vries');
	await anouk.touchscreen.tap(370, 160);
	await expect(card.locator('[data-field="name"]')).toHaveText('Sanne de Vries');
});

test('lists your boards first on the home page, each with a picture of what is on it and its template', async ({
	participant
}) => {
	const anouk = await participant('Anouk');
	await anouk.setViewportSize({ width: 1440, height: 900 });
	await createBoard(anouk, 'Persona’s bakkerij', 'persona-workshop');
	await waitForCanvas(anouk);
	await addNote(anouk, 700, 450);
	await anouk.goto('/');
	const line = anouk.getByTestId('board-list').locator('li', { hasText: 'Persona’s bakkerij' });
	await expect(line.getByTestId('board-template')).toHaveText('Persona-workshop');
	// The boards come before the form for a new one.
	const list = (await anouk.getByTestId('board-list').first().boundingBox())!;
	expect(list.y).toBeLessThan((await anouk.getByTestId('new-board').boundingBox())!.y);
	// Once the board's room has closed (10 s after the last person left), its own picture.
	await expect
		.poll(
			async () => {
				await anouk.reload();
				return line.getByTestId('board-thumbnail').count();
			},
			{ timeout: 30_000, intervals: [2_000] }
		)
		.toBe(1);
	await expect(line.getByTestId('board-thumbnail').locator('rect.note')).not.toHaveCount(0);
	await anouk.screenshot({ path: 'tests/.artifacts/arriving/home.png' });
	await anouk.setViewportSize({ width: 390, height: 844 });
	await anouk.screenshot({ path: 'tests/.artifacts/arriving/home-phone.png' });
});

test('puts an inserted card on free space in view, outside the frames, at a size to fill in', async ({
	participant
}) => {
	const anouk = await participant('Anouk');
	await anouk.setViewportSize({ width: 1440, height: 900 });
	await createBoard(anouk, 'Kaart erbij', 'post');
	await waitForCanvas(anouk);
	await anouk.getByTestId('insert-menu').selectOption('card:objective');
	await anouk.getByRole('button', { name: 'Invoegen' }).click();
	const card = anouk.locator('.tl-shape[data-shape-type="objective"]');
	await expect.poll(() => allInView(anouk, 'objective')).toBe(true);
	const box = (await card.boundingBox())!;
	// Readable: at least 80% of its size at 100% (320 pixels across).
	expect(box.width).toBeGreaterThanOrEqual(0.8 * 320);
	const frames = await anouk
		.locator('.tl-shape[data-shape-type="frame"]')
		.evaluateAll((shapes) => shapes.map((shape) => shape.getBoundingClientRect().toJSON() as DOMRect));
	for (const frame of frames) {
		const apart =
			box.x >= frame.right ||
			box.x + box.width <= frame.left ||
			box.y >= frame.bottom ||
			box.y + box.height <= frame.top;
		expect(apart, 'the card covers no frame').toBe(true);
	}
	// It is open for editing: typing fills its first field.
	await anouk.keyboard.type('Meer volgers');
	await expect(card.locator('[data-field="statement"]')).toHaveValue('Meer volgers');
});

test('loads only the font faces the board draws', async ({ participant }) => {
	const anouk = await participant('Anouk');
	const fonts: string[] = [];
	const sizes: number[] = [];
	anouk.on('response', async (response) => {
		if (response.request().resourceType() !== 'font') return;
		fonts.push(response.url().split('/').pop()!);
		sizes.push((await response.body()).length);
	});
	await createBoard(anouk, 'Lettertypes', 'post');
	await waitForCanvas(anouk);
	await addNote(anouk, 700, 400);
	const note = anouk.locator('.tl-shape[data-shape-type="note"]');
	const box = (await note.boundingBox())!;
	await anouk.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
	await anouk.keyboard.type('Shantell');
	await anouk.keyboard.press('Escape');
	await expect(note).toContainText('Shantell');
	await expect.poll(() => fonts.some((font) => font.startsWith('Shantell_Sans-Informal_Regular'))).toBe(true);
	// The frames' sans and the note's hand-written face; no serif, mono or italic faces.
	expect(fonts.filter((font) => /Serif|Mono|Italic/.test(font))).toEqual([]);
	// Cut down to Latin: the hand-written face is 150 KiB whole, the sans 65 KiB.
	await expect.poll(() => sizes.length).toBe(fonts.length);
	expect(Math.max(...sizes)).toBeLessThan(80 * 1024);
});
