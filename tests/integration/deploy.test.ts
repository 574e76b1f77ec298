/**
 * deploy/ without Docker: the real Caddyfile (Debian's Caddy) in front of two Werkbord processes
 * with the environment compose.yaml gives them, on PostgreSQL and Redis — the compose services'
 * names replaced by loopback ports. What the images add (Node 24, `npm ci`, the build) is what
 * `npm start` and the other tests run already.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import {
	createBoardOverHttp,
	freePort,
	signUpOverHttp,
	startApp,
	type AppProcess
} from '../support/app-process.ts';
import { CADDY, findTool } from '../support/debian-tools.ts';
import { createTestSchema, postgresAvailable } from '../support/postgres.ts';
import { REDIS_URL, redisAvailable } from '../support/redis.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';
import { removeDir } from '../support/test-server.ts';

const DEPLOY = new URL('../../deploy/', import.meta.url);
const caddy = findTool(CADDY);
if (!caddy) {
	const reason = `Caddy is missing (deploy/Caddyfile is tested with it: apt-get install -y caddy)`;
	if (process.env.WERKBORD_REQUIRE_SERVICES === '1') throw new Error(`${reason}; CI requires it`);
	console.warn(`${reason}: the deployment tests skip`);
}
const ready = caddy !== null && (await postgresAvailable()) && (await redisAvailable());

/**
 * The app's environment in compose.yaml (the `x-werkbord` block), `${VAR:-default}` taken at its
 * default: read from the file, so that what is tested is what is deployed.
 */
function composeEnvironment(): Record<string, string> {
	const compose = readFileSync(new URL('compose.yaml', DEPLOY), 'utf8');
	const block = /^x-werkbord:[\s\S]*?^ {2}environment:\n([\s\S]*?)^ {2}\S/m.exec(compose)?.[1];
	if (!block) throw new Error('compose.yaml has no environment for the app');
	const environment: Record<string, string> = {};
	for (const [, name, raw] of block.matchAll(/^ {4}([A-Z_]+): (.+)$/gm)) {
		const value = raw!.trim().replace(/^'(.*)'$/, '$1');
		environment[name!] = value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
	}
	return environment;
}

/** deploy/Caddyfile, listening on `port` and sending to `upstreams` instead of the compose services. */
function caddyfile(port: number, upstreams: number[]): string {
	const original = readFileSync(new URL('Caddyfile', DEPLOY), 'utf8');
	const services = /werkbord-1:3000 werkbord-2:3000/;
	if (!original.includes(':8080 {') || !services.test(original))
		throw new Error('deploy/Caddyfile changed: update this test');
	const adapted = original
		.replace(':8080 {', `:${port} {`)
		.replace(services, upstreams.map((upstream) => `127.0.0.1:${upstream}`).join(' '));
	// No admin endpoint: it would take the fixed port 2019.
	return `{\n\tadmin off\n}\n${adapted}`;
}

