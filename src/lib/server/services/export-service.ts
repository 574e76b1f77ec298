import type { Kysely } from 'kysely';
import type { TemplateLocale } from '../../i18n/localized.ts';
import { exportName } from '../../export-name.ts';
import type { ExportFormat } from '../../plan/export-formats.ts';
import { planDocx } from '../../plan/plan-docx.ts';
import { planMarkdown } from '../../plan/plan-markdown.ts';
import { planFromRecords, type StoredRecord } from '../../plan/plan-model.ts';
import type { Principal } from '../auth/principal.ts';
import { BoardHistory } from '../boards/board-history.ts';
import { loadBoardRecords, stateRecords } from '../boards/board-records.ts';
import { BoardRepository } from '../boards/board-repository.ts';
import { DocumentLog } from '../boards/document-log.ts';
import type { Database } from '../db/schema.ts';
import {
	contributionCsv,
	contributionsSince,
	contributionTable,
	type Contributor
} from '../boards/contribution-table.ts';
import { ContributionStore } from '../boards/contributions.ts';
import { saveContributions } from '../boards/live-boards.ts';
import { requireBoardRole } from './board-roles.ts';
import { ensure } from './failure.ts';

const CSV_HEADER: Record<TemplateLocale, string[]> = {
	nl: ['Deelnemer', 'Vormen gemaakt', 'Vormen gewijzigd', 'Velden gewijzigd', 'Frames'],
	en: ['Participant', 'Shapes made', 'Shapes changed', 'Fields changed', 'Frames']
};

export interface ExportFile {
	body: Uint8Array<ArrayBuffer> | string;
	type: string;
	filename: string;
}

/**
 * Exports of a board for facilitators and editors, and viewers when allowed (otherwise 403;
 * strangers: 404 — as the page):
 * the board as JSON (its records), and the social media plan built from it as Markdown or DOCX;
 * of the board now, or of one of its snapshots.
 */
export class ExportService {
	private readonly db: Kysely<Database>;
	private readonly boards: BoardRepository;
	private readonly log: DocumentLog;
	private readonly history: BoardHistory;

	constructor(db: Kysely<Database>) {
		this.db = db;
		this.boards = new BoardRepository(db);
		this.log = new DocumentLog(db);
		this.history = new BoardHistory(db);
	}

	/** Who contributed what to the board (facilitators only): all along, or since a snapshot. */
	async contributions(
		actor: Principal | null,
		boardId: string,
		sinceSnapshot: string | null = null
	): Promise<Contributor[]> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		return this.#contributorsOf(boardId, sinceSnapshot);
	}

	async export(
		actor: Principal | null,
		boardId: string,
		format: ExportFormat,
		locale: TemplateLocale,
		snapshotId: string | null = null
	): Promise<ExportFile> {
		// Who did what is for the facilitator (a teacher), the rest for everyone who edits, and for
		// viewers when the facilitator lets them.
		const role = await requireBoardRole(this.db, actor, boardId, format === 'csv' ? 'facilitator' : 'viewer');
		const board = (await this.boards.get(boardId))!;
		ensure(role !== 'viewer' || board.viewersExport, 'access_denied');
		if (format === 'csv') {
			const header = CSV_HEADER[locale];
			// For who did what, ?snapshot= means "since that snapshot".
			const body = contributionCsv(await this.#contributorsOf(boardId, snapshotId), header);
			return { body, type: 'text/csv; charset=utf-8', filename: exportName(board.title, 'csv') };
		}
		const snapshot = snapshotId === null ? null : await this.history.data(boardId, snapshotId);
		if (snapshotId !== null) ensure(snapshot, 'board_not_found');
		const stored = snapshot ? stateRecords(snapshot) : await loadBoardRecords(this.log, boardId);
		const records = stored.records as StoredRecord[];
		if (format === 'json') {
			// The file "Import board" on the home page reads (board-import.ts).
			const file = {
				werkbord: 1,
				title: board.title,
				template: board.template,
				records,
				schema: stored.schema
			};
			const body = JSON.stringify(file, null, 1);
			return { body, type: 'application/json', filename: exportName(board.title, 'json') };
		}
		const plan = planFromRecords(board.title, records, locale);
		if (format === 'md')
			return {
				body: planMarkdown(plan),
				type: 'text/markdown; charset=utf-8',
				filename: exportName(board.title, 'md')
			};
		return {
			body: await planDocx(plan),
			type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			filename: exportName(board.title, 'docx')
		};
	}

	/** Who did what on the board (since a snapshot), with the frames their shapes are in now. */
	async #contributorsOf(boardId: string, sinceSnapshot: string | null): Promise<Contributor[]> {
		await saveContributions(boardId);
		const now = await new ContributionStore(this.db).list(boardId);
		const then = sinceSnapshot === null ? [] : await this.history.contributionsAt(boardId, sinceSnapshot);
		ensure(then, 'board_not_found');
		const { records } = await loadBoardRecords(this.log, boardId);
		return contributionTable(contributionsSince(now, then), frameFinder(records));
	}
}

/** The name of the frame a record is in now (null: none, or the record is gone). */
function frameFinder(records: Record<string, unknown>[]): (id: string) => string | null {
	const byId = new Map(records.map((r) => [r.id as string, r]));
	return (id) => {
		for (let current = byId.get(id), depth = 0; current && depth < 50; depth++) {
			if (current.type === 'frame' && current.id !== id) {
				const name = (current.props as { name?: unknown } | undefined)?.name;
				return typeof name === 'string' ? name : null;
			}
			current = byId.get(String(current.parentId));
		}
		return null;
	};
}
