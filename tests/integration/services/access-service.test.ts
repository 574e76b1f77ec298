import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserPrincipal } from '../../../src/lib/server/auth/principal.ts';
import { createTestUser, principalOf } from '../../support/accounts.ts';
import { failureOf, openTestServices, ownerAndMember } from '../../support/services.ts';

let s: Awaited<ReturnType<typeof openTestServices>>;
let owner: UserPrincipal;
let member: UserPrincipal;
let boardId: string;

beforeEach(async () => {
	s = await openTestServices();
	let teamId: string;
	({ owner, member, teamId } = await ownerAndMember(s.db));
	boardId = (await s.boards.create(owner, { title: 'Workshop', teamId, template: '' })).id;
});
afterEach(() => s.storage.dispose());

describe('AccessService', () => {
	it('lists the team’s members as editors and explicit roles as removable', async () => {
		const { people } = await s.access.sharing(owner, boardId);
		expect(people.map((p) => [p.name, p.role, p.explicit])).toEqual([
			['Owner', 'facilitator', true],
			['Member', 'editor', false]
		]);
		await s.access.setRole(owner, boardId, member.id, 'viewer');
		expect((await s.access.sharing(owner, boardId)).people.find((p) => p.userId === member.id)).toMatchObject(
			{
				role: 'viewer',
				explicit: true
			}
		);
	});

	it('makes links only with a role and a lifetime from the lists', async () => {
		const make = (role: string, lifetime: string) =>
			s.access.createLink(owner, boardId, { role, lifetime, allowGuests: false });
		for (const [role, lifetime] of [
			['facilitator', 'never'],
			['__proto__', 'never'],
			['editor', '__proto__'],
			['editor', 'constructor'],
			['viewer', 'year']
		]) {
			expect(await failureOf(make(role!, lifetime!)), `${role} ${lifetime}`).toBe('invalid_input');
		}
		const now = Date.now();
		await make('viewer', 'week');
		const [link] = (await s.access.sharing(owner, boardId)).links;
		expect(link!.role).toBe('viewer');
		expect(link!.expiresAt! - now).toBeGreaterThanOrEqual(7 * 24 * 3600 * 1000 - 1000);
		expect(
			await failureOf(
				s.access.createLink(member, boardId, { role: 'editor', lifetime: 'never', allowGuests: false })
			)
		).toBe('access_denied');
	});

	it('sets roles only for people who have one, to a role from the list', async () => {
		const stranger = await principalOf(s.db, await createTestUser(s.db, 'Stranger'));
		expect(await failureOf(s.access.setRole(owner, boardId, stranger.id, 'editor'))).toBe('invalid_input');
		expect(await failureOf(s.access.setRole(owner, boardId, member.id, 'owner'))).toBe('invalid_input');
		expect(await failureOf(s.access.setRole(member, boardId, member.id, 'facilitator'))).toBe(
			'access_denied'
		);
	});

	it('shows a link’s offer without changing anything, and joins on request', async () => {
		const { token } = await s.access.createLink(owner, boardId, {
			role: 'editor',
			lifetime: 'never',
			allowGuests: true
		});
		const visitor = await principalOf(s.db, await createTestUser(s.db, 'Visitor'));
		expect((await s.access.invitation(visitor, token)).alreadyIn).toBe(false);
		expect((await s.access.invitation(visitor, token)).alreadyIn).toBe(false);
		expect(await failureOf(s.boards.open(visitor, boardId))).toBe('board_not_found');
		expect(await s.access.join(visitor, token)).toBe(boardId);
		expect((await s.boards.open(visitor, boardId)).role).toBe('editor');
		expect((await s.access.invitation(visitor, token)).alreadyIn).toBe(true);
		// Joining never lowers a role.
		expect((await s.access.invitation(owner, token)).alreadyIn).toBe(true);
		await s.access.join(owner, token);
		expect((await s.boards.open(owner, boardId)).role).toBe('facilitator');
	});

	it('admits guests by a visible name, on guest links only; a revoked link admits nobody', async () => {
		const guestLink = await s.access.createLink(owner, boardId, {
			role: 'editor',
			lifetime: 'never',
			allowGuests: true
		});
		const plainLink = await s.access.createLink(owner, boardId, {
			role: 'editor',
			lifetime: 'never',
			allowGuests: false
		});
		expect(await failureOf(s.access.joinAsGuest(plainLink.token, 'Sanne'))).toBe('access_denied');
		expect(await failureOf(s.access.joinAsGuest(guestLink.token, '\u202E\u200B'))).toBe('guest_name_invalid');
		expect((await s.access.joinAsGuest(guestLink.token, ' Sanne ')).boardId).toBe(boardId);
		for (const link of (await s.access.sharing(owner, boardId)).links)
			await s.access.revokeLink(owner, boardId, link.id);
		expect(await failureOf(s.access.joinAsGuest(guestLink.token, 'Sanne'))).toBe('link_invalid');
		expect(await failureOf(s.access.invitation(null, 'not-a-token'))).toBe('link_invalid');
	});
});
