import type * as Y from 'yjs';
import { isPlainObject } from '../plain-object.ts';
import type { VoteRules, VoteScope } from './facilitation-commands.ts';

/**
 * The workshop's shared state, in the board's Y.Doc under its own root map. Only the server writes
 * it (from facilitators' commands, facilitation-commands.ts); a change any client makes there is
 * undone by the server (server/sync/structure-guard.ts). Times are the server's clock.
 */
const FACILITATION_KEY = 'facilitation';

export function facilitationMap(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap(FACILITATION_KEY);
}

export type TimerState =
	| { status: 'idle'; durationMs: number }
	| { status: 'running'; durationMs: number; endsAt: number }
	| { status: 'paused'; durationMs: number; remainingMs: number };

/** The agenda's current step: which of `total` steps, and the shape (frame or ring) it shows. */
export interface AgendaState {
	step: number;
	total: number;
	target: string;
	/** Counts every "go to step", so going to the same step again moves everyone again. */
	seq: number;
}

/**
 * A dot vote as everyone sees it. Counts (and, when named, who voted) are there only while `live`
 * or once ended: the ballots themselves stay on the server.
 */
export interface VoteState extends VoteRules {
	id: string;
	status: 'open' | 'ended';
	scope: VoteScope;
	counts: Record<string, number> | null;
	voters: Record<string, string[]> | null;
}

/** The vote as the server wrote it (only the server writes this map, so its shape is trusted). */
export function readVote(map: Y.Map<unknown>): VoteState | null {
	const value = map.get('vote');
	return isPlainObject(value) && typeof value.id === 'string' ? (value as unknown as VoteState) : null;
}

/** "Follow me": whose view the participants follow (the facilitator who asked), counted per request. */
export interface FollowState {
	userId: string;
	name: string;
	seq: number;
}

/** "Look here": a point on the page, and who pointed at it. */
export interface PingState {
	x: number;
	y: number;
	name: string;
	seq: number;
}

export function readFollow(map: Y.Map<unknown>): FollowState | null {
	const value = map.get('follow');
	return isPlainObject(value) && typeof value.userId === 'string' ? (value as unknown as FollowState) : null;
}

export function readPing(map: Y.Map<unknown>): PingState | null {
	const value = map.get('ping');
	return isPlainObject(value) && typeof value.x === 'number' ? (value as unknown as PingState) : null;
}

/** Participant mode: the template picker, page menu and style panel are hidden from participants. */
export const readRestricted = (map: Y.Map<unknown>) => map.get('restricted') === true;

/** A private brainstorm is on: participants' new notes stay theirs until the reveal. */
export const readPrivateMode = (map: Y.Map<unknown>) => map.get('private') === true;

export const DEFAULT_TIMER: TimerState = { status: 'idle', durationMs: 5 * 60_000 };

/** The timer as stored, or the default when there is none (or what is there is not a timer). */
export function readTimer(map: Y.Map<unknown>): TimerState {
	const value = map.get('timer');
	return isTimer(value) ? value : DEFAULT_TIMER;
}

export function readAgenda(map: Y.Map<unknown>): AgendaState | null {
	const value = map.get('agenda');
	if (!isPlainObject(value)) return null;
	const { step, total, target, seq } = value;
	return typeof step === 'number' &&
		typeof total === 'number' &&
		typeof target === 'string' &&
		typeof seq === 'number'
		? { step, total, target, seq }
		: null;
}

function isTimer(value: unknown): value is TimerState {
	if (!isPlainObject(value) || typeof value.durationMs !== 'number') return false;
	if (value.status === 'idle') return true;
	if (value.status === 'running') return typeof value.endsAt === 'number';
	return value.status === 'paused' && typeof value.remainingMs === 'number';
}
