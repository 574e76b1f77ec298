import { WebSocket } from 'ws';

/**
 * A `ws` WebSocket class that sends what a browser would: the session cookie and the page's
 * Origin (derived from the socket's own URL). For y-websocket's `WebSocketPolyfill` option.
 */
export function browserLikeWebSocket(cookie: string | undefined): typeof globalThis.WebSocket {
	class BrowserLikeWebSocket extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			const origin = new URL(url).origin.replace(/^ws/, 'http');
			super(url, protocols, { headers: { origin, ...(cookie ? { cookie } : {}) } });
		}
	}
	return BrowserLikeWebSocket as unknown as typeof globalThis.WebSocket;
}
