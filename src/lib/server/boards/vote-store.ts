import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface Tally {
	/** Dots per item. */
	counts: Record<string, number>;
	/** Who put dots on each item (a name once per voter). */
	voters: Record<string, string[]>;
}

/** The ballots of dot votes: each voter's dots per item, on the server only. */
export class VoteStore {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	/** One voter's dots in a vote, per item. */
	async ballot(boardId: string, voteId: string, voterId: string): Promise<Record<string, number>> {
		const rows = await this.db
			.selectFrom('board_votes')
			.select(['target', 'count'])
			.where('board_id', '=', boardId)
			.where('vote_id', '=', voteId)
			.where('voter_id', '=', voterId)
			.execute();
		return Object.fromEntries(rows.map((row) => [row.target, Number(row.count)]));
	}

	/** Sets a voter's dots on an item (0 removes the row). */
	async setDots(
		boardId: string,
		voteId: string,
		voter: { id: string; name: string },
		target: string,
		count: number
	): Promise<void> {
		const key = { board_id: boardId, vote_id: voteId, voter_id: voter.id, target };
		if (count === 0) {
			await this.db
				.deleteFrom('board_votes')
				.where('board_id', '=', boardId)
				.where('vote_id', '=', voteId)
				.where('voter_id', '=', voter.id)
				.where('target', '=', target)
				.execute();
			return;
		}
		const now = Date.now();
		await this.db
			.insertInto('board_votes')
			.values({ ...key, voter_name: voter.name, count, updated_at: now })
			.onConflict((oc) =>
				oc.columns(['board_id', 'vote_id', 'voter_id', 'target']).doUpdateSet({ count, updated_at: now })
			)
			.execute();
	}

	async tally(boardId: string, voteId: string): Promise<Tally> {
		const rows = await this.db
			.selectFrom('board_votes')
			.select(['target', 'count', 'voter_name'])
			.where('board_id', '=', boardId)
			.where('vote_id', '=', voteId)
			.orderBy('voter_name')
			.execute();
		const tally: Tally = { counts: {}, voters: {} };
		for (const row of rows) {
			tally.counts[row.target] = (tally.counts[row.target] ?? 0) + Number(row.count);
			(tally.voters[row.target] ??= []).push(row.voter_name);
		}
		return tally;
	}
}
