import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBoardOverHttp, freePort, signUpOverHttp } from '../support/app-process.ts';
import { removeDir } from '../support/test-server.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-dev-'));
let vite: ChildProcess | undefined;

afterAll(() => {
	vite?.kill('SIGKILL');
	removeDir(dataDir);
});

describe('npm run dev', () => {
	it('serves the same sync endpoint from the Vite dev server', async () => {
		const port = await freePort();
		vite = spawn(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort'],
			{
				cwd: ROOT,
				env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1' },
				stdio: 'ignore'
			}
		);
		const url = `http://localhost:${port}`;
		await waitFor(() => vite?.exitCode === null, 'vite to run');
		const deadline = Date.now() + 60_000;
		for (;;) {
			try {
				if ((await fetch(url)).ok) break;
			} catch {
				// still starting
			}
			if (Date.now() > deadline) throw new Error('vite dev did not answer within 60 s');
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		const cookie = await signUpOverHttp(url);
		const boardId = await createBoardOverHttp(url, cookie, 'Dev board');
		const a = connectProvider(`ws://localhost:${port}/sync`, boardId, cookie);
		const b = connectProvider(`ws://localhost:${port}/sync`, boardId, cookie);
		try {
			await Promise.all([whenSynced(a), whenSynced(b)]);
			a.doc.getMap('records').set('from-dev', 'werkt');
			await waitFor(() => b.doc.getMap('records').get('from-dev') === 'werkt', 'the edit to reach b');
		} finally {
			a.destroy();
			b.destroy();
		}
		// Saved as in production: a tab opened after both left still gets it.
		const later = connectProvider(`ws://localhost:${port}/sync`, boardId, cookie);
		try {
			await whenSynced(later);
			expect(later.doc.getMap('records').get('from-dev')).toBe('werkt');
		} finally {
			later.destroy();
		}
	}, 90_000);
});
