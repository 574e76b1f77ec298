import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openStorage, type Storage } from '../../src/lib/server/db/index.ts';
import { CloseCode } from '../../src/lib/sync/endpoint.ts';
import { guestOnGuestLink } from '../support/accounts.ts';
import {
	createBoardOverHttp,
	postForm,
	signUpOverHttp,
	startApp,
	type AppProcess
} from '../support/app-process.ts';
import { createTestSchema, postgresAvailable } from '../support/postgres.ts';
import { ownRedis, REDIS_URL, redisAvailable } from '../support/redis.ts';
import { connectProvider, nextCloseCode, waitFor, whenSynced } from '../support/stock-client.ts';
import { tcpBalancer } from '../support/tcp-balancer.ts';
import { removeDir } from '../support/test-server.ts';

// Several Werkbord processes on one PostgreSQL database, joined by Redis, as `npm start` runs them.
const ready = (await postgresAvailable()) && (await redisAvailable());

let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined;
let storage: Storage | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-instances-'));
const running: AppProcess[] = [];
const clients: WebsocketProvider[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
	if (!ready) return;
	schema = await createTestSchema();
	storage = await openStorage({ dataDir, databaseUrl: schema.url });
});

afterEach(async () => {
	for (const client of clients.splice(0)) client.destroy();
	await Promise.all(running.splice(0).map((app) => app.stop('SIGKILL')));
	for (const cleanup of cleanups.splice(0)) await cleanup();
});

afterAll(async () => {
	await storage?.close();
	await schema?.drop();
	removeDir(dataDir);
});

async function instance(redisUrl = REDIS_URL): Promise<AppProcess> {
	const app = await startApp({ dataDir, env: { DATABASE_URL: schema!.url, REDIS_URL: redisUrl } });
	running.push(app);
	return app;
}

function client(url: string, boardId: string, cookie: string, doc = new Y.Doc()): WebsocketProvider {
	const provider = connectProvider(`${url.replace('http', 'ws')}/sync`, boardId, cookie, doc);
	clients.push(provider);
	return provider;
}

/** A user signed up on `url`, with their id (for the database's side of a test) and a board. */
async function ownerWithBoard(url: string) {
	const email = `owner-${crypto.randomUUID()}@example.test`;
	const cookie = await signUpOverHttp(url, 'Owner', email);
	const user = await storage!.db
		.selectFrom('users')
		.select('id')
		.where('email', '=', email)
		.executeTakeFirstOrThrow();
	return { cookie, userId: user.id, boardId: await createBoardOverHttp(url, cookie, 'Twee instanties') };
}

const keysOf = (provider: WebsocketProvider) => [...provider.doc.getMap('records').keys()].sort();

/** Each client sets `count` new keys of its own, a few milliseconds apart; resolves with every key written. */
async function writeFrom(writers: WebsocketProvider[], count: number, gapMs = 3): Promise<string[]> {
	const written: string[] = [];
	for (let i = 0; i < count; i++) {
		writers.forEach((writer) => {
			const key = `${writer.doc.clientID}-${crypto.randomUUID()}`;
			writer.doc.getMap('records').set(key, { i });
			written.push(key);
		});
		await new Promise((resolve) => setTimeout(resolve, gapMs));
	}
	return written;
}

const health = async (app: AppProcess) =>
	(await (await fetch(`${app.url}/healthz`)).json()) as {
		status: string;
		storage: string;
		redis?: { connected: boolean };
	};

