import type { TLRecord } from '@tldraw/tldraw';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import {
	facilitationMap,
	readAgenda,
	readFollow,
	readPing,
	readTimer,
	readVote,
	type TimerState
} from '../../src/lib/facilitation/facilitation-state.ts';
import { encodeCommand, sendCommand } from '../../src/lib/facilitation/send-command.ts';
import { remainingMs } from '../../src/lib/facilitation/timer.ts';
import { BoardMemberRepository } from '../../src/lib/server/access/board-members.ts';
import { BALLOT_MESSAGE } from '../../src/lib/sync/endpoint.ts';
import { createTestUser, guestOnGuestLink } from '../support/accounts.ts';
import { backends } from '../support/backends.ts';
import type { Provider } from '../support/board-per-test.ts';
import { waitFor } from '../support/stock-client.ts';
import { frameRecord, noteRecord } from '../support/tldraw-records.ts';
import { upgradeStatus } from '../support/raw-socket.ts';
import { boardPerTest } from '../support/board-per-test.ts';

/** Listens for the server's answers to one client's ballots: how many, and the last one's dots. */
function ballotsOf(provider: Provider) {
	const seen = { answers: 0, last: {} as Record<string, number> };
	provider.messageHandlers[BALLOT_MESSAGE] = (_encoder, decoder) => {
		seen.answers++;
		seen.last = (JSON.parse(decoding.readVarString(decoder)) as { mine: Record<string, number> }).mine;
	};
	return seen;
}

const FRAME = frameRecord('frame', 'P — Mensen', { meta: { locked: true } });

