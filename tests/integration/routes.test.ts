import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createBoardOverHttp,
	postForm,
	signUpOverHttp,
	startApp,
	type AppProcess
} from '../support/app-process.ts';
import { removeDir } from '../support/test-server.ts';

const PASSWORD = 'correct horse battery staple';
let app: AppProcess;
let dataDir: string;
let owner: string;
let boardId: string;

const get = (path: string, cookie?: string) =>
	fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

/** Creates a share link as `cookie` (a facilitator) and returns its path. */
async function shareLinkPath(cookie: string, role: 'editor' | 'viewer', guests = false): Promise<string> {
	const response = await postForm(
		app.url,
		`/b/${boardId}/share?/createLink`,
		{ role, expiry: 'never', ...(guests ? { guests: 'on' } : {}) },
		cookie
	);
	const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(await response.text())?.[1];
	if (!token) throw new Error(`no share link: ${response.status}`);
	return `/s/${token}`;
}

/** Opens a share link as `cookie` and clicks "join"; returns where joining redirected. */
async function joinByShareLink(path: string, cookie: string): Promise<string | null> {
	expect((await get(path, cookie)).status).toBe(200);
	return (await postForm(app.url, `${path}?/join`, {}, cookie)).headers.get('location');
}

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'werkbord-routes-'));
	app = await startApp({ dataDir });
	owner = await signUpOverHttp(app.url, 'Owner');
	boardId = await createBoardOverHttp(app.url, owner, 'Routes');
});

afterAll(async () => {
	await app.stop();
	removeDir(dataDir);
});

describe('pages and actions check the role on the server', () => {
	it('sends visitors without a session to the login page and back', async () => {
		for (const path of [`/b/${boardId}`, `/b/${boardId}/share`, '/account', '/t/x']) {
			const response = await get(path);
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
		}
		expect((await get('/')).status).toBe(200);
	});

	it('answers 404 for a board the user cannot see, and 403 for an action their role does not allow', async () => {
		const stranger = await signUpOverHttp(app.url, 'Stranger');
		expect((await get(`/b/${boardId}`, stranger)).status).toBe(404);
		expect((await get(`/b/${boardId}/share`, stranger)).status).toBe(404);
		expect(
			(await postForm(app.url, '/?/rename', { id: boardId, title: 'Overgenomen' }, stranger)).status
		).toBe(404);

		const editor = await signUpOverHttp(app.url, 'Editor');
		expect(await joinByShareLink(await shareLinkPath(owner, 'editor'), editor)).toBe(`/b/${boardId}`);
		expect((await get(`/b/${boardId}`, editor)).status).toBe(200);
		expect((await get(`/b/${boardId}/share`, editor)).status).toBe(403);
		expect((await postForm(app.url, '/?/delete', { id: boardId }, editor)).status).toBe(403);
		expect((await get(`/b/${boardId}`, owner)).status).toBe(200);
	});

	it('gives who-did-what only to the board’s facilitators', async () => {
		const contributions = `/b/${boardId}/contributions`;
		const stranger = await signUpOverHttp(app.url, 'Nieuwsgierig');
		const editor = await signUpOverHttp(app.url, 'Meewerker');
		await joinByShareLink(await shareLinkPath(owner, 'editor'), editor);
		expect((await get(contributions)).status).toBe(404);
		expect((await get(contributions, stranger)).status).toBe(404);
		expect((await get(contributions, editor)).status).toBe(403);
		const answer = await get(contributions, owner);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('cache-control')).toContain('no-store');
		expect(Array.isArray(await answer.json())).toBe(true);
		expect((await get(`${contributions}?since=no-such-snapshot`, owner)).status).toBe(404);
	});

	it('enrols a signed-in visitor only when they click join, never by opening a link', async () => {
		const link = await shareLinkPath(owner, 'editor');
		const visitor = await signUpOverHttp(app.url, 'Visitor');
		const opened = await get(link, visitor);
		expect(opened.status).toBe(200);
		expect(await opened.text()).toContain('data-testid="join-board"');
		expect((await get(`/b/${boardId}`, visitor)).status).toBe(404);
		// A form on another site posting the click is refused by the origin check.
		const crossSite = await postForm(app.url, `${link}?/join`, {}, visitor, 'https://evil.example');
		expect(crossSite.status).toBe(403);
		expect((await get(`/b/${boardId}`, visitor)).status).toBe(404);
		expect(await joinByShareLink(link, visitor)).toBe(`/b/${boardId}`);
		expect((await get(`/b/${boardId}`, visitor)).status).toBe(200);
		// Once in, the link leads straight to the board.
		expect((await get(link, visitor)).headers.get('location')).toBe(`/b/${boardId}`);
	});

	it('keeps a guest to the one board of their link', async () => {
		const joined = await postForm(app.url, `${await shareLinkPath(owner, 'viewer', true)}?/guest`, {
			name: 'Gast Sanne'
		});
		expect(joined.status).toBe(303);
		const guest = joined.headers
			.getSetCookie()
			.find((c) => c.startsWith('werkbord_session='))!
			.split(';')[0]!;
		expect((await get(`/b/${boardId}`, guest)).status).toBe(200);
		const other = await createBoardOverHttp(app.url, owner, 'Ander bord');
		expect((await get(`/b/${other}`, guest)).status).toBe(404);
		expect(await (await get('/', guest)).text()).not.toContain('Ander bord');
	});

	it('refuses a cross-origin form post even with a valid session cookie', async () => {
		const response = await postForm(app.url, '/?/create', { title: 'CSRF' }, owner, 'https://evil.example');
		expect(response.status).toBe(403);
		expect(await (await get('/', owner)).text()).not.toContain('CSRF');
	});
});

