import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserPrincipal } from '../../../src/lib/server/auth/principal.ts';
import { createTestUser, principalOf } from '../../support/accounts.ts';
import { failureOf, openTestServices } from '../../support/services.ts';

let s: Awaited<ReturnType<typeof openTestServices>>;
let owner: UserPrincipal;
let teamId: string;

beforeEach(async () => {
	s = await openTestServices();
	owner = await principalOf(s.db, await createTestUser(s.db, 'Owner'));
	teamId = (await s.teams.create(owner, 'Marketing')).id;
});
afterEach(() => s.storage.dispose());

describe('TeamService', () => {
	it('brings people in by invite, and lets only owners manage', async () => {
		const token = await s.teams.invite(owner, teamId);
		const colleague = await principalOf(s.db, await createTestUser(s.db, 'Colleague'));
		expect((await s.teams.invitation(token)).name).toBe('Marketing');
		expect(await failureOf(s.teams.page(colleague, teamId))).toBe('team_not_found');
		await s.teams.acceptInvite(colleague, token);
		const page = await s.teams.page(colleague, teamId);
		expect(page.members.map((m) => [m.name, m.role])).toEqual([
			['Owner', 'owner'],
			['Colleague', 'member']
		]);
		expect(page.invites).toEqual([]);
		expect(await failureOf(s.teams.rename(colleague, teamId, 'Overgenomen'))).toBe('access_denied');
		expect(await failureOf(s.teams.invite(colleague, teamId))).toBe('access_denied');
		expect(await failureOf(s.teams.removeMember(colleague, teamId, owner.id))).toBe('access_denied');
		const [invite] = (await s.teams.page(owner, teamId)).invites;
		await s.teams.revokeInvite(owner, teamId, invite!.id);
		expect(await failureOf(s.teams.invitation(token))).toBe('invite_invalid');
	});

	it('keeps the last owner in, alone or not, and lets members leave', async () => {
		expect(await failureOf(s.teams.leave(owner, teamId))).toBe('team_last_owner');
		const colleague = await principalOf(s.db, await createTestUser(s.db, 'Colleague'));
		await s.teams.acceptInvite(colleague, await s.teams.invite(owner, teamId));
		expect(await failureOf(s.teams.leave(owner, teamId))).toBe('team_last_owner');
		await s.teams.leave(colleague, teamId);
		expect(await failureOf(s.teams.page(colleague, teamId))).toBe('team_not_found');
	});

	it('names teams with visible text only', async () => {
		expect(await failureOf(s.teams.create(owner, '\u3164'))).toBe('team_name_invalid');
		expect(await failureOf(s.teams.rename(owner, teamId, 'x'.repeat(81)))).toBe('team_name_invalid');
		await s.teams.rename(owner, teamId, ' Marketing  2027 ');
		expect((await s.teams.page(owner, teamId)).team.name).toBe('Marketing 2027');
	});
});
