import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { digestsEqual, newId, newSecret, sha256 } from './tokens.ts';

const DAY = 24 * 60 * 60 * 1000;
/** A session lives 30 days after its last use... */
export const SESSION_LIFETIME_MS = 30 * DAY;
/** ...and is extended when it is used with less than 15 days left (so not on every request). */
const RENEW_WITHIN_MS = 15 * DAY;

export type SessionOwner = { userId: string } | { guestId: string };

export interface Session {
	id: string;
	userId: string | null;
	guestId: string | null;
	expiresAt: number;
}

export interface ValidatedSession {
	session: Session;
	/** True when the expiry moved: the cookie must be set again. */
	renewed: boolean;
}

/**
 * Sessions as in Lucia's guide: the token is `<id>.<secret>`, the database holds the id and a
 * SHA-256 hash of the secret, compared in constant time; expiry slides with use.
 */
export class SessionStore {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	/** Creates a session and returns its token, which is shown to nobody but the cookie. */
	async create(owner: SessionOwner, now = Date.now()): Promise<{ token: string; session: Session }> {
		const id = newId();
		const secret = newSecret();
		const session: Session = {
			id,
			userId: 'userId' in owner ? owner.userId : null,
			guestId: 'guestId' in owner ? owner.guestId : null,
			expiresAt: now + SESSION_LIFETIME_MS
		};
		await this.db
			.insertInto('sessions')
			.values({
				id,
				secret_hash: sha256(secret),
				user_id: session.userId,
				guest_id: session.guestId,
				expires_at: session.expiresAt,
				created_at: now
			})
			.execute();
		return { token: `${id}.${secret}`, session };
	}

	/** The live session a token stands for, or null (malformed, unknown, wrong secret, expired). */
	async validate(token: string, now = Date.now()): Promise<ValidatedSession | null> {
		const [id, secret, extra] = token.split('.');
		if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 128) return null;
		const row = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
		if (!row || !digestsEqual(row.secret_hash, sha256(secret))) return null;
		if (row.expires_at <= now) {
			await this.invalidate(id);
			return null;
		}
		const session: Session = { id, userId: row.user_id, guestId: row.guest_id, expiresAt: row.expires_at };
		if (row.expires_at - now >= RENEW_WITHIN_MS) return { session, renewed: false };
		session.expiresAt = now + SESSION_LIFETIME_MS;
		await this.db
			.updateTable('sessions')
			.set({ expires_at: session.expiresAt })
			.where('id', '=', id)
			.execute();
		return { session, renewed: true };
	}

	async invalidate(id: string): Promise<void> {
		await this.db.deleteFrom('sessions').where('id', '=', id).execute();
	}

	/** Ends every session of a user, e.g. after a password change. */
	async invalidateUser(userId: string): Promise<void> {
		await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
	}
}
