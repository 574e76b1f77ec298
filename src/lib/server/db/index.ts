import { openStorage, storageConfigFromEnv, type Storage } from './connect.ts';

export type { Storage, StorageConfig } from './connect.ts';
export { openStorage, storageConfigFromEnv } from './connect.ts';

// The sync server (server/) and the SvelteKit bundle each load their own copy of this module;
// a process-wide key makes both use the same connection.
const STORAGE_KEY = Symbol.for('werkbord.storage');
type StorageHolder = { [STORAGE_KEY]?: Promise<Storage> };

/** The process's storage, opened from the environment on first use. */
export function getStorage(): Promise<Storage> {
	const holder = globalThis as StorageHolder;
	holder[STORAGE_KEY] ??= openStorage(storageConfigFromEnv()).catch((error: unknown) => {
		delete holder[STORAGE_KEY];
		throw error;
	});
	return holder[STORAGE_KEY];
}

export async function closeStorage(): Promise<void> {
	const holder = globalThis as StorageHolder;
	const storage = holder[STORAGE_KEY];
	delete holder[STORAGE_KEY];
	if (storage) await (await storage).close();
}
