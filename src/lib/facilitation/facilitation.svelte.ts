import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { BALLOT_MESSAGE } from '../sync/endpoint.ts';
import type * as Y from 'yjs';
import type { FacilitationCommand } from './facilitation-commands.ts';
import {
	DEFAULT_TIMER,
	facilitationMap,
	readAgenda,
	readFollow,
	readPing,
	readPrivateMode,
	readRestricted,
	readTimer,
	readVote,
	type AgendaState,
	type FollowState,
	type PingState,
	type TimerState,
	type VoteState
} from './facilitation-state.ts';
import { sendCommand } from './send-command.ts';
import { measureServerOffset } from './server-clock.ts';
import { remainingMs } from './timer.ts';

const TICK_MS = 200;

/**
 * The workshop state of one open board, as this browser sees it: the timer's time left on the
 * server's clock and the agenda step, live from the board's facilitation map. Facilitators change
 * it through `send`; the server checks their role and writes the result for everyone.
 */
export class Facilitation {
	timer = $state<TimerState>(DEFAULT_TIMER);
	agenda = $state<AgendaState | null>(null);
	vote = $state<VoteState | null>(null);
	follow = $state<FollowState | null>(null);
	ping = $state<PingState | null>(null);
	restricted = $state(false);
	privateMode = $state(false);
	/** This voter's dots in the open vote, as the server last said (it may say so before the vote arrives). */
	private ballot = $state<{ vote: string; mine: Record<string, number> } | null>(null);
	myDots = $derived(this.vote && this.ballot?.vote === this.vote.id ? this.ballot.mine : {});
	/** Milliseconds left, recomputed every tick. */
	remaining = $state(DEFAULT_TIMER.durationMs);
	private offset = 0;
	private readonly map: Y.Map<unknown>;
	private readonly provider: WebsocketProvider;
	private readonly ticker: ReturnType<typeof setInterval>;
	private readonly read = () => {
		this.timer = readTimer(this.map);
		this.agenda = readAgenda(this.map);
		this.vote = readVote(this.map);
		this.follow = readFollow(this.map);
		this.ping = readPing(this.map);
		this.restricted = readRestricted(this.map);
		this.privateMode = readPrivateMode(this.map);
		this.tick();
	};

	constructor(doc: Y.Doc, provider: WebsocketProvider) {
		this.map = facilitationMap(doc);
		this.provider = provider;
		this.map.observe(this.read);
		this.read();
		// The server answers each dot (and a rejoin) with this voter's dots: only they get them.
		provider.messageHandlers[BALLOT_MESSAGE] = (_encoder, decoder) => {
			const ballot = JSON.parse(decoding.readVarString(decoder)) as {
				vote: string;
				mine: Record<string, number>;
			};
			if (ballot.vote === this.vote?.id) this.myDots = ballot.mine;
		};
		this.ticker = setInterval(() => this.tick(), TICK_MS);
		void measureServerOffset().then((offset) => {
			this.offset = offset;
			this.tick();
		});
	}

	/** Asks the server to run a facilitator's command; false while disconnected. */
	send(command: FacilitationCommand): boolean {
		return sendCommand(this.provider, command);
	}

	/** Puts one of this voter's dots on an item, or takes one off (the server checks and answers). */
	dot(target: string, change: 1 | -1): void {
		if (this.vote) this.send({ kind: 'ballot', vote: this.vote.id, target, change });
	}

	destroy(): void {
		clearInterval(this.ticker);
		this.map.unobserve(this.read);
	}

	private tick(): void {
		this.remaining = remainingMs(this.timer, Date.now() + this.offset);
	}
}
