import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLRecord } from '@tldraw/tldraw';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { BOARD_SCHEMA } from '../../src/lib/board/board-schema.ts';
import { budgetCard } from '../../src/lib/canvas/shapes/budget/budget-card.ts';
import { objectiveCard } from '../../src/lib/canvas/shapes/objective/objective-card.ts';
import { personaCard } from '../../src/lib/canvas/shapes/persona/persona-card.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { openStorage } from '../../src/lib/server/db/index.ts';
import { templateById } from '../../src/lib/templates/index.ts';
import {
	createBoardOverHttp,
	postForm,
	signUpOverHttp,
	startApp,
	type AppProcess
} from '../support/app-process.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';
import { noteRecord } from '../support/tldraw-records.ts';
import { removeDir } from '../support/test-server.ts';

let app: AppProcess;
let dataDir: string;
let owner: string;
let boardId: string;

const SHAPE = { typeName: 'shape', rotation: 0, isLocked: false, opacity: 1, meta: {}, index: 'a1' };
const frame = (key: string, name: string, y: number) => ({
	...SHAPE,
	id: `shape:template-full-plan-${key}`,
	type: 'frame',
	parentId: 'page:page',
	x: 0,
	y,
	props: { w: 1000, h: 900, name, color: 'black' }
});
const card = (id: string, type: string, parentId: string, props: object) => ({
	...SHAPE,
	id,
	type,
	parentId,
	x: 24,
	y: 150,
	props
});

/** A board a class filled in: a persona in chapter 2, an objective, a budget, a note in chapter 10. */
const RECORDS = [
	{ id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} },
	{ id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} },
	frame('audience', '2. Doelgroepanalyse en persona’s', 0),
	frame('improvement', '10. Continu bijstellen en optimaliseren', 1000),
	card('shape:persona', 'persona', 'shape:template-full-plan-audience', {
		...personaCard.defaultProps(),
		name: 'Sanne de Vries',
		age: '34',
		quote: 'Ik scroll in de trein.'
	}),
	card('shape:objective', 'objective', 'page:page', {
		...objectiveCard.defaultProps(),
		statement: 'Meer volgers op Instagram onder studenten',
		kpi: 'Volgers',
		baseline: '1.200',
		target: '2.000',
		deadline: '2027-06-30'
	}),
	card('shape:budget', 'budget', 'page:page', {
		...budgetCard.defaultProps(),
		rows: [
			{ item: 'Advertenties', kind: 'advertenties', amount: '€ 1.250,50' },
			{ item: 'Fotograaf', kind: 'content', amount: '300' }
		]
	}),
	{
		...noteRecord('evaluate', 'Elke maand evalueren <script>'),
		parentId: 'shape:template-full-plan-improvement'
	}
];

const get = (path: string, cookie?: string) =>
	fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} });

/** A guest on an editor link with guests allowed: their session cookie. */
async function guest(name: string): Promise<string> {
	const response = await postForm(
		app.url,
		`/b/${boardId}/share?/createLink`,
		{ role: 'editor', expiry: 'never', guests: 'on' },
		owner
	);
	const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(await response.text())![1];
	const joined = await postForm(app.url, `/s/${token}?/guest`, { name });
	return joined.headers
		.getSetCookie()
		.find((c) => c.startsWith('werkbord_session='))!
		.split(';')[0]!;
}

async function joined(role: 'editor' | 'viewer', name: string): Promise<string> {
	const cookie = await signUpOverHttp(app.url, name);
	const response = await postForm(
		app.url,
		`/b/${boardId}/share?/createLink`,
		{ role, expiry: 'never' },
		owner
	);
	const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(await response.text())![1];
	await postForm(app.url, `/s/${token}?/join`, {}, cookie);
	return cookie;
}

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'werkbord-exports-'));
	app = await startApp({ dataDir });
	owner = await signUpOverHttp(app.url, 'Owner');
	boardId = await createBoardOverHttp(app.url, owner, 'Plan Bakkerij de Vries');
	const writer = connectProvider(`${app.url.replace(/^http/, 'ws')}/sync`, boardId, owner);
	await whenSynced(writer);
	writer.doc.transact(() => {
		for (const record of RECORDS)
			boardRecords(writer.doc).set(record.id, recordToYMap(record as unknown as TLRecord));
	});
	const check = connectProvider(`${app.url.replace(/^http/, 'ws')}/sync`, boardId, owner);
	await whenSynced(check);
	await waitFor(() => boardRecords(check.doc).size === RECORDS.length, 'the board on the server');
	writer.destroy();
	check.destroy();
});

