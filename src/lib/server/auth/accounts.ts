import { NAME_MAX_LENGTH } from '../../text-limits.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { accountKey, ipKey, LoginThrottle } from './login-throttle.ts';
import { hashPassword, passwordWeakness, verifyPassword } from './passwords.ts';
import { newId } from './tokens.ts';
import { insertTeam } from '../access/teams.ts';
import { normalizeTypedText } from '../typed-text.ts';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface User {
	id: string;
	name: string;
	email: string;
}

export type SignUpError =
	| 'name_invalid'
	| 'email_invalid'
	| 'email_taken'
	| 'password_short'
	| 'password_long'
	| 'password_guessable';
export type LogInError = 'invalid' | 'throttled';
export type PasswordError = 'password_wrong' | 'password_short' | 'password_long' | 'password_guessable';

export function normalizeEmail(raw: unknown): string | null {
	if (typeof raw !== 'string') return null;
	const email = raw.trim().toLowerCase();
	return email.length <= 254 && EMAIL_PATTERN.test(email) ? email : null;
}

export const normalizeName = (raw: unknown) => normalizeTypedText(raw, NAME_MAX_LENGTH);

// A fixed hash to verify against when the email is unknown, so timing does not tell whether it exists.
let decoyHash: Promise<string> | null = null;

/** Accounts in the database: sign-up, login (throttled), password change and deletion. */
export class AccountStore {
	private readonly db: Kysely<Database>;
	private readonly throttle: LoginThrottle;

	constructor(db: Kysely<Database>) {
		this.db = db;
		this.throttle = new LoginThrottle(db);
	}

	/**
	 * Creates an account with its own team. The first account on an instance also adopts the
	 * boards made before accounts existed, so an upgrade loses none.
	 */
	async signUp(
		input: { name: unknown; email: unknown; password: unknown },
		teamName: (name: string) => string
	): Promise<{ user: User } | { error: SignUpError }> {
		const name = normalizeName(input.name);
		if (!name) return { error: 'name_invalid' };
		const email = normalizeEmail(input.email);
		if (!email) return { error: 'email_invalid' };
		const password = typeof input.password === 'string' ? input.password : '';
		const weakness = passwordWeakness(password, [name, ...email.split('@')]);
		if (weakness) return { error: `password_${weakness}` };
		if (await this.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) {
			return { error: 'email_taken' };
		}
		const user: User = { id: newId(), name, email };
		const now = Date.now();
		const passwordHash = await hashPassword(password);
		try {
			await this.db.transaction().execute(async (trx) => {
				const first = !(await trx.selectFrom('users').select('id').limit(1).executeTakeFirst());
				await trx
					.insertInto('users')
					.values({ ...user, password_hash: passwordHash, created_at: now })
					.execute();
				const team = await insertTeam(trx, teamName(name), user.id, now);
				if (first)
					await trx.updateTable('boards').set({ team_id: team.id }).where('team_id', 'is', null).execute();
			});
		} catch (error) {
			// Two sign-ups with one email at the same moment: the unique index decides.
			if (await this.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) {
				return { error: 'email_taken' };
			}
			throw error;
		}
		return { user };
	}

	/** Checks a login; never tells whether the email exists. */
	async logIn(
		rawEmail: unknown,
		password: unknown,
		address: string
	): Promise<{ user: User } | { error: LogInError; retryAfterMs?: number }> {
		const email = typeof rawEmail === 'string' ? rawEmail.trim().toLowerCase() : '';
		const keys = [accountKey(email), ipKey(address)];
		const reservation = await this.throttle.reserve(keys);
		if (!reservation.allowed) return { error: 'throttled', retryAfterMs: reservation.retryAfterMs };
		const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
		decoyHash ??= hashPassword('decoy password, never valid');
		const ok = await verifyPassword(
			row?.password_hash ?? (await decoyHash),
			typeof password === 'string' ? password : ''
		);
		// The attempt was counted as a failure when reserved; only success needs recording.
		if (!row || !ok) return { error: 'invalid' };
		await this.throttle.recordSuccess(keys);
		return { user: { id: row.id, name: row.name, email: row.email } };
	}

	async checkPassword(userId: string, password: unknown): Promise<boolean> {
		const row = await this.db
			.selectFrom('users')
			.select('password_hash')
			.where('id', '=', userId)
			.executeTakeFirst();
		return !!row && typeof password === 'string' && (await verifyPassword(row.password_hash, password));
	}

	/** Sets a new password; the caller revokes the other sessions. */
	async changePassword(
		user: User,
		current: unknown,
		next: unknown
	): Promise<{ error: PasswordError } | { ok: true }> {
		if (!(await this.checkPassword(user.id, current))) return { error: 'password_wrong' };
		const password = typeof next === 'string' ? next : '';
		const weakness = passwordWeakness(password, [user.name, ...user.email.split('@')]);
		if (weakness) return { error: `password_${weakness}` as const };
		await this.db
			.updateTable('users')
			.set({ password_hash: await hashPassword(password) })
			.where('id', '=', user.id)
			.execute();
		return { ok: true };
	}

	/** Teams the user is the only member of: they go with the account, and their boards with them. */
	async soleTeams(userId: string, db: Kysely<Database> = this.db): Promise<string[]> {
		const rows = await db
			.selectFrom('team_members as mine')
			.select('mine.team_id')
			.where('mine.user_id', '=', userId)
			.where(({ not, exists, selectFrom }) =>
				not(
					exists(
						selectFrom('team_members as other')
							.select('other.user_id')
							.whereRef('other.team_id', '=', 'mine.team_id')
							.where('other.user_id', '!=', userId)
					)
				)
			)
			.execute();
		return rows.map((row) => row.team_id);
	}

	/**
	 * Deletes an account. Its sole teams go, their boards soft-deleted (returned); in the other
	 * teams it owned alone, the longest-standing other member becomes owner.
	 */
	async deleteAccount(userId: string): Promise<string[]> {
		const now = Date.now();
		return this.db.transaction().execute(async (trx) => {
			const sole = await this.soleTeams(userId, trx);
			const deletedBoards = sole.length
				? (
						await trx
							.selectFrom('boards')
							.select('id')
							.where('team_id', 'in', sole)
							.where('deleted_at', 'is', null)
							.execute()
					).map((b) => b.id)
				: [];
			if (sole.length) {
				await trx
					.updateTable('boards')
					.set({ deleted_at: now })
					.where('team_id', 'in', sole)
					.where('deleted_at', 'is', null)
					.execute();
				await trx.updateTable('boards').set({ team_id: null }).where('team_id', 'in', sole).execute();
				await trx.deleteFrom('teams').where('id', 'in', sole).execute();
			}
			const owned = await trx
				.selectFrom('team_members')
				.select('team_id')
				.where('user_id', '=', userId)
				.where('role', '=', 'owner')
				.execute();
			for (const { team_id: teamId } of owned) {
				const others = await trx
					.selectFrom('team_members')
					.select(['user_id', 'role'])
					.where('team_id', '=', teamId)
					.where('user_id', '!=', userId)
					.orderBy('joined_at')
					.execute();
				if (others.length > 0 && !others.some((o) => o.role === 'owner')) {
					await trx
						.updateTable('team_members')
						.set({ role: 'owner' })
						.where('team_id', '=', teamId)
						.where('user_id', '=', others[0]!.user_id)
						.execute();
				}
			}
			await trx.deleteFrom('users').where('id', '=', userId).execute();
			return deletedBoards;
		});
	}
}
