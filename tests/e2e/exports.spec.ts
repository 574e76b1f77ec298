import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import mammoth from 'mammoth';
import { PDFDocument } from 'pdf-lib';
import { addNote, createBoard, expect, test, waitForCanvas } from './fixtures.ts';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
	const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
	return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

test('downloads the plan, the board and a picture of it from the export menu', async ({ page }) => {
	await createBoard(page, 'Plan Bakkerij', 'persona-workshop');
	await waitForCanvas(page);
	const persona = page.locator('.tl-shape[data-shape-type="persona"]').first();
	const box = (await persona.boundingBox())!;
	await page.mouse.dblclick(box.x + box.width / 2, box.y + 20);
	await page.keyboard.type('Sanne de Vries');
	await page.keyboard.press('Escape');
	await expect(persona.locator('[data-field="name"]')).toHaveText('Sanne de Vries');

	const menu = page.getByTestId('export-menu');
	await menu.locator('summary').click();
	const day = new Date().toISOString().slice(0, 10);

	const docx = await download(page, () => menu.getByTestId('export-docx').click());
	expect(docx.name).toBe(`Plan-Bakkerij-${day}.docx`);
	const { value } = await mammoth.extractRawText({ buffer: docx.body });
	expect(value).toContain('2. Doelgroepanalyse en persona’s');
	expect(value).toContain('Sanne de Vries');

	const md = await download(page, () => menu.getByTestId('export-md').click());
	expect(md.body.toString()).toContain('| **Naam** | Sanne de Vries |');

	const json = await download(page, () => menu.getByTestId('export-json').click());
	const board = JSON.parse(json.body.toString()) as { records: { type?: string }[] };
	expect(board.records.filter((r) => r.type === 'persona')).toHaveLength(3);

	await menu.getByTestId('export-image-format').selectOption('svg');
	const svg = await download(page, () => menu.getByTestId('export-image').click());
	expect(svg.name).toBe(`Plan-Bakkerij-${day}.svg`);
	expect(svg.body.toString()).toContain('Sanne de Vries');

	await menu.getByTestId('export-image-format').selectOption('png');
	const png = await download(page, () => menu.getByTestId('export-image').click());
	expect(png.body.subarray(1, 4).toString()).toBe('PNG');

	// The PDF: a page per frame, titled after the board, with its font inside.
	const frames = await page.locator('.tl-shape[data-shape-type="frame"]').count();
	expect(frames).toBeGreaterThan(1);
	const pdf = await download(page, () => menu.getByTestId('export-pdf').click());
	expect(pdf.name).toBe(`Plan-Bakkerij-${day}.pdf`);
	const document = await PDFDocument.load(pdf.body);
	expect(document.getPageCount()).toBe(frames);
	expect(document.getTitle()).toBe('Plan Bakkerij');
	expect(pdf.body.toString('latin1')).toMatch(/\/FontFile2/);

	// "Import board" turns the JSON file into a new board with the same cards.
	await page.goto('/');
	await page
		.getByTestId('import-file')
		.setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.body });
	await page.getByTestId('import-submit').click();
	await page.waitForURL(/\/b\/[A-Za-z0-9_-]{22}$/);
	await waitForCanvas(page);
	await expect(page.locator('.tl-shape[data-shape-type="persona"]')).toHaveCount(3);
	await expect(
		page.locator('.tl-shape[data-shape-type="persona"] [data-field="name"]', { hasText: 'Sanne de Vries' })
	).toHaveCount(1);
});

test('saves a snapshot, changes the board, and restores the snapshot for everyone', async ({
	twoOnOneBoard
}) => {
	const { anouk, bram } = await twoOnOneBoard('Met geschiedenis');
	const notes = (page: Page) => page.locator('.tl-shape[data-shape-type="note"]');
	await addNote(anouk, 300, 300);
	await expect(notes(bram)).toHaveCount(1);

	await anouk.getByTestId('facilitate').click();
	const panel = anouk.getByTestId('snapshots');
	await panel.getByTestId('snapshot-title').fill('Voor de pauze');
	await panel.getByTestId('snapshot-save').click();
	await expect(panel.getByTestId('snapshot')).toHaveCount(1);
	await expect(panel.getByTestId('snapshot').first()).toContainText('Voor de pauze');

	await addNote(anouk, 600, 300);
	await expect(notes(bram)).toHaveCount(2);
	// Who did what, all along and since the snapshot (asked for again for each choice).
	const made = anouk
		.getByTestId('contributions')
		.getByTestId('contributor')
		.filter({ hasText: 'Anouk' })
		.locator('td')
		.nth(1);
	const since = anouk.getByTestId('contributions-since');
	await since.selectOption({ index: 1 });
	await expect(made).toHaveText('1');
	await since.selectOption({ index: 0 });
	await expect(made).toHaveText('2');
	anouk.once('dialog', (dialog) => void dialog.accept());
	await panel
		.getByTestId('snapshot')
		.filter({ hasText: 'Voor de pauze' })
		.getByTestId('snapshot-restore')
		.click();
	await expect(notes(bram)).toHaveCount(1);
	await expect(notes(anouk)).toHaveCount(1);
	// The state before the restore is kept as a snapshot of its own.
	await expect(panel.getByTestId('snapshot')).toHaveCount(2);
});

test('opens a snapshot read-only, compares it with now, and restores it from there', async ({
	twoOnOneBoard
}) => {
	const { anouk, bram, boardId } = await twoOnOneBoard('Vergelijken');
	const notes = (page: Page) => page.locator('.tl-shape[data-shape-type="note"]');
	await addNote(anouk, 300, 300);
	await expect(notes(bram)).toHaveCount(1);
	await anouk.getByTestId('facilitate').click();
	const panel = anouk.getByTestId('snapshots');
	await panel.getByTestId('snapshot-title').fill('Ronde 1');
	await panel.getByTestId('snapshot-save').click();
	await expect(panel.getByTestId('snapshot')).toHaveCount(1);
	await addNote(anouk, 600, 300);
	await expect(notes(bram)).toHaveCount(2);

	await panel.getByTestId('snapshot-open').click();
	await anouk.waitForURL(new RegExp(`/b/${boardId}/history/`));
	await expect(anouk.getByTestId('snapshot-heading')).toContainText('Ronde 1');
	await expect(notes(anouk)).toHaveCount(1);
	// Read-only: a double-click makes no note.
	await anouk.locator('.tl-canvas').dblclick({ position: { x: 700, y: 500 } });
	await expect(notes(anouk)).toHaveCount(1);

	await anouk.getByTestId('snapshot-compare').check();
	await expect(anouk.getByTestId('snapshot-changes')).toContainText('1 toegevoegd');
	await expect(notes(anouk)).toHaveCount(2);
	await expect(anouk.locator('[data-change="added"]')).toHaveCount(1);

	anouk.once('dialog', (dialog) => void dialog.accept());
	await anouk.getByTestId('snapshot-view-restore').click();
	await anouk.waitForURL(new RegExp(`/b/${boardId}$`));
	await expect(notes(bram)).toHaveCount(1);
});
