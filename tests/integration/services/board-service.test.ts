import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BoardMemberRepository } from '../../../src/lib/server/access/board-members.ts';
import type { UserPrincipal } from '../../../src/lib/server/auth/principal.ts';
import { createTestUser, principalOf } from '../../support/accounts.ts';
import { failureOf, openTestServices, ownerAndMember } from '../../support/services.ts';

let s: Awaited<ReturnType<typeof openTestServices>>;
let owner: UserPrincipal;
let ownerTeam: string;
let member: UserPrincipal;

beforeEach(async () => {
	s = await openTestServices();
	({ owner, member, teamId: ownerTeam } = await ownerAndMember(s.db));
});
afterEach(() => s.storage.dispose());

describe('BoardService', () => {
	it('creates a board in the named team or the first, from a known template only', async () => {
		const board = await s.boards.create(owner, { title: '  POST  model ', teamId: '', template: 'post' });
		expect(board).toMatchObject({ title: 'POST model', teamId: ownerTeam, template: 'post' });
		expect(await failureOf(s.boards.create(owner, { title: 'x', teamId: '', template: '__proto__' }))).toBe(
			'invalid_input'
		);
		expect(await failureOf(s.boards.create(owner, { title: '\u200B', teamId: '', template: '' }))).toBe(
			'board_title_invalid'
		);
		const stranger = await principalOf(s.db, await createTestUser(s.db, 'Stranger'));
		expect(await failureOf(s.boards.create(stranger, { title: 'x', teamId: ownerTeam, template: '' }))).toBe(
			'access_denied'
		);
	});

	it('lists a user’s boards by team with their role, an explicit board role winning', async () => {
		const board = await s.boards.create(owner, { title: 'Persona’s', teamId: ownerTeam, template: '' });
		const overview = async (user: UserPrincipal) =>
			(await s.boards.overview(user)).teams.find((t) => t.id === ownerTeam);
		expect((await overview(owner))?.boards.map((b) => b.role)).toEqual(['facilitator']);
		expect((await overview(member))?.boards.map((b) => b.role)).toEqual(['editor']);
		await new BoardMemberRepository(s.db).setRole(board.id, member.id, 'viewer');
		expect((await overview(member))?.boards.map((b) => b.role)).toEqual(['viewer']);
		// Shared from a team the user is not in: listed apart.
		const outsider = await principalOf(s.db, await createTestUser(s.db, 'Outsider'));
		await new BoardMemberRepository(s.db).setRole(board.id, outsider.id, 'editor');
		const shared = (await s.boards.overview(outsider)).shared;
		expect(shared.map((b) => [b.title, b.role])).toEqual([['Persona’s', 'editor']]);
	});

	it('lets only facilitators rename and delete; others learn nothing of a board they cannot see', async () => {
		const board = await s.boards.create(owner, { title: 'Plan', teamId: ownerTeam, template: '' });
		expect(await failureOf(s.boards.rename(member, board.id, 'Mijn plan'))).toBe('access_denied');
		const stranger = await principalOf(s.db, await createTestUser(s.db, 'Stranger'));
		expect(await failureOf(s.boards.rename(stranger, board.id, 'x'))).toBe('board_not_found');
		expect(await failureOf(s.boards.remove(stranger, board.id))).toBe('board_not_found');
		await s.boards.rename(owner, board.id, 'Plan 2027');
		expect((await s.boards.open(member, board.id)).board.title).toBe('Plan 2027');
		await s.boards.remove(owner, board.id);
		expect(await failureOf(s.boards.open(owner, board.id))).toBe('board_not_found');
	});

	it('brings a deleted board back for its facilitator for 30 days, then removes it for good', async () => {
		const board = await s.boards.create(owner, { title: 'Weg', teamId: ownerTeam, template: '' });
		await s.boards.remove(owner, board.id);
		const boardsOf = async (user: UserPrincipal) =>
			(await s.boards.overview(user)).teams.flatMap((t) => t.boards.map((b) => b.id));
		expect(await boardsOf(owner)).not.toContain(board.id);
		expect((await s.boards.recentlyDeleted(owner)).map((b) => b.id)).toEqual([board.id]);
		// A team member edits the board but did not facilitate it: not theirs to bring back.
		expect(await s.boards.recentlyDeleted(member)).toEqual([]);
		expect(await failureOf(s.boards.undelete(member, board.id))).toBe('access_denied');
		const stranger = await principalOf(s.db, await createTestUser(s.db, 'Stranger'));
		expect(await failureOf(s.boards.undelete(stranger, board.id))).toBe('board_not_found');

		await s.boards.undelete(owner, board.id);
		expect(await boardsOf(owner)).toContain(board.id);
		expect(await failureOf(s.boards.undelete(owner, board.id))).toBe('board_not_found');

		// Deleted 31 days ago: gone for good the next time anyone looks.
		await s.boards.remove(owner, board.id);
		await s.db
			.updateTable('boards')
			.set({ deleted_at: Date.now() - 31 * 24 * 3_600_000 })
			.where('id', '=', board.id)
			.execute();
		expect(await s.boards.recentlyDeleted(owner)).toEqual([]);
		expect(await s.db.selectFrom('boards').select('id').where('id', '=', board.id).execute()).toEqual([]);
	});
});