describe('teams', () => {
	it('admits a member through an invite link, makes them an editor of team boards, and removes them again', async () => {
		const teamId = /data-team-id="([A-Za-z0-9_-]{22})"/.exec(await (await get('/', owner)).text())![1]!;
		const invited = await postForm(app.url, `/t/${teamId}?/invite`, {}, owner);
		const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(await invited.text())![1]!;

		const member = await signUpOverHttp(app.url, 'Member');
		expect((await get(`/b/${boardId}`, member)).status).toBe(404);
		expect((await get(`/invite/${token}`, member)).status).toBe(200);
		expect((await postForm(app.url, `/invite/${token}`, {}, member)).status).toBe(303);
		expect((await get(`/b/${boardId}`, member)).status).toBe(200);
		// A member is no owner: they cannot invite or remove anyone.
		expect((await postForm(app.url, `/t/${teamId}?/invite`, {}, member)).status).toBe(403);

		const memberId = /name="user" value="([A-Za-z0-9_-]{22})"/.exec(
			await (await get(`/t/${teamId}`, owner)).text()
		)![1]!;
		expect((await postForm(app.url, `/t/${teamId}?/remove`, { user: memberId }, owner)).status).toBe(200);
		expect((await get(`/b/${boardId}`, member)).status).toBe(404);
		expect((await get(`/t/${teamId}`, member)).status).toBe(404);
	});
});

describe('accounts', () => {
	it('names the personal team in the language the visitor signed up in', async () => {
		for (const [locale, team] of [
			['en', 'Sanne’s team'],
			['nl', 'Team van Sanne']
		] as const) {
			const response = await postForm(
				app.url,
				'/signup',
				{ name: 'Sanne', email: `sanne-${locale}-${crypto.randomUUID()}@example.test`, password: PASSWORD },
				`PARAGLIDE_LOCALE=${locale}`
			);
			const session = response.headers
				.getSetCookie()
				.find((c) => c.startsWith('werkbord_session='))!
				.split(';')[0]!;
			// The name is the team's own: it reads the same whatever language the page is in later.
			expect(await (await get('/', `${session}; PARAGLIDE_LOCALE=nl`)).text()).toContain(team);
		}
	});

	it('sets an HttpOnly, SameSite=Lax session cookie (not Secure over plain HTTP)', async () => {
		const response = await postForm(app.url, '/signup', {
			name: 'Cookie',
			email: `cookie-${Date.now()}@example.test`,
			password: PASSWORD
		});
		const cookie = response.headers.getSetCookie().find((c) => c.startsWith('werkbord_session='))!;
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).toMatch(/Path=\//i);
		expect(cookie).not.toMatch(/Secure/i);
	});

	it('gives one answer for an unknown email and a wrong password, and explains weak passwords', async () => {
		const email = `login-${Date.now()}@example.test`;
		await signUpOverHttp(app.url, 'Login', email);
		const wrong = await postForm(app.url, '/login', { email, password: 'not the password' });
		const unknown = await postForm(app.url, '/login', {
			email: `nobody-${Date.now()}@example.test`,
			password: 'not the password'
		});
		expect(wrong.status).toBe(400);
		expect(unknown.status).toBe(400);
		const message = (html: string) => /role="alert">([^<]*)</.exec(html)?.[1];
		expect(message(await wrong.text())).toBe('E-mailadres of wachtwoord klopt niet.');
		expect(message(await unknown.text())).toBe('E-mailadres of wachtwoord klopt niet.');

		const weak = await postForm(app.url, '/signup', {
			name: 'Weak',
			email: `weak-${Date.now()}@example.test`,
			password: 'short'
		});
		expect(weak.status).toBe(400);
		expect(message(await weak.text())).toContain('minstens 10 tekens');
		const taken = await postForm(app.url, '/signup', { name: 'Twice', email, password: PASSWORD });
		expect(message(await taken.text())).toContain('bestaat al');
	});

	it('ends the session on logout and every other session on a password change', async () => {
		const email = `sessions-${Date.now()}@example.test`;
		const first = await signUpOverHttp(app.url, 'Sessions', email);
		const login = await postForm(app.url, '/login', { email, password: PASSWORD });
		const second = login.headers
			.getSetCookie()
			.find((c) => c.startsWith('werkbord_session='))!
			.split(';')[0]!;
		expect((await get('/account', second)).status).toBe(200);

		const changed = await postForm(
			app.url,
			'/account?/password',
			{ current: PASSWORD, next: 'a brand new passphrase' },
			first
		);
		expect(changed.status).toBe(200);
		expect((await get('/account', second)).status).toBe(303);
		expect((await get('/account', first)).status).toBe(303);
		// The browser that changed it got a new session.
		const renewed = changed.headers
			.getSetCookie()
			.find((c) => c.startsWith('werkbord_session='))!
			.split(';')[0]!;
		expect((await get('/account', renewed)).status).toBe(200);

		await postForm(app.url, '/logout', {}, renewed);
		expect((await get('/account', renewed)).status).toBe(303);
	});

	it('sends security headers and a Content-Security-Policy limited to our origin', async () => {
		const response = await get('/login');
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self' 'nonce-/);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('same-origin');
	});
});
