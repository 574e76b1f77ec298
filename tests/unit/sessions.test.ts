import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_LIFETIME_MS, SessionStore } from '../../src/lib/server/auth/sessions.ts';
import { createTestUser, type TestUser } from '../support/accounts.ts';
import { openTestDatabase } from '../support/sqlite.ts';

const DAY = 24 * 60 * 60 * 1000;
let db: Awaited<ReturnType<typeof openTestDatabase>>;
let sessions: SessionStore;
let user: TestUser;

beforeEach(async () => {
	db = await openTestDatabase();
	sessions = new SessionStore(db.db);
	user = await createTestUser(db.db);
});
afterEach(() => db.dispose());

describe('sessions', () => {
	it('stores only a SHA-256 hash of the secret and validates the token', async () => {
		const { token, session } = await sessions.create({ userId: user.userId });
		const [id, secret] = token.split('.');
		expect(id).toBe(session.id);
		expect(secret!.length).toBeGreaterThanOrEqual(43);
		const row = await db.db
			.selectFrom('sessions')
			.selectAll()
			.where('id', '=', id!)
			.executeTakeFirstOrThrow();
		expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(row)).not.toContain(secret);
		expect((await sessions.validate(token))?.session.userId).toBe(user.userId);
	});

	it('refuses a wrong secret, a malformed token and an unknown id', async () => {
		const { token } = await sessions.create({ userId: user.userId });
		const [id, secret] = token.split('.');
		const flipped = secret!.slice(0, -1) + (secret!.endsWith('A') ? 'B' : 'A');
		expect(await sessions.validate(`${id}.${flipped}`)).toBeNull();
		expect(await sessions.validate(id!)).toBeNull();
		expect(await sessions.validate(`${token}.extra`)).toBeNull();
		expect(await sessions.validate(`unknown.${secret}`)).toBeNull();
	});

	it('expires after its lifetime and removes the row', async () => {
		const t0 = Date.now();
		const { token, session } = await sessions.create({ userId: user.userId }, t0);
		expect(await sessions.validate(token, t0 + SESSION_LIFETIME_MS)).toBeNull();
		expect(
			await db.db.selectFrom('sessions').select('id').where('id', '=', session.id).executeTakeFirst()
		).toBeUndefined();
	});

	it('slides the expiry when used in the second half of its life, not before', async () => {
		const t0 = Date.now();
		const { token, session } = await sessions.create({ userId: user.userId }, t0);
		const early = await sessions.validate(token, t0 + 10 * DAY);
		expect(early?.renewed).toBe(false);
		expect(early?.session.expiresAt).toBe(session.expiresAt);
		const late = await sessions.validate(token, t0 + 20 * DAY);
		expect(late?.renewed).toBe(true);
		expect(late?.session.expiresAt).toBe(t0 + 20 * DAY + SESSION_LIFETIME_MS);
		// Still valid past the original expiry, because it was used.
		expect(await sessions.validate(token, t0 + 40 * DAY)).not.toBeNull();
	});

	it('revokes all sessions of one user and no one else', async () => {
		const first = await sessions.create({ userId: user.userId });
		const second = await sessions.create({ userId: user.userId });
		const other = await createTestUser(db.db, 'Other');
		await sessions.invalidateUser(user.userId);
		expect(await sessions.validate(first.token)).toBeNull();
		expect(await sessions.validate(second.token)).toBeNull();
		expect(await sessions.validate(other.cookie.split('=')[1]!)).not.toBeNull();
	});
});
