import type { Kysely } from 'kysely';
import { AccountStore, type User } from '../auth/accounts.ts';
import type { Principal, UserPrincipal } from '../auth/principal.ts';
import { SessionStore } from '../auth/sessions.ts';
import type { BoardEvents } from '../boards/board-events.ts';
import { BoardRepository } from '../boards/board-repository.ts';
import type { Database } from '../db/schema.ts';
import { ensure, ServiceFailure } from './failure.ts';

/**
 * Accounts and their sessions. Ending sessions (a password change, logging out, deleting the
 * account) closes the sockets those sessions hold.
 */
export class AccountService {
	private readonly events: BoardEvents;
	private readonly accounts: AccountStore;
	private readonly sessions: SessionStore;
	private readonly boards: BoardRepository;

	constructor(db: Kysely<Database>, events: BoardEvents) {
		this.events = events;
		this.accounts = new AccountStore(db);
		this.sessions = new SessionStore(db);
		this.boards = new BoardRepository(db);
	}

	/** A new account with its own team, named by `teamName(name)` in the language of the sign-up. */
	async signUp(
		input: { name: string; email: string; password: string },
		teamName: (name: string) => string
	): Promise<User> {
		const result = await this.accounts.signUp(input, teamName);
		if ('error' in result) throw new ServiceFailure(result.error);
		return result.user;
	}

	/** The account behind a correct email and password; throttled per account and address. */
	async logIn(email: string, password: string, address: string): Promise<User> {
		const result = await this.accounts.logIn(email, password, address);
		if (!('error' in result)) return result.user;
		if (result.error === 'throttled') {
			throw new ServiceFailure('login_throttled', {
				retryAfterSeconds: Math.ceil((result.retryAfterMs ?? 0) / 1000)
			});
		}
		// One answer for an unknown email and a wrong password: nobody learns who has an account.
		throw new ServiceFailure('login_invalid');
	}

	/** Sets a new password and ends every session of the account; the caller starts a new one. */
	async changePassword(user: UserPrincipal, current: string, next: string): Promise<void> {
		const result = await this.accounts.changePassword(user, current, next);
		if ('error' in result) throw new ServiceFailure(result.error);
		await this.sessions.invalidateUser(user.id);
		this.events.emit('principal-changed', user.id);
	}

	/** Titles of the boards that would go with the account (those of teams it is alone in). */
	async deletionPreview(user: UserPrincipal): Promise<string[]> {
		const sole = new Set(await this.accounts.soleTeams(user.id));
		const boards = await this.boards.listForUser(user.id);
		return boards.filter((board) => board.teamId && sole.has(board.teamId)).map((board) => board.title);
	}

	async deleteAccount(user: UserPrincipal, password: string): Promise<void> {
		ensure(await this.accounts.checkPassword(user.id, password), 'password_wrong');
		for (const boardId of await this.accounts.deleteAccount(user.id)) this.events.emit('deleted', boardId);
		this.events.emit('principal-changed', user.id);
	}

	/** Ends this session; its open board sockets close now, not at the next periodic check. */
	async logOut(principal: Principal): Promise<void> {
		await this.sessions.invalidate(principal.sessionId);
		this.events.emit('principal-changed', principal.id);
	}
}
