import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServer } from '../../server/app-server.ts';
import { createSyncServer } from '../../server/create-sync-server.ts';
import type { SyncLimits } from '../../server/sync/limits.ts';
import { BoardRepository } from '../../src/lib/server/boards/board-repository.ts';
import { openStorage, type Storage, type StorageConfig } from '../../src/lib/server/db/index.ts';

/** A real server (HTTP + sync, no SvelteKit pages) on a random port and a fresh SQLite database. */
export interface TestServer {
	url: string;
	wsUrl: string;
	storage: Storage;
	dataDir: string;
	boards: BoardRepository;
	stop(): Promise<void>;
}

export async function startTestServer(
	options: { dataDir?: string; storage?: StorageConfig; limits?: Partial<SyncLimits> } = {}
): Promise<TestServer> {
	const dataDir =
		options.storage?.dataDir ?? options.dataDir ?? mkdtempSync(join(tmpdir(), 'werkbord-test-'));
	const storage = await openStorage(options.storage ?? { dataDir });
	const sync = createSyncServer(storage, { limits: { roomGraceMs: 200, ...options.limits } });
	const server = createAppServer({ sync, storage });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		wsUrl: `ws://127.0.0.1:${port}/sync`,
		storage,
		dataDir,
		boards: new BoardRepository(storage.db),
		async stop() {
			server.close();
			await sync.close();
			server.closeAllConnections();
			await storage.close();
		}
	};
}

export function removeDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
