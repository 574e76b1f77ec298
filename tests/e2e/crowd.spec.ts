import type { WebsocketProvider } from 'y-websocket';
import {
	createBoard,
	expect,
	joinAsStockClients,
	ownServer,
	shareLink,
	test,
	waitForCanvas
} from './fixtures.ts';

// A server of its own that treats a board of two connections as crowded (QUIET_PRESENCE_FROM),
// so a handful of clients show what a crowd of hundreds would.
ownServer(4175, { QUIET_PRESENCE_FROM: '2' });

test('a crowded board counts everyone and lists who is active', async ({ participant, baseURL }) => {
	const anouk = await participant('Anouk');
	const boardId = await createBoard(anouk, 'Grote zaal', 'post');
	await waitForCanvas(anouk);
	const link = await shareLink(anouk, boardId, 'editor');

	const people: WebsocketProvider[] = [];
	try {
		const names = Array.from({ length: 6 }, (_, i) => `Kijker ${i + 1}`);
		await joinAsStockClients(baseURL!, boardId, link, names, people);

		// Arriving is not doing something: they are counted, not listed.
		const menu = anouk.getByTestId('participant-menu');
		await expect(menu.getByTestId('participant-count')).toHaveText('7');
		await menu.locator('summary').click();
		await expect(menu.getByTestId('participant')).toHaveCount(1);
		await expect(menu.getByTestId('participants-watching')).toHaveText('en nog 6 die meekijken');

		// One of them moves: now listed by name.
		people[2]!.awareness.setLocalStateField('cursor', { x: 10, y: 20 });
		await expect(menu.getByTestId('participant').filter({ hasText: 'Kijker 3' })).toHaveCount(1);
		await expect(menu.getByTestId('participants-watching')).toHaveText('en nog 5 die meekijken');

		// Two leave: the count follows.
		people.splice(0, 2).forEach((provider) => provider.destroy());
		await expect(menu.getByTestId('participant-count')).toHaveText('5');
	} finally {
		for (const provider of people) provider.destroy();
	}
});