afterAll(async () => {
	await app.stop();
	removeDir(dataDir);
});

describe('exports of a board', () => {
	it('are for facilitators and editors, viewers when allowed (else 403); a stranger and nobody get 404', async () => {
		const editor = await joined('editor', 'Editor');
		const viewer = await joined('viewer', 'Viewer');
		const stranger = await signUpOverHttp(app.url, 'Stranger');
		const visitor = await guest('Gast');
		for (const format of ['json', 'md', 'docx']) {
			const path = `/b/${boardId}/export.${format}`;
			expect((await get(path, owner)).status, `${format} owner`).toBe(200);
			expect((await get(path, editor)).status, `${format} editor`).toBe(200);
			expect((await get(path, visitor)).status, `${format} guest editor`).toBe(200);
			expect((await get(path, viewer)).status, `${format} viewer`).toBe(403);
			expect((await get(path, stranger)).status, `${format} stranger`).toBe(404);
			expect((await get(path)).status, `${format} nobody`).toBe(404);
		}
		// The facilitator lets viewers export; an editor may not change that.
		const allow = (cookie: string, allowed: boolean) =>
			postForm(app.url, `/b/${boardId}/share?/setViewersExport`, allowed ? { allowed: 'on' } : {}, cookie);
		await allow(editor, true);
		expect((await get(`/b/${boardId}/export.md`, viewer)).status).toBe(403);
		await allow(owner, true);
		expect((await get(`/b/${boardId}/export.md`, viewer)).status).toBe(200);
		expect((await get(`/b/${boardId}/export.docx`, viewer)).status).toBe(200);
		expect((await get(`/b/${boardId}/export.csv`, viewer)).status).toBe(403);
		expect((await get(`/b/${boardId}/export.md`, stranger)).status).toBe(404);
		await allow(owner, false);
		expect((await get(`/b/${boardId}/export.md`, viewer)).status).toBe(403);
		expect((await get(`/b/${boardId}/export.exe`, owner)).status).toBe(404);
		// A snapshot of no board of this one (another board's, or made up) is not there.
		expect((await get(`/b/${boardId}/export.json?snapshot=not-a-snapshot`, owner)).status).toBe(404);
		// Who contributed what is for the facilitator only.
		expect((await get(`/b/${boardId}/export.csv`, owner)).status).toBe(200);
		expect((await get(`/b/${boardId}/export.csv`, editor)).status).toBe(403);
		expect((await get(`/b/${boardId}/export.csv`, visitor)).status).toBe(403);
		expect((await get(`/b/${boardId}/export.csv`, stranger)).status).toBe(404);
		const md = await get(`/b/${boardId}/export.md`, owner);
		expect(md.headers.get('content-disposition')).toMatch(
			/^attachment; filename="Plan-Bakkerij-de-Vries-\d{4}-\d{2}-\d{2}\.md"$/
		);
	});

	it('gives the plan as Markdown: the ten chapters in order, the cards in theirs, empty ones said', async () => {
		const md = await (await get(`/b/${boardId}/export.md`, owner)).text();
		const chapters = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
		const expected = templateById('full-plan')!
			.areas.slice(1)
			.map((a) => a.title.nl);
		expect(chapters.slice(0, 10)).toEqual(expected);
		const section = (title: string) => md.split(`## ${title}`)[1]!.split('\n## ')[0]!;
		expect(section(expected[1]!)).toContain('| **Naam** | Sanne de Vries |');
		expect(section(expected[0]!)).toContain('**KPI:** Volgers');
		expect(section(expected[0]!)).toContain('**Streefwaarde:** 2.000');
		expect(section(expected[0]!)).toContain('**Deadline:** 30-06-2027');
		expect(section(expected[0]!)).toMatch(/\*\*SMART-check:\*\* S ✓ · M ✓ · A ✓ · R ✗/);
		expect(section(expected[6]!)).toMatch(/\*\*€\s1\.550,50\*\*/);
		expect(section(expected[9]!)).toContain('Elke maand evalueren \\<script\\>');
		expect(section(expected[3]!)).toContain('Dit hoofdstuk is nog leeg op het bord.');
		expect(md).toContain('## Bronnen');
		const en = await (await get(`/b/${boardId}/export.md?lang=en`, owner)).text();
		expect(en).toContain('## 2. Audience analysis and personas');
		expect(en).toContain('**Deadline:** 30 June 2027');
		expect(en).toContain('| **Name** | Sanne de Vries |');
	});

	it('gives the plan as a Word document with the same content', async () => {
		const response = await get(`/b/${boardId}/export.docx`, owner);
		const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
		const titles = templateById('full-plan')!
			.areas.slice(1)
			.map((a) => a.title.nl);
		const at = titles.map((title) => value.indexOf(title));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
		for (const text of ['Sanne de Vries', 'Volgers', '2.000', 'Elke maand evalueren <script>'])
			expect(value).toContain(text);
		expect(value).toMatch(/€\s1\.550,50/);
		// The persona is a table of its fields.
		const { value: html } = await mammoth.convertToHtml({
			buffer: Buffer.from(await (await get(`/b/${boardId}/export.docx`, owner)).arrayBuffer())
		});
		expect(html).toMatch(/<td><p><strong>Naam<\/strong><\/p><\/td><td><p>Sanne de Vries<\/p><\/td>/);
	});

	it('gives the board as JSON with every record as stored', async () => {
		const json = (await (await get(`/b/${boardId}/export.json`, owner)).json()) as {
			title: string;
			records: { id: string }[];
		};
		expect(json.title).toBe('Plan Bakkerij de Vries');
		const byId = (records: { id: string }[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
		expect(byId(json.records)).toEqual(byId(RECORDS as { id: string }[]));
	});

	it('imports an exported board as a new board with the same records, and refuses what is not one', async () => {
		const exported = await (await get(`/b/${boardId}/export.json`, owner)).text();
		const upload = (text: string) => {
			const body = new FormData();
			body.set('file', new File([text], 'bord.json', { type: 'application/json' }));
			return fetch(`${app.url}/?/import`, {
				method: 'POST',
				body,
				headers: { cookie: owner, origin: app.url, accept: 'text/html' },
				redirect: 'manual'
			});
		};
		const response = await upload(exported);
		expect(response.status).toBe(303);
		const copy = /\/b\/([A-Za-z0-9_-]{22})$/.exec(response.headers.get('location') ?? '')![1]!;
		expect(copy).not.toBe(boardId);
		const again = JSON.parse(await (await get(`/b/${copy}/export.json`, owner)).text()) as {
			title: string;
			records: { id: string }[];
		};
		const original = JSON.parse(exported) as typeof again;
		const byId = (records: { id: string }[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
		expect(again.title).toBe(original.title);
		expect(byId(again.records)).toEqual(byId(original.records));

		for (const bad of [
			'not json',
			'{"werkbord":1}',
			JSON.stringify({ ...original, records: [{ id: '__proto__' }] }),
			JSON.stringify({ ...original, schema: 'not a schema' })
		]) {
			const refused = await upload(bad);
			expect(refused.status, bad.slice(0, 30)).toBe(400);
			expect(await refused.text()).toContain('geen bordbestand');
		}
		// A file from a later version would make a board nobody here can open: said so, nothing made.
		const countBoards = async () => {
			const storage = await openStorage({ dataDir });
			const boards = await storage.db.selectFrom('boards').select('id').execute();
			await storage.close();
			return boards.length;
		};
		const boardsBefore = await countBoards();
		const later = { schemaVersion: 2, sequences: { ...BOARD_SCHEMA.sequences, 'com.tldraw.shape.note': 99 } };
		const newer = await upload(JSON.stringify({ ...original, schema: later }));
		expect(newer.status).toBe(400);
		expect(await newer.text()).toContain('nieuwere versie van Werkbord');
		expect(await countBoards()).toBe(boardsBefore);
	});
});
