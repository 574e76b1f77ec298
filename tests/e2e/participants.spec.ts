import type { WebsocketProvider } from 'y-websocket';
import { postForm, signUpOverHttp } from '../support/app-process.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';
import { createBoard, expect, shareLink, test, waitForCanvas } from './fixtures.ts';

test('lists 40 connections as the people behind them: a count, faces, a list to search', async ({
	participant,
	baseURL
}) => {
	const anouk = await participant('Anouk');
	await anouk.setViewportSize({ width: 1440, height: 900 });
	const boardId = await createBoard(anouk, 'Grote groep', 'post');
	await waitForCanvas(anouk);
	const link = await shareLink(anouk, boardId, 'editor');
	const token = link.split('/s/')[1]!;

	// Twenty people, each with the board open in two tabs (stock y-websocket clients).
	const tabs: WebsocketProvider[] = [];
	try {
		for (let i = 1; i <= 20; i++) {
			const cookie = await signUpOverHttp(
				baseURL!,
				`Deelnemer ${String(i).padStart(2, '0')}`,
				`deelnemer-${i}-${crypto.randomUUID()}@example.test`
			);
			await postForm(baseURL!, `/s/${token}?/join`, {}, cookie);
			for (let tab = 0; tab < 2; tab++) {
				const provider = connectProvider(`${baseURL!.replace(/^http/, 'ws')}/sync`, boardId, cookie);
				provider.awareness.setLocalStateField('user', { color: '#1971c2' });
				tabs.push(provider);
			}
		}
		await Promise.all(tabs.map(whenSynced));

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
