import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BoardMemberRepository } from '../../src/lib/server/access/board-members.ts';
import { resolveBoardRole, roleAllows } from '../../src/lib/server/access/roles.ts';
import { ShareLinkRepository } from '../../src/lib/server/access/share-links.ts';
import { TeamRepository } from '../../src/lib/server/access/teams.ts';
import type { Principal } from '../../src/lib/server/auth/principal.ts';
import { BoardRepository } from '../../src/lib/server/boards/board-repository.ts';
import { createTestUser, type TestUser } from '../support/accounts.ts';
import { openTestDatabase } from '../support/sqlite.ts';

let db: Awaited<ReturnType<typeof openTestDatabase>>;
let owner: TestUser;
let colleague: TestUser;
let stranger: TestUser;
let boardId: string;

const asUser = (user: TestUser): Principal => ({
	kind: 'user',
	id: user.userId,
	name: 'x',
	email: user.email,
	sessionId: 's'
});
const asGuest = (id: string, board: string): Principal => ({
	kind: 'guest',
	id,
	name: 'Gast',
	boardId: board,
	sessionId: 's'
});
const roleOf = (principal: Principal, board = boardId, now?: number) =>
	resolveBoardRole(db.db, principal, board, now);

beforeEach(async () => {
	db = await openTestDatabase();
	owner = await createTestUser(db.db, 'Owner');
	colleague = await createTestUser(db.db, 'Colleague');
	stranger = await createTestUser(db.db, 'Stranger');
	const teams = new TeamRepository(db.db);
	await teams.join(owner.teamId, colleague.userId);
	// The colleague creates the board: creators facilitate.
	boardId = (await new BoardRepository(db.db).create('Strategie', owner.teamId, colleague.userId)).id;
});
afterEach(() => db.dispose());

describe('board roles', () => {
	it('makes the creator and the team owner facilitators, other team members editors, everyone else nothing', async () => {
		const third = await createTestUser(db.db, 'Third');
		await new TeamRepository(db.db).join(owner.teamId, third.userId);
		expect(await roleOf(asUser(colleague))).toBe('facilitator');
		expect(await roleOf(asUser(owner))).toBe('facilitator');
		expect(await roleOf(asUser(third))).toBe('editor');
		expect(await roleOf(asUser(stranger))).toBeNull();
	});

	it('lets an explicit board role override the team default, in both directions', async () => {
		const members = new BoardMemberRepository(db.db);
		await members.setRole(boardId, owner.userId, 'viewer');
		expect(await roleOf(asUser(owner))).toBe('viewer');
		await members.setRole(boardId, stranger.userId, 'editor');
		expect(await roleOf(asUser(stranger))).toBe('editor');
		await members.remove(boardId, stranger.userId);
		expect(await roleOf(asUser(stranger))).toBeNull();
	});

	it('gives nobody a role on a deleted board', async () => {
		await new BoardRepository(db.db).softDelete(boardId);
		expect(await roleOf(asUser(colleague))).toBeNull();
	});

	it('removes board roles with the team membership', async () => {
		const teams = new TeamRepository(db.db);
		expect(await teams.removeMember(owner.teamId, colleague.userId)).toBe(true);
		expect(await roleOf(asUser(colleague))).toBeNull();
		// The last owner cannot leave: not while others are in it, and not alone (its boards would be lost).
		expect(await teams.removeMember(owner.teamId, owner.userId)).toBe(false);
		await teams.join(owner.teamId, stranger.userId);
		expect(await teams.removeMember(owner.teamId, owner.userId)).toBe(false);
	});

	it('orders roles', () => {
		expect(roleAllows('facilitator', 'editor')).toBe(true);
		expect(roleAllows('editor', 'editor')).toBe(true);
		expect(roleAllows('viewer', 'editor')).toBe(false);
		expect(roleAllows(null, 'viewer')).toBe(false);
	});
});

describe('share links', () => {
	it('admits an account with the link role, never lowering a higher one, until revoked', async () => {
		const links = new ShareLinkRepository(db.db);
		const { token, link } = await links.create({
			boardId,
			role: 'viewer',
			allowGuests: false,
			expiresAt: null,
			createdBy: colleague.userId
		});
		const row = await db.db
			.selectFrom('share_links')
			.selectAll()
			.where('id', '=', link.id)
			.executeTakeFirstOrThrow();
		expect(row.token_hash).not.toContain(token);
		const resolved = (await links.resolve(token))!;
		expect(resolved.role).toBe('viewer');

		expect(await links.revoke(boardId, link.id)).toBe(true);
		expect(await links.resolve(token)).toBeNull();
		expect(await links.active(boardId)).toEqual([]);
	});

	it('stops working after its expiry and for an unknown token', async () => {
		const links = new ShareLinkRepository(db.db);
		const t0 = Date.now();
		const { token } = await links.create({
			boardId,
			role: 'editor',
			allowGuests: false,
			expiresAt: t0 + 1000,
			createdBy: owner.userId
		});
		expect(await links.resolve(token, t0)).not.toBeNull();
		expect(await links.resolve(token, t0 + 1000)).toBeNull();
		expect(await links.resolve('not-a-token')).toBeNull();
	});

	it('binds a guest to one board for as long as the guest link lives', async () => {
		const links = new ShareLinkRepository(db.db);
		const other = await new BoardRepository(db.db).create('Ander bord', owner.teamId, owner.userId);
		const { link } = await links.create({
			boardId,
			role: 'editor',
			allowGuests: true,
			expiresAt: null,
			createdBy: owner.userId
		});
		const guestId = await links.admitGuest(link, 'Sanne');
		expect(await roleOf(asGuest(guestId, boardId))).toBe('editor');
		expect(await roleOf(asGuest(guestId, boardId), other.id)).toBeNull();
		await links.revoke(boardId, link.id);
		expect(await roleOf(asGuest(guestId, boardId))).toBeNull();
	});
});
