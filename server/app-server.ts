import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Storage } from '../src/lib/server/db/index.ts';
import type { Relay } from './sync/relay.ts';
import type { SyncServer } from './sync/sync-server.ts';

/** A Connect-style request handler, as SvelteKit's adapter-node exports from `build/handler.js`. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface AppServerOptions {
	sync: SyncServer;
	storage: Storage;
	/** The link to other instances, reported by the health check. */
	relay?: Relay;
	/** Serves everything that is not health or sync; without it such requests get 404. */
	handler?: RequestHandler;
}

/** One HTTP server for the app, the health check and the sync WebSocket endpoint. */
export function createAppServer({ sync, storage, relay, handler }: AppServerOptions) {
	const startedAt = Date.now();
	const notFound = (res: ServerResponse) => plainResponse(res, 404, 'Not found');
	const health = async (res: ServerResponse) => {
		const stats = await sync.stats();
		const redis = relay?.status();
		const body = {
			status: stats.storageFailing || (redis && !redis.connected) ? 'degraded' : 'ok',
			uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
			rooms: stats.rooms,
			connections: stats.connections,
			pendingUpdates: stats.pendingUpdates,
			droppedUpdates: stats.droppedUpdates,
			storage: storage.kind,
			memory: memoryMiB(),
			...(redis && { redis: { connected: redis.connected, instance: redis.instance } })
		};
		res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
		res.end(JSON.stringify(body));
	};
	const server = createServer((req, res) => {
		const failed = (error: unknown) => {
			console.error(`[http] ${req.method} ${JSON.stringify(req.url)} failed:`, error);
			if (!res.headersSent) plainResponse(res, 500, 'Internal error');
			else res.destroy();
		};
		try {
			if (req.url === '/healthz') health(res).catch(failed);
			else if (handler) handler(req, res, () => notFound(res));
			else notFound(res);
		} catch (error) {
			failed(error);
		}
	});
	server.on('upgrade', (req, socket: Duplex, head: Buffer) => {
		try {
			if (!sync.handleUpgrade(req, socket, head)) {
				socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
			}
		} catch (error) {
			console.error(`[sync] upgrade ${JSON.stringify(req.url)} failed:`, error);
			socket.destroy();
		}
	});
	return server;
}

/** The process's resident memory and live JavaScript heap, for watching a long-running instance. */
function memoryMiB() {
	const { rss, heapUsed } = process.memoryUsage();
	return { rss: Math.round(rss / 2 ** 20), heapUsed: Math.round(heapUsed / 2 ** 20) };
}

function plainResponse(res: ServerResponse, status: number, message: string): void {
	res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${message}\n`);
}
