import {
	test as base,
	expect,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebsocketProvider } from 'y-websocket';
import { postForm, signUpOverHttp, startApp, type AppProcess } from '../support/app-process.ts';
import { connectProvider, whenSynced } from '../support/stock-client.ts';

/** Fails the test when a page asks anything of a host other than the app's own. */
function watchForeignRequests(context: BrowserContext, appOrigin: string, foreign: string[]): void {
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== appOrigin) foreign.push(url);
	});
}

/** Fails the test when the Content-Security-Policy blocks anything the app does. */
function watchCspViolations(page: Page, violations: string[]): void {
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
}

interface Account {
	cookie: string;
	baseURL: string;
}
const accounts = new WeakMap<Page, Account>();

/** Signs up an account over HTTP and puts its session cookie into the browser context. */
async function signIn(context: BrowserContext, baseURL: string, name: string): Promise<string> {
	const cookie = await signUpOverHttp(baseURL, name);
	const [cookieName, value] = cookie.split('=') as [string, string];
	await context.addCookies([{ name: cookieName, value, url: baseURL }]);
	return cookie;
}

interface Fixtures {
	foreignRequests: string[];
	cspViolations: string[];
	/** Opens another browser (its own context: cookies, storage, IndexedDB) signed in as a new account. */
	participant: (name: string, device?: BrowserContextOptions) => Promise<Page>;
	/** Opens another browser that is not signed in (`device`: a phone's screen and touch, say). */
	stranger: (device?: BrowserContextOptions) => Promise<Page>;
	/** Anouk creates a board titled `title` (from `template`) and shares it with Bram as editor; both canvases are ready. */
	twoOnOneBoard: (title: string, template?: string) => Promise<{ anouk: Page; bram: Page; boardId: string }>;
}

export const test = base.extend<Fixtures>({
	foreignRequests: [
		async ({ context, baseURL }, use) => {
			const foreign: string[] = [];
			watchForeignRequests(context, new URL(baseURL!).origin, foreign);
			await use(foreign);
			expect(foreign, 'requests to other hosts').toEqual([]);
		},
		{ auto: true }
	],
	cspViolations: [
		// Playwright reads a fixture's dependencies from this destructuring: none here.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const violations: string[] = [];
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	],
	// The default page is signed in as Anouk.
	page: async ({ page, context, baseURL, cspViolations }, use) => {
		watchCspViolations(page, cspViolations);
		accounts.set(page, { cookie: await signIn(context, baseURL!, 'Anouk'), baseURL: baseURL! });
		await use(page);
	},
	stranger: async ({ browser, baseURL, foreignRequests, cspViolations }, use) => {
		const contexts: BrowserContext[] = [];
		await use(async (device = {}) => {
			const context = await browser.newContext({ ...device, baseURL });
			watchForeignRequests(context, new URL(baseURL!).origin, foreignRequests);
			contexts.push(context);
			const page = await context.newPage();
			watchCspViolations(page, cspViolations);
			return page;
		});
		for (const context of contexts) await context.close();
	},
	participant: async ({ stranger, baseURL }, use) => {
		await use(async (name, device) => {
			const page = await stranger(device);
			accounts.set(page, { cookie: await signIn(page.context(), baseURL!, name), baseURL: baseURL! });
			return page;
		});
	},
	twoOnOneBoard: async ({ participant }, use) => {
		await use(async (title, template) => {
			const anouk = await participant('Anouk');
			const boardId = await createBoard(anouk, title, template);
			await waitForCanvas(anouk);
			const bram = await participant('Bram');
			await bram.goto(await shareLink(anouk, boardId, 'editor'));
			await bram.getByTestId('join-board').click();
			await expect(bram).toHaveURL(new RegExp(`/b/${boardId}$`));
			await waitForCanvas(bram);
			return { anouk, bram, boardId };
		});
	}
});

