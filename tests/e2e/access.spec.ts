import type { Page } from '@playwright/test';
import { addNote, createBoard, expect, shapes, shareLink, test, waitForCanvas } from './fixtures.ts';

const PASSWORD = 'correct horse battery staple';

async function signUpInForm(page: Page, name: string): Promise<void> {
	await page.getByLabel('Je naam', { exact: true }).fill(name);
	await page
		.getByLabel('E-mailadres', { exact: true })
		.fill(`${name.toLowerCase()}-${Date.now()}@example.test`);
	await page.locator('input[name="password"]').fill(PASSWORD);
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
}

test('signs up, creates a team and a board, and brings a colleague in through an editor link', async ({
	stranger
}) => {
	const anouk = await stranger();
	await anouk.goto('/signup');
	await signUpInForm(anouk, 'Anouk');
	await expect(anouk.getByTestId('account-link')).toHaveText('Anouk');

	await anouk.getByLabel('Teamnaam').fill('Marketing Bakkerij');
	await anouk.getByRole('button', { name: 'Team maken' }).click();
	await expect(anouk.getByTestId('team-name')).toHaveText('Marketing Bakkerij');

	await anouk.goto('/');
	await anouk.getByTestId('new-board-title').fill('Contentkalender');
	await anouk.getByTestId('new-board-team').selectOption({ label: 'Marketing Bakkerij' });
	await anouk.getByRole('button', { name: 'Bord maken' }).click();
	await waitForCanvas(anouk);
	const boardUrl = anouk.url();

	await anouk.getByRole('link', { name: 'Delen' }).click();
	await anouk.getByTestId('share-role').selectOption('editor');
	await anouk.getByRole('button', { name: 'Link maken' }).click();
	const made = anouk.getByTestId('share-link');
	const link = await made.locator('input').inputValue();
	await expect(made.getByTestId('link-expiry')).toHaveText('Verloopt nooit; geldig tot je hem intrekt.');
	await anouk.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await made.getByTestId('copy-link').click();
	await expect(made.getByTestId('copy-link')).toHaveText('Gekopieerd');
	expect(await anouk.evaluate(() => navigator.clipboard.readText())).toBe(link);
	await made.getByRole('button', { name: 'QR-code' }).click();
	await expect(made.getByTestId('link-qr')).toBeVisible();

	const bram = await stranger();
	await bram.goto(link);
	await expect(bram.getByRole('heading', { name: /uitgenodigd voor Contentkalender/ })).toBeVisible();
	await bram.getByRole('main').getByRole('link', { name: 'Account aanmaken' }).click();
	await signUpInForm(bram, 'Bram');
	await bram.getByTestId('join-board').click();
	await expect(bram).toHaveURL(boardUrl);
	await waitForCanvas(bram);

	await anouk.goto(boardUrl);
	await waitForCanvas(anouk);
	await addNote(bram, 300, 250);
	await expect(shapes(anouk)).toHaveCount(1);
	await expect(anouk.getByTestId('participants')).toContainText('Bram');
});

/** Holds the page's code back 1.5 s, as a slow connection does; says whether it has arrived since `reset`. */
async function slowCode(page: Page) {
	let arrived = false;
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		arrived = true;
		await route.continue();
	});
	return {
		reset: () => (arrived = false),
		arrived: () => arrived
	};
}

/** Fills the fields as soon as the page is there, then checks them once its code took over. */
async function typeBeforeCode(
	page: Page,
	code: Awaited<ReturnType<typeof slowCode>>,
	path: string,
	fields: Record<string, string>
) {
	code.reset();
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	for (const [label, text] of Object.entries(fields))
		await page.getByLabel(label, { exact: true }).fill(text);
	expect(code.arrived()).toBe(false);
	await expect.poll(code.arrived).toBe(true);
	await page.waitForLoadState('networkidle');
	for (const [label, text] of Object.entries(fields))
		await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
}

test('keeps what someone typed into the sign-up and login forms before the page’s code ran', async ({
	stranger
}) => {
	const anouk = await stranger();
	const code = await slowCode(anouk);
	await typeBeforeCode(anouk, code, '/signup', { 'Je naam': 'Anouk', 'E-mailadres': 'anouk@example.test' });
	await typeBeforeCode(anouk, code, '/login', { 'E-mailadres': 'anouk@example.test' });
});

test('keeps a team name typed before the page’s code ran, and shows the name as saved', async ({
	participant
}) => {
	const anouk = await participant('Anouk');
	await anouk.goto('/');
	await anouk.getByLabel('Teamnaam').fill('Marketing Bakkerij');
	await anouk.getByRole('button', { name: 'Team maken' }).click();
	await expect(anouk.getByTestId('team-name')).toHaveText('Marketing Bakkerij');

	const code = await slowCode(anouk);
	await typeBeforeCode(anouk, code, anouk.url(), { Teamnaam: '  Bakkerij Noord ' });
	await anouk.getByRole('button', { name: 'Naam wijzigen' }).click();
	await expect(anouk.getByTestId('team-name')).toHaveText('Bakkerij Noord');
	// The field shows the name as the server saved it, spaces trimmed.
	await expect(anouk.getByLabel('Teamnaam', { exact: true })).toHaveValue('Bakkerij Noord');
});

test('lets a guest join by name through a guest link, and only that board', async ({
	participant,
	stranger
}) => {
	const anouk = await participant('Anouk');
	const otherBoard = await createBoard(anouk, 'Privé bord');
	const boardId = await createBoard(anouk, 'Workshop persona’s');
	await waitForCanvas(anouk);

	const guest = await stranger();
	await guest.goto(await shareLink(anouk, boardId, 'editor', { guests: true }));
	await guest.getByTestId('guest-name').fill('Sanne');
	await guest.getByRole('button', { name: 'Meedoen als gast' }).click();
	await waitForCanvas(guest);
	await expect(anouk.getByTestId('participants')).toContainText('Sanne (gast)');

	await addNote(guest, 320, 240);
	await expect(shapes(anouk)).toHaveCount(1);
	expect((await guest.goto(`/b/${otherBoard}`))?.status()).toBe(404);
});

test('shows a viewer every edit but lets them change nothing', async ({ participant }) => {
	const anouk = await participant('Anouk');
	const boardId = await createBoard(anouk, 'Alleen kijken');
	await waitForCanvas(anouk);
	await addNote(anouk, 250, 220);

	const vera = await participant('Vera');
	await vera.goto(await shareLink(anouk, boardId, 'viewer'));
	await vera.getByTestId('join-board').click();
	await waitForCanvas(vera);
	await expect(vera.getByTestId('readonly')).toBeVisible();
	await expect(shapes(vera)).toHaveCount(1);

	await addNote(anouk, 500, 300);
	await expect(shapes(vera)).toHaveCount(2);

	await addNote(vera, 400, 420);
	await vera.keyboard.press('Delete');
	await anouk.waitForTimeout(1_000);
	await expect(shapes(anouk)).toHaveCount(2);
	await vera.reload();
	await waitForCanvas(vera);
	await expect(shapes(vera)).toHaveCount(2);
});

test('ends access to an open board on logout', async ({ twoOnOneBoard }) => {
	const { bram, boardId } = await twoOnOneBoard('Uitloggen');
	const otherTab = await bram.context().newPage();
	await otherTab.goto('/');
	await otherTab.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(otherTab.getByRole('link', { name: 'Inloggen' }).first()).toBeVisible();

	await expect(bram.getByTestId('access-denied')).toBeVisible();
	await bram.goto(`/b/${boardId}`);
	await expect(bram).toHaveURL(/\/login\?redirectTo=/);
});
