import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamRepository } from '../../../src/lib/server/access/teams.ts';
import { SessionStore } from '../../../src/lib/server/auth/sessions.ts';
import { createTestUser, principalOf, TEST_PASSWORD } from '../../support/accounts.ts';
import { failureOf, openTestServices } from '../../support/services.ts';

let s: Awaited<ReturnType<typeof openTestServices>>;

beforeEach(async () => {
	s = await openTestServices();
});
afterEach(() => s.storage.dispose());

describe('AccountService', () => {
	it('signs up with a personal team and logs in, with one answer for a wrong email or password', async () => {
		const user = await s.accounts.signUp(
			{ name: 'Anouk', email: ' Anouk@Example.test ', password: TEST_PASSWORD },
			(name) => `Team van ${name}`
		);
		expect(user.email).toBe('anouk@example.test');
		expect(
			await failureOf(
				s.accounts.signUp({ name: 'A', email: 'anouk@example.test', password: TEST_PASSWORD }, String)
			)
		).toBe('email_taken');
		expect(
			await failureOf(s.accounts.signUp({ name: 'B', email: 'b@example.test', password: 'short' }, String))
		).toBe('password_short');
		expect((await s.accounts.logIn('anouk@example.test', TEST_PASSWORD, '192.0.2.9')).id).toBe(user.id);
		expect(await failureOf(s.accounts.logIn('anouk@example.test', 'wrong password', '192.0.2.9'))).toBe(
			'login_invalid'
		);
		expect(await failureOf(s.accounts.logIn('nobody@example.test', 'wrong password', '192.0.2.9'))).toBe(
			'login_invalid'
		);
	});

	it('ends every session of the account when the password changes', async () => {
		const test = await createTestUser(s.db, 'Anouk');
		const user = await principalOf(s.db, test);
		expect(
			await failureOf(s.accounts.changePassword(user, 'not the password', 'a brand new passphrase 42'))
		).toBe('password_wrong');
		await s.accounts.changePassword(user, TEST_PASSWORD, 'a brand new passphrase 42');
		expect(await new SessionStore(s.db).validate(test.cookie.split('=')[1]!)).toBeNull();
	});

	it('previews exactly the boards that deleting the account deletes: those of teams it is alone in', async () => {
		const alone = await createTestUser(s.db, 'Alone');
		const user = await principalOf(s.db, alone);
		const colleague = await createTestUser(s.db, 'Colleague');
		const shared = await s.teams.create(user, 'Gedeeld');
		await new TeamRepository(s.db).join(shared.id, colleague.userId);
		await s.boards.create(user, { title: 'Eigen bord', teamId: alone.teamId, template: '' });
		const kept = await s.boards.create(user, { title: 'Teambord', teamId: shared.id, template: '' });
		expect(await s.accounts.deletionPreview(user)).toEqual(['Eigen bord']);

		expect(await failureOf(s.accounts.deleteAccount(user, 'wrong password'))).toBe('password_wrong');
		await s.accounts.deleteAccount(user, TEST_PASSWORD);
		const other = await principalOf(s.db, colleague);
		const overview = await s.boards.overview(other);
		expect(overview.teams.find((t) => t.id === shared.id)).toMatchObject({
			role: 'owner',
			boards: [{ id: kept.id, title: 'Teambord' }]
		});
		expect(await s.db.selectFrom('boards').select('title').where('deleted_at', 'is', null).execute()).toEqual(
			[{ title: 'Teambord' }]
		);
	});

	it('logs out one session', async () => {
		const test = await createTestUser(s.db, 'Anouk');
		await s.accounts.logOut(await principalOf(s.db, test));
		expect(await new SessionStore(s.db).validate(test.cookie.split('=')[1]!)).toBeNull();
	});
});
