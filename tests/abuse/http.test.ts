import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, signUpOverHttp } from '../support/app-process.ts';
import { rawGet, rawHttp, rawUpgrade } from '../support/raw-http.ts';
import { expectStillServing, startAbuseApp, type AbuseApp } from './abuse-app.ts';
import { MALFORMED_SEGMENTS } from './malformed-urls.ts';

let target: AbuseApp;

beforeAll(async () => {
	target = await startAbuseApp();
});
afterAll(() => target.stop());

/** Every page and endpoint, with `{x}` where the attacker's segment goes (`{BOARD}`: a real board). */
const ROUTES = [
	'/{x}',
	'/b/{x}',
	'/b/{x}/share',
	'/t/{x}',
	'/s/{x}',
	'/invite/{x}',
	'/login?redirectTo={x}',
	'/signup?redirectTo=/{x}',
	'/account?{x}',
	'/healthz?{x}',
	'/time?{x}',
	'/b/{x}/export.json',
	'/b/{x}/export.{x}',
	'/b/{BOARD}/export.md?lang={x}&snapshot={x}',
	'/b/{BOARD}/export.csv?snapshot={x}',
	'/b/{BOARD}?since={x}',
	'/b/{x}/contributions',
	'/b/{BOARD}/contributions?since={x}',
	'/b/{x}/history/{x}',
	'/b/{BOARD}/history/{x}'
];

const get = (path: string, cookie?: string) =>
	fetch(`${target.app.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

describe('malformed requests', () => {
	it('has at least 50 shapes of malformed URL', () => {
		expect(MALFORMED_SEGMENTS.length).toBeGreaterThanOrEqual(50);
	});

	it('answers every malformed URL on every route with a status below 500, signed in or not', async () => {
		const failures: string[] = [];
		for (const cookie of [undefined, target.owner]) {
			for (const route of ROUTES) {
				for (const segment of MALFORMED_SEGMENTS) {
					const path = route.replaceAll('{x}', segment).replace('{BOARD}', target.boardId);
					const status = await rawHttp(target.app.port, rawGet(path, cookie ? { Cookie: cookie } : {}));
					if (status < 200 || status >= 500) failures.push(`${status} ${path.slice(0, 80)}`);
				}
			}
		}
		expect(failures).toEqual([]);
		await expectStillServing(target);
	});

	it('refuses every malformed sync upgrade without ending the process', async () => {
		const failures: string[] = [];
		const headerSets: Record<string, string>[] = [{}, { Cookie: target.owner, Origin: target.app.url }];
		for (const headers of headerSets) {
			for (const segment of MALFORMED_SEGMENTS) {
				for (const path of [`/sync/${segment}`, `/sync/${target.boardId}/${segment}`]) {
					const status = await rawHttp(target.app.port, rawUpgrade(path, headers));
					if (status === 101 || status < 400 || status >= 500) failures.push(`${status} ${path}`);
				}
			}
		}
		expect(failures).toEqual([]);
		await expectStillServing(target);
	});

	it('answers odd headers with a status below 500', async () => {
		const headerSets: Record<string, string>[] = [
			{ Cookie: 'werkbord_session=' + 'x'.repeat(4_000) },
			{ Cookie: 'werkbord_session=%E0%A4%A' },
			{ Cookie: 'werkbord_session=a.b.c.d' },
			{ Cookie: '=;=;werkbord_session' },
			{ Host: 'evil.example' },
			{ Host: '' },
			{ Host: '[::1' },
			{ Origin: 'null' },
			{ 'Accept-Language': 'x'.repeat(3_000) },
			{ Accept: 'text/html;q=x' },
			{ 'X-Forwarded-For': '%E0%A4%A' },
			{ 'X-Forwarded-Proto': 'gopher' },
			{ 'Content-Length': '-1' },
			{ 'Transfer-Encoding': 'chunked, identity' }
		];
		for (const headers of headerSets) {
			for (const path of ['/', `/b/${target.boardId}`, '/login']) {
				const status = await rawHttp(target.app.port, rawGet(path, headers));
				expect(status, `${path} ${JSON.stringify(headers).slice(0, 60)}`).toBeGreaterThanOrEqual(200);
				expect(status, `${path} ${JSON.stringify(headers).slice(0, 60)}`).toBeLessThan(500);
			}
			const upgrade = await rawHttp(target.app.port, rawUpgrade(`/sync/${target.boardId}`, headers));
			expect(upgrade).toBeGreaterThanOrEqual(400);
			expect(upgrade).toBeLessThan(500);
		}
		await expectStillServing(target);
	});
});

describe('where login sends you', () => {
	it.each(['/%09/evil.example/', '/%0a/evil.example/', '/%0d%0a/evil.example/', '/%5Cevil.example'])(
		'sends redirectTo=%s home after signing in, and shows the form without error',
		async (redirectTo) => {
			expect((await get(`/login?redirectTo=${redirectTo}`)).status).toBe(200);
			expect((await get(`/signup?redirectTo=${redirectTo}`)).status).toBe(200);
			const email = `redirect-${crypto.randomUUID()}@example.test`;
			const signedUp = await postForm(target.app.url, `/signup?redirectTo=${redirectTo}`, {
				name: 'Redirected',
				email,
				password: 'correct horse battery staple'
			});
			expect(signedUp.status).toBe(303);
			expect(signedUp.headers.get('location')).toBe('/');
			const loggedIn = await postForm(target.app.url, `/login?redirectTo=${redirectTo}`, {
				email,
				password: 'correct horse battery staple'
			});
			expect(loggedIn.status).toBe(303);
			expect(loggedIn.headers.get('location')).toBe('/');
		}
	);

	it('keeps a local path', async () => {
		const cookie = await signUpOverHttp(target.app.url, 'Local');
		expect(
			(await get(`/login?redirectTo=${encodeURIComponent(`/b/${target.boardId}`)}`, cookie)).headers.get(
				'location'
			)
		).toBe(`/b/${target.boardId}`);
	});
});

describe('login bursts', () => {
	it('checks no more than ten of thirty wrong passwords sent at once', async () => {
		const email = `burst-${crypto.randomUUID()}@example.test`;
		await postForm(target.app.url, '/signup', {
			name: 'Burst',
			email,
			password: 'correct horse battery staple'
		});
		const statuses = await Promise.all(
			Array.from({ length: 30 }, () =>
				postForm(target.app.url, '/login', { email, password: 'wrong password!' }).then((r) => r.status)
			)
		);
		expect(statuses.filter((s) => s === 400)).toHaveLength(10);
		expect(statuses.filter((s) => s === 429)).toHaveLength(20);
	});
});
