import { toRichText, type TLParentId } from '@tldraw/tldraw';
import { describe, expect, it } from 'vitest';
import { buildTemplateRecords, fixedTemplateIds } from '../canvas/templates/build-template.ts';
import { templateById } from '../templates/index.ts';
import { planFromRecords, type StoredRecord } from './plan-model.ts';

const build = (id: string) =>
	buildTemplateRecords(templateById(id)!, {
		locale: 'nl',
		origin: { x: 0, y: 0 },
		idFor: fixedTemplateIds(id),
		pageId: 'page:page' as TLParentId
	}) as unknown as StoredRecord[];

function fill(records: StoredRecord[], id: string, props: Record<string, unknown>) {
	const record = records.find((r) => r.id === id)!;
	record.props = { ...(record.props as object), ...props };
}

describe('the plan read from a board', () => {
	it('has the ten chapters, leaves out untouched cards and the template’s own prompts', () => {
		const plan = planFromRecords('Leeg', build('full-plan'), 'nl');
		expect(plan.chapters).toHaveLength(10);
		expect(plan.chapters.every((c) => c.cards.length === 0 && c.notes.length === 0)).toBe(true);
		expect(plan.start).toEqual([]);
	});

	it('puts cards in the chapter of their frame, or of their kind, and edited prompts count', () => {
		const records = build('full-plan');
		fill(records, 'shape:template-full-plan-channels/channel-1', { network: 'TikTok' });
		fill(records, 'shape:template-full-plan-community-note-1', {
			richText: toRichText('Binnen een uur reageren')
		});
		// A persona dropped in the budget frame stays in the budget chapter; one on the page goes to chapter 2.
		fill(records, 'shape:template-full-plan-audience/persona-1', { name: 'Lotte' });
		records.find((r) => r.id === 'shape:template-full-plan-audience/persona-1')!.parentId =
			'shape:template-full-plan-budget';
		const loose = { ...records.find((r) => r.id === 'shape:template-full-plan-audience/persona-2')! };
		loose.id = 'shape:loose';
		loose.parentId = 'page:page';
		loose.props = { ...(loose.props as object), name: 'Bram' };
		const plan = planFromRecords('Plan', [...records, loose], 'nl');
		const chapter = (n: number) => plan.chapters[n - 1]!;
		expect(chapter(4).cards.map((c) => c.fields[0]!.value)).toEqual(['TikTok']);
		expect(chapter(5).notes).toEqual(['Binnen een uur reageren']);
		expect(chapter(7).cards.map((c) => c.kind)).toEqual(['Persona']);
		expect(chapter(2).cards.flatMap((c) => c.fields.map((f) => f.value))).toContain('Bram');
	});

	it('lists the ring’s notes under their step', () => {
		const records = build('stepfree');
		const ring = records.find((r) => r.type === 'stepfree-ring')!;
		const size = (ring.props as { size: number }).size;
		const note = {
			id: 'shape:n',
			typeName: 'shape',
			type: 'note',
			parentId: ring.id,
			// The middle of step 3 (clockwise from the top, 45° each).
			x: size / 2 + size * 0.33 * Math.cos(((2.5 * 45 - 90) * Math.PI) / 180) - 100,
			y: size / 2 + size * 0.33 * Math.sin(((2.5 * 45 - 90) * Math.PI) / 180) - 100,
			props: { richText: toRichText('Op Instagram, ’s avonds') }
		} as unknown as StoredRecord;
		const plan = planFromRecords('Ring', [...records, note], 'nl');
		expect(plan.ring).toHaveLength(9);
		expect(plan.ring[3]).toEqual({ title: '3. Online gedrag', notes: ['Op Instagram, ’s avonds'] });
	});
});
