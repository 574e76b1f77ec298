import type { Kysely } from 'kysely';
import { normalizeTeamName, TeamRepository, type TeamSummary } from '../access/teams.ts';
import type { UserPrincipal } from '../auth/principal.ts';
import type { BoardEvents } from '../boards/board-events.ts';
import type { Database, TeamRole } from '../db/schema.ts';
import { ensure } from './failure.ts';

/** Teams: members, invite links, and leaving. Losing a membership closes that person's sockets on the team's boards. */
export class TeamService {
	private readonly events: BoardEvents;
	private readonly teams: TeamRepository;

	constructor(db: Kysely<Database>, events: BoardEvents) {
		this.events = events;
		this.teams = new TeamRepository(db);
	}

	/** The team page: the team, the user's role, its members and (for owners) its open invites. */
	async page(user: UserPrincipal, teamId: string) {
		const role = await this.#membership(user, teamId);
		return {
			team: (await this.teams.get(teamId))!,
			role,
			members: await this.teams.members(teamId),
			invites: role === 'owner' ? await this.teams.activeInvites(teamId) : []
		};
	}

	async create(user: UserPrincipal, rawName: string): Promise<TeamSummary> {
		const name = normalizeTeamName(rawName);
		ensure(name, 'team_name_invalid');
		return this.teams.create(name, user.id);
	}

	async rename(user: UserPrincipal, teamId: string, rawName: string): Promise<void> {
		await this.#requireOwner(user, teamId);
		const name = normalizeTeamName(rawName);
		ensure(name, 'team_name_invalid');
		await this.teams.rename(teamId, name);
	}

	/** A new invite link's token (shown once). */
	async invite(user: UserPrincipal, teamId: string): Promise<string> {
		await this.#requireOwner(user, teamId);
		return this.teams.createInvite(teamId, user.id);
	}

	async revokeInvite(user: UserPrincipal, teamId: string, inviteId: string): Promise<void> {
		await this.#requireOwner(user, teamId);
		await this.teams.revokeInvite(teamId, inviteId);
	}

	async removeMember(user: UserPrincipal, teamId: string, memberId: string): Promise<void> {
		await this.#requireOwner(user, teamId);
		ensure(await this.teams.removeMember(teamId, memberId), 'team_last_owner');
		this.events.emit('principal-changed', memberId);
	}

	async leave(user: UserPrincipal, teamId: string): Promise<void> {
		await this.#membership(user, teamId);
		ensure(await this.teams.removeMember(teamId, user.id), 'team_last_owner');
		this.events.emit('principal-changed', user.id);
	}

	/** The team an invite leads to; `invite_invalid` for a revoked or unknown one. */
	async invitation(token: string): Promise<{ id: string; name: string }> {
		const team = await this.teams.teamOfInvite(token);
		ensure(team, 'invite_invalid');
		return team;
	}

	async acceptInvite(user: UserPrincipal, token: string): Promise<void> {
		const team = await this.invitation(token);
		await this.teams.join(team.id, user.id);
	}

	/** The user's role in the team; a team they are not in is `team_not_found`. */
	async #membership(user: UserPrincipal, teamId: string): Promise<TeamRole> {
		const role = await this.teams.roleOf(teamId, user.id);
		ensure(role, 'team_not_found');
		return role;
	}

	async #requireOwner(user: UserPrincipal, teamId: string): Promise<void> {
		ensure((await this.#membership(user, teamId)) === 'owner', 'access_denied');
	}
}