describe.each(backends)('facilitation on $name', (backend) => {
	const world = boardPerTest(backend);
	const client = (cookie: string) => world.client(cookie);
	const frameOf = (p: Provider) =>
		boardRecords(p.doc).get('shape:frame')?.toJSON() as
			{ x: number; meta: { locked?: boolean }; props: { name: string } } | undefined;
	const timerOf = (p: Provider): TimerState => readTimer(facilitationMap(p.doc));

	async function editorCookie(): Promise<string> {
		const editor = await createTestUser(world.server.storage.db, 'Editor');
		await new BoardMemberRepository(world.server.storage.db).setRole(world.boardId, editor.userId, 'editor');
		return editor.cookie;
	}
	const guestCookie = async () =>
		(await guestOnGuestLink(world.server.storage.db, world.boardId, world.owner.userId)).cookie;

	it('undoes every facilitator-only change an editor or a guest makes, for everyone, also after a restart', async () => {
		const facilitator = await client(world.owner.cookie);
		facilitator.doc.transact(() => {
			boardRecords(facilitator.doc).set('shape:frame', recordToYMap(FRAME));
			boardRecords(facilitator.doc).set('shape:note', recordToYMap(noteRecord('note', 'idee')));
		});
		expect(sendCommand(facilitator, { kind: 'timer', action: 'set', ms: 180_000 })).toBe(true);
		sendCommand(facilitator, { kind: 'timer', action: 'start' });
		sendCommand(facilitator, { kind: 'agenda', step: 0, total: 4, target: 'shape:frame' });
		await waitFor(() => readAgenda(facilitationMap(facilitator.doc))?.step === 0, 'the agenda');
		await waitFor(() => timerOf(facilitator).status === 'running', 'the timer to run');
		const timer = timerOf(facilitator);

		for (const cookie of [await editorCookie(), await guestCookie()]) {
			const other = await client(cookie);
			await waitFor(() => frameOf(other) !== undefined, 'the frame');
			const frame = () => boardRecords(other.doc).get('shape:frame')!;
			const attempts: [string, () => void][] = [
				['move the locked frame', () => frame().set('x', 500)],
				['rename it', () => (frame().get('props') as Y.Map<unknown>).set('name', 'Van mij')],
				['unlock it', () => (frame().get('meta') as Y.Map<unknown>).set('locked', false)],
				['delete it', () => boardRecords(other.doc).delete('shape:frame')],
				['stop the timer', () => facilitationMap(other.doc).set('timer', { status: 'idle', durationMs: 1 })],
				['move the agenda', () => facilitationMap(other.doc).delete('agenda')],
				['add a key named like an object method', () => facilitationMap(other.doc).set('constructor', 1)]
			];
			for (const [what, attempt] of attempts) {
				attempt();
				// The server's undoing reaches the sender too: its own board shows the structure again.
				await waitFor(
					() =>
						frameOf(other)?.x === 0 &&
						frameOf(other)?.props.name === 'P — Mensen' &&
						frameOf(other)?.meta.locked === true &&
						readAgenda(facilitationMap(other.doc))?.step === 0 &&
						timerOf(other).status === 'running' &&
						!facilitationMap(other.doc).has('constructor'),
					`the server to undo "${what}"`
				);
			}
			// Commands are the facilitator's: the server drops them from anyone else.
			sendCommand(other, { kind: 'timer', action: 'reset' });
			sendCommand(other, { kind: 'agenda', step: 3, total: 4, target: 'shape:frame' });
			sendCommand(other, { kind: 'follow', action: 'start' });
			sendCommand(other, { kind: 'ping', x: 10, y: 10 });
			sendCommand(other, { kind: 'participant-mode', restricted: true });
			sendCommand(other, { kind: 'private-mode', on: true });
			// What an editor may do still goes through.
			boardRecords(other.doc).get('shape:note')!.set('x', 777);
			await waitFor(() => boardRecords(facilitator.doc).get('shape:note')?.get('x') === 777, 'the note move');
			expect(timerOf(facilitator)).toEqual(timer);
			expect(readAgenda(facilitationMap(facilitator.doc))?.step).toBe(0);
			expect([...facilitationMap(facilitator.doc).keys()].sort()).toEqual(['agenda', 'timer']);
			expect(frameOf(facilitator)).toMatchObject({ x: 0, meta: { locked: true } });
		}

		// A lock only a facilitator may set: an editor's lock on an open shape comes off again.
		const editor = await client(await editorCookie());
		await waitFor(() => boardRecords(editor.doc).has('shape:note'), 'the note');
		(boardRecords(editor.doc).get('shape:note')!.get('meta') as Y.Map<unknown>).set('locked', true);
		await waitFor(
			() =>
				(boardRecords(editor.doc).get('shape:note')!.get('meta') as Y.Map<unknown>).get('locked') !== true,
			'the lock to come off'
		);
		expect((await world.server.storage.db.selectFrom('boards').select('id').execute()).length).toBe(1);

		// After a restart the board loads as the facilitator left it, and the timer still counts down.
		await world.restart();
		const later = await client(world.owner.cookie);
		expect(frameOf(later)).toMatchObject({ x: 0, props: { name: 'P — Mensen' }, meta: { locked: true } });
		expect(timerOf(later)).toEqual(timer);
		expect(remainingMs(timerOf(later), Date.now())).toBeGreaterThan(170_000);
		expect(readAgenda(facilitationMap(later.doc))).toMatchObject({ step: 0, target: 'shape:frame' });
	});

	it('counts dot votes on the server: no more than N, only while open, hidden until the end', async () => {
		const facilitator = await client(world.owner.cookie);
		facilitator.doc.transact(() => {
			boardRecords(facilitator.doc).set('shape:frame', recordToYMap(FRAME));
			for (const key of ['a', 'b', 'c', 'd'])
				boardRecords(facilitator.doc).set(`shape:${key}`, recordToYMap(noteRecord(key, key)));
		});
		const voteOf = (p: Provider) => readVote(facilitationMap(p.doc));
		sendCommand(facilitator, {
			kind: 'vote',
			action: 'open',
			scope: { kind: 'board' },
			votesPerPerson: 3,
			maxPerItem: 1,
			anonymous: true,
			live: false
		});
		await waitFor(() => voteOf(facilitator)?.status === 'open', 'the vote to open');
		const id = voteOf(facilitator)!.id;

		const editor = await client(await editorCookie());
		const mine = ballotsOf(editor);
		const dot = (p: Provider, target: string, change: 1 | -1 = 1) =>
			sendCommand(p, { kind: 'ballot', vote: id, target, change });
		for (const target of ['shape:a', 'shape:b', 'shape:c', 'shape:d']) dot(editor, target);
		dot(editor, 'shape:a'); // a second dot on one item: not in this vote
		dot(editor, 'shape:frame'); // the structure is not voted on
		await waitFor(() => mine.answers >= 6, 'the answers to the editor');
		expect(mine.last).toEqual({ 'shape:a': 1, 'shape:b': 1, 'shape:c': 1 });
		// An editor cannot open, end or clear a vote.
		sendCommand(editor, { kind: 'vote', action: 'end' });
		facilitationMap(editor.doc).set('vote', { ...voteOf(editor)!, counts: { 'shape:d': 99 } });

		const guest = await client(await guestCookie());
		const guestDots = ballotsOf(guest);
		dot(guest, 'shape:a');
		dot(guest, 'shape:b');
		dot(guest, 'shape:b', -1);
		await waitFor(() => guestDots.answers >= 3, 'the answers to the guest');
		expect(guestDots.last).toEqual({ 'shape:a': 1 });
		await waitFor(() => voteOf(editor)?.counts === null, 'the editor’s counts to be undone');
		// Hidden until the end: nobody's board holds a count.
		expect(voteOf(facilitator)).toMatchObject({ status: 'open', counts: null, voters: null });

		sendCommand(facilitator, { kind: 'vote', action: 'end' });
		await waitFor(() => voteOf(guest)?.status === 'ended', 'the end of the vote');
		expect(voteOf(guest)!.counts).toEqual({ 'shape:a': 2, 'shape:b': 1, 'shape:c': 1 });
		expect(voteOf(guest)!.voters).toBeNull();
		dot(guest, 'shape:d');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(voteOf(facilitator)!.counts).toEqual({ 'shape:a': 2, 'shape:b': 1, 'shape:c': 1 });

		// The result outlives a restart.
		await world.restart();
		const later = await client(world.owner.cookie);
		expect(voteOf(later)).toMatchObject({ id, status: 'ended', counts: { 'shape:a': 2 } });
	});

	it('shows live named counts when the facilitator asks for them', async () => {
		const facilitator = await client(world.owner.cookie);
		boardRecords(facilitator.doc).set('shape:frame', recordToYMap(FRAME));
		const inFrame = { ...noteRecord('a', 'a'), parentId: 'shape:frame' } as TLRecord;
		boardRecords(facilitator.doc).set('shape:a', recordToYMap(inFrame));
		boardRecords(facilitator.doc).set('shape:out', recordToYMap(noteRecord('out', 'buiten')));
		sendCommand(facilitator, {
			kind: 'vote',
			action: 'open',
			scope: { kind: 'frame', frame: 'shape:frame' },
			votesPerPerson: 3,
			maxPerItem: 3,
			anonymous: false,
			live: true
		});
		const voteOf = (p: Provider) => readVote(facilitationMap(p.doc));
		await waitFor(() => voteOf(facilitator)?.status === 'open', 'the vote');
		const editor = await client(await editorCookie());
		const id = voteOf(editor)!.id;
		for (let i = 0; i < 3; i++)
			sendCommand(editor, { kind: 'ballot', vote: id, target: 'shape:a', change: 1 });
		sendCommand(editor, { kind: 'ballot', vote: id, target: 'shape:out', change: 1 });
		await waitFor(() => voteOf(facilitator)?.counts?.['shape:a'] === 3, 'the live count');
		expect(voteOf(facilitator)!.voters).toEqual({ 'shape:a': ['Editor'] });
		expect(voteOf(facilitator)!.counts).toEqual({ 'shape:a': 3 });
	});

	it('names whoever asks to be followed or points, from their session', async () => {
		const facilitator = await client(world.owner.cookie);
		sendCommand(facilitator, { kind: 'follow', action: 'start' });
		sendCommand(facilitator, { kind: 'ping', x: 40, y: -20 });
		const state = facilitationMap(facilitator.doc);
		await waitFor(() => readPing(state) !== null, 'the ping');
		expect(readFollow(state)).toEqual({ userId: world.owner.userId, name: 'Owner', seq: 1 });
		expect(readPing(state)).toEqual({ x: 40, y: -20, name: 'Owner', seq: 1 });
		sendCommand(facilitator, { kind: 'follow', action: 'stop' });
		await waitFor(() => readFollow(state) === null, 'following to stop');
	});

	it('keeps private notes out of everyone else’s browser until the reveal, also over a restart', async () => {
		const facilitator = await client(world.owner.cookie);
		const page = {
			id: 'page:page',
			typeName: 'page',
			name: 'Page 1',
			index: 'a1',
			meta: {}
		} as unknown as TLRecord;
		boardRecords(facilitator.doc).set('page:page', recordToYMap(page));
		sendCommand(facilitator, { kind: 'private-mode', on: true });
		await waitFor(() => facilitationMap(facilitator.doc).get('private') === true, 'private mode');

		const anneCookie = await editorCookie();
		const bramCookie = await guestCookie();
		const privately = (cookie: string) => world.client(cookie, `${world.boardId}/private`);
		const secret = { ...noteRecord('secret', 'mijn idee', 300, 120), meta: { private: true } } as TLRecord;
		const anne = await privately(anneCookie);
		boardRecords(anne.doc).set('shape:secret', recordToYMap(secret));

		// Saved for Anne (a second tab of hers gets it, and so does the server after a restart)…
		const anneTab = await privately(anneCookie);
		await waitFor(() => boardRecords(anneTab.doc).has('shape:secret'), 'Anne’s second tab');
		await world.restart();
		const anneAgain = await privately(anneCookie);
		expect(boardRecords(anneAgain.doc).has('shape:secret')).toBe(true);
		// …but in nobody else's document: not the board's, not another participant's private notes.
		const bram = await client(bramCookie);
		const bramPrivate = await privately(bramCookie);
		const watcher = await client(world.owner.cookie);
		for (const doc of [bram.doc, bramPrivate.doc, watcher.doc])
			expect(boardRecords(doc).has('shape:secret')).toBe(false);
		// A viewer has no private notes to open.
		const viewer = await createTestUser(world.server.storage.db, 'Viewer');
		await new BoardMemberRepository(world.server.storage.db).setRole(world.boardId, viewer.userId, 'viewer');
		expect(
			await upgradeStatus(`${world.server.wsUrl}/${world.boardId}/private`, {
				cookie: viewer.cookie,
				origin: world.server.url
			})
		).toBe(403);
		sendCommand(watcher, { kind: 'private-mode', on: false });
		await waitFor(() => boardRecords(bram.doc).has('shape:secret'), 'the reveal');
		const revealed = boardRecords(bram.doc).get('shape:secret')!.toJSON();
		expect(revealed).toMatchObject({ x: 300, y: 120, meta: {} });
		expect(revealed.meta).not.toHaveProperty('private');
		await waitFor(() => !boardRecords(anneAgain.doc).has('shape:secret'), 'Anne’s private copy to go');
		await waitFor(() => facilitationMap(bram.doc).get('private') === undefined, 'private mode to end');
	});

	it('lets a facilitator move and unlock a locked shape', async () => {
		const facilitator = await client(world.owner.cookie);
		boardRecords(facilitator.doc).set('shape:frame', recordToYMap(FRAME));
		const watcher = await client(world.owner.cookie);
		await waitFor(() => frameOf(watcher) !== undefined, 'the frame');
		boardRecords(facilitator.doc).get('shape:frame')!.set('x', 250);
		(boardRecords(facilitator.doc).get('shape:frame')!.get('meta') as Y.Map<unknown>).set('locked', false);
		await waitFor(() => frameOf(watcher)?.x === 250 && frameOf(watcher)?.meta.locked === false, 'the change');
	});

	it('closes the socket of a client that sends a command that is not one', async () => {
		const editor = await client(await editorCookie());
		const closed = new Promise<number>((resolve) =>
			editor.once('connection-close', (event) => resolve((event as { code: number }).code))
		);
		editor.ws!.send(encodeCommand({ kind: 'timer', action: 'set', ms: -1 }));
		expect(await closed).toBe(4400);
	});
});
