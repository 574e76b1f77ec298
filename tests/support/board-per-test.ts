import { afterEach, beforeEach } from 'vitest';
import type { StorageConfig } from '../../src/lib/server/db/index.ts';
import { createTestUser, type TestUser } from './accounts.ts';
import type { Backend } from './backends.ts';
import { connectProvider, whenSynced } from './stock-client.ts';
import { startTestServer, type TestServer } from './test-server.ts';

export type Provider = ReturnType<typeof connectProvider>;

/** A server on one storage backend, its owner and a board, fresh for every test. */
export interface BoardWorld {
	server: TestServer;
	owner: TestUser;
	boardId: string;
	/** A stock client on the board (or another room of it), signed in as `cookie` (the owner's by default), synced. */
	client(cookie?: string, room?: string): Promise<Provider>;
	/** Closes every client. */
	disconnectAll(): void;
	/** Closes every client and restarts the server on the same storage. */
	restart(): Promise<void>;
}

/** Sets up a BoardWorld before each test of the describe block it is called in, and tears it down after. */
export function boardPerTest(backend: Backend, title = 'Workshop'): BoardWorld {
	let config: { config: StorageConfig; cleanup(): Promise<void> } | null = null;
	const providers: Provider[] = [];
	const world = {
		async client(cookie?: string, room?: string) {
			const provider = connectProvider(
				world.server.wsUrl,
				room ?? world.boardId,
				cookie ?? world.owner.cookie
			);
			providers.push(provider);
			await whenSynced(provider);
			return provider;
		},
		disconnectAll() {
			for (const provider of providers.splice(0)) provider.destroy();
		},
		async restart() {
			world.disconnectAll();
			await world.server.stop();
			world.server = await startTestServer({ storage: config!.config });
		}
	} as BoardWorld;

	beforeEach(async ({ skip }) => {
		if (backend.skip) skip();
		config = await backend.setup();
		world.server = await startTestServer({ storage: config.config });
		world.owner = await createTestUser(world.server.storage.db, 'Owner');
		world.boardId = (await world.server.boards.create(title, world.owner.teamId, world.owner.userId)).id;
	});
	afterEach(async () => {
		world.disconnectAll();
		await world.server?.stop();
		await config?.cleanup();
	});
	return world;
}
