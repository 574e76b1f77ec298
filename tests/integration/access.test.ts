import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../src/lib/sync/endpoint.ts';
import { BoardMemberRepository } from '../../src/lib/server/access/board-members.ts';
import { ShareLinkRepository } from '../../src/lib/server/access/share-links.ts';
import { SESSION_COOKIE } from '../../src/lib/server/auth/cookie.ts';
import { boardEvents } from '../../src/lib/server/boards/board-events.ts';
import { createTestUser, guestOnGuestLink as guestOnBoardLink, type TestUser } from '../support/accounts.ts';
import { rawSocket, syncUpdateFrame, upgradeStatus } from '../support/raw-socket.ts';
import { removeDir, startTestServer, type TestServer } from '../support/test-server.ts';
import { connectProvider, nextCloseCode, waitFor, whenSynced } from '../support/stock-client.ts';

let server: TestServer;
let owner: TestUser;
let boardId: string;
const providers: ReturnType<typeof connectProvider>[] = [];

function client(cookie: string, doc = new Y.Doc()) {
	const provider = connectProvider(server.wsUrl, boardId, cookie, doc);
	providers.push(provider);
	return provider;
}

async function userWithRole(name: string, role: 'editor' | 'viewer'): Promise<TestUser> {
	const user = await createTestUser(server.storage.db, name);
	await new BoardMemberRepository(server.storage.db).setRole(boardId, user.userId, role);
	return user;
}

/** A guest who joined the board by `name` through a new editor guest link, with their session cookie. */
const guestOnGuestLink = (name: string) => guestOnBoardLink(server.storage.db, boardId, owner.userId, name);

/** An update that sets `key` in the board's `records` map, as a client would craft it. */
function craftedUpdate(key: string): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('records').set(key, 'crafted');
	return Y.encodeStateAsUpdate(doc);
}

beforeEach(async () => {
	server = await startTestServer();
	owner = await createTestUser(server.storage.db, 'Owner');
	boardId = (await server.boards.create('Toegang', owner.teamId, owner.userId)).id;
});

afterEach(async () => {
	for (const provider of providers.splice(0)) provider.destroy();
	await server.stop();
	removeDir(server.dataDir);
});

describe('who may open the sync socket', () => {
	it('refuses upgrades without a session, from another origin and without a role, before sending anything', async () => {
		const url = `${server.wsUrl}/${boardId}`;
		const origin = server.url;
		expect(await upgradeStatus(url, { origin })).toBe(401);
		expect(await upgradeStatus(url, { origin, cookie: `${SESSION_COOKIE}=forged.secret` })).toBe(401);
		expect(await upgradeStatus(url, { origin: 'https://evil.example', cookie: owner.cookie })).toBe(403);
		expect(await upgradeStatus(url, { cookie: owner.cookie })).toBe(403);
		const stranger = await createTestUser(server.storage.db, 'Stranger');
		expect(await upgradeStatus(url, { origin, cookie: stranger.cookie })).toBe(404);
		// A board that does not exist looks the same as one that is not yours.
		expect(
			await upgradeStatus(`${server.wsUrl}/AAAAAAAAAAAAAAAAAAAAAA`, { origin, cookie: owner.cookie })
		).toBe(404);
		expect(await upgradeStatus(url, { origin, cookie: owner.cookie })).toBe(101);
	});
});

describe('viewers', () => {
	it('drops every document update a viewer sends, for everyone and after a restart, but shares its cursor', async () => {
		const editor = client(owner.cookie);
		await whenSynced(editor);
		editor.doc.getMap('records').set('by-editor', 'kept');

		const viewerUser = await userWithRole('Viewer', 'viewer');
		const viewer = client(viewerUser.cookie);
		await whenSynced(viewer);
		await waitFor(
			() => viewer.doc.getMap('records').get('by-editor') === 'kept',
			'the viewer to receive the board'
		);
		viewer.doc.getMap('records').set('by-viewer', 'should not land');
		viewer.awareness.setLocalStateField('cursor', { x: 10, y: 20 });

		const raw = rawSocket(`${server.wsUrl}/${boardId}`, { origin: server.url, cookie: viewerUser.cookie });
		await raw.opened;
		raw.socket.send(syncUpdateFrame(craftedUpdate('crafted-update')));

		await waitFor(
			() =>
				[...editor.awareness.getStates().values()].some(
					(s) => (s as { cursor?: { x: number } }).cursor?.x === 10
				),
			"the viewer's cursor to reach the editor"
		);
		const health = async () =>
			(await (await fetch(`${server.url}/healthz`)).json()) as { droppedUpdates: number };
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect((await health()).droppedUpdates).toBeGreaterThanOrEqual(2);
		expect(editor.doc.getMap('records').toJSON()).toEqual({ 'by-editor': 'kept' });
		raw.socket.close();

		for (const provider of providers.splice(0)) provider.destroy();
		const dataDir = server.dataDir;
		await server.stop();
		server = await startTestServer({ dataDir });
		const reader = client(owner.cookie);
		await whenSynced(reader);
		expect(reader.doc.getMap('records').toJSON()).toEqual({ 'by-editor': 'kept' });
	});
});

