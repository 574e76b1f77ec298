import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAwarenessEntries, readAwarenessEntries } from '../../server/sync/awareness-codec.ts';
import { encodeCommand } from '../../src/lib/facilitation/send-command.ts';
import { BALLOT_MESSAGE, CloseCode, COMMAND_MESSAGE } from '../../src/lib/sync/endpoint.ts';
import { encodeAwareness } from '../../server/sync/protocol.ts';
import { rawSocket, syncUpdateFrame } from '../support/raw-socket.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';
import { expectStillServing, joinAsEditor, serverRss, startAbuseApp, type AbuseApp } from './abuse-app.ts';

let target: AbuseApp;
let mallory: string;

beforeAll(async () => {
	target = await startAbuseApp();
	mallory = await joinAsEditor(target, 'Mallory');
});
afterAll(() => target.stop());

const encoder = new TextEncoder();

/** lib0's variable-length unsigned integer. */
function varUint(n: number): number[] {
	const bytes: number[] = [];
	while (n > 0x7f) {
		bytes.push((n & 0x7f) | 0x80);
		n = Math.floor(n / 128);
	}
	bytes.push(n);
	return bytes;
}

/** A raw socket on the board under attack, signed in with `cookie`. */
async function socketAs(cookie: string) {
	const raw = rawSocket(`${target.wsUrl}/${target.boardId}`, { cookie, origin: target.app.url });
	await raw.opened;
	return raw;
}

/** One awareness frame with these entries (states as JSON). */
function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
	return encodeAwareness(
		encodeAwarenessEntries(entries.map((e) => ({ ...e, state: encoder.encode(JSON.stringify(e.state)) })))
	);
}

/** Every awareness state a raw observer has been sent, by client id (null: removed). */
function watchAwareness(socket: ReturnType<typeof rawSocket>['socket']) {
	const states = new Map<number, Record<string, unknown> | null>();
	socket.on('message', (data: Buffer) => {
		const decoder = decoding.createDecoder(new Uint8Array(data));
		if (decoding.readVarUint(decoder) !== 1) return;
		for (const entry of readAwarenessEntries(decoding.readVarUint8Array(decoder))) {
			states.set(entry.clientId, JSON.parse(new TextDecoder().decode(entry.state)));
		}
	});
	return states;
}

const present = (states: Map<number, unknown>) => [...states.values()].filter((s) => s !== null).length;

