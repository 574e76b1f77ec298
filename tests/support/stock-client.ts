import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { browserLikeWebSocket } from './ws-client.ts';
import { PRESENCE_MESSAGE } from '../../src/lib/sync/endpoint.ts';

// No server code in here: the Playwright tests use these clients too.

/** A stock y-websocket client, as the browser uses it: with the session cookie and the page's Origin. */
export function connectProvider(wsUrl: string, boardId: string, cookie: string, doc = new Y.Doc()) {
	const provider = new WebsocketProvider(wsUrl, boardId, doc, {
		WebSocketPolyfill: browserLikeWebSocket(cookie),
		disableBc: true,
		maxBackoffTime: 500
	});
	ignorePresenceCount(provider);
	return provider;
}

/**
 * A crowded room sends the count of people present (the board page shows it); a stock client
 * without a handler for it would log "Unable to compute message" for each.
 */
export function ignorePresenceCount(provider: WebsocketProvider): void {
	provider.messageHandlers[PRESENCE_MESSAGE] = () => {};
}

export function whenSynced(provider: WebsocketProvider): Promise<void> {
	if (provider.synced) return Promise.resolve();
	return new Promise((resolve) => {
		const onSync = (synced: boolean) => {
			if (!synced) return;
			provider.off('sync', onSync);
			resolve();
		};
		provider.on('sync', onSync);
	});
}

/** Polls until `check` returns (or resolves to) true, failing with `what` after `timeoutMs`. */
export async function waitFor(
	check: () => boolean | Promise<boolean>,
	what: string,
	timeoutMs = 5_000
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** The code of the provider's next connection close. */
export function nextCloseCode(provider: WebsocketProvider): Promise<number> {
	return new Promise((resolve) =>
		provider.once('connection-close', (event) => resolve((event as { code: number } | null)?.code ?? 0))
	);
}
