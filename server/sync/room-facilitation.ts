import type * as Y from 'yjs';
import { boardRecords, isRecordMap } from '../../src/lib/board/board-doc.ts';
import {
	parseCommand,
	type BallotCommand,
	type FacilitationCommand
} from '../../src/lib/facilitation/facilitation-commands.ts';
import {
	facilitationMap,
	readAgenda,
	readFollow,
	readPing,
	readTimer,
	readVote,
	type VoteState
} from '../../src/lib/facilitation/facilitation-state.ts';
import { nextTimer } from '../../src/lib/facilitation/timer.ts';
import { dotsLeft, isVoteTarget, type ShapeLookup } from '../../src/lib/facilitation/votes.ts';
import type { VoteStore } from '../../src/lib/server/boards/vote-store.ts';
import { CloseCode } from '../../src/lib/sync/endpoint.ts';
import type { Connection } from './connection.ts';
import { encodeBallot } from './protocol.ts';

/** Where ballots are kept (the database; memory in unit tests). */
export type BallotStore = Pick<VoteStore, 'ballot' | 'setDots' | 'tally'>;

/**
 * A room's facilitation: runs commands on the server's clock and writes their result into the
 * board's facilitation map as the server (origin null, which the structure guard lets through).
 * Timer, agenda and vote commands are a facilitator's; a ballot is anyone's on the board, checked
 * against the open vote (its scope, the dots per person and per item) and kept in the ballot
 * store, so hidden counts never reach a browser before the facilitator shows them.
 */
export class RoomFacilitation {
	private readonly boardId: string;
	private readonly doc: Y.Doc;
	private readonly ballots: BallotStore;
	private readonly revealPrivateNotes: () => Promise<void>;
	/** Vote work in arrival order: one voter's quick clicks cannot both take the last dot. */
	private queue: Promise<void> = Promise.resolve();

	constructor(boardId: string, doc: Y.Doc, ballots: BallotStore, revealPrivateNotes: () => Promise<void>) {
		this.boardId = boardId;
		this.doc = doc;
		this.ballots = ballots;
		this.revealPrivateNotes = revealPrivateNotes;
	}

	run(connection: Connection, value: unknown): void {
		const command = parseCommand(value);
		if (!command) {
			connection.close(CloseCode.MalformedMessage, 'invalid facilitation command');
			return;
		}
		if (command.kind === 'ballot') {
			this.serially(connection, () => this.ballot(connection, command));
			return;
		}
		if (connection.access.role !== 'facilitator') {
			connection.droppedUpdates++;
			return;
		}
		if (command.kind === 'vote') this.serially(connection, () => this.vote(command));
		else if (command.kind === 'private-mode') this.serially(connection, () => this.privateMode(command.on));
		else this.write(connection, command);
	}

	/** Tells a (re)joining voter their dots in the open vote. */
	sendBallot(connection: Connection): void {
		this.serially(connection, async () => {
			const vote = this.openVote();
			if (vote)
				connection.send(encodeBallot({ vote: vote.id, mine: await this.mine(vote, connection) }), 'document');
		});
	}

	/** On: participants' new notes stay in their private documents. Off: the reveal, then off. */
	private async privateMode(on: boolean): Promise<void> {
		const state = facilitationMap(this.doc);
		if (!on) await this.revealPrivateNotes();
		this.doc.transact(() => (on ? state.set('private', true) : state.delete('private')), null);
	}

