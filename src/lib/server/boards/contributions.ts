import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** One author's work on one shape, added to what is stored. */
export interface ContributionDelta {
	authorId: string;
	authorName: string;
	recordId: string;
	created: boolean;
	changes: number;
	fieldChanges: number;
}

/** One author's work on one shape as stored. */
export type ContributionRow = ContributionDelta;

/** Who did what on a board's shapes (table board_contributions), added to as edits are saved. */
export class ContributionStore {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	async add(boardId: string, deltas: ContributionDelta[]): Promise<void> {
		if (deltas.length === 0) return;
		const now = Date.now();
		await this.db.transaction().execute(async (trx) => {
			for (const d of deltas) {
				await trx
					.insertInto('board_contributions')
					.values({
						board_id: boardId,
						author_id: d.authorId,
						author_name: d.authorName,
						record_id: d.recordId,
						created: d.created ? 1 : 0,
						changes: d.changes,
						field_changes: d.fieldChanges,
						updated_at: now
					})
					.onConflict((oc) =>
						oc.columns(['board_id', 'author_id', 'record_id']).doUpdateSet({
							author_name: d.authorName,
							created: sql`case when board_contributions.created = 1 or ${d.created ? 1 : 0} = 1 then 1 else 0 end`,
							changes: sql`board_contributions.changes + ${d.changes}`,
							field_changes: sql`board_contributions.field_changes + ${d.fieldChanges}`,
							updated_at: now
						})
					)
					.execute();
			}
		});
	}

	async list(boardId: string): Promise<ContributionRow[]> {
		const rows = await this.db
			.selectFrom('board_contributions')
			.select(['author_id', 'author_name', 'record_id', 'created', 'changes', 'field_changes'])
			.where('board_id', '=', boardId)
			.execute();
		return rows.map((row) => ({
			authorId: row.author_id,
			authorName: row.author_name,
			recordId: row.record_id,
			created: Number(row.created) === 1,
			changes: Number(row.changes),
			fieldChanges: Number(row.field_changes)
		}));
	}
}
