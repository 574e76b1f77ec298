/**
 * Werkbord's production entry: SvelteKit's handler, the health check and the sync endpoint on one
 * port. Run `npm run build` first; `npm start` runs this file on the pinned Node.
 */
import { existsSync } from 'node:fs';
import { MAX_IMPORT_BYTES } from '../src/lib/server/boards/board-import.ts';
import { fileURLToPath } from 'node:url';
import { getStorage, closeStorage } from '../src/lib/server/db/index.ts';
import { createAppServer, type RequestHandler } from './app-server.ts';
import { serverConfigFromEnv } from './config.ts';
import { createSyncServer } from './create-sync-server.ts';
import { RedisRelay } from './scale/redis-relay.ts';

const handlerPath = fileURLToPath(new URL('../build/handler.js', import.meta.url));
if (!existsSync(handlerPath)) {
	console.error('Werkbord is not built yet: run `npm run build` first (or `npm run preview`).');
	process.exit(1);
}

const config = serverConfigFromEnv();
const storage = await getStorage();
// adapter-node takes every request for https unless ORIGIN or a protocol header says otherwise; this
// server speaks plain HTTP, so (behind no proxy) the header is filled in with what the socket is.
const fillProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (fillProtocol) process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
// An imported board (a JSON file) is larger than adapter-node's default 512 KB body limit.
process.env.BODY_SIZE_LIMIT ??= String(MAX_IMPORT_BYTES + 64 * 1024);
const { handler: svelteKit } = (await import(handlerPath)) as { handler: RequestHandler };
const handler: RequestHandler = (req, res, next) => {
	if (fillProtocol) req.headers['x-forwarded-proto'] ??= 'http';
	svelteKit(req, res, next);
};
const relay = config.redisUrl ? await RedisRelay.connect(config.redisUrl) : undefined;
const sync = createSyncServer(storage, {
	origin: process.env.ORIGIN && new URL(process.env.ORIGIN).origin,
	relay,
	limits: config.quietPresenceFrom ? { quietPresenceFrom: config.quietPresenceFrom } : {}
});
const server = createAppServer({ sync, storage, relay, handler });

// A port that cannot be had ends the start (a supervisor sees it), not a process serving nobody.
const cannotListen = (error: Error) => {
	console.error(`Werkbord cannot listen on ${config.host}:${config.port}: ${error.message}`);
	process.exit(1);
};
server.once('error', cannotListen);
server.listen(config.port, config.host, () => {
	server.off('error', cannotListen);
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : config.port;
	const joined = relay ? `, joined through Redis as instance ${relay.status().instance}` : '';
	console.log(`Werkbord listening on http://${config.host}:${port} (storage: ${storage.kind}${joined})`);
});

// The last line of defence: every request and socket handler catches its own errors, so anything
// that reaches here is a bug. One client must not take every board down with it: log and go on.
process.on('uncaughtException', (error) => console.error('[process] uncaught exception:', error));
process.on('unhandledRejection', (reason) => console.error('[process] unhandled rejection:', reason));

let stopping = false;
async function shutdown(signal: string) {
	if (stopping) return;
	stopping = true;
	console.log(`${signal} received: closing sockets and saving boards`);
	server.close();
	await sync.close();
	await relay?.close();
	server.closeAllConnections();
	await closeStorage();
	process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
