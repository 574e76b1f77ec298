import type { WebsocketProvider } from 'y-websocket';
import { createBoard, expect, joinAsStockClients, shareLink, test, waitForCanvas } from './fixtures.ts';

test('lists 40 connections as the people behind them: a count, faces, a list to search', async ({
	participant,
	baseURL
}) => {
	const anouk = await participant('Anouk');
	await anouk.setViewportSize({ width: 1440, height: 900 });
	const boardId = await createBoard(anouk, 'Grote groep', 'post');
	await waitForCanvas(anouk);
	const link = await shareLink(anouk, boardId, 'editor');

	// Twenty people, each with the board open in two tabs (stock y-websocket clients).
	const tabs: WebsocketProvider[] = [];
	try {
		const names = Array.from({ length: 20 }, (_, i) => `Deelnemer ${String(i + 1).padStart(2, '0')}`);
		await joinAsStockClients(baseURL!, boardId, link, names, tabs, 2);

		const menu = anouk.getByTestId('participant-menu');
		await expect(menu.getByTestId('participant-count')).toHaveText('21');
		await expect(menu.locator('.faces .face')).toHaveCount(8);
		await menu.locator('summary').click();
		const people = menu.getByTestId('participant');
		await expect(people).toHaveCount(21);
		await expect(people.first()).toContainText('Anouk');
		await expect(people.first()).toContainText('(jij)');
		await expect(people.filter({ hasText: 'Deelnemer 07' })).toContainText('bewerker');

		await anouk.screenshot({ path: 'tests/.artifacts/participants/board-with-21.png' });
		await menu.getByTestId('participant-search').fill('07');
		await expect(people).toHaveCount(1);
		await expect(people).toContainText('Deelnemer 07');

		// One tab of each closes: they are still there; both close: gone.
		for (const provider of tabs.filter((_, i) => i % 2 === 0)) provider.destroy();
		await menu.getByTestId('participant-search').fill('');
		await expect(menu.getByTestId('participant-count')).toHaveText('21');
		for (const provider of tabs) provider.destroy();
		await expect(menu.getByTestId('participant-count')).toHaveText('1');
	} finally {
		for (const provider of tabs) provider.destroy();
	}
});
