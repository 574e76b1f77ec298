import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage } from '../../src/lib/server/db/index.ts';
import { removeDir } from './test-server.ts';

/** A migrated SQLite database in a fresh temporary directory; `close()` removes it. */
export async function openTestDatabase(): Promise<Storage & { dispose(): Promise<void> }> {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-unit-'));
	const storage = await openStorage({ dataDir });
	return {
		...storage,
		async dispose() {
			await storage.close();
			removeDir(dataDir);
		}
	};
}
