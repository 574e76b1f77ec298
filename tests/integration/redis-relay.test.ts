import { afterAll, describe, expect, it } from 'vitest';
import { RedisRelay } from '../../server/scale/redis-relay.ts';
import type { AccessEvent } from '../../server/sync/relay.ts';
import { REDIS_URL, redisAvailable } from '../support/redis.ts';
import { waitFor } from '../support/stock-client.ts';

const ready = await redisAvailable();
const relays: RedisRelay[] = [];
afterAll(async () => {
	await Promise.all(relays.map((relay) => relay.close()));
});

async function relay(liveness?: { heartbeatMs: number; goneAfterMs: number }): Promise<RedisRelay> {
	const connected = await RedisRelay.connect(REDIS_URL, liveness);
	relays.push(connected);
	return connected;
}

describe.skipIf(!ready)('RedisRelay', () => {
	it('lets one instance at a time compact a document', async () => {
		const [a, b] = [await relay(), await relay()];
		const key = `board-${crypto.randomUUID()}`;
		let release!: () => void;
		const ran: string[] = [];
		const first = a.compactionLock(key, async () => {
			ran.push('a');
			await new Promise<void>((resolve) => (release = resolve));
		});
		await waitFor(() => ran.length === 1, 'the first compaction to start');
		await b.compactionLock(key, async () => void ran.push('b while a compacts'));
		release();
		await first;
		// Released: the next compaction runs.
		await b.compactionLock(key, async () => void ran.push('b after a'));
		expect(ran).toEqual(['a', 'b after a']);
	});

	it('hands access events to the other instances, not back to the sender', async () => {
		const [a, b] = [await relay(), await relay()];
		const atA: AccessEvent[] = [];
		const atB: AccessEvent[] = [];
		a.onEvent((event) => atA.push(event));
		b.onEvent((event) => atB.push(event));
		const boardId = crypto.randomUUID();
		a.publishEvent({ kind: 'access-changed', boardId });
		await waitFor(
			() => atB.some((event) => 'boardId' in event && event.boardId === boardId),
			'the event at B'
		);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(atA.filter((event) => 'boardId' in event && event.boardId === boardId)).toEqual([]);
	});

	it('tells the others when an instance falls silent, and who sent a cursor', async () => {
		const quick = { heartbeatMs: 100, goneAfterMs: 1_500 };
		const [a, b] = [await relay(quick), await relay(quick)];
		const gone: string[] = [];
		b.onInstanceGone((instance) => gone.push(instance));
		const key = `board-${crypto.randomUUID()}`;
		const atB = await b.join(key);
		const cursorsFrom: string[] = [];
		atB.attach({
			updates: () => {},
			awareness: (_, from) => cursorsFrom.push(from),
			position: () => {},
			resync: () => {}
		});
		const atA = await a.join(key);
		atA.publishAwareness(Uint8Array.of(0));
		await waitFor(() => cursorsFrom.length === 1, 'the cursor at B');
		expect(cursorsFrom).toEqual([a.instance]);
		// A is alive while it beats; once it stops (as a killed process would), B lets it go.
		await new Promise((resolve) => setTimeout(resolve, 2_000));
		expect(gone).not.toContain(a.instance);
		await atA.leave();
		await a.close();
		await waitFor(() => gone.includes(a.instance), 'A to count as gone at B');
		expect(gone).not.toContain(b.instance);
		await atB.leave();
	});

	it("keeps a room's messages that arrive while it loads, and skips its own", async () => {
		const [a, b] = [await relay(), await relay()];
		const key = `board-${crypto.randomUUID()}`;
		const atA = await a.join(key);
		const atB = await b.join(key);
		atA.publishUpdates([Uint8Array.of(1, 2, 3)], 7);
		atA.publishPosition(7);
		await new Promise((resolve) => setTimeout(resolve, 100));
		const received: unknown[] = [];
		const receiver = (name: string) => ({
			updates: (updates: Uint8Array[], lastSeq: number) =>
				received.push([name, 'updates', updates.map((u) => [...u]), lastSeq]),
			awareness: () => received.push([name, 'awareness']),
			position: (lastSeq: number) => received.push([name, 'position', lastSeq]),
			resync: () => received.push([name, 'resync'])
		});
		atA.attach(receiver('a'));
		atB.attach(receiver('b'));
		expect(received).toEqual([
			['b', 'updates', [[1, 2, 3]], 7],
			['b', 'position', 7]
		]);
		await atA.leave();
		await atB.leave();
	});
});
