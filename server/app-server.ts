import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Storage } from '../src/lib/server/db/index.ts';
import type { SyncServer } from './sync/sync-server.ts';

/** A Connect-style request handler, as SvelteKit's adapter-node exports from `build/handler.js`. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface AppServerOptions {
	sync: SyncServer;
	storage: Storage;
	/** Serves everything that is not health or sync; without it such requests get 404. */
	handler?: RequestHandler;
}

/** One HTTP server for the app, the health check and the sync WebSocket endpoint. */
export function createAppServer({ sync, storage, handler }: AppServerOptions) {
	const startedAt = Date.now();
	const notFound = (res: ServerResponse) => {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
	};
	const server = createServer((req, res) => {
		if (req.url === '/healthz') {
			void sync.stats().then((stats) => {
				const body = {
					status: stats.storageFailing ? 'degraded' : 'ok',
					uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
					rooms: stats.rooms,
					connections: stats.connections,
					pendingUpdates: stats.pendingUpdates,
					droppedUpdates: stats.droppedUpdates,
					storage: storage.kind
				};
				res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
				res.end(JSON.stringify(body));
			});
			return;
		}
		if (handler) handler(req, res, () => notFound(res));
		else notFound(res);
	});
	server.on('upgrade', (req, socket, head) => {
		if (!sync.handleUpgrade(req, socket, head)) {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
		}
	});
	return server;
}
