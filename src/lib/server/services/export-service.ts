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
import { contributionCsv, contributionTable, type Contributor } from '../boards/contribution-table.ts';
import { ContributionStore } from '../boards/contributions.ts';
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
 * Exports of a board for facilitators and editors (viewers: 403, strangers: 404 — as the page):
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

	/** Who contributed what to the board (facilitators only). */
	async contributions(actor: Principal | null, boardId: string): Promise<Contributor[]> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		return contributorsOf(this.db, this.log, boardId);
	}

	async export(
		actor: Principal | null,
		boardId: string,
		format: ExportFormat,
		locale: TemplateLocale,
		snapshotId: string | null = null
	): Promise<ExportFile> {
		// Who did what is for the facilitator (a teacher), the rest for everyone who edits.
		await requireBoardRole(this.db, actor, boardId, format === 'csv' ? 'facilitator' : 'editor');
		const board = (await this.boards.get(boardId))!;
		if (format === 'csv') {
			const header = CSV_HEADER[locale];
			const body = contributionCsv(await contributorsOf(this.db, this.log, boardId), header);
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
}

/** Who did what on the board, with the frames their shapes are in now. */
async function contributorsOf(
	db: Kysely<Database>,
	log: DocumentLog,
	boardId: string
): Promise<Contributor[]> {
	const rows = await new ContributionStore(db).list(boardId);
	const { records } = await loadBoardRecords(log, boardId);
	const byId = new Map(records.map((r) => [r.id as string, r]));
	const frameOf = (id: string): string | null => {
		for (let current = byId.get(id), depth = 0; current && depth < 50; depth++) {
			if (current.type === 'frame' && current.id !== id) {
				const name = (current.props as { name?: unknown } | undefined)?.name;
				return typeof name === 'string' ? name : null;
			}
			current = byId.get(String(current.parentId));
		}
		return null;
	};
	return contributionTable(rows, frameOf);
}
