import type { WebsocketProvider } from 'y-websocket';

interface AwarenessChanges {
	added: number[];
	updated: number[];
	removed: number[];
}

/**
 * Makes a stock y-websocket provider send its own awareness state only. As published, it sends
 * back every change it receives — everyone's cursors, to the server that just relayed them — so
 * on a board of 2,000 people the server read 20,000 such echoes a second and dropped them all
 * (server/sync/room-awareness.ts). Its own state still goes out through the provider's handler,
 * as before; the server's cursor flow control reads a socket's backlog instead of the echo.
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): void {
	const { awareness } = provider;
	const stock = provider._awarenessUpdateHandler;
	const isOwn = (id: number) => id === awareness.clientID;
	const ownOnly = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
		if (!added.some(isOwn) && !updated.some(isOwn) && !removed.some(isOwn)) return;
		stock(
			{ added: added.filter(isOwn), updated: updated.filter(isOwn), removed: removed.filter(isOwn) },
			origin
		);
	};
	awareness.off('update', stock);
	// The provider removes the handler by this name when it is destroyed.
	provider._awarenessUpdateHandler = ownOnly;
	awareness.on('update', ownOnly);
}
