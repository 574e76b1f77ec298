import { InstancePageStateRecordType, type TLPageId, type TLRecord } from '@tldraw/tldraw';
import * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';
import { frameRecord, noteRecord } from '../support/tldraw-records.ts';
import { addNote, createBoard, expect, sessionCookie, shapes, test, waitForCanvas } from './fixtures.ts';

test('creates a board from the home page and opens the canvas under the account name', async ({ page }) => {
	const id = await createBoard(page, 'Social media plan Bakkerij de Vries');
	await waitForCanvas(page);
	await expect(page.getByTestId('board-title')).toHaveText('Social media plan Bakkerij de Vries');
	await expect(page.getByTestId('participants')).toContainText('Anouk');

	await page.goto('/');
	const row = page.getByTestId('board-list').locator('li', { hasText: 'Bakkerij de Vries' });
	await expect(row.locator('a')).toHaveAttribute('href', `/b/${id}`);
});

test('opens and syncs a board in a browser without IndexedDB (no local copy to wait for)', async ({
	page
}) => {
	await createBoard(page, 'Zonder opslag');
	await waitForCanvas(page);
	await addNote(page, 300, 250);
	await expect(shapes(page)).toHaveCount(1);

	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	await page.reload();
	await waitForCanvas(page);
	await expect(shapes(page)).toHaveCount(1);
	await addNote(page, 550, 300);
	await expect(shapes(page)).toHaveCount(2);
	await page.reload();
	await waitForCanvas(page);
	await expect(shapes(page)).toHaveCount(2);
});

test('shows a shape drawn in one browser in the other, and keeps it after reload', async ({
	twoOnOneBoard
}) => {
	const { anouk, bram } = await twoOnOneBoard('Live samenwerken');

	await addNote(anouk, 300, 250);
	await expect(shapes(anouk)).toHaveCount(1);
	await expect(shapes(bram)).toHaveCount(1);

	await addNote(bram, 550, 300);
	await expect(shapes(anouk)).toHaveCount(2);

	await bram.reload();
	await waitForCanvas(bram);
	await expect(shapes(bram)).toHaveCount(2);
	await expect(bram.getByTestId('participants')).toContainText('Anouk');
});

test('shows the cursor of another participant with their name', async ({ twoOnOneBoard }) => {
	const { anouk, bram } = await twoOnOneBoard('Cursors');

	const canvas = anouk.locator('.tl-canvas');
	const box = (await canvas.boundingBox())!;
	for (let i = 0; i < 10; i++) {
		await anouk.mouse.move(box.x + 200 + i * 10, box.y + 200 + i * 5);
		await anouk.waitForTimeout(30);
	}
	await expect(bram.locator('.tl-nametag', { hasText: 'Anouk' })).toBeVisible();
});

test('renames, deletes and brings back a board from the list', async ({ page }) => {
	const id = await createBoard(page, 'Oude naam');
	await page.goto('/');
	const row = page.locator(`[data-board-id="${id}"]`);
	await row.getByRole('button', { name: 'Hernoemen' }).click();
	await row.getByRole('textbox').fill('Nieuwe naam');
	await row.getByRole('button', { name: 'Opslaan' }).click();
	await expect(row.locator('a')).toHaveText('Nieuwe naam');
	await page.reload();
	await expect(row.locator('a')).toHaveText('Nieuwe naam');

	page.once('dialog', (dialog) => dialog.accept());
	await row.getByRole('button', { name: 'Verwijderen' }).click();
	await expect(row).toHaveCount(0);
	await page.reload();
	await expect(row).toHaveCount(0);
	expect((await page.goto(`/b/${id}`))?.status()).toBe(404);

	// For 30 days its facilitator can bring it back.
	await page.goto('/');
	const deleted = page.getByTestId('deleted-boards');
	await expect(deleted).toContainText('Nieuwe naam');
	await deleted.getByTestId('undelete').click();
	await expect(row.locator('a')).toHaveText('Nieuwe naam');
	expect((await page.goto(`/b/${id}`))?.status()).toBe(200);
});

test('answers 404 for a board that does not exist', async ({ page }) => {
	const response = await page.goto('/b/AAAAAAAAAAAAAAAAAAAAAA');
	expect(response?.status()).toBe(404);
	await expect(page.locator('main')).toContainText('Dit bord bestaat niet');
});

