import { isPlainObject } from '../plain-object.ts';

/** Which items a dot vote is about: the whole board, the shapes in one frame, or chosen shapes. */
export type VoteScope =
	{ kind: 'board' } | { kind: 'frame'; frame: string } | { kind: 'shapes'; shapes: string[] };

export interface VoteRules {
	votesPerPerson: number;
	/** 1: one dot per item; more: several of one's dots may go on one item. */
	maxPerItem: number;
	/** Named: everyone sees who voted for what once counts show. */
	anonymous: boolean;
	/** Counts show while the vote is open, not only at its end. */
	live: boolean;
}

/**
 * What a browser asks the server to do; every field is checked before use. Timer, agenda and vote
 * commands are a facilitator's; a ballot (a dot put on or taken off an item) is anyone's.
 */
export type FacilitationCommand =
	| { kind: 'timer'; action: 'set'; ms: number }
	| { kind: 'timer'; action: 'start' | 'pause' | 'add-minute' | 'reset' }
	| { kind: 'agenda'; step: number; total: number; target: string }
	| ({ kind: 'vote'; action: 'open'; scope: VoteScope } & VoteRules)
	| { kind: 'vote'; action: 'end' | 'clear' }
	| { kind: 'ballot'; vote: string; target: string; change: 1 | -1 }
	| { kind: 'follow'; action: 'start' | 'stop' }
	| { kind: 'ping'; x: number; y: number }
	| { kind: 'participant-mode'; restricted: boolean }
	/** Off reveals: everyone's private notes go into the board. */
	| { kind: 'private-mode'; on: boolean };

export type BallotCommand = Extract<FacilitationCommand, { kind: 'ballot' }>;

export const TIMER_MIN_MS = 1_000;
export const TIMER_MAX_MS = 4 * 60 * 60_000;
const MAX_STEPS = 200;
const MAX_VOTES = 20;
const MAX_VOTE_SHAPES = 500;
const VOTE_ID = /^[\w-]{8,40}$/;
// A tldraw shape id: `shape:` and a URL-safe key.
const SHAPE_ID = /^shape:[\w-]{1,80}$/;

// Page coordinates further out than this are no place anyone works.
const MAX_COORDINATE = 1e7;

const isCoordinate = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;

const isWhole = (value: unknown, min: number, max: number): value is number =>
	Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** The command in `value`, or null when it is not one exactly as allowed (nothing else passes). */
export function parseCommand(value: unknown): FacilitationCommand | null {
	if (!isPlainObject(value)) return null;
	const keys = Object.keys(value).sort().join(',');
	if (value.kind === 'timer') {
		if (value.action === 'set')
			return keys === 'action,kind,ms' && isWhole(value.ms, TIMER_MIN_MS, TIMER_MAX_MS)
				? { kind: 'timer', action: 'set', ms: value.ms }
				: null;
		if (
			keys === 'action,kind' &&
			(value.action === 'start' ||
				value.action === 'pause' ||
				value.action === 'add-minute' ||
				value.action === 'reset')
		)
			return { kind: 'timer', action: value.action };
		return null;
	}
	if (value.kind === 'vote') return parseVote(value, keys);
	if (value.kind === 'follow')
		return keys === 'action,kind' && (value.action === 'start' || value.action === 'stop')
			? { kind: 'follow', action: value.action }
			: null;
	if (value.kind === 'ping')
		return keys === 'kind,x,y' && isCoordinate(value.x) && isCoordinate(value.y)
			? { kind: 'ping', x: value.x, y: value.y }
			: null;
	if (value.kind === 'private-mode')
		return keys === 'kind,on' && typeof value.on === 'boolean'
			? { kind: 'private-mode', on: value.on }
			: null;
	if (value.kind === 'participant-mode')
		return keys === 'kind,restricted' && typeof value.restricted === 'boolean'
			? { kind: 'participant-mode', restricted: value.restricted }
			: null;
	if (value.kind === 'ballot') {
		const { vote, target, change } = value;
		return keys === 'change,kind,target,vote' &&
			typeof vote === 'string' &&
			VOTE_ID.test(vote) &&
			isShapeId(target) &&
			(change === 1 || change === -1)
			? { kind: 'ballot', vote, target, change }
			: null;
	}
	if (value.kind === 'agenda') {
		const { step, total, target } = value;
		return keys === 'kind,step,target,total' &&
			isWhole(total, 1, MAX_STEPS) &&
			isWhole(step, 0, (total as number) - 1) &&
			isShapeId(target)
			? { kind: 'agenda', step, total, target }
			: null;
	}
	return null;
}

const isShapeId = (value: unknown): value is string => typeof value === 'string' && SHAPE_ID.test(value);

function parseVote(value: Record<string, unknown>, keys: string): FacilitationCommand | null {
	if (value.action === 'end' || value.action === 'clear')
		return keys === 'action,kind' ? { kind: 'vote', action: value.action } : null;
	if (value.action !== 'open' || keys !== 'action,anonymous,kind,live,maxPerItem,scope,votesPerPerson')
		return null;
	const { votesPerPerson, maxPerItem, anonymous, live } = value;
	const scope = parseScope(value.scope);
	if (
		!scope ||
		!isWhole(votesPerPerson, 1, MAX_VOTES) ||
		!isWhole(maxPerItem, 1, votesPerPerson) ||
		typeof anonymous !== 'boolean' ||
		typeof live !== 'boolean'
	)
		return null;
	return { kind: 'vote', action: 'open', scope, votesPerPerson, maxPerItem, anonymous, live };
}

function parseScope(value: unknown): VoteScope | null {
	if (!isPlainObject(value)) return null;
	const keys = Object.keys(value).sort().join(',');
	if (value.kind === 'board' && keys === 'kind') return { kind: 'board' };
	if (value.kind === 'frame' && keys === 'frame,kind' && isShapeId(value.frame))
		return { kind: 'frame', frame: value.frame };
	if (
		value.kind === 'shapes' &&
		keys === 'kind,shapes' &&
		Array.isArray(value.shapes) &&
		value.shapes.length > 0 &&
		value.shapes.length <= MAX_VOTE_SHAPES &&
		value.shapes.every(isShapeId)
	)
		return { kind: 'shapes', shapes: [...new Set(value.shapes as string[])] };
	return null;
}