describe('abuse of the sync socket', () => {
	it('shows at most four participants for one frame announcing 2,000', async () => {
		const observer = await socketAs(target.owner);
		const seen = watchAwareness(observer.socket);
		const attacker = await socketAs(mallory);
		const fake = Array.from({ length: 2_000 }, (_, i) => ({
			clientId: 100_000 + i,
			clock: 1,
			state: { user: { name: `Fake ${i}` } }
		}));
		attacker.socket.send(awarenessFrame(fake));
		await waitFor(() => present(seen) > 0, 'the accepted entries to arrive');
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(present(seen)).toBe(4);
		// More frames with new ids do not add more.
		attacker.socket.send(awarenessFrame([{ clientId: 200_000, clock: 1, state: { user: {} } }]));
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(present(seen)).toBe(4);
		attacker.socket.close();
		observer.socket.close();
		await expectStillServing(target);
	});

	it('keeps a participant’s awareness id theirs after they disconnect', async () => {
		const observer = await socketAs(mallory);
		const seen = watchAwareness(observer.socket);
		const victimId = 424_242;
		const victim = await socketAs(target.owner);
		victim.socket.send(awarenessFrame([{ clientId: victimId, clock: 1, state: { user: { name: 'x' } } }]));
		await waitFor(() => seen.get(victimId) != null, 'the victim’s presence');
		victim.socket.close();
		await waitFor(() => seen.has(victimId) && seen.get(victimId) === null, 'the victim to leave');

		const attacker = await socketAs(mallory);
		attacker.socket.send(
			awarenessFrame([{ clientId: victimId, clock: 50, state: { user: { name: 'Impostor' } } }])
		);
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(seen.get(victimId)).toBeNull();

		const back = await socketAs(target.owner);
		back.socket.send(awarenessFrame([{ clientId: victimId, clock: 2, state: { user: { name: 'x' } } }]));
		await waitFor(() => seen.get(victimId) != null, 'the victim to be back');
		expect(seen.get(victimId)).toMatchObject({ user: { name: 'Owner', guest: false } });
		for (const socket of [attacker, back, observer]) socket.socket.close();
	});

	it('stamps every field of a presence that names a person or a record', async () => {
		const observer = await socketAs(target.owner);
		const seen = watchAwareness(observer.socket);
		const attacker = await socketAs(mallory);
		const clientId = 777_001;
		attacker.socket.send(
			awarenessFrame([
				{
					clientId,
					clock: 1,
					state: {
						user: { name: 'Owner', guest: false, color: '#ff0000' },
						presence: {
							typeName: 'shape',
							id: 'instance_presence:1',
							userId: 'someone-else',
							userName: 'Owner',
							followingUserId: 'nobody-here',
							currentPageId: 'shape:not-a-page',
							selectedShapeIds: ['shape:a', 'page:b', 42],
							chatMessage: 'x'.repeat(10_000),
							meta: { injected: true },
							cursor: { x: 1, y: 2, type: 'default', rotation: 0 }
						}
					}
				}
			])
		);
		await waitFor(() => seen.get(clientId) != null, 'the stamped presence');
		const state = seen.get(clientId)!;
		expect(Object.keys(state).sort()).toEqual(['presence', 'user']);
		// The socket's account: its id (as in the presence), name and role on this board.
		expect(state.user).toEqual({
			id: (state.presence as { userId: string }).userId,
			name: 'Mallory',
			role: 'editor',
			guest: false,
			color: '#ff0000'
		});
		expect(state.presence).toMatchObject({
			typeName: 'instance_presence',
			id: `instance_presence:${clientId}`,
			userName: 'Mallory',
			followingUserId: null,
			currentPageId: 'page:page',
			selectedShapeIds: ['shape:a'],
			chatMessage: '',
			meta: {},
			cursor: { x: 1, y: 2, type: 'default', rotation: 0 }
		});
		expect((state.presence as { userId: string }).userId).not.toBe('someone-else');
		// A state without a name still shows who it is.
		attacker.socket.send(awarenessFrame([{ clientId: clientId + 1, clock: 1, state: { cursor: { x: 1 } } }]));
		await waitFor(() => seen.get(clientId + 1) != null, 'the nameless state');
		expect(seen.get(clientId + 1)).toEqual({
			cursor: { x: 1 },
			user: {
				id: (state.presence as { userId: string }).userId,
				name: 'Mallory',
				role: 'editor',
				guest: false,
				color: ''
			}
		});
		attacker.socket.close();
		observer.socket.close();
	});

	it('survives thousands of random and truncated frames, each closing only its own socket', async () => {
		const doc = new Y.Doc();
		doc.getMap('records').set('valid', 'update');
		const valid = [
			syncUpdateFrame(Y.encodeStateAsUpdate(doc)),
			awarenessFrame([{ clientId: 9, clock: 1, state: { user: { name: 'n' } } }]),
			Uint8Array.of(0, 0, 1, 0)
		];
		let seed = 42;
		const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
		const frames: Uint8Array[] = [];
		for (let i = 0; i < 1_500; i++) {
			frames.push(
				Uint8Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 256))
			);
			const whole = valid[i % valid.length]!;
			frames.push(whole.slice(0, Math.floor(random() * whole.length)));
		}
		let closes = 0;
		for (let start = 0; start < frames.length; start += 100) {
			const sockets = await Promise.all(Array.from({ length: 10 }, () => socketAs(mallory)));
			frames.slice(start, start + 100).forEach((frame, i) => {
				const socket = sockets[i % sockets.length]!.socket;
				if (socket.readyState === socket.OPEN) socket.send(frame);
			});
			for (const s of sockets) s.socket.close();
			const codes = await Promise.all(sockets.map((s) => s.closed));
			closes += codes.filter((code) => code === CloseCode.MalformedMessage).length;
		}
		expect(frames).toHaveLength(3_000);
		expect(closes).toBeGreaterThan(200);
		await expectStillServing(target);
	});

	it('shrugs off facilitation commands from an editor: forged, deeply nested, flooded', async () => {
		const { socket, closed } = await socketAs(mallory);
		// A facilitator's commands from an editor are dropped; a flood of dots for a vote that is not there too.
		for (let i = 0; i < 2_000; i++) {
			socket.send(encodeCommand({ kind: 'ballot', vote: 'no-such-vote', target: `shape:n${i}`, change: 1 }));
			if (i % 100 === 0) socket.send(encodeCommand({ kind: 'private-mode', on: false }));
		}
		socket.send(encodeCommand({ kind: 'timer', action: 'set', ms: 60_000 }));
		// JSON nested past any parser's comfort is a malformed frame, not a crash.
		const nested = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
		const text = encoder.encode(nested);
		const frame = new Uint8Array([COMMAND_MESSAGE, ...varUint(text.length), ...text]);
		socket.send(frame);
		expect(await closed).toBe(CloseCode.MalformedMessage);
		// A board's own socket gets a ballot message type from nobody: the server never accepts type 21.
		const other = await socketAs(mallory);
		other.socket.send(Uint8Array.of(BALLOT_MESSAGE, 2, 0x7b, 0x7d));
		expect(await other.closed).toBe(CloseCode.MalformedMessage);
		await expectStillServing(target);
	});

	it('closes a socket flooding updates the server cannot place, and frees their memory', async () => {
		const owner = connectProvider(target.wsUrl, target.boardId, target.owner);
		await whenSynced(owner);
		const rssBefore = serverRss(target);
		const attackerDoc = new Y.Doc();
		const text = attackerDoc.getText('flood');
		text.insert(0, 'never sent');
		let sent = 0;
		const closeCodes: number[] = [];
		// 40 messages of ~1.8 MB, each depending on one the server never received.
		while (sent < 40) {
			const attacker = await socketAs(mallory);
			while (attacker.socket.readyState === attacker.socket.OPEN && sent < 40) {
				const before = Y.encodeStateVector(attackerDoc);
				text.insert(text.length, String(sent % 10).repeat(1_800_000));
				attacker.socket.send(syncUpdateFrame(Y.encodeStateAsUpdate(attackerDoc, before)));
				sent++;
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			attacker.socket.close();
			closeCodes.push(await attacker.closed);
		}
		expect(closeCodes.length).toBeGreaterThan(1);
		expect(closeCodes).toContain(CloseCode.OutOfSync);
		expect(owner.doc.getText('flood').length).toBe(0);
		// The owner's board goes on, and its tab still edits live.
		const other = connectProvider(target.wsUrl, target.boardId, target.owner);
		await whenSynced(other);
		owner.doc.getMap('records').set('after-flood', 'ok');
		await waitFor(() => other.doc.getMap('records').get('after-flood') === 'ok', 'an edit after the flood');
		owner.destroy();
		other.destroy();
		await expectStillServing(target);
		expect(serverRss(target) - rssBefore).toBeLessThan(150);
	});
});