describe.skipIf(!ready)('deploy/: Caddy in front of two instances', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-deploy-'));
	let schema: Awaited<ReturnType<typeof createTestSchema>>;
	let proxy: ChildProcess;
	let proxyUrl: string;
	const instances: AppProcess[] = [];
	const clients: WebsocketProvider[] = [];

	beforeAll(async () => {
		schema = await createTestSchema();
		const proxyPort = await freePort();
		proxyUrl = `http://127.0.0.1:${proxyPort}`;
		const env = { ...composeEnvironment(), DATABASE_URL: schema.url, REDIS_URL, ORIGIN: proxyUrl };
		for (let i = 0; i < 2; i++) instances.push(await startApp({ dataDir, env }));
		const config = join(dataDir, 'Caddyfile');
		writeFileSync(
			config,
			caddyfile(
				proxyPort,
				instances.map((app) => app.port)
			)
		);
		proxy = spawn(caddy!, ['run', '--config', config, '--adapter', 'caddyfile'], {
			env: { ...process.env, XDG_DATA_HOME: dataDir, XDG_CONFIG_HOME: dataDir },
			stdio: 'ignore'
		});
		const answers = async () => (await fetch(`${proxyUrl}/healthz`).catch(() => null))?.ok === true;
		await waitFor(answers, 'Caddy to start', 10_000);
	}, 60_000);

	afterEach(() => {
		for (const client of clients.splice(0)) client.destroy();
	});

	afterAll(async () => {
		proxy?.kill();
		await Promise.all(instances.map((app) => app.stop('SIGKILL')));
		await schema?.drop();
		removeDir(dataDir);
	});

	const client = (boardId: string, cookie: string) => {
		const provider = connectProvider(`${proxyUrl.replace('http', 'ws')}/sync`, boardId, cookie);
		clients.push(provider);
		return provider;
	};
	const connectionsOf = async (app: AppProcess) =>
		((await (await fetch(`${app.url}/healthz`)).json()) as { connections: number }).connections;

	it('serves pages, forms and board sockets through the proxy, spread over both instances', async () => {
		const cookie = await signUpOverHttp(proxyUrl, 'Proxy');
		const boardId = await createBoardOverHttp(proxyUrl, cookie, 'Achter Caddy');
		expect((await fetch(`${proxyUrl}/b/${boardId}`, { headers: { cookie } })).status).toBe(200);

		const people = Array.from({ length: 4 }, () => client(boardId, cookie));
		await Promise.all(people.map(whenSynced));
		expect(await connectionsOf(instances[0]!)).toBeGreaterThan(0);
		expect(await connectionsOf(instances[1]!)).toBeGreaterThan(0);

		people.forEach((person, i) => person.doc.getMap('records').set(`note ${i}`, i));
		for (const person of people)
			await waitFor(() => person.doc.getMap('records').size === 4, 'every edit on every instance');
	});

	it('does not let a visitor choose the address the login throttle counts (X-Forwarded-For)', async () => {
		const email = `throttle-${crypto.randomUUID()}@example.test`;
		await signUpOverHttp(proxyUrl, 'Throttle', email);
		// Each attempt claims another address; 50 failures from one address are allowed.
		const attempt = (i: number) =>
			fetch(`${proxyUrl}/login`, {
				method: 'POST',
				headers: {
					origin: proxyUrl,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					'x-forwarded-for': `203.0.113.${i % 250}`
				},
				body: new URLSearchParams({ email: `nobody-${i}@example.test`, password: 'wrong password!' }),
				redirect: 'manual'
			});
		const statuses: number[] = [];
		for (let i = 0; i < 52; i++) statuses.push((await attempt(i)).status);
		expect(statuses.slice(0, 50).every((status) => status === 400)).toBe(true);
		expect(statuses.at(-1)).toBe(429);
	}, 60_000);

	it('sends nobody to an instance that died: requests keep working, its sockets come back on the other', async () => {
		const cookie = await signUpOverHttp(proxyUrl, 'Overlever');
		const boardId = await createBoardOverHttp(proxyUrl, cookie, 'Eén valt om');
		const people = Array.from({ length: 4 }, () => client(boardId, cookie));
		await Promise.all(people.map(whenSynced));
		people[0]!.doc.getMap('records').set('before', 1);
		for (const person of people)
			await waitFor(() => person.doc.getMap('records').has('before'), 'the first edit');

		await instances[0]!.stop('SIGKILL');
		const answers: number[] = [];
		for (let i = 0; i < 10; i++)
			answers.push((await fetch(`${proxyUrl}/b/${boardId}`, { headers: { cookie } })).status);
		expect(answers).toEqual(Array(10).fill(200));

		for (const person of people)
			await waitFor(() => person.wsconnected, 'reconnected through the proxy', 15_000);
		people[3]!.doc.getMap('records').set('after', 2);
		for (const person of people)
			await waitFor(() => person.doc.getMap('records').has('after'), 'an edit after the failover', 15_000);
		// Everyone, and only them (the earlier tests' sockets are closed), is now on the other instance.
		await waitFor(
			async () => (await connectionsOf(instances[1]!)) === people.length,
			'the surviving instance to hold exactly their sockets'
		);
	}, 60_000);
});
