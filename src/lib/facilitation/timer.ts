import { TIMER_MAX_MS, type FacilitationCommand } from './facilitation-commands.ts';
import type { TimerState } from './facilitation-state.ts';

const MINUTE = 60_000;

/** Milliseconds left at server time `now`. */
export function remainingMs(timer: TimerState, now: number): number {
	switch (timer.status) {
		case 'idle':
			return timer.durationMs;
		case 'paused':
			return timer.remainingMs;
		case 'running':
			return Math.max(0, timer.endsAt - now);
	}
}

/** The timer after a facilitator's command at server time `now`. */
export function nextTimer(
	timer: TimerState,
	command: Extract<FacilitationCommand, { kind: 'timer' }>,
	now: number
): TimerState {
	const { durationMs } = timer;
	switch (command.action) {
		case 'set':
			return { status: 'idle', durationMs: command.ms };
		case 'reset':
			return { status: 'idle', durationMs };
		case 'start': {
			if (timer.status === 'running') return timer;
			const left = timer.status === 'paused' ? timer.remainingMs : durationMs;
			return { status: 'running', durationMs, endsAt: now + left };
		}
		case 'pause':
			return timer.status === 'running'
				? { status: 'paused', durationMs, remainingMs: remainingMs(timer, now) }
				: timer;
		case 'add-minute': {
			const left = Math.min(remainingMs(timer, now) + MINUTE, TIMER_MAX_MS);
			if (timer.status === 'running') return { status: 'running', durationMs, endsAt: now + left };
			if (timer.status === 'paused') return { status: 'paused', durationMs, remainingMs: left };
			return { status: 'idle', durationMs: left };
		}
	}
}
