import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountService } from '../../src/lib/server/auth/accounts.ts';
import { accountKey, ipKey, LoginThrottle } from '../../src/lib/server/auth/login-throttle.ts';
import { createTestUser, TEST_PASSWORD, type TestUser } from '../support/accounts.ts';
import { openTestDatabase } from '../support/sqlite.ts';

let db: Awaited<ReturnType<typeof openTestDatabase>>;
let accounts: AccountService;
let user: TestUser;

beforeEach(async () => {
	db = await openTestDatabase();
	accounts = new AccountService(db.db);
	user = await createTestUser(db.db);
});
afterEach(() => db.dispose());

describe('login throttling', () => {
	it('refuses the 11th rapid attempt even with the right password, until the delay passes', async () => {
		for (let i = 0; i < 10; i++) {
			expect(await accounts.logIn(user.email, 'wrong password!', '192.0.2.1')).toEqual({ error: 'invalid' });
		}
		const refused = await accounts.logIn(user.email, TEST_PASSWORD, '192.0.2.1');
		expect(refused).toMatchObject({ error: 'throttled' });
		expect((refused as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
		// From another address too: the account itself is throttled.
		expect(await accounts.logIn(user.email, TEST_PASSWORD, '198.51.100.7')).toMatchObject({
			error: 'throttled'
		});

		await new Promise((resolve) =>
			setTimeout(resolve, (refused as { retryAfterMs: number }).retryAfterMs + 50)
		);
		expect(await accounts.logIn(user.email, TEST_PASSWORD, '192.0.2.1')).toMatchObject({
			user: { id: user.userId }
		});
	});

	it('doubles the wait with each further failure, per account and per address, and keeps it in the database', async () => {
		const t0 = Date.now();
		const keys = [accountKey(user.email), ipKey('192.0.2.1')];
		const throttle = new LoginThrottle(db.db);
		for (let i = 0; i < 9; i++) await throttle.recordFailure(keys, t0);
		expect(await throttle.blockedUntil(keys, t0)).toBe(0);
		await throttle.recordFailure(keys, t0);
		expect(await throttle.blockedUntil(keys, t0)).toBe(t0 + 2_000);
		await throttle.recordFailure(keys, t0 + 2_000);
		expect(await throttle.blockedUntil(keys, t0 + 2_000)).toBe(t0 + 6_000);
		await throttle.recordFailure(keys, t0 + 6_000);
		// A new instance (as after a restart) reads the same state.
		expect(await new LoginThrottle(db.db).blockedUntil(keys, t0 + 6_000)).toBe(t0 + 14_000);
		// The address alone has 50 free tries; only the account is blocked.
		expect(await throttle.blockedUntil([ipKey('192.0.2.1')], t0 + 6_000)).toBe(0);
	});

	it('gives the same answer for an unknown email as for a wrong password', async () => {
		expect(await accounts.logIn('nobody@example.test', 'whatever password', '192.0.2.1')).toEqual({
			error: 'invalid'
		});
		expect(await accounts.logIn(user.email, 'whatever password', '192.0.2.1')).toEqual({ error: 'invalid' });
	});
});