describe('participants', () => {
	it("shows the signed-in name and guest status, whatever a client's awareness claims", async () => {
		const { cookie } = await guestOnGuestLink('Sanne');
		const watcher = client(owner.cookie);
		const impostor = client(cookie);
		await Promise.all([whenSynced(watcher), whenSynced(impostor)]);
		impostor.awareness.setLocalState({
			user: { id: owner.userId, name: 'Owner', role: 'facilitator', guest: false, color: '#e03131' },
			presence: { userName: 'Owner', userId: owner.userId, cursor: { x: 1, y: 2 } }
		});
		type State = {
			user?: { id: string; name: string; role: string; guest: boolean; color: string };
			presence?: { userName: string; userId: string };
		};
		await waitFor(
			() =>
				(watcher.awareness.getStates().get(impostor.awareness.clientID) as State | undefined)?.user !==
				undefined,
			'the guest to appear'
		);
		const seen = watcher.awareness.getStates().get(impostor.awareness.clientID) as State;
		expect(seen.user).toMatchObject({ name: 'Sanne', role: 'editor', guest: true, color: '#e03131' });
		expect(seen.user!.id).not.toBe(owner.userId);
		expect(seen.presence).toMatchObject({
			userName: 'Sanne',
			userId: expect.not.stringMatching(owner.userId)
		});
	});
});

describe('access changes reach open sockets', () => {
	it('closes a guest socket when its share link is revoked', async () => {
		const { linkId, cookie } = await guestOnGuestLink('Sanne');
		const guest = client(cookie);
		await whenSynced(guest);
		const closed = nextCloseCode(guest);
		await new ShareLinkRepository(server.storage.db).revoke(boardId, linkId);
		boardEvents().emit('access-changed', boardId);
		expect(await closed).toBe(CloseCode.AccessRevoked);
		// Reconnecting does not help: the upgrade is refused now.
		expect(await upgradeStatus(`${server.wsUrl}/${boardId}`, { origin: server.url, cookie })).toBe(404);
	});

	it('closes the socket of a removed member and of an ended session', async () => {
		const member = await userWithRole('Member', 'editor');
		const removed = client(member.cookie);
		const loggedOut = client(owner.cookie);
		await Promise.all([whenSynced(removed), whenSynced(loggedOut)]);

		const removedClosed = nextCloseCode(removed);
		await new BoardMemberRepository(server.storage.db).remove(boardId, member.userId);
		boardEvents().emit('access-changed', boardId);
		expect(await removedClosed).toBe(CloseCode.AccessRevoked);

		const loggedOutClosed = nextCloseCode(loggedOut);
		await server.storage.db.deleteFrom('sessions').where('user_id', '=', owner.userId).execute();
		boardEvents().emit('principal-changed', owner.userId);
		expect(await loggedOutClosed).toBe(CloseCode.AccessRevoked);
	});

	it('turns an editor whose role was lowered into a viewer on the open socket', async () => {
		const watcher = client(owner.cookie);
		const demotedUser = await userWithRole('Demoted', 'editor');
		const demoted = client(demotedUser.cookie);
		await Promise.all([whenSynced(watcher), whenSynced(demoted)]);
		demoted.doc.getMap('records').set('before', 'lands');
		await waitFor(() => watcher.doc.getMap('records').has('before'), 'the edit made as editor');

		const closed = nextCloseCode(demoted);
		await new BoardMemberRepository(server.storage.db).setRole(boardId, demotedUser.userId, 'viewer');
		boardEvents().emit('access-changed', boardId);
		expect(await closed).toBe(CloseCode.RoleChanged);
		await whenSynced(demoted);
		demoted.doc.getMap('records').set('after', 'dropped');
		watcher.doc.getMap('records').set('marker', 'sent later');
		await waitFor(
			() => demoted.doc.getMap('records').has('marker'),
			'a later edit to reach the demoted client'
		);
		expect(watcher.doc.getMap('records').has('after')).toBe(false);
	});
});
