import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AccountStore } from '../../src/lib/server/auth/accounts.ts';
import { accountKey, ipKey, LoginThrottle } from '../../src/lib/server/auth/login-throttle.ts';
import { openStorage, type Storage } from '../../src/lib/server/db/index.ts';
import { createTestUser, TEST_PASSWORD, type TestUser } from '../support/accounts.ts';
import { backends } from '../support/backends.ts';

describe.each(backends)('login throttling on $name', (backend) => {
	let storage: Storage;
	let cleanup: () => Promise<void>;
	let accounts: AccountStore;
	let user: TestUser;
	/** Each test its own address, so the per-address count starts at zero. */
	let address: string;
	let addresses = 0;

	beforeAll(async () => {
		if (backend.skip) return;
		const setup = await backend.setup();
		cleanup = setup.cleanup;
		storage = await openStorage(setup.config);
		accounts = new AccountStore(storage.db);
	});
	afterAll(async () => {
		if (backend.skip) return;
		await storage.close();
		await cleanup();
	});
	beforeEach(async () => {
		if (backend.skip) return;
		user = await createTestUser(storage.db);
		address = `192.0.2.${++addresses}`;
	});

	it.skipIf(backend.skip)(
		'refuses the 11th rapid attempt even with the right password, until the delay passes',
		async () => {
			for (let i = 0; i < 10; i++) {
				expect(await accounts.logIn(user.email, 'wrong password!', address)).toEqual({ error: 'invalid' });
			}
			const refused = await accounts.logIn(user.email, TEST_PASSWORD, address);
			expect(refused).toMatchObject({ error: 'throttled' });
			const wait = (refused as { retryAfterMs: number }).retryAfterMs;
			expect(wait).toBeGreaterThan(1_000);
			// From another address too: the account itself is throttled.
			expect(await accounts.logIn(user.email, TEST_PASSWORD, '198.51.100.7')).toMatchObject({
				error: 'throttled'
			});
			await new Promise((resolve) => setTimeout(resolve, wait + 50));
			expect(await accounts.logIn(user.email, TEST_PASSWORD, address)).toMatchObject({
				user: { id: user.userId }
			});
		}
	);

	it.skipIf(backend.skip)(
		'checks no more than the free tries when 30 wrong passwords arrive at once',
		async () => {
			const results = await Promise.all(
				Array.from({ length: 30 }, () => accounts.logIn(user.email, 'wrong password!', address))
			);
			const checked = results.filter((r) => 'error' in r && r.error === 'invalid').length;
			expect(checked).toBe(10);
			expect(results.filter((r) => 'error' in r && r.error === 'throttled')).toHaveLength(20);
		}
	);

	it.skipIf(backend.skip)(
		'doubles the wait with each further failure, per account and per address, and keeps it in the database',
		async () => {
			const t0 = Date.now();
			const keys = [accountKey(user.email), ipKey(address)];
			const throttle = new LoginThrottle(storage.db);
			for (let i = 0; i < 9; i++) expect(await throttle.reserve(keys, t0)).toEqual({ allowed: true });
			expect(await throttle.blockedUntil(keys, t0)).toBe(0);
			expect(await throttle.reserve(keys, t0)).toEqual({ allowed: true });
			expect(await throttle.blockedUntil(keys, t0)).toBe(t0 + 2_000);
			expect(await throttle.reserve(keys, t0 + 1_000)).toEqual({ allowed: false, retryAfterMs: 1_000 });
			expect(await throttle.reserve(keys, t0 + 2_000)).toEqual({ allowed: true });
			expect(await throttle.blockedUntil(keys, t0 + 2_000)).toBe(t0 + 6_000);
			await throttle.reserve(keys, t0 + 6_000);
			// A new instance (as after a restart) reads the same state.
			expect(await new LoginThrottle(storage.db).blockedUntil(keys, t0 + 6_000)).toBe(t0 + 14_000);
			// The address alone has 50 free tries; only the account is blocked, and a refused
			// attempt on the account did not count on the address.
			expect(await throttle.blockedUntil([ipKey(address)], t0 + 6_000)).toBe(0);
			const ipRow = await storage.db
				.selectFrom('login_throttle')
				.select('failures')
				.where('key', '=', ipKey(address))
				.executeTakeFirstOrThrow();
			expect(ipRow.failures).toBe(12);
		}
	);

	it.skipIf(backend.skip)(
		'takes a successful attempt back from the address, and forgets the account’s failures',
		async () => {
			for (let i = 0; i < 3; i++) await accounts.logIn(user.email, 'wrong password!', address);
			expect(await accounts.logIn(user.email, TEST_PASSWORD, address)).toMatchObject({
				user: { id: user.userId }
			});
			const rows = await storage.db
				.selectFrom('login_throttle')
				.selectAll()
				.where('key', 'in', [accountKey(user.email), ipKey(address)])
				.execute();
			expect(rows.map((r) => [r.key, r.failures])).toEqual([[ipKey(address), 3]]);
		}
	);

	it.skipIf(backend.skip)('gives the same answer for an unknown email as for a wrong password', async () => {
		expect(await accounts.logIn('nobody@example.test', 'whatever password', address)).toEqual({
			error: 'invalid'
		});
		expect(await accounts.logIn(user.email, 'whatever password', address)).toEqual({ error: 'invalid' });
	});
});
