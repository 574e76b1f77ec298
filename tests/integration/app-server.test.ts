import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServer } from '../../server/app-server.ts';
import { createSyncServer } from '../../server/create-sync-server.ts';
import { startApp } from '../support/app-process.ts';
import { rawHttp, rawUpgrade } from '../support/raw-http.ts';
import { openTestDatabase } from '../support/sqlite.ts';
import { removeDir } from '../support/test-server.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
	vi.restoreAllMocks();
});

/** The app server with a request handler that fails the way a bug would. */
async function serverWithHandler(handler: Parameters<typeof createAppServer>[0]['handler']) {
	const storage = await openTestDatabase();
	const sync = createSyncServer(storage);
	const server = createAppServer({ sync, storage, handler });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	cleanups.push(async () => {
		server.close();
		await sync.close();
		server.closeAllConnections();
		await storage.dispose();
	});
	return {
		port: (server.address() as AddressInfo).port,
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`
	};
}

describe('the app server when something fails', () => {
	it('answers 500 for a handler that throws, logs it with the request, and keeps serving', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const { url } = await serverWithHandler((req) => {
			throw new Error(`bug while serving ${req.url}`);
		});
		const response = await fetch(`${url}/boom`);
		expect(response.status).toBe(500);
		expect(String(logged.mock.calls[0]?.[0])).toContain('/boom');
		expect((await fetch(`${url}/healthz`)).status).toBe(200);
	});

	it('refuses an upgrade to a sync URL with broken percent-encoding with 404', async () => {
		const { port, url } = await serverWithHandler(undefined);
		expect(await rawHttp(port, rawUpgrade('/sync/%E0%A4%A'))).toBe(404);
		expect(await rawHttp(port, rawUpgrade('/sync/%'))).toBe(404);
		expect((await fetch(`${url}/healthz`)).status).toBe(200);
	});
});

describe('starting the server', () => {
	it('exits with the reason when its port is taken, instead of running unreachable', async () => {
		// It hangs up at once, so that waiting for the app to answer does not hang on it.
		const squatter = createServer((socket) => socket.destroy());
		await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
		const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-port-taken-'));
		try {
			const port = (squatter.address() as AddressInfo).port;
			await expect(startApp({ dataDir, port })).rejects.toThrow(
				new RegExp(
					`server exited during start:[\\s\\S]*cannot listen on 127\\.0\\.0\\.1:${port}: listen EADDRINUSE`
				)
			);
		} finally {
			squatter.close();
			removeDir(dataDir);
		}
	}, 30_000);
});
