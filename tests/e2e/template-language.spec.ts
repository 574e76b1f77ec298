import type { Page } from '@playwright/test';
import { expect, test, waitForCanvas } from './fixtures.ts';

const frameTitle = (page: Page, title: string) =>
	page.locator('.tl-shape[data-shape-type="frame"] .tl-frame-label', { hasText: title });
const guidance = (page: Page, text: string) =>
	page.locator('.tl-shape[data-shape-type="text"]', { hasText: text });

test('shows the template’s text in each viewer’s language until someone edits it', async ({
	twoOnOneBoard
}) => {
	const { anouk, bram } = await twoOnOneBoard('Twee talen', 'post');
	await bram.getByTestId('language-switch').selectOption('en');
	await waitForCanvas(bram);

	await expect(frameTitle(anouk, 'P — Mensen')).toBeVisible();
	await expect(frameTitle(bram, 'P — People')).toBeVisible();
	await expect(frameTitle(bram, 'P — Mensen')).toHaveCount(0);
	await expect(guidance(bram, 'Who? Customers, market, audience.')).toBeVisible();
	await expect(guidance(anouk, 'Wie? Klanten, markt, doelgroep.')).toBeVisible();
	await expect(bram.getByText('Source: Li & Bernoff, Groundswell (POST model).')).toBeVisible();
	// tldraw's own menus speak the viewer's language too: its Dutch lacks a few words we add.
	await anouk.getByTestId('main-menu.button').click();
	await anouk.getByRole('menuitem', { name: 'Voorkeuren' }).click();
	await expect(anouk.getByRole('menuitemcheckbox', { name: 'Sneltoetsen' })).toBeVisible();
	await anouk.keyboard.press('Escape');
	await anouk.keyboard.press('Escape');

	// Anouk renames the first frame: from then on everyone reads it as she typed it.
	const heading = (await frameTitle(anouk, 'P — Mensen').boundingBox())!;
	await anouk.mouse.dblclick(heading.x + 20, heading.y + heading.height / 2);
	const input = anouk.locator('.tl-frame-name-input:visible');
	await expect(input).toHaveValue('P — Mensen');
	await input.fill('P — Onze klanten');
	await input.press('Enter');
	await expect(frameTitle(bram, 'P — Onze klanten')).toBeVisible();
	await expect(frameTitle(anouk, 'P — Onze klanten')).toBeVisible();
	// The frames nobody touched still follow each viewer.
	await expect(frameTitle(bram, 'O — Objectives')).toBeVisible();
	await expect(frameTitle(anouk, 'O — Doelen en doelstellingen')).toBeVisible();
});
