import { readdirSync } from 'node:fs';
import type { TemplateDefinition } from '../../src/lib/templates/types.ts';
import { createBoard, expect, shapes, test, waitForCanvas } from './fixtures.ts';

// The app finds definitions with Vite's import.meta.glob, which Playwright's loader lacks: read the folder.
const DEFINITIONS = new URL('../../src/lib/templates/definitions/', import.meta.url);
const templates: TemplateDefinition[] = await Promise.all(
	readdirSync(DEFINITIONS).map(async (file) => (await import(new URL(file, DEFINITIONS).href)).default)
);

const frames = (page: import('@playwright/test').Page) => page.locator('.tl-shape[data-shape-type="frame"]');

test('creates a board from every template, with its frames, and keeps a screenshot of each', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1600, height: 1000 });
	for (const template of templates) {
		await createBoard(page, template.title.nl, template.id);
		await waitForCanvas(page);
		// Frames far outside the view are culled from the DOM: count the ones tldraw knows.
		await expect
			.poll(() => page.evaluate(() => document.querySelectorAll('.tl-shape').length))
			.toBeGreaterThan(0);
		await expect(frames(page).first()).toBeVisible();
		await page.screenshot({ path: `tests/.artifacts/templates/${template.id}.png` });
	}
});

test('shows the POST model in order, in both browsers, and inserts a template into an open board', async ({
	twoOnOneBoard,
	participant
}) => {
	const anouk = await participant('Anouk');
	await createBoard(anouk, 'POST voor Bakkerij de Vries', 'post');
	await waitForCanvas(anouk);
	const titles = anouk.locator('.tl-frame-heading');
	await expect(titles).toHaveCount(4);
	const leftToRight = await titles.evaluateAll((headings) =>
		headings
			.map((h) => ({ x: h.getBoundingClientRect().x, text: (h.textContent ?? '').replace(/\u200b/g, '') }))
			.sort((a, b) => a.x - b.x)
			.map((h) => h.text)
	);
	expect(leftToRight).toEqual([
		'P — Mensen',
		'O — Doelen en doelstellingen',
		'S — Strategie',
		'T — Technologie'
	]);
	await expect(shapes(anouk).filter({ hasText: 'Met welke middelen?' })).toHaveCount(1);

	const { anouk: host, bram } = await twoOnOneBoard('Leeg bord');
	await host.getByTestId('insert-menu').selectOption('template:oasis');
	await host.getByRole('button', { name: 'Invoegen' }).click();
	await expect(frames(host)).toHaveCount(5);
	await expect(frames(bram)).toHaveCount(5, { timeout: 15_000 });
	await expect(shapes(bram).filter({ hasText: 'Bijhouden' }).first()).toBeAttached();
});

test('lays out a new full-plan board as its ten chapters in reading order', async ({ page }) => {
	await page.setViewportSize({ width: 1600, height: 1000 });
	await createBoard(page, 'Plan Bakkerij de Vries', 'full-plan');
	await waitForCanvas(page);
	await page.keyboard.press('Shift+1');
	const headings = page.locator('.tl-frame-heading');
	await expect(headings).toHaveCount(11);
	const inReadingOrder = await headings.evaluateAll((all) =>
		all
			.map((h) => ({ box: h.getBoundingClientRect(), text: (h.textContent ?? '').replace(/\u200b/g, '') }))
			.sort((a, b) => Math.round(a.box.y - b.box.y) || a.box.x - b.box.x)
			.map((h) => h.text)
	);
	expect(inReadingOrder[0]).toBe('Vooraf: probleemstelling, organisatie en nulmeting');
	expect(inReadingOrder.slice(1).map((title) => Number.parseInt(title))).toEqual([
		1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	]);
	expect(inReadingOrder[4]).toBe('4. Kanaalkeuze en -strategie');
	await expect(page.locator('.tl-shape[data-shape-type="channel"]')).toHaveCount(3);
	await expect(page.locator('.tl-shape[data-shape-type="budget"]')).toHaveCount(1);
	await expect(page.locator('.tl-shape[data-shape-type="risk"]')).toHaveCount(1);
});
