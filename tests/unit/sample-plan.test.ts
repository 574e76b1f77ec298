/**
 * The sample plan in docs/samples is what the code makes of the demo board today: this fails when
 * the plan's layout changes and the sample was not made again. `npm run sample:plan` makes it again
 * (with LibreOffice and pdftoppm installed — Debian: libreoffice-writer-nogui, poppler-utils — also
 * the picture of its first page, docs/screenshots/plan-first-page.png).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { planDocx } from '../../src/lib/plan/plan-docx.ts';
import { planMarkdown } from '../../src/lib/plan/plan-markdown.ts';
import { planFromRecords } from '../../src/lib/plan/plan-model.ts';
import { DEMO_PLAN_BOARD } from '../fixtures/demo-plan-board.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SAMPLE = join(ROOT, 'docs/samples');
const plan = planFromRecords('Bakkerij de Vries', DEMO_PLAN_BOARD, 'nl');

if (process.env.UPDATE_SAMPLE) {
	writeFileSync(join(SAMPLE, 'plan.md'), planMarkdown(plan));
	writeFileSync(join(SAMPLE, 'plan.docx'), await planDocx(plan));
	renderFirstPage();
}

function renderFirstPage(): void {
	const work = mkdtempSync(join(tmpdir(), 'werkbord-sample-'));
	try {
		copyFileSync(join(SAMPLE, 'plan.docx'), join(work, 'plan.docx'));
		execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'plan.docx')]);
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'90',
			'-f',
			'1',
			'-l',
			'1',
			'-singlefile',
			join(work, 'plan.pdf'),
			join(work, 'page')
		]);
		copyFileSync(join(work, 'page.png'), join(ROOT, 'docs/screenshots/plan-first-page.png'));
	} catch (cause) {
		console.warn(
			`no picture of the plan's first page (needs soffice and pdftoppm): ${(cause as Error).message}`
		);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

describe('the sample plan in docs/samples', () => {
	it('is what the demo board gives as Markdown today', () => {
		expect(readFileSync(join(SAMPLE, 'plan.md'), 'utf8')).toBe(planMarkdown(plan));
	});

	it('is a Word document with the same chapters and cards', async () => {
		const { value } = await mammoth.extractRawText({ buffer: readFileSync(join(SAMPLE, 'plan.docx')) });
		for (const text of ['1. Doelstellingen', 'Lotte', 'Volgers op Instagram', '30-06-2027', 'Bronnen'])
			expect(value).toContain(text);
		expect(value).toMatch(/€\s1\.150,00/);
	});
});
