import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateWriter } from '../../server/sync/update-writer.ts';
import { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import { openStorage, type Storage } from '../../src/lib/server/db/index.ts';
import { createTestBoard } from '../support/accounts.ts';
import { createTestSchema, postgresAvailable } from '../support/postgres.ts';

// On PostgreSQL a write is real asynchronous I/O, so new updates arrive while one is in flight.
const pgReady = await postgresAvailable();
let storage: Storage | undefined;
let dropSchema: (() => Promise<void>) | undefined;

beforeAll(async () => {
	if (!pgReady) return;
	const schema = await createTestSchema();
	dropSchema = schema.drop;
	storage = await openStorage({ dataDir: '/nonexistent', databaseUrl: schema.url });
});

afterAll(async () => {
	await storage?.close();
	await dropSchema?.();
});

describe('UpdateWriter', () => {
	it.skipIf(!pgReady)(
		'lets a joining client wait only for what came before it, even under constant writes',
		async () => {
			const { id } = await createTestBoard(storage!.db, 'Busy board');
			let writing = true;
			let persisted = 0;
			// A room full of people dragging shapes: updates keep arriving as I/O events.
			const writer = new UpdateWriter<null>(new DocumentLog(storage!.db), id, (batch) => {
				persisted += batch.length;
			});
			const feed = () => {
				if (!writing) return;
				// Always a few waiting, never a runaway backlog: the writer is never idle.
				if (writer.pending < 20) writer.enqueue(Uint8Array.of(0, 0), null);
				setImmediate(feed);
			};
			feed();
			await new Promise((resolve) => setTimeout(resolve, 50));
			const waited = await Promise.race([
				writer.flushed().then(() => 'flushed'),
				new Promise((resolve) => setTimeout(() => resolve('starved'), 3_000))
			]);
			writing = false;
			await writer.flushed();
			expect(waited).toBe('flushed');
			expect((await new DocumentLog(storage!.db).load(id)).updates).toHaveLength(persisted);
		}
	);

	it.skipIf(!pgReady)('writes a backlog larger than one statement can carry', async () => {
		const { id } = await createTestBoard(storage!.db, 'Backlog');
		const writer = new UpdateWriter<null>(new DocumentLog(storage!.db), id, () => {});
		// 20,000 rows in one INSERT would need 80,000 bind parameters; PostgreSQL allows 65,535.
		for (let i = 0; i < 20_000; i++) writer.enqueue(Uint8Array.of(0, 0), null);
		await writer.flushed();
		expect(writer.failing).toBe(false);
		expect((await new DocumentLog(storage!.db).load(id)).updates).toHaveLength(20_000);
	});
});
