import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

const NAME_KEY = 'werkbord.identity';

/** Fails the test when a page asks anything of a host other than the app's own. */
function watchForeignRequests(context: BrowserContext, appOrigin: string, foreign: string[]): void {
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== appOrigin) foreign.push(url);
	});
}

interface Fixtures {
	foreignRequests: string[];
	/** Opens another browser (its own context: cookies, storage, IndexedDB) with a remembered name. */
	participant: (name: string) => Promise<Page>;
	/** Anouk creates a board titled `title`, Bram opens it; both canvases are ready. */
	twoOnOneBoard: (title: string) => Promise<{ anouk: Page; bram: Page; boardId: string }>;
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
	participant: async ({ browser, baseURL, foreignRequests }, use) => {
		const contexts: BrowserContext[] = [];
		await use(async (name) => {
			const context = await newNamedContext(browser, name, baseURL!);
			watchForeignRequests(context, new URL(baseURL!).origin, foreignRequests);
			contexts.push(context);
			return context.newPage();
		});
		for (const context of contexts) await context.close();
	},
	twoOnOneBoard: async ({ participant }, use) => {
		await use(async (title) => {
			const anouk = await participant('Anouk');
			const boardId = await createBoard(anouk, title);
			await waitForCanvas(anouk);
			const bram = await participant('Bram');
			await bram.goto(`/b/${boardId}`);
			await waitForCanvas(bram);
			return { anouk, bram, boardId };
		});
	}
});

export async function newNamedContext(browser: Browser, name: string, baseURL: string) {
	const context = await browser.newContext({ baseURL });
	await context.addInitScript(
		([key, value]) => {
			if (!localStorage.getItem(key)) localStorage.setItem(key, value);
		},
		[NAME_KEY, JSON.stringify({ id: crypto.randomUUID(), name, color: '#1971c2' })] as const
	);
	return context;
}

/** Creates a board through the home page form and returns its id. */
export async function createBoard(page: Page, title: string): Promise<string> {
	await page.goto('/');
	await page.getByTestId('new-board-title').fill(title);
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
