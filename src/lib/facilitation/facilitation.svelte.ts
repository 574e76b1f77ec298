import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { FacilitationCommand } from './facilitation-commands.ts';
import {
	DEFAULT_TIMER,
	facilitationMap,
	readAgenda,
	readTimer,
	type AgendaState,
	type TimerState
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
	/** Milliseconds left, recomputed every tick. */
	remaining = $state(DEFAULT_TIMER.durationMs);
	private offset = 0;
	private readonly map: Y.Map<unknown>;
	private readonly provider: WebsocketProvider;
	private readonly ticker: ReturnType<typeof setInterval>;
	private readonly read = () => {
		this.timer = readTimer(this.map);
		this.agenda = readAgenda(this.map);
		this.tick();
	};

	constructor(doc: Y.Doc, provider: WebsocketProvider) {
		this.map = facilitationMap(doc);
		this.provider = provider;
		this.map.observe(this.read);
		this.read();
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

	destroy(): void {
		clearInterval(this.ticker);
		this.map.unobserve(this.read);
	}

	private tick(): void {
		this.remaining = remainingMs(this.timer, Date.now() + this.offset);
	}
}
