import { addNote, expect, ownServer, shapes, test, waitForCanvas } from './fixtures.ts';

// A server of its own, so this file can kill and restart it.
const server = ownServer(4174);

test('loses nothing when the server dies and restarts while two browsers are open', async ({
	twoOnOneBoard
}) => {
	const { anouk, bram } = await twoOnOneBoard('Herstart');

	await addNote(anouk, 250, 220);
	await addNote(bram, 500, 260);
	await expect(shapes(anouk)).toHaveCount(2);
	await expect(shapes(bram)).toHaveCount(2);

	await server.app.stop('SIGKILL');
	await expect(anouk.getByTestId('connection-status')).toHaveAttribute('data-state', 'reconnecting');
	await expect(anouk.getByTestId('connection-status')).toContainText('lokaal bewaard');
	// Work goes on during the outage.
	await addNote(anouk, 380, 420);
	await expect(shapes(anouk)).toHaveCount(3);

	await server.restart();
	for (const page of [anouk, bram]) {
		await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', {
			timeout: 30_000
		});
	}
	await expect(shapes(bram)).toHaveCount(3);

	await bram.reload();
	await waitForCanvas(bram);
	await expect(shapes(bram)).toHaveCount(3);
});
