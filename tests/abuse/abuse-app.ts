import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import {
	createBoardOverHttp,
	postForm,
	signUpOverHttp,
	startApp,
	type AppProcess
} from '../support/app-process.ts';
import { rssMiB } from '../support/process-stats.ts';
import { removeDir } from '../support/test-server.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';

/**
 * The built app as production runs it, with an account, a board under attack and a bystander's
 * board on the side: every abuse test checks that the process is still up and that the bystander
 * still edits live.
 */
export interface AbuseApp {
	app: AppProcess;
	owner: string;
	boardId: string;
	bystander: { cookie: string; boardId: string };
	wsUrl: string;
	stop(): Promise<void>;
}

export async function startAbuseApp(): Promise<AbuseApp> {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-abuse-'));
	const app = await startApp({ dataDir });
	const owner = await signUpOverHttp(app.url, 'Owner');
	const boardId = await createBoardOverHttp(app.url, owner, 'Under attack');
	const bystanderCookie = await signUpOverHttp(app.url, 'Bystander');
	const bystanderBoard = await createBoardOverHttp(app.url, bystanderCookie, 'Elsewhere');
	return {
		app,
		owner,
		boardId,
		bystander: { cookie: bystanderCookie, boardId: bystanderBoard },
		wsUrl: `ws://127.0.0.1:${app.port}/sync`,
		async stop() {
			await app.stop();
			removeDir(dataDir);
		}
	};
}

/** The process answers /healthz, and two tabs on the bystander's board see each other's edit. */
export async function expectStillServing(target: AbuseApp): Promise<void> {
	const health = await fetch(`${target.app.url}/healthz`);
	expect(health.status).toBe(200);
	const { cookie, boardId } = target.bystander;
	const a = connectProvider(target.wsUrl, boardId, cookie);
	const b = connectProvider(target.wsUrl, boardId, cookie);
	try {
		await Promise.all([whenSynced(a), whenSynced(b)]);
		const key = `still-${Math.random()}`;
		a.doc.getMap('records').set(key, 'here');
		await waitFor(() => b.doc.getMap('records').get(key) === 'here', 'an edit on the bystander board');
	} finally {
		a.destroy();
		b.destroy();
	}
}

export const serverRss = (target: AbuseApp) => rssMiB(target.app.child.pid!);

/** Signs up `name` and brings them onto the board through an editor share link; returns their cookie. */
export async function joinAsEditor(target: AbuseApp, name: string): Promise<string> {
	const cookie = await signUpOverHttp(target.app.url, name);
	const created = await postForm(
		target.app.url,
		`/b/${target.boardId}/share?/createLink`,
		{ role: 'editor', expiry: 'never' },
		target.owner
	);
	const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(await created.text())?.[1];
	const joined = await postForm(target.app.url, `/s/${token}?/join`, {}, cookie);
	if (joined.status !== 303) throw new Error(`joining failed: ${joined.status}`);
	return cookie;
}
