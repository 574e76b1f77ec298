import type { Plugin } from 'vite';
import { getStorage } from '../src/lib/server/db/index.ts';
import { createSyncServer } from './create-sync-server.ts';

/** Serves the same `/sync/<boardId>` endpoint from Vite's dev (and preview) server. */
export function werkbordSync(): Plugin {
	return {
		name: 'werkbord-sync',
		async configureServer(server) {
			const httpServer = server.httpServer;
			if (!httpServer) return;
			const sync = createSyncServer(await getStorage());
			// Vite's own HMR socket shares the server: every other path is left to it.
			httpServer.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
			httpServer.on('close', () => void sync.close());
		}
	};
}