test('switches the interface to English and back', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Nieuw bord' })).toBeVisible();
	await page.getByTestId('language-switch').selectOption('en');
	await expect(page.getByRole('heading', { name: 'New board' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'New board' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByTestId('language-switch').selectOption('nl');
	await expect(page.getByRole('heading', { name: 'Nieuw bord' })).toBeVisible();
});

test('keeps working offline and syncs the edits when back online', async ({ twoOnOneBoard }) => {
	const { anouk, bram } = await twoOnOneBoard('Offline');

	await anouk.context().setOffline(true);
	await expect(anouk.getByTestId('connection-status')).toHaveAttribute('data-state', /offline|reconnecting/);
	await expect(anouk.getByTestId('connection-status')).toContainText('lokaal bewaard');
	await addNote(anouk, 320, 260);
	await expect(shapes(anouk)).toHaveCount(1);
	// Online, a note reaches the other browser in well under a second; offline it must not.
	await bram.waitForTimeout(1_500);
	await expect(shapes(bram)).toHaveCount(0);

	await anouk.context().setOffline(false);
	await expect(anouk.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', {
		timeout: 20_000
	});
	await expect(shapes(bram)).toHaveCount(1);
});

test('undo reverts only my own change, not a colleague’s later edit of the same note', async ({
	twoOnOneBoard
}) => {
	const { anouk, bram } = await twoOnOneBoard('Ongedaan maken');
	await addNote(anouk, 300, 250);
	await expect(shapes(bram)).toHaveCount(1);

	const note = shapes(anouk).first();
	const start = (await note.boundingBox())!;
	await anouk.mouse.move(start.x + 30, start.y + 30);
	await anouk.mouse.down();
	await anouk.mouse.move(start.x + 130, start.y + 30, { steps: 8 });
	await anouk.mouse.move(start.x + 230, start.y + 30, { steps: 8 });
	await anouk.mouse.up();
	await expect.poll(async () => (await note.boundingBox())!.x).toBeGreaterThan(start.x + 150);

	await shapes(bram).first().dblclick();
	await bram.keyboard.type('Doel: vindbaarheid');
	await bram.keyboard.press('Escape');
	await expect(note).toContainText('Doel: vindbaarheid');

	await anouk.keyboard.press('Control+z');
	await expect.poll(async () => Math.round((await note.boundingBox())!.x)).toBe(Math.round(start.x));
	await expect(note).toContainText('Doel: vindbaarheid');
	await expect(shapes(bram).first()).toContainText('Doel: vindbaarheid');
});

test('stays usable when a crafted update puts shapes in a loop of parents, in another’s place, or under everyone’s cursor', async ({
	page,
	baseURL
}) => {
	const boardId = await createBoard(page, 'Gemanipuleerd');
	await waitForCanvas(page);
	// An editor's raw client, not the app: a loop used to hang every browser on the board, for good.
	const crafted = connectProvider(`${baseURL!.replace('http', 'ws')}/sync`, boardId, sessionCookie(page));
	await whenSynced(crafted);
	const records = boardRecords(crafted.doc);
	crafted.doc.transact(() => {
		records.set('shape:sanne', recordToYMap(noteRecord('sanne', 'Persona Sanne', 300, 200)));
		records.set('shape:a', recordToYMap({ ...frameRecord('a', 'Kader A'), parentId: 'shape:b' } as TLRecord));
		records.set('shape:b', recordToYMap({ ...frameRecord('b', 'Kader B'), parentId: 'shape:a' } as TLRecord));
		records.set(
			'shape:self',
			recordToYMap({ ...noteRecord('self', 'Eigen ouder'), parentId: 'shape:self' } as TLRecord)
		);
		records.set('shape:stand-in', recordToYMap(noteRecord('sanne', 'Vervalst', 300, 200)));
		// A selection is each browser's own: this one would open the note for editing in every browser.
		const selection = new Y.Map<unknown>();
		for (const [field, value] of Object.entries({
			...InstancePageStateRecordType.create({ pageId: 'page:page' as TLPageId }),
			id: 'instance_page_state:page:page',
			selectedShapeIds: ['shape:sanne'],
			editingShapeId: 'shape:sanne'
		}))
			selection.set(field, value);
		(records as Y.Map<unknown>).set('instance_page_state:page:page', selection);
	});
	crafted.destroy();

	for (const step of ['live', 'after a reload']) {
		if (step !== 'live') {
			await page.reload();
			await waitForCanvas(page);
		}
		await expect(shapes(page).filter({ hasText: 'Persona Sanne' }), step).toHaveCount(1);
		await expect(shapes(page).filter({ hasText: 'Eigen ouder' }), step).toHaveCount(1);
		await expect(shapes(page).filter({ hasText: 'Vervalst' }), step).toHaveCount(0);
		await expect(page.locator('.tl-shape [contenteditable="true"]'), step).toHaveCount(0);
	}
	// And the board still takes work.
	const before = await shapes(page).count();
	await addNote(page, 700, 500);
	await expect(shapes(page)).toHaveCount(before + 1);
});
