import { isPlainObject } from '../plain-object.ts';

/** What a facilitator's browser asks the server to do; every field is checked before use. */
export type FacilitationCommand =
	| { kind: 'timer'; action: 'set'; ms: number }
	| { kind: 'timer'; action: 'start' | 'pause' | 'add-minute' | 'reset' }
	| { kind: 'agenda'; step: number; total: number; target: string };

export const TIMER_MIN_MS = 1_000;
export const TIMER_MAX_MS = 4 * 60 * 60_000;
const MAX_STEPS = 200;
// A tldraw shape id: `shape:` and a URL-safe key.
const SHAPE_ID = /^shape:[\w-]{1,80}$/;

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
	if (value.kind === 'agenda') {
		const { step, total, target } = value;
		return keys === 'kind,step,target,total' &&
			isWhole(total, 1, MAX_STEPS) &&
			isWhole(step, 0, (total as number) - 1) &&
			typeof target === 'string' &&
			SHAPE_ID.test(target)
			? { kind: 'agenda', step, total, target }
			: null;
	}
	return null;
}
