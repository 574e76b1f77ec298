import type { Worker } from 'node:worker_threads';

/** What a benchmark worker's next message of `type` carries (a worker that fails rejects it). */
export function nextMessage<R>(worker: Worker, type: string): Promise<R | undefined> {
	return new Promise((resolve, reject) => {
		const onMessage = (message: { type: string; result?: R }) => {
			if (message.type !== type) return;
			worker.off('message', onMessage);
			resolve(message.result);
		};
		worker.on('message', onMessage);
		worker.once('error', reject);
	});
}

/** Asks every worker for its report (with `request`) and collects the results. */
export function reports<R>(workers: Worker[], request: unknown): Promise<R[]> {
	return Promise.all(
		workers.map(async (worker) => {
			const reply = nextMessage<R>(worker, 'result');
			worker.postMessage(request);
			return (await reply)!;
		})
	);
}
