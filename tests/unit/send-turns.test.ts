import { describe, expect, it } from 'vitest';
import { SendTurns, type Outgoing } from '../../server/sync/send-turns.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connection that logs what happens to it: holds, writes, releases. */
function recorder() {
	const log: string[] = [];
	return { log, connection: { hold: () => log.push('hold'), release: () => log.push('release') } };
}

/** Traffic that is due `everyMs` after its last send once something is queued. */
function part(name: string, everyMs: number, log: string[]) {
	let queued = false;
	let lastAt = -Infinity;
	const outgoing: Outgoing & { queue(): void } = {
		queue: () => (queued = true),
		dueAt: () => (queued ? lastAt + everyMs : null),
		send: (now) => {
			lastAt = now;
			queued = false;
			log.push(name);
		}
	};
	return outgoing;
}

describe('send turns', () => {
	it('sends traffic queued after a quiet spell at once, inside one hold per connection', () => {
		const { log, connection } = recorder();
		const document = part('document', 50, log);
		const turns = new SendTurns(() => [connection], [document], 25);
		document.queue();
		turns.schedule();
		expect(log).toEqual(['hold', 'document', 'release']);
	});

	it('writes kinds that are due together in one turn, and pulls one due within the slack into it', async () => {
		const { log, connection } = recorder();
		const document = part('document', 200, log);
		const cursors = part('cursors', 400, log);
		const turns = new SendTurns(() => [connection], [document, cursors], 100);
		document.queue();
		cursors.queue();
		turns.schedule();
		expect(log).toEqual(['hold', 'document', 'cursors', 'release']);
		log.length = 0;

		// At 200 ms the document is due; the cursors (due at 400 ms) are further off than the slack.
		document.queue();
		cursors.queue();
		turns.schedule();
		await sleep(300);
		expect(log).toEqual(['hold', 'document', 'release']);
		log.length = 0;
		// At 400 ms both are due again and go out in the same turn.
		document.queue();
		turns.schedule();
		await sleep(200);
		expect(log).toEqual(['hold', 'document', 'cursors', 'release']);
		turns.stop();
	});

	it('moves its timer forward when something is due sooner, and sends nothing after stop', async () => {
		const { log, connection } = recorder();
		const slow = part('slow', 150, log);
		const fast = part('fast', 30, log);
		const turns = new SendTurns(() => [connection], [slow, fast], 5);
		slow.queue();
		fast.queue();
		turns.schedule();
		log.length = 0;
		slow.queue();
		turns.schedule();
		fast.queue();
		turns.schedule();
		await sleep(80);
		expect(log).toEqual(['hold', 'fast', 'release']);
		log.length = 0;
		turns.stop();
		await sleep(150);
		expect(log).toEqual([]);
	});

	it('after a long turn (a room of thousands of sockets), waits as long as it took before the next', async () => {
		const log: string[] = [];
		// Writing to every socket takes 60 ms here.
		const slowSockets = {
			hold: () => {},
			release: () => {
				const until = performance.now() + 60;
				while (performance.now() < until);
			}
		};
		const document = part('document', 10, log);
		const turns = new SendTurns(() => [slowSockets], [document], 5);
		document.queue();
		turns.schedule();
		const firstEnded = performance.now();
		document.queue();
		turns.schedule();
		// Due 10 ms after the first turn began, which is long past: held until 60 ms after it ended.
		await sleep(30);
		expect(log).toEqual(['document']);
		await sleep(firstEnded + 100 - performance.now());
		expect(log).toEqual(['document', 'document']);
		turns.stop();
	});
});
