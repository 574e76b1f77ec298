import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, signUpOverHttp } from '../support/app-process.ts';
import { expectStillServing, startAbuseApp, type AbuseApp } from './abuse-app.ts';

let target: AbuseApp;
let teamId: string;
let shareToken: string;

beforeAll(async () => {
	target = await startAbuseApp();
	const home = await (await get('/', target.owner)).text();
	teamId = /\/t\/([A-Za-z0-9_-]{22})/.exec(home)![1]!;
	const created = await postForm(
		target.app.url,
		`/b/${target.boardId}/share?/createLink`,
		{ role: 'editor', expiry: 'week', guests: 'on' },
		target.owner
	);
	shareToken = /\/s\/([A-Za-z0-9_-]{43})/.exec(await created.text())![1]!;
});
afterAll(() => target.stop());

const get = (path: string, cookie?: string) =>
	fetch(`${target.app.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

/**
 * Every form action with the fields it reads. Joining as a guest replaces the browser's session,
 * so it runs in a browser of its own (`own`).
 */
function actions(): { path: string; fields: string[]; own?: true }[] {
	const board = `/b/${target.boardId}/share`;
	return [
		{ path: '/?/create', fields: ['title', 'team', 'template'] },
		{ path: '/?/rename', fields: ['id', 'title'] },
		{ path: '/?/delete', fields: ['id'] },
		{ path: '/?/createTeam', fields: ['name'] },
		{ path: '/?/import', fields: ['file', 'team'] },
		{ path: '/?/undelete', fields: ['id'] },
		{ path: `/b/${target.boardId}?/saveSnapshot`, fields: ['title'] },
		{ path: `/b/${target.boardId}?/restoreSnapshot`, fields: ['snapshot'] },
		{ path: `/b/${target.boardId}/history/not-a-snapshot?/restore`, fields: [] },
		{ path: `${board}?/setViewersExport`, fields: ['allowed'] },
		{ path: '/login', fields: ['email', 'password'] },
		{ path: '/signup', fields: ['name', 'email', 'password'] },
		{ path: '/account?/password', fields: ['current', 'next'] },
		{ path: '/account?/delete', fields: ['password'] },
		{ path: `/t/${teamId}?/rename`, fields: ['name'] },
		{ path: `/t/${teamId}?/invite`, fields: [] },
		{ path: `/t/${teamId}?/revokeInvite`, fields: ['invite'] },
		{ path: `/t/${teamId}?/remove`, fields: ['user'] },
		{ path: `/t/${teamId}?/leave`, fields: [] },
		{ path: '/invite/not-a-token', fields: [] },
		{ path: `${board}?/createLink`, fields: ['role', 'expiry', 'guests'] },
		{ path: `${board}?/revokeLink`, fields: ['link'] },
		{ path: `${board}?/setRole`, fields: ['user', 'role'] },
		{ path: `${board}?/removeRole`, fields: ['user'] },
		{ path: `/s/${shareToken}?/guest`, fields: ['name'], own: true },
		{ path: `/s/${shareToken}?/join`, fields: [] }
	];
}

const NASTY_VALUES = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'',
	' ',
	'\u0000',
	'\u202Eevil',
	'x'.repeat(100_000),
	'[object Object]',
	'-1',
	'1e309',
	'NaN'
];

/** Bodies that put nasty values, keys and types into an action's fields. */
function bodies(fields: string[]): { type: string; body: BodyInit }[] {
	const names = fields.length > 0 ? fields : ['x'];
	const urlencoded = (pairs: [string, string][]): { type: string; body: BodyInit } => ({
		type: 'application/x-www-form-urlencoded',
		body: new URLSearchParams(pairs).toString()
	});
	const variants = NASTY_VALUES.map((value) => urlencoded(names.map((name) => [name, value])));
	variants.push(urlencoded(names.flatMap((name) => [[name, 'a'] as [string, string], [name, 'b']])));
	variants.push(
		urlencoded([
			['__proto__', 'x'],
			['constructor[prototype][polluted]', '1'],
			['__proto__[polluted]', '1'],
			...names.map((name) => [name, '1'] as [string, string])
		])
	);
	const multipart = new FormData();
	for (const name of names) multipart.append(name, new Blob(['file contents']), 'upload.txt');
	variants.push({ type: '', body: multipart });
	const boundary = 'werkbordabuse';
	variants.push({
		type: `multipart/form-data; boundary=${boundary}`,
		body: `--${boundary}\r\nContent-Disposition: form-data; name="${names[0]}"\r\n\r\nunterminated`
	});
	variants.push({ type: 'multipart/form-data', body: 'no boundary at all' });
	variants.push({ type: 'multipart/form-data; boundary=x', body: '--x\r\n\r\n--x--' });
	return variants;
}

/**
 * Posts a body; resolves with the status, or 0 when the server answered before reading a large
 * body (a refusal before the form is read) and the upload was cut off.
 */
async function post(path: string, cookie: string, type: string, body: BodyInit): Promise<number> {
	try {
		const response = await fetch(`${target.app.url}${path}`, {
			method: 'POST',
			headers: {
				origin: target.app.url,
				accept: 'text/html',
				cookie,
				...(type ? { 'content-type': type } : {})
			},
			body,
			redirect: 'manual'
		});
		await response.arrayBuffer();
		return response.status;
	} catch (error) {
		if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNRESET') return 0;
		throw error;
	}
}

describe('form fields from an attacker', () => {
	it('answers prototype keys, wrong types, files and broken bodies on every action below 500', async () => {
		const failures: string[] = [];
		let sent = 0;
		for (const { path, fields, own } of actions()) {
			for (const { type, body } of bodies(fields)) {
				const cookie = own ? await signUpOverHttp(target.app.url, 'Visitor') : target.owner;
				const status = await post(path, cookie, type, body);
				sent++;
				if (status >= 500) failures.push(`${status} ${path} ${type} ${String(body).slice(0, 60)}`);
			}
		}
		expect(sent).toBeGreaterThan(300);
		expect(failures).toEqual([]);
		// Nothing the attempts stored breaks a page: the owner still manages the board, team and account.
		for (const page of [
			'/',
			`/b/${target.boardId}`,
			`/b/${target.boardId}/share`,
			`/t/${teamId}`,
			'/account'
		]) {
			expect((await get(page, target.owner)).status, page).toBe(200);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		await expectStillServing(target);
	});

	it('refuses a share link whose expiry is not one of the choices, and stores nothing', async () => {
		const before = await (await get(`/b/${target.boardId}/share`, target.owner)).text();
		const count = (html: string) => (html.match(/action="\?\/revokeLink"/g) ?? []).length;
		for (const expiry of ['__proto__', 'constructor', 'toString', 'year', '']) {
			const response = await postForm(
				target.app.url,
				`/b/${target.boardId}/share?/createLink`,
				{ role: 'editor', expiry },
				target.owner
			);
			expect(response.status, expiry).toBe(400);
		}
		for (const role of ['facilitator', '__proto__', 'owner']) {
			const response = await postForm(
				target.app.url,
				`/b/${target.boardId}/share?/createLink`,
				{ role, expiry: 'never' },
				target.owner
			);
			expect(response.status, role).toBe(400);
		}
		const after = await get(`/b/${target.boardId}/share`, target.owner);
		expect(after.status).toBe(200);
		expect(count(await after.text())).toBe(count(before));
	});

	it('logs out on any body, without a 500', async () => {
		const cookie = await signUpOverHttp(target.app.url, 'Leaving');
		const status = await post('/logout', cookie, 'multipart/form-data; boundary=x', 'garbage');
		expect(status).toBeGreaterThanOrEqual(200);
		expect(status).toBeLessThan(500);
	});
});
