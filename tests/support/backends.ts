import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StorageConfig } from '../../src/lib/server/db/index.ts';
import { createTestSchema, postgresAvailable } from './postgres.ts';
import { removeDir } from './test-server.ts';

export interface Backend {
	name: string;
	skip: boolean;
	/** A fresh, empty database of this kind; `cleanup` removes it. */
	setup(): Promise<{ config: StorageConfig; cleanup(): Promise<void> }>;
}

const pgReady = await postgresAvailable();

/** Both storage backends, for `describe.each`: PostgreSQL skips (or fails on CI) when unreachable. */
export const backends: Backend[] = [
	{
		name: 'SQLite',
		skip: false,
		async setup() {
			const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-storage-'));
			return { config: { dataDir }, cleanup: async () => removeDir(dataDir) };
		}
	},
	{
		name: 'PostgreSQL',
		skip: !pgReady,
		async setup() {
			const schema = await createTestSchema();
			return { config: { dataDir: '/nonexistent', databaseUrl: schema.url }, cleanup: schema.drop };
		}
	}
];
