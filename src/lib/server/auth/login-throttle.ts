import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

interface Rule {
	/** Failures allowed before any waiting starts. */
	free: number;
	/** Failures older than this are forgotten. */
	forgetAfterMs: number;
}

/** Ten tries per account before waiting starts; a school's shared address gets more. */
const RULES: Record<'account' | 'ip', Rule> = {
	account: { free: 10, forgetAfterMs: 60 * 60 * 1000 },
	ip: { free: 50, forgetAfterMs: 15 * 60 * 1000 }
};
const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60 * 1000;

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (address: string) => `ip:${address}`;

/**
 * Login back-off per account and per IP address, kept in the database so it survives restarts:
 * once the free tries are used up, each failure doubles the wait (2 s, 4 s, …), up to 15 minutes.
 */
export class LoginThrottle {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	/** Until when (ms since epoch) login is refused for these keys; 0 when it is allowed. */
	async blockedUntil(keys: string[], now = Date.now()): Promise<number> {
		const rows = await this.db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
		const until = Math.max(0, ...rows.map((row) => row.blocked_until));
		return until > now ? until : 0;
	}

	async recordFailure(keys: string[], now = Date.now()): Promise<void> {
		for (const key of keys) {
			const rule = RULES[key.startsWith('ip:') ? 'ip' : 'account'];
			const row = await this.db
				.selectFrom('login_throttle')
				.selectAll()
				.where('key', '=', key)
				.executeTakeFirst();
			const failures = row && now - row.last_failure_at < rule.forgetAfterMs ? row.failures + 1 : 1;
			const over = failures - rule.free;
			const blockedUntil = over >= 0 ? now + Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** over) : 0;
			const values = { failures, last_failure_at: now, blocked_until: blockedUntil };
			await this.db
				.insertInto('login_throttle')
				.values({ key, ...values })
				.onConflict((oc) => oc.column('key').doUpdateSet(values))
				.execute();
		}
	}

	/** A correct password clears the account's failures (not the address's: others share it). */
	async recordSuccess(email: string): Promise<void> {
		await this.db.deleteFrom('login_throttle').where('key', '=', accountKey(email)).execute();
	}
}
