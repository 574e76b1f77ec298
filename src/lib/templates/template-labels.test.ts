import { toRichText, type TLParentId } from '@tldraw/tldraw';
import { describe, expect, it } from 'vitest';
import {
	buildTemplateRecords,
	fixedTemplateIds,
	freshTemplateIds
} from '../canvas/templates/build-template.ts';
import { deepEqual } from '../plain-object.ts';
import { templateById, templates } from './index.ts';
import { labelRefOf, shownLabel } from './template-labels.ts';

const PAGE = 'page:page' as TLParentId;
const build = (templateId: string, fresh = false) =>
	buildTemplateRecords(templateById(templateId)!, {
		locale: 'nl',
		origin: { x: 0, y: 0 },
		idFor: fresh ? freshTemplateIds() : fixedTemplateIds(templateId),
		pageId: PAGE
	});

/** What a viewer reads on a record the way the canvas compares it: a frame's name, a text's rich text. */
function readAs(record: ReturnType<typeof build>[number], locale: 'nl' | 'en'): string | null {
	const props = record.props as { name?: string; richText?: unknown };
	const isStored =
		props.name !== undefined
			? (text: string) => text === props.name
			: (text: string) => deepEqual(props.richText, toRichText(text));
	return shownLabel(record, isStored, locale);
}

describe('template labels', () => {
	it('show a Dutch-made board’s frames, questions, prompts and source in English to an English viewer', () => {
		for (const fresh of [false, true]) {
			const records = build('full-plan', fresh);
			const byName = (nl: string) => records.find((r) => (r.props as { name?: string }).name === nl)!;
			expect(readAs(byName('1. Doelstellingen'), 'en')).toBe('1. Objectives');
			const labelled = records.filter((r) => r.type !== 'stepfree-ring' && labelRefOf(r) !== null);
			// Every frame, its question, each prompt note and the source line.
			const plan = templateById('full-plan')!;
			expect(labelled).toHaveLength(2 * plan.areas.length + plan.notes.length + 1);
			for (const record of labelled) {
				expect(readAs(record, 'en')).not.toBeNull();
				expect(readAs(record, 'nl')).not.toBeNull();
			}
		}
	});

	it('leave edited text as typed', () => {
		const frame = build('post').find((r) => r.type === 'frame')!;
		const edited = { ...frame, props: { ...frame.props, name: 'P — Onze klanten' } };
		expect(readAs(edited, 'en')).toBeNull();
	});

	it('know a template’s shapes by their fixed ids on boards filled before the reference was stored', () => {
		for (const template of templates) {
			for (const record of build(template.id)) {
				const { label, ...meta } = record.meta as { label?: string };
				if (label === undefined) continue;
				expect(labelRefOf({ id: record.id, meta })).toBe(label);
			}
		}
	});

	it('ignore shapes that are not a template’s', () => {
		expect(labelRefOf({ id: 'shape:abc', meta: {} })).toBeNull();
		expect(labelRefOf({ id: 'shape:template-unknown-people', meta: {} })).toBeNull();
		expect(shownLabel({ id: 'shape:x', meta: { label: 'post/title/nope' } }, () => true, 'en')).toBeNull();
	});
});
