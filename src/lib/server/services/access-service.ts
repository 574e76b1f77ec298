import type { Kysely } from 'kysely';
import { BoardMemberRepository } from '../access/board-members.ts';
import { accountRole, higherRole, resolveBoardRole, roleAllows, type BoardRole } from '../access/roles.ts';
import { ShareLinkRepository, type ShareLink } from '../access/share-links.ts';
import { GUEST_NAME_MAX_LENGTH } from '../../text-limits.ts';
import { TeamRepository } from '../access/teams.ts';
import type { Principal, UserPrincipal } from '../auth/principal.ts';
import type { BoardEvents } from '../boards/board-events.ts';
import { BoardRepository, type BoardSummary } from '../boards/board-repository.ts';
import { BOARD_ROLES, LINK_ROLES } from '../../roles.ts';
import type { Database } from '../db/schema.ts';
import { normalizeTypedText } from '../typed-text.ts';
import { requireBoardRole } from './board-roles.ts';
import { ensure } from './failure.ts';

const DAY = 24 * 60 * 60 * 1000;
/** How long a new share link works, by the choice on the share page. */
export const LINK_LIFETIMES = { never: null, day: DAY, week: 7 * DAY, month: 30 * DAY } as const;
export type LinkLifetime = keyof typeof LINK_LIFETIMES;

/** Someone with a role on a board: a team member (by default) or a person added to the board. */
export interface BoardPerson {
	userId: string;
	name: string;
	email: string;
	role: BoardRole;
	/** Added to this board itself (their role can be removed here), not only through the team. */
	explicit: boolean;
}

/** What a share link offers the person opening it. */
export interface Invitation {
	board: BoardSummary;
	link: ShareLink;
	/** The visitor already has the link's role (or more): nothing to join. */
	alreadyIn: boolean;
}

/**
 * Who may do what on a board: share links, guests, and board roles. Every change that can reduce
 * someone's access tells the sync server, which checks the open sockets of the board again.
 */
export class AccessService {
	private readonly db: Kysely<Database>;
	private readonly events: BoardEvents;
	private readonly boards: BoardRepository;
	private readonly links: ShareLinkRepository;
	private readonly members: BoardMemberRepository;
	private readonly teams: TeamRepository;

	constructor(db: Kysely<Database>, events: BoardEvents) {
		this.db = db;
		this.events = events;
		this.boards = new BoardRepository(db);
		this.links = new ShareLinkRepository(db);
		this.members = new BoardMemberRepository(db);
		this.teams = new TeamRepository(db);
	}

	/** The share page: the board, its working links and everyone with a role. */
	async sharing(actor: Principal, boardId: string) {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		const board = (await this.boards.get(boardId))!;
		return { board, links: await this.links.active(boardId), people: await this.#people(board) };
	}

	async createLink(
		actor: UserPrincipal,
		boardId: string,
		options: { role: string; lifetime: string; allowGuests: boolean },
		now = Date.now()
	): Promise<{ token: string; expiresAt: number | null }> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		const role = LINK_ROLES.find((r) => r === options.role);
		const lifetime = Object.keys(LINK_LIFETIMES).find((l) => l === options.lifetime) as
			LinkLifetime | undefined;
		ensure(role && lifetime, 'invalid_input');
		const ms = LINK_LIFETIMES[lifetime];
		const expiresAt = ms === null ? null : now + ms;
		const { token } = await this.links.create({
			boardId,
			role,
			allowGuests: options.allowGuests,
			expiresAt,
			createdBy: actor.id
		});
		return { token, expiresAt };
	}

	/** Ends a link: nobody new comes in through it, and its guests are cut off. */
	async revokeLink(actor: Principal, boardId: string, linkId: string): Promise<void> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		await this.links.revoke(boardId, linkId);
		this.events.emit('access-changed', boardId);
	}

	/** Lets the board's viewers export it (the plan, the board file, pictures), or not. */
	async setViewersExport(actor: Principal, boardId: string, allowed: boolean): Promise<void> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		await this.boards.setViewersExport(boardId, allowed);
	}

	/** Sets the board role of someone who already has one (a team member or an added person). */
	async setRole(actor: Principal, boardId: string, userId: string, rawRole: string): Promise<void> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		const role = BOARD_ROLES.find((r) => r === rawRole);
		const board = (await this.boards.get(boardId))!;
		const known = (await this.#people(board)).some((person) => person.userId === userId);
		ensure(role && known, 'invalid_input');
		await this.members.setRole(boardId, userId, role);
		this.events.emit('access-changed', boardId);
	}

	/** Removes a role given on the board itself (a team member falls back to the team's default). */
	async removeRole(actor: Principal, boardId: string, userId: string): Promise<void> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		await this.members.remove(boardId, userId);
		this.events.emit('access-changed', boardId);
	}

	/** What a share link offers; `link_invalid` for a revoked, expired or unknown one. */
	async invitation(visitor: Principal | null, token: string): Promise<Invitation> {
		const link = await this.links.resolve(token);
		const board = link && (await this.boards.get(link.boardId));
		ensure(link && board, 'link_invalid');
		const alreadyIn =
			(visitor?.kind === 'user' &&
				roleAllows(await resolveBoardRole(this.db, visitor, board.id), link.role)) ||
			(visitor?.kind === 'guest' && visitor.boardId === board.id);
		return { board, link, alreadyIn };
	}

	/** The user joins the board with the link's role (a higher role they have stays). */
	async join(user: UserPrincipal, token: string): Promise<string> {
		const { link, board } = await this.invitation(user, token);
		const current = await resolveBoardRole(this.db, user, board.id);
		await this.members.setRole(board.id, user.id, higherRole(current, link.role));
		// Open sockets of this user reconnect with the new role.
		this.events.emit('access-changed', board.id);
		return board.id;
	}

	/** A guest by name, bound to the link's board; returns the guest's id and the board. */
	async joinAsGuest(token: string, rawName: string): Promise<{ guestId: string; boardId: string }> {
		const { link, board } = await this.invitation(null, token);
		ensure(link.allowGuests, 'access_denied');
		const name = normalizeTypedText(rawName, GUEST_NAME_MAX_LENGTH);
		ensure(name, 'guest_name_invalid');
		return { guestId: await this.links.admitGuest(link, name), boardId: board.id };
	}

	/** Everyone with a role: the team's members (editors unless set otherwise) and people added to this board. */
	async #people(board: BoardSummary): Promise<BoardPerson[]> {
		const explicit = await this.members.list(board.id);
		const team = board.teamId ? await this.teams.members(board.teamId) : [];
		const byId = new Map<string, BoardPerson>();
		for (const member of team) {
			byId.set(member.userId, { ...member, role: accountRole(null, member.role)!, explicit: false });
		}
		for (const member of explicit) byId.set(member.userId, { ...member, explicit: true });
		return [...byId.values()];
	}
}
