import { describe, expect, it } from 'vitest';
import { parseCommand } from './facilitation-commands.ts';
import type { TimerState } from './facilitation-state.ts';
import { nextTimer, remainingMs } from './timer.ts';

const T0 = 1_000_000;

describe('the workshop timer', () => {
	it('runs, pauses, gets a minute more and resets on the server’s clock', () => {
		let timer: TimerState = nextTimer(
			{ status: 'idle', durationMs: 1 },
			{ kind: 'timer', action: 'set', ms: 180_000 },
			T0
		);
		expect(remainingMs(timer, T0 + 999_999)).toBe(180_000);
		timer = nextTimer(timer, { kind: 'timer', action: 'start' }, T0);
		expect(remainingMs(timer, T0 + 30_000)).toBe(150_000);
		timer = nextTimer(timer, { kind: 'timer', action: 'pause' }, T0 + 30_000);
		expect(remainingMs(timer, T0 + 90_000)).toBe(150_000);
		timer = nextTimer(timer, { kind: 'timer', action: 'add-minute' }, T0 + 90_000);
		expect(remainingMs(timer, T0 + 90_000)).toBe(210_000);
		timer = nextTimer(timer, { kind: 'timer', action: 'start' }, T0 + 100_000);
		expect(remainingMs(timer, T0 + 100_000 + 210_000 + 5_000)).toBe(0);
		timer = nextTimer(timer, { kind: 'timer', action: 'reset' }, T0 + 400_000);
		expect(timer).toEqual({ status: 'idle', durationMs: 180_000 });
	});

	it('does not restart a running timer when start is pressed again', () => {
		const running: TimerState = { status: 'running', durationMs: 60_000, endsAt: T0 + 10_000 };
		expect(nextTimer(running, { kind: 'timer', action: 'start' }, T0 + 5_000)).toBe(running);
	});
});

describe('a facilitation command from a browser (allow-list)', () => {
	it.each([
		{ kind: 'timer', action: 'set', ms: 60_000 },
		{ kind: 'timer', action: 'start' },
		{ kind: 'agenda', step: 2, total: 4, target: 'shape:template-post-strategy' },
		{ kind: 'follow', action: 'start' },
		{ kind: 'ping', x: -120.5, y: 3000 },
		{ kind: 'participant-mode', restricted: true },
		{ kind: 'ballot', vote: 'a1b2c3d4-e5f6', target: 'shape:note', change: -1 }
	])('accepts %j', (command) => {
		expect(parseCommand(command)).toEqual(command);
	});

	it.each([
		null,
		[],
		'start',
		{ kind: 'timer', action: 'set', ms: 0 },
		{ kind: 'timer', action: 'set', ms: 1.5e9 },
		{ kind: 'timer', action: 'set', ms: '60000' },
		{ kind: 'timer', action: 'start', ms: 5 },
		{ kind: 'timer', action: 'explode' },
		{ kind: 'agenda', step: 4, total: 4, target: 'shape:a' },
		{ kind: 'agenda', step: 0, total: 4, target: 'page:page' },
		{ kind: 'agenda', step: 0, total: 4, target: 'shape:a', extra: true },
		{ kind: 'vote' },
		{ kind: '__proto__' },
		{ kind: 'follow', action: 'start', userId: 'someone-else' },
		{ kind: 'ping', x: Infinity, y: 0 },
		{ kind: 'ping', x: 0, y: 0, name: 'Facilitator' },
		{ kind: 'participant-mode', restricted: 'yes' },
		{ kind: 'ballot', vote: 'a1b2c3d4', target: 'shape:note', change: 2 },
		{
			kind: 'vote',
			action: 'open',
			scope: { kind: 'board' },
			votesPerPerson: 3,
			maxPerItem: 4,
			anonymous: true,
			live: false
		},
		{
			kind: 'vote',
			action: 'open',
			scope: { kind: 'shapes', shapes: [] },
			votesPerPerson: 3,
			maxPerItem: 1,
			anonymous: true,
			live: false
		}
	])('refuses %j', (command) => {
		expect(parseCommand(command)).toBeNull();
	});
});
