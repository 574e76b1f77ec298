import {
	createShapeId,
	getIndices,
	getIndicesAbove,
	toRichText,
	type IndexKey,
	type TLFrameShape,
	type TLNoteShape,
	type TLParentId,
	type TLShape,
	type TLShapeId,
	type TLTextShape
} from '@tldraw/tldraw';
import type { TemplateDefinition } from '$lib/templates/index.ts';

export type TemplateLocale = 'nl' | 'en';

/** The template language for a UI locale: English for English, Dutch for everything else. */
export const templateLocale = (locale: string): TemplateLocale => (locale === 'en' ? 'en' : 'nl');

export interface BuildOptions {
	locale: TemplateLocale;
	/** Where the template's top-left corner goes on the page. */
	origin: { x: number; y: number };
	/** The id of each shape, from its key in the definition. */
	idFor: (key: string) => TLShapeId;
	pageId: TLParentId;
	/** The page's highest index: the template goes above everything already there. */
	above?: IndexKey | null;
}

const GUIDANCE_INSET = 24;

/** Ids that are the same for every client, so two people applying a new board's template at once converge. */
export const fixedTemplateIds = (templateId: string) => (key: string) =>
	createShapeId(`template-${templateId}-${key}`);

/** Fresh ids, for inserting a template into a board that already has content. */
export const freshTemplateIds = () => () => createShapeId();

const base = (id: TLShapeId, parentId: TLParentId, index: IndexKey, x: number, y: number) => ({
	id,
	typeName: 'shape' as const,
	parentId,
	index,
	x,
	y,
	rotation: 0,
	isLocked: false,
	opacity: 1,
	meta: {}
});

/** The complete tldraw records of a template: a frame per area, its guiding question, and the notes placed in it. */
export function buildTemplateRecords(template: TemplateDefinition, options: BuildOptions): TLShape[] {
	const { locale, origin, idFor } = options;
	const frameIndices = getIndicesAbove(options.above ?? null, template.areas.length);
	const records: TLShape[] = [];
	template.areas.forEach((area, i) => {
		const frameId = idFor(area.key);
		const notes = template.notes.filter((note) => note.area === area.key);
		const childIndices = getIndices(notes.length + 1);
		const frame: TLFrameShape = {
			...base(frameId, options.pageId, frameIndices[i]!, origin.x + area.x, origin.y + area.y),
			type: 'frame',
			props: { w: area.w, h: area.h, name: area.title[locale], color: 'black' }
		};
		const guidance: TLTextShape = {
			...base(idFor(`${area.key}/guidance`), frameId, childIndices[0]!, GUIDANCE_INSET, GUIDANCE_INSET),
			type: 'text',
			props: {
				color: 'grey',
				size: 's',
				font: 'sans',
				textAlign: 'start',
				w: area.w - 2 * GUIDANCE_INSET,
				richText: toRichText(area.guidance[locale]),
				scale: 1,
				autoSize: false
			}
		};
		records.push(frame, guidance);
		notes.forEach((note, n) => {
			const record: TLNoteShape = {
				...base(idFor(note.key), frameId, childIndices[n + 1]!, note.x, note.y),
				type: 'note',
				props: {
					color: note.color ?? 'yellow',
					labelColor: 'black',
					size: 's',
					font: 'sans',
					fontSizeAdjustment: 0,
					align: 'middle',
					verticalAlign: 'middle',
					growY: 0,
					url: '',
					richText: toRichText(note.text[locale]),
					scale: 1
				}
			};
			records.push(record);
		});
	});
	return records;
}