/** The health check's answer once `check` holds (polled; fails after five seconds). */
async function healthUntil(app: AppProcess, check: (answer: Awaited<ReturnType<typeof health>>) => boolean) {
	const deadline = Date.now() + 5_000;
	for (;;) {
		const answer = await health(app);
		if (check(answer)) return answer;
		if (Date.now() > deadline) throw new Error(`health never matched: ${JSON.stringify(answer)}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe.skipIf(!ready)('several instances joined through Redis', () => {
	it('lets stock clients on two instances edit one board and converge, cursors included', async () => {
		const [a, b] = [await instance(), await instance()];
		expect(await health(a)).toMatchObject({ status: 'ok', storage: 'postgres', redis: { connected: true } });
		// A session made on one instance is good on the other: both read the same database.
		const { cookie, boardId } = await ownerWithBoard(a.url);
		const onA = [client(a.url, boardId, cookie), client(a.url, boardId, cookie)];
		const onB = [client(b.url, boardId, cookie), client(b.url, boardId, cookie)];
		const everyone = [...onA, ...onB];
		await Promise.all(everyone.map(whenSynced));

		const written = await writeFrom(everyone, 60);
		for (const provider of everyone)
			await waitFor(() => provider.doc.getMap('records').size === written.length, 'every edit everywhere');
		const expected = [...written].sort();
		for (const provider of everyone) expect(keysOf(provider)).toEqual(expected);

		// A cursor on A shows on B, with the name the server stamped into it.
		onA[0]!.awareness.setLocalStateField('cursor', { x: 120, y: 40 });
		await waitFor(
			() =>
				(onB[1]!.awareness.getStates().get(onA[0]!.doc.clientID) as { cursor?: unknown })?.cursor !==
				undefined,
			'the cursor from A on B'
		);
		const seen = onB[1]!.awareness.getStates().get(onA[0]!.doc.clientID) as {
			cursor: unknown;
			user: { name: string };
		};
		expect(seen.cursor).toEqual({ x: 120, y: 40 });
		expect(seen.user.name).toBe('Owner');

		// The log numbers the updates of both instances once each: a newcomer loads exactly this.
		const rows = await storage!.db
			.selectFrom('board_updates')
			.select('seq')
			.where('board_id', '=', boardId)
			.orderBy('seq')
			.execute();
		const seqs = rows.map((row) => Number(row.seq));
		expect(new Set(seqs).size).toBe(seqs.length);
		const late = client(b.url, boardId, cookie);
		await whenSynced(late);
		expect(keysOf(late)).toEqual(expected);
	});

	it("closes a guest's socket on one instance when the link is revoked on the other", async () => {
		const [a, b] = [await instance(), await instance()];
		const { cookie, userId, boardId } = await ownerWithBoard(a.url);
		const guest = await guestOnGuestLink(storage!.db, boardId, userId, 'Sanne');
		const onB = client(b.url, boardId, guest.cookie);
		await whenSynced(onB);
		const closed = nextCloseCode(onB);
		const revoked = await postForm(a.url, `/b/${boardId}/share?/revokeLink`, { link: guest.linkId }, cookie);
		expect(revoked.status).toBeLessThan(400);
		expect(await closed).toBe(CloseCode.AccessRevoked);
	});

	it('loses nothing any peer saw when an instance is killed mid-edit; its clients move to the other', async () => {
		const [a, b] = [await instance(), await instance()];
		const { cookie, boardId } = await ownerWithBoard(a.url);
		const balancer = await tcpBalancer([a.port, b.port]);
		cleanups.push(() => balancer.close());
		// Turn by turn: writers land on A, observers on B.
		const writers: WebsocketProvider[] = [];
		const observers: WebsocketProvider[] = [];
		for (let i = 0; i < 2; i++) {
			writers.push(client(balancer.url, boardId, cookie));
			await whenSynced(writers[i]!);
			observers.push(client(balancer.url, boardId, cookie));
			await whenSynced(observers[i]!);
		}
		const seen = new Set<string>();
		for (const observer of observers)
			observer.doc.getMap('records').observe((event) => event.keysChanged.forEach((key) => seen.add(key)));

		const writing = writeFrom(writers, 400, 2);
		await waitFor(() => seen.size >= 200, 'the observers to see 200 edits', 20_000);
		await a.stop('SIGKILL');
		const written = await writing;
		// The writers reconnect through the balancer, to B, and send what B lacks.
		for (const provider of [...writers, ...observers])
			await waitFor(
				() => provider.doc.getMap('records').size === written.length,
				'every edit on every client after the move',
				20_000
			);
		expect(seen.size).toBeGreaterThanOrEqual(200);

		// And it is in the database: B killed as well, a new instance loads the board from it.
		await b.stop('SIGKILL');
		const c = await instance();
		const reader = client(c.url, boardId, cookie);
		await whenSynced(reader);
		const stored = new Set(keysOf(reader));
		expect([...seen].filter((key) => !stored.has(key))).toEqual([]);
		expect(stored.size).toBe(written.length);
	});

	it("takes a killed instance's cursors off the others well before the 30 s awareness timeout", async () => {
		const [a, b] = [await instance(), await instance()];
		const { cookie, boardId } = await ownerWithBoard(a.url);
		const onA = client(a.url, boardId, cookie);
		const onB = client(b.url, boardId, cookie);
		await Promise.all([whenSynced(onA), whenSynced(onB)]);
		onA.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
		const cursorOnB = () => onB.awareness.getStates().has(onA.doc.clientID);
		await waitFor(cursorOnB, 'the cursor from A on B');
		const killedAt = performance.now();
		await a.stop('SIGKILL');
		// A client of A's has nowhere to go (it knows only A's address): its cursor must go.
		await waitFor(() => !cursorOnB(), 'the cursor to leave B', 25_000);
		expect(performance.now() - killedAt).toBeLessThan(20_000);
	});

	it('resyncs every room without loss when Redis restarts mid-session', async () => {
		const redis = await ownRedis();
		cleanups.push(() => redis.stop());
		const [a, b] = [await instance(redis.url), await instance(redis.url)];
		const { cookie, boardId } = await ownerWithBoard(a.url);
		const everyone = [client(a.url, boardId, cookie), client(b.url, boardId, cookie)];
		await Promise.all(everyone.map(whenSynced));

		const before = await writeFrom(everyone, 50);
		await redis.stop();
		expect(await healthUntil(a, (h) => h.redis?.connected === false)).toMatchObject({ status: 'degraded' });
		// Edits while Redis is away are saved, but reach the other instance only once it is back.
		const during = await writeFrom(everyone, 50);
		await redis.start();
		const written = [...before, ...during];
		for (const provider of everyone)
			await waitFor(
				() => provider.doc.getMap('records').size === written.length,
				'every edit on both instances after Redis came back',
				10_000
			);
		expect(keysOf(everyone[0]!)).toEqual(keysOf(everyone[1]!));
		expect(await healthUntil(b, (h) => h.redis?.connected === true)).toMatchObject({ status: 'ok' });
	});
});
