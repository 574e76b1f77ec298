import { sql, type Kysely, type RawBuilder } from 'kysely';
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

const ruleOf = (key: string) => (key.startsWith('ip:') ? RULES.ip : RULES.account);

/** The waits after the free tries: 2 s, 4 s, 8 s, … up to the maximum. */
const DELAYS: number[] = [];
for (let delay = FIRST_DELAY_MS; delay < MAX_DELAY_MS; delay *= 2) DELAYS.push(delay);
DELAYS.push(MAX_DELAY_MS);

/** Until when a key is blocked after its `failures`-th failure at `now` (0: not blocked). */
function blockedUntilAfter(failures: number, rule: Rule, now: number): number {
	const over = failures - rule.free;
	return over < 0 ? 0 : now + DELAYS[Math.min(over, DELAYS.length - 1)]!;
}

/** `blockedUntilAfter` as SQL over a failure count that is itself an SQL expression. */
function blockedUntilSql(failures: RawBuilder<number>, rule: Rule, now: number): RawBuilder<number> {
	// PostgreSQL takes a CASE's type from its first branch: the timestamps must say they are 64-bit.
	const at = (ms: number) => sql`cast(${ms} as bigint)`;
	const steps = DELAYS.slice(0, -1).map(
		(delay, over) => sql`when ${failures} = ${rule.free + over} then ${at(now + delay)}`
	);
	return sql<number>`case when ${failures} < ${rule.free} then ${at(0)} ${sql.join(steps, sql` `)} else ${at(now + MAX_DELAY_MS)} end`;
}

export type Reservation = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Login back-off per account and per IP address, kept in the database so it survives restarts:
 * once the free tries are used up, each failure doubles the wait (2 s, 4 s, …), up to 15 minutes.
 *
 * Every attempt is counted as a failure *before* the (slow) password check, in one atomic statement
 * per key that also refuses it while the key is blocked; a correct password takes it back. So
 * attempts sent at the same moment cannot all slip in before the first failure is recorded.
 */
export class LoginThrottle {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	/** Counts an attempt on every key, or none when any key is blocked now. */
	async reserve(keys: string[], now = Date.now()): Promise<Reservation> {
		const counted: string[] = [];
		for (const key of keys) {
			if (await this.count(key, now)) {
				counted.push(key);
				continue;
			}
			await this.refund(counted);
			return { allowed: false, retryAfterMs: Math.max(1, (await this.blockedUntil([key], now)) - now) };
		}
		return { allowed: true };
	}

	/** Until when (ms since epoch) login is refused for these keys; 0 when it is allowed. */
	async blockedUntil(keys: string[], now = Date.now()): Promise<number> {
		const rows = await this.db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
		const until = Math.max(0, ...rows.map((row) => row.blocked_until));
		return until > now ? until : 0;
	}

	/** A correct password clears the account's failures and takes back the attempt counted on the others. */
	async recordSuccess(keys: string[]): Promise<void> {
		const [account, ...others] = keys;
		if (account) await this.db.deleteFrom('login_throttle').where('key', '=', account).execute();
		await this.refund(others);
	}

	/** Counts one failure on `key` unless it is blocked at `now`; returns whether it was counted. */
	private async count(key: string, now: number): Promise<boolean> {
		const rule = ruleOf(key);
		const failures = sql<number>`case when login_throttle.last_failure_at < ${now - rule.forgetAfterMs} then 1 else login_throttle.failures + 1 end`;
		const row = await this.db
			.insertInto('login_throttle')
			.values({ key, failures: 1, last_failure_at: now, blocked_until: blockedUntilAfter(1, rule, now) })
			.onConflict((oc) =>
				oc
					.column('key')
					.doUpdateSet({
						failures,
						last_failure_at: now,
						blocked_until: blockedUntilSql(failures, rule, now)
					})
					.where('login_throttle.blocked_until', '<=', now)
			)
			.returning('failures')
			.executeTakeFirst();
		return row !== undefined;
	}

	/** Takes back one counted attempt per key, lifting a block that attempt alone caused. */
	private async refund(keys: string[]): Promise<void> {
		for (const key of keys) {
			const remaining = sql<number>`login_throttle.failures - 1`;
			await this.db
				.updateTable('login_throttle')
				.set({
					failures: remaining,
					blocked_until: sql<number>`case when ${remaining} < ${ruleOf(key).free} then 0 else login_throttle.blocked_until end`
				})
				.where('key', '=', key)
				.where('failures', '>', 0)
				.execute();
		}
	}
}
