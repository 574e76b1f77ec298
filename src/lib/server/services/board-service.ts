import type { Kysely } from 'kysely';
import { schemaReadability } from '../../board/board-schema.ts';
import { templateById } from '../../templates/index.ts';
import { BoardMemberRepository } from '../access/board-members.ts';
import { accountRole, resolveBoardRole, type BoardRole } from '../access/roles.ts';
import { TeamRepository, type TeamSummary } from '../access/teams.ts';
import type { Principal, UserPrincipal } from '../auth/principal.ts';
import type { BoardEvents } from '../boards/board-events.ts';
import { boardState, parseBoardFile } from '../boards/board-import.ts';
import { BoardRepository, normalizeTitle, type BoardSummary } from '../boards/board-repository.ts';
import { DocumentLog } from '../boards/document-log.ts';
import type { Database } from '../db/schema.ts';
import { requireBoardRole } from './board-roles.ts';
import { ensure } from './failure.ts';

export type VisibleBoard = BoardSummary & { role: BoardRole };

/** A deleted board can be brought back this long; then it is removed for good. */
export const KEEP_DELETED_MS = 30 * 24 * 3_600_000;

/** Boards: what a user sees, creating, renaming and deleting them. */
export class BoardService {
	private readonly db: Kysely<Database>;
	private readonly events: BoardEvents;
	private readonly boards: BoardRepository;
	private readonly teams: TeamRepository;
	private readonly members: BoardMemberRepository;

	constructor(db: Kysely<Database>, events: BoardEvents) {
		this.db = db;
		this.events = events;
		this.boards = new BoardRepository(db);
		this.teams = new TeamRepository(db);
		this.members = new BoardMemberRepository(db);
	}

	/**
	 * The user's teams with their boards, and the boards shared with them from elsewhere, each with
	 * the user's role: an explicit board role wins over the team's default.
	 */
	async overview(user: UserPrincipal): Promise<{
		teams: (TeamSummary & { boards: VisibleBoard[] })[];
		shared: VisibleBoard[];
	}> {
		const teams = await this.teams.listForUser(user.id);
		const teamRoles = new Map(teams.map((team) => [team.id, team.role]));
		const explicit = await this.members.rolesOf(user.id);
		const visible = (await this.boards.listForUser(user.id)).map((board) => ({
			...board,
			role: accountRole(
				explicit.get(board.id) ?? null,
				(board.teamId && teamRoles.get(board.teamId)) || null
			)!
		}));
		return {
			teams: teams.map((team) => ({ ...team, boards: visible.filter((b) => b.teamId === team.id) })),
			shared: visible.filter((b) => !b.teamId || !teamRoles.has(b.teamId))
		};
	}

	/** A board the actor may see, with their role on it. */
	async open(actor: Principal | null, boardId: string): Promise<{ board: BoardSummary; role: BoardRole }> {
		const role = await requireBoardRole(this.db, actor, boardId, 'viewer');
		return { board: (await this.boards.get(boardId))!, role };
	}

	/** A new board in one of the user's teams (their first when none is named), from a template. */
	async create(
		user: UserPrincipal,
		input: { title: string; teamId: string; template: string }
	): Promise<BoardSummary> {
		const title = normalizeTitle(input.title);
		ensure(title, 'board_title_invalid');
		const teamId = input.teamId || (await this.teams.listForUser(user.id))[0]?.id || '';
		ensure(await this.teams.roleOf(teamId, user.id), 'access_denied');
		const template = input.template || 'blank';
		ensure(template === 'blank' || templateById(template), 'invalid_input');
		return this.boards.create(title, teamId, user.id, template);
	}

	/**
	 * A new board in one of the user's teams from an exported board file: the same records (shapes,
	 * cards, ring membership), under the file's title.
	 */
	async importBoard(
		user: UserPrincipal,
		input: { teamId: string; file: string | null }
	): Promise<BoardSummary> {
		const file = input.file === null ? null : parseBoardFile(input.file);
		ensure(file, 'board_file_invalid');
		// A file from a later version would make a board nobody here can open.
		ensure(file.schema === null || schemaReadability(file.schema) === 'readable', 'board_file_newer');
		const title = normalizeTitle(file.title);
		ensure(title, 'board_title_invalid');
		const teamId = input.teamId || (await this.teams.listForUser(user.id))[0]?.id || '';
		ensure(await this.teams.roleOf(teamId, user.id), 'access_denied');
		const template = templateById(file.template) ? file.template : 'blank';
		const board = await this.boards.create(title, teamId, user.id, template);
		await new DocumentLog(this.db).compact(board.id, boardState(file), 0);
		return board;
	}

	async rename(actor: Principal, boardId: string, rawTitle: string): Promise<void> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		const title = normalizeTitle(rawTitle);
		ensure(title, 'board_title_invalid');
		await this.boards.rename(boardId, title);
	}

	/**
	 * Boards deleted in the last 30 days that the user facilitated, to bring back; older deletions
	 * are removed for good first.
	 */
	async recentlyDeleted(
		user: UserPrincipal,
		now = Date.now()
	): Promise<(BoardSummary & { deletedAt: number })[]> {
		await this.boards.purgeDeleted(now - KEEP_DELETED_MS);
		const deleted = await this.boards.listDeletedForUser(user.id, now - KEEP_DELETED_MS);
		const mine = await Promise.all(
			deleted.map(
				async (board) => (await resolveBoardRole(this.db, user, board.id, now, true)) === 'facilitator'
			)
		);
		return deleted.filter((_, i) => mine[i]);
	}

	/** Brings a board deleted in the last 30 days back (its facilitator only). */
	async undelete(actor: Principal, boardId: string): Promise<void> {
		const role = await resolveBoardRole(this.db, actor, boardId, Date.now(), true);
		ensure(role, 'board_not_found');
		ensure(role === 'facilitator', 'access_denied');
		ensure(await this.boards.undelete(boardId), 'board_not_found');
	}

	/** Deletes the board (softly); every open socket on it closes. */
	async remove(actor: Principal, boardId: string): Promise<void> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		await this.boards.softDelete(boardId);
		this.events.emit('deleted', boardId);
	}
}
