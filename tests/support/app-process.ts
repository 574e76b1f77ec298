import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export interface AppProcess {
	url: string;
	port: number;
	child: ChildProcess;
	/** Stops the process with `signal` and waits for it to exit. */
	stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the production server (`server/index.ts` on the built app) as a child process, exactly as
 * `npm start` does, and waits until it answers /healthz. With `profileDir`, the process writes a
 * CPU profile there when it stops (its clock is the one Chromium's traces use).
 */
export async function startApp(options: {
	dataDir: string;
	port?: number;
	env?: NodeJS.ProcessEnv;
	profileDir?: string;
}) {
	if (!existsSync(`${ROOT}build/handler.js`))
		throw new Error('the app is not built: run `npm run build` first');
	const port = options.port ?? (await freePort());
	const child = spawn(process.execPath, ['server/index.ts'], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: options.dataDir,
			...(options.profileDir && { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${options.profileDir}` }),
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	// SHOW_APP_OUTPUT=1 shows what the server logs while a test runs.
	if (process.env.SHOW_APP_OUTPUT) {
		child.stdout?.pipe(process.stderr);
		child.stderr?.pipe(process.stderr);
	}
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited during start:\n${output}`);
		try {
			if ((await fetch(`${url}/healthz`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not start within 20 s:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		url,
		port,
		child,
		async stop(signal: NodeJS.Signals = 'SIGTERM') {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			await exited;
		}
	} satisfies AppProcess;
}

/** Posts a form as a browser without JavaScript would (same-origin unless told, following no redirect). */
export function postForm(
	url: string,
	path: string,
	fields: Record<string, string>,
	cookie?: string,
	origin = url
) {
	return fetch(`${url}${path}`, {
		method: 'POST',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields),
		redirect: 'manual'
	});
}

/** Signs up through the app's own form and returns the session cookie (`name=value`). */
export async function signUpOverHttp(
	url: string,
	name = 'Anouk',
	email = `${name.toLowerCase()}-${crypto.randomUUID()}@example.test`
): Promise<string> {
	const response = await postForm(url, '/signup', { name, email, password: 'correct horse battery staple' });
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('werkbord_session='));
	if (response.status !== 303 || !cookie) throw new Error(`signing up failed: ${response.status}`);
	return cookie.split(';')[0]!;
}

/** Creates a board in the user's own team through the app's form action; returns its id. */
export async function createBoardOverHttp(url: string, cookie: string, title: string): Promise<string> {
	const response = await postForm(url, '/?/create', { title }, cookie);
	const location = response.headers.get('location') ?? '';
	const id = /\/b\/([A-Za-z0-9_-]{22})$/.exec(location)?.[1];
	if (response.status !== 303 || !id)
		throw new Error(`creating a board failed: ${response.status} ${location}`);
	return id;
}
