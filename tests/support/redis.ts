import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from './app-process.ts';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether something answers PING at `url` within two seconds. */
function pings(url: string): Promise<boolean> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve) => {
		const socket = createConnection({ host: hostname, port: Number(port || 6379) });
		const done = (ok: boolean) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(2_000, () => done(false));
		socket.once('error', () => done(false));
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
	});
}

/**
 * Whether the Redis tests can run. Without a reachable server they skip with one line, unless
 * WERKBORD_REQUIRE_SERVICES=1 (set by CI), where a missing server fails the run instead.
 */
export async function redisAvailable(): Promise<boolean> {
	if (await pings(REDIS_URL)) return true;
	const reason = `Redis not reachable at ${REDIS_URL}`;
	if (process.env.WERKBORD_REQUIRE_SERVICES === '1') throw new Error(`${reason}; CI requires it`);
	console.warn(`skipping Redis tests: ${reason}`);
	return false;
}

/**
 * A Redis server of the test's own (`redis-server` on a free port, keeping nothing on disk), which
 * a test may stop and start again: the shared one on 6379 is not the test's to restart.
 */
export async function ownRedis() {
	const port = await freePort();
	const url = `redis://127.0.0.1:${port}`;
	let child: ChildProcess | null = null;
	const server = {
		url,
		async start() {
			child = spawn(
				'redis-server',
				['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
				{
					stdio: 'ignore'
				}
			);
			let failed: Error | null = null;
			child.once('error', (error) => (failed = error));
			const deadline = Date.now() + 5_000;
			while (!(await pings(url))) {
				if (failed)
					throw new Error(`redis-server could not start (is it installed?): ${(failed as Error).message}`);
				if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		async stop() {
			const running = child;
			child = null;
			if (!running || running.exitCode !== null) return;
			const exited = new Promise((resolve) => running.once('exit', resolve));
			running.kill('SIGKILL');
			await exited;
		}
	};
	await server.start();
	return server;
}