	private write(
		connection: Connection,
		command: Exclude<FacilitationCommand, { kind: 'vote' | 'ballot' | 'private-mode' }>
	): void {
		const state = facilitationMap(this.doc);
		// Who asks is the server's to say, never the command's: the name and id come from the session.
		const { id: userId, name } = connection.access.principal;
		this.doc.transact(() => {
			switch (command.kind) {
				case 'timer':
					state.set('timer', nextTimer(readTimer(state), command, Date.now()));
					return;
				case 'agenda': {
					if (!this.lookup(command.target)) return;
					const { step, total, target } = command;
					state.set('agenda', { step, total, target, seq: (readAgenda(state)?.seq ?? 0) + 1 });
					return;
				}
				case 'follow':
					if (command.action === 'stop') state.delete('follow');
					else state.set('follow', { userId, name, seq: (readFollow(state)?.seq ?? 0) + 1 });
					return;
				case 'ping':
					state.set('ping', { x: command.x, y: command.y, name, seq: (readPing(state)?.seq ?? 0) + 1 });
					return;
				case 'participant-mode':
					state.set('restricted', command.restricted);
			}
		}, null);
	}

	private async vote(command: Extract<FacilitationCommand, { kind: 'vote' }>): Promise<void> {
		const state = facilitationMap(this.doc);
		if (command.action === 'clear') {
			this.doc.transact(() => state.delete('vote'), null);
			return;
		}
		if (command.action === 'open') {
			const { scope, votesPerPerson, maxPerItem, anonymous, live } = command;
			const vote: VoteState = {
				id: crypto.randomUUID(),
				status: 'open',
				scope,
				votesPerPerson,
				maxPerItem,
				anonymous,
				live,
				counts: live ? {} : null,
				voters: live && !anonymous ? {} : null
			};
			this.doc.transact(() => state.set('vote', vote), null);
			return;
		}
		const vote = this.openVote();
		if (vote) await this.publish({ ...vote, status: 'ended' });
	}

	private async ballot(connection: Connection, command: BallotCommand): Promise<void> {
		const vote = this.openVote();
		// A dot for a vote that ended, or on something outside it, changes nothing (the voter's page
		// learns its real dots from the answer).
		if (vote?.id === command.vote && isVoteTarget(vote.scope, command.target, this.lookup)) {
			const mine = await this.mine(vote, connection);
			const next = (mine[command.target] ?? 0) + command.change;
			const fits = command.change < 0 ? next >= 0 : next <= vote.maxPerItem && dotsLeft(vote, mine) > 0;
			if (fits) {
				await this.ballots.setDots(this.boardId, vote.id, voter(connection), command.target, next);
				if (next === 0) delete mine[command.target];
				else mine[command.target] = next;
				if (vote.live) await this.publish(vote);
			}
			connection.send(encodeBallot({ vote: vote.id, mine }), 'document');
			return;
		}
		if (vote)
			connection.send(encodeBallot({ vote: vote.id, mine: await this.mine(vote, connection) }), 'document');
	}

	/** Writes the vote with its counts from the ballots (and who voted, when named). */
	private async publish(vote: VoteState): Promise<void> {
		const { counts, voters } = await this.ballots.tally(this.boardId, vote.id);
		const state = facilitationMap(this.doc);
		// The vote may have been cleared or replaced while the tally ran.
		if (readVote(state)?.id !== vote.id) return;
		this.doc.transact(
			() => state.set('vote', { ...vote, counts, voters: vote.anonymous ? null : voters }),
			null
		);
	}

	private openVote(): VoteState | null {
		const vote = readVote(facilitationMap(this.doc));
		return vote?.status === 'open' ? vote : null;
	}

	private async mine(vote: VoteState, connection: Connection): Promise<Record<string, number>> {
		return this.ballots.ballot(this.boardId, vote.id, connection.principalId);
	}

	private readonly lookup: ShapeLookup = (id) => {
		const record = boardRecords(this.doc).get(id);
		if (!isRecordMap(id, record) || record.get('typeName') !== 'shape') return undefined;
		return { type: String(record.get('type')), parentId: String(record.get('parentId')) };
	};

	private serially(connection: Connection, work: () => Promise<void>): void {
		this.queue = this.queue.then(work).catch((error: unknown) => connection.fail(error));
	}
}

const voter = (connection: Connection) => ({
	id: connection.principalId,
	name: connection.access.principal.name
});
