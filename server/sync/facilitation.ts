import type * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import type { FacilitationCommand } from '../../src/lib/facilitation/facilitation-commands.ts';
import { facilitationMap, readAgenda, readTimer } from '../../src/lib/facilitation/facilitation-state.ts';
import { nextTimer } from '../../src/lib/facilitation/timer.ts';

/**
 * Runs a facilitator's command as the server (origin null, so the structure guard keeps it), at
 * server time `now`: the timer on one clock for everyone, the agenda only to a shape on the board.
 */
export function runFacilitationCommand(doc: Y.Doc, command: FacilitationCommand, now: number): void {
	const state = facilitationMap(doc);
	doc.transact(() => {
		if (command.kind === 'timer') {
			state.set('timer', nextTimer(readTimer(state), command, now));
			return;
		}
		if (boardRecords(doc).get(command.target)?.get('typeName') !== 'shape') return;
		const { step, total, target } = command;
		state.set('agenda', { step, total, target, seq: (readAgenda(state)?.seq ?? 0) + 1 });
	}, null);
}
