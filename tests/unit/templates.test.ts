import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLParentId } from '@tldraw/tldraw';
import { customShapeDefaults } from '../../src/lib/canvas/shapes/cards.ts';
import { customShapeUtils } from '../../src/lib/canvas/shapes/index.ts';
import { describe, expect, it } from 'vitest';
import { buildTemplateRecords, fixedTemplateIds } from '../../src/lib/canvas/templates/build-template.ts';
import { extent } from '../../src/lib/templates/layout.ts';
import { templateById, templates } from '../../src/lib/templates/index.ts';

const PAGE = 'page:page' as TLParentId;

describe('template definitions', () => {
	it('are all found, with unique ids, in picker order', () => {
		const ids = templates.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(
			expect.arrayContaining(['post', 'goals-objectives', 'persona-workshop', 'oasis', 'full-plan'])
		);
		expect(templates.map((t) => t.order)).toEqual([...templates.map((t) => t.order)].sort((a, b) => a - b));
	});

	it.each(templates.map((t) => [t.id, t] as const))(
		'%s builds records that tldraw’s schema accepts, in both languages',
		(_id, template) => {
			for (const locale of ['nl', 'en'] as const) {
				const store = createTLStore({
					shapeUtils: [...defaultShapeUtils, ...customShapeUtils],
					bindingUtils: defaultBindingUtils
				});
				const records = buildTemplateRecords(template, {
					locale,
					origin: { x: 0, y: 0 },
					idFor: fixedTemplateIds(template.id),
					pageId: PAGE
				});
				// put() validates every record against the schema and throws on the first invalid one.
				store.put(records);
				const frames = records.filter((r) => r.type === 'frame');
				expect(frames.length).toBe(template.areas.length);
				expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
				expect(frames.map((f) => (f.props as { name: string }).name)).toEqual(
					template.areas.map((a) => a.title[locale])
				);
				// Its source in small print, under everything it places.
				const source = records.find((r) => r.id === fixedTemplateIds(template.id)('source'))!;
				expect(JSON.stringify(source.props)).toContain(JSON.stringify(template.source[locale]).slice(1, -1));
				expect(template.source[locale]).toMatch(locale === 'nl' ? /^Bron(nen)?: / : /^Sources?: /);
				for (const frame of frames) {
					expect(source.y).toBeGreaterThan(frame.y + (frame.props as { h: number }).h);
				}
			}
		}
	);

	it('places every note and card inside its area and no areas on top of each other', () => {
		for (const template of templates) {
			const areas = new Map(template.areas.map((a) => [a.key, a]));
			for (const note of template.notes) {
				const area = areas.get(note.area);
				expect(area, `${template.id}: ${note.key}`).toBeDefined();
				expect(note.x + 200, `${template.id}: ${note.key}`).toBeLessThanOrEqual(area!.w);
				expect(note.y + 200, `${template.id}: ${note.key}`).toBeLessThanOrEqual(area!.h);
			}
			for (const shape of template.shapes ?? []) {
				if (!shape.area) continue;
				const area = areas.get(shape.area);
				const { w, h } = customShapeDefaults[shape.type]() as { w: number; h: number };
				expect(area, `${template.id}: ${shape.key}`).toBeDefined();
				expect(shape.x + w, `${template.id}: ${shape.key}`).toBeLessThanOrEqual(area!.w);
				expect(shape.y + h, `${template.id}: ${shape.key}`).toBeLessThanOrEqual(area!.h);
			}
			for (const a of template.areas)
				for (const b of template.areas) {
					if (a === b) continue;
					const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
					expect(overlap, `${template.id}: ${a.key} overlaps ${b.key}`).toBe(false);
				}
			// The thumbnail and the fitted view frame exactly this box: nothing may stick out above or left of it.
			const { w, h } = extent(template.areas);
			for (const a of template.areas) {
				expect(a.x >= 0 && a.y >= 0 && a.x + a.w <= w && a.y + a.h <= h, `${template.id}: ${a.key}`).toBe(
					true
				);
			}
		}
	});

	it('lays out the POST model as People, Objectives, Strategy, Technology from left to right', () => {
		const post = templateById('post')!;
		const byX = [...post.areas].sort((a, b) => a.x - b.x).map((a) => a.title.nl);
		expect(byX).toEqual(['P — Mensen', 'O — Doelen en doelstellingen', 'S — Strategie', 'T — Technologie']);
		// The source's three tests before choosing a technology.
		const technology = post.areas.find((a) => a.key === 'technology')!.guidance;
		for (const test of ['doelgroep er zit', 'doelen ermee worden behaald', 'past bij je strategie'])
			expect(technology.nl).toContain(test);
	});
});

describe('the persona workshop and the StepFree template', () => {
	it('place three empty persona cards and the ring', () => {
		const build = (id: string) =>
			buildTemplateRecords(templateById(id)!, {
				locale: 'nl',
				origin: { x: 0, y: 0 },
				idFor: fixedTemplateIds(id),
				pageId: PAGE
			});
		expect(build('persona-workshop').filter((r) => r.type === 'persona')).toHaveLength(3);
		const ring = build('stepfree').filter((r) => r.type === 'stepfree-ring');
		expect(ring).toHaveLength(1);
		expect(ring[0]!.parentId).toBe(PAGE);
	});
});

describe('goals and objectives as the sources have them', () => {
	const template = templateById('goals-objectives')!;
	it('keeps Li & Bernoff’s English names in Dutch and lowers support costs', () => {
		// Li & Bernoff's objectives keep their English names: the sources give no Dutch ones.
		expect(template.areas.slice(4, 9).map((a) => a.title.en)).toEqual(
			template.areas.slice(4, 9).map((a) => a.title.nl)
		);
		expect(template.areas.find((a) => a.key === 'supporting')!.guidance.nl).toContain('supportkosten omlaag');
	});

	it('spells SMART in Dutch as the sources do', () => {
		expect(template.areas.find((a) => a.key === 'smart')!.guidance.nl).toMatch(
			/^Specifiek, meetbaar, haalbaar, relevant, tijdgebonden\./
		);
	});
});