/** A new share link of the board, made by the facilitator signed in on `page` through the share page's form action. */
export async function shareLink(
	page: Page,
	boardId: string,
	role: 'editor' | 'viewer',
	options: { guests?: boolean } = {}
): Promise<string> {
	const { cookie, baseURL } = accounts.get(page)!;
	const response = await fetch(`${baseURL}/b/${boardId}/share?/createLink`, {
		method: 'POST',
		headers: {
			origin: baseURL,
			cookie,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ role, expiry: 'never', ...(options.guests ? { guests: 'on' } : {}) })
	});
	const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(await response.text())?.[1];
	if (!response.ok || !token) throw new Error(`creating a share link failed: ${response.status}`);
	return `${baseURL}/s/${token}`;
}

/**
 * People who sign up, join the board through the share link `link`, and open it in `tabs` stock
 * y-websocket clients each, announcing a colour as the board page does. The clients go into
 * `into` as they are made (the caller destroys them, also when this fails half-way), and are synced
 * when it resolves.
 */
export async function joinAsStockClients(
	baseURL: string,
	boardId: string,
	link: string,
	names: string[],
	into: WebsocketProvider[],
	tabs = 1
): Promise<void> {
	const token = link.split('/s/')[1]!;
	for (const name of names) {
		const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${crypto.randomUUID()}@example.test`;
		const cookie = await signUpOverHttp(baseURL, name, email);
		await postForm(baseURL, `/s/${token}?/join`, {}, cookie);
		for (let tab = 0; tab < tabs; tab++) {
			const provider = connectProvider(`${baseURL.replace(/^http/, 'ws')}/sync`, boardId, cookie);
			provider.awareness.setLocalStateField('user', { color: '#1971c2' });
			into.push(provider);
		}
	}
	await Promise.all(into.map(whenSynced));
}

/** The session cookie of the account signed in on `page`, for raw clients acting as that account. */
export function sessionCookie(page: Page): string {
	return accounts.get(page)!.cookie;
}

/** Creates a board (from a template, if given) through the home page form and returns its id. */
export async function createBoard(page: Page, title: string, template?: string): Promise<string> {
	await page.goto('/');
	await page.getByTestId('new-board-title').fill(title);
	if (template) await page.getByTestId(`template-${template}`).click();
	await page.getByRole('button', { name: /Bord maken|Create board/ }).click();
	await page.waitForURL(/\/b\/[A-Za-z0-9_-]{22}$/);
	return page.url().split('/b/')[1]!;
}

/** Waits until the tldraw canvas of an open board is interactive. */
export async function waitForCanvas(page: Page): Promise<void> {
	await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected');
}

/** Places a sticky note with tldraw's note tool at a point of the canvas. */
export async function addNote(page: Page, x: number, y: number): Promise<void> {
	const canvas = page.locator('.tl-canvas');
	// Focus the canvas where the note will go (a corner would hit tldraw's menus).
	await canvas.click({ position: { x, y } });
	await page.keyboard.press('n');
	await canvas.click({ position: { x, y } });
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
}

export const shapes = (page: Page) => page.locator('.tl-shape');

export { expect };

/** A spec file's own server: its process (once the file's tests run), its data, and how to start it again. */
export interface OwnServer {
	app: AppProcess;
	readonly dataDir: string;
	/** Starts the server again on the same data (after the test stopped it). */
	restart(): Promise<void>;
}

/**
 * Gives the calling spec file a server of its own on `port` (the file's pages go there), for what
 * the shared one cannot do: stop it, start it with other settings, write into its storage.
 */
export function ownServer(port: number, env: NodeJS.ProcessEnv = {}): OwnServer {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-e2e-'));
	const server: OwnServer = {
		app: undefined as unknown as AppProcess,
		dataDir,
		restart: async () => {
			server.app = await startApp({ dataDir, port, env });
		}
	};
	test.use({ baseURL: `http://127.0.0.1:${port}` });
	test.beforeAll(server.restart);
	test.afterAll(async () => {
		await server.app.stop('SIGKILL');
		rmSync(dataDir, { recursive: true, force: true });
	});
	return server;
}
