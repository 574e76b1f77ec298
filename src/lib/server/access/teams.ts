import { TEAM_NAME_MAX_LENGTH } from '../../text-limits.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Database, TeamRole } from '../db/schema.ts';
import { newId, newSecret, sha256 } from '../auth/tokens.ts';
import { normalizeTypedText } from '../typed-text.ts';

export interface TeamSummary {
	id: string;
	name: string;
	role: TeamRole;
}

export interface TeamMember {
	userId: string;
	name: string;
	email: string;
	role: TeamRole;
}

/** Trims a typed team name; null when empty or too long. */
export const normalizeTeamName = (raw: unknown) => normalizeTypedText(raw, TEAM_NAME_MAX_LENGTH);

/** A team with its owner, inside the caller's transaction (sign-up makes one with the account). */
export async function insertTeam(
	trx: Transaction<Database>,
	name: string,
	ownerId: string,
	now: number
): Promise<TeamSummary> {
	const id = newId();
	await trx.insertInto('teams').values({ id, name, created_at: now }).execute();
	await trx
		.insertInto('team_members')
		.values({ team_id: id, user_id: ownerId, role: 'owner', joined_at: now })
		.execute();
	return { id, name, role: 'owner' };
}

export class TeamRepository {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	async create(name: string, ownerId: string, now = Date.now()): Promise<TeamSummary> {
		return this.db.transaction().execute((trx) => insertTeam(trx, name, ownerId, now));
	}

	async listForUser(userId: string): Promise<TeamSummary[]> {
		return this.db
			.selectFrom('team_members')
			.innerJoin('teams', 'teams.id', 'team_members.team_id')
			.select(['teams.id', 'teams.name', 'team_members.role'])
			.where('team_members.user_id', '=', userId)
			.orderBy('teams.created_at')
			.execute();
	}

	/** The user's role in the team, or null when they are not in it. */
	async roleOf(teamId: string, userId: string): Promise<TeamRole | null> {
		const row = await this.db
			.selectFrom('team_members')
			.select('role')
			.where('team_id', '=', teamId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		return row?.role ?? null;
	}

	async get(teamId: string): Promise<{ id: string; name: string } | null> {
		return (
			(await this.db
				.selectFrom('teams')
				.select(['id', 'name'])
				.where('id', '=', teamId)
				.executeTakeFirst()) ?? null
		);
	}

	async rename(teamId: string, name: string): Promise<void> {
		await this.db.updateTable('teams').set({ name }).where('id', '=', teamId).execute();
	}

	async members(teamId: string): Promise<TeamMember[]> {
		return this.db
			.selectFrom('team_members')
			.innerJoin('users', 'users.id', 'team_members.user_id')
			.select(['users.id as userId', 'users.name', 'users.email', 'team_members.role'])
			.where('team_members.team_id', '=', teamId)
			.orderBy('team_members.joined_at')
			.execute();
	}

	/** Removes a member; refused (false) when they are the last owner of a team with other members. */
	async removeMember(teamId: string, userId: string): Promise<boolean> {
		const members = await this.members(teamId);
		const owners = members.filter((m) => m.role === 'owner');
		// Without an owner nobody could manage the team, and alone its boards would be out of reach.
		if (owners.length === 1 && owners[0]!.userId === userId) return false;
		await this.db.transaction().execute(async (trx) => {
			await trx
				.deleteFrom('team_members')
				.where('team_id', '=', teamId)
				.where('user_id', '=', userId)
				.execute();
			// Explicit roles on the team's boards went with the membership.
			await trx
				.deleteFrom('board_members')
				.where('user_id', '=', userId)
				.where('board_id', 'in', trx.selectFrom('boards').select('id').where('team_id', '=', teamId))
				.execute();
		});
		return true;
	}

	/** A new invite link token (shown once; only its hash is kept). */
	async createInvite(teamId: string, createdBy: string, now = Date.now()): Promise<string> {
		const token = newSecret();
		await this.db
			.insertInto('team_invites')
			.values({
				id: newId(),
				token_hash: sha256(token),
				team_id: teamId,
				created_by: createdBy,
				created_at: now,
				revoked_at: null
			})
			.execute();
		return token;
	}

	async activeInvites(teamId: string): Promise<{ id: string; createdAt: number }[]> {
		return this.db
			.selectFrom('team_invites')
			.select(['id', 'created_at as createdAt'])
			.where('team_id', '=', teamId)
			.where('revoked_at', 'is', null)
			.orderBy('created_at')
			.execute();
	}

	async revokeInvite(teamId: string, inviteId: string, now = Date.now()): Promise<void> {
		await this.db
			.updateTable('team_invites')
			.set({ revoked_at: now })
			.where('id', '=', inviteId)
			.where('team_id', '=', teamId)
			.execute();
	}

	/** The team an active invite token leads to. */
	async teamOfInvite(token: string): Promise<{ id: string; name: string } | null> {
		const row = await this.db
			.selectFrom('team_invites')
			.innerJoin('teams', 'teams.id', 'team_invites.team_id')
			.select(['teams.id', 'teams.name'])
			.where('team_invites.token_hash', '=', sha256(token))
			.where('team_invites.revoked_at', 'is', null)
			.executeTakeFirst();
		return row ?? null;
	}

	/** Adds the user as a member (an existing membership stays as it is). */
	async join(teamId: string, userId: string, now = Date.now()): Promise<void> {
		await this.db
			.insertInto('team_members')
			.values({ team_id: teamId, user_id: userId, role: 'member', joined_at: now })
			.onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing())
			.execute();
	}
}
