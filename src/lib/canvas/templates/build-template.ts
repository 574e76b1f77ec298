import {
	createShapeId,
	getIndices,
	getIndicesAbove,
	toRichText,
	type IndexKey,
	type TLArrowShape,
	type TLFrameShape,
	type TLNoteShape,
	type TLParentId,
	type TLShape,
	type TLShapeId,
	type TLTextShape
} from '@tldraw/tldraw';
import { fixedShapeId, type TemplateDefinition } from '../../templates/index.ts';
import type { TemplateLocale } from '$lib/i18n/localized.ts';
import type { TemplateShape } from '$lib/templates/types.ts';
import { templateExtent } from '../../templates/layout.ts';
import { LABEL_META, labelRef } from '../../templates/template-labels.ts';
import { customShapeDefaults } from '../shapes/cards.ts';

export interface BuildOptions {
	locale: TemplateLocale;
	/** Where the template's top-left corner goes on the page. */
	origin: { x: number; y: number };
	/** The id of each shape, from its key in the definition. */
	idFor: (key: string) => TLShapeId;
	pageId: TLParentId;
	/** The page's highest index: the template goes above everything already there. */
	above?: IndexKey | null;
	/**
	 * Lock the structure (frames, their guiding questions, the source line, rings, arrows) with
	 * Werkbord's lock, so only facilitators change it; only a facilitator's template can be locked.
	 */
	lockStructure?: boolean;
}

const GUIDANCE_INSET = 24;
const SOURCE_GAP = 40;

/** Ids that are the same for every client, so two people applying a new board's template at once converge. */
export const fixedTemplateIds = (templateId: string) => (key: string) =>
	fixedShapeId(templateId, key) as TLShapeId;

/** Fresh ids, for inserting a template into a board that already has content. */
export const freshTemplateIds = () => () => createShapeId();

const base = (
	id: TLShapeId,
	parentId: TLParentId,
	index: IndexKey,
	x: number,
	y: number,
	locked = false,
	label?: string
) => ({
	id,
	typeName: 'shape' as const,
	parentId,
	index,
	x,
	y,
	rotation: 0,
	isLocked: false,
	opacity: 1,
	meta: { ...(locked ? { locked: true } : {}), ...(label ? { [LABEL_META]: label } : {}) }
});

/** Grey text in tldraw's small sans size, `w` wide: a guiding question, a source. */
const smallPrint = (text: string, w: number): TLTextShape['props'] => ({
	color: 'grey',
	size: 's',
	font: 'sans',
	textAlign: 'start',
	w,
	richText: toRichText(text),
	scale: 1,
	autoSize: false
});

/** The complete tldraw records of a template: a frame per area, its guiding question, the notes and shapes placed in it. */
export function buildTemplateRecords(template: TemplateDefinition, options: BuildOptions): TLShape[] {
	const { locale, origin, idFor } = options;
	const lock = options.lockStructure ?? false;
	const shapes = template.shapes ?? [];
	const onPage = shapes.filter((shape) => !shape.area);
	const arrows = template.arrows ?? [];
	const pageIndices = getIndicesAbove(
		options.above ?? null,
		template.areas.length + onPage.length + arrows.length + 1
	);
	const records: TLShape[] = [];
	template.areas.forEach((area, i) => {
		const frameId = idFor(area.key);
		const notes = template.notes.filter((note) => note.area === area.key);
		const inArea = shapes.filter((shape) => shape.area === area.key);
		const childIndices = getIndices(1 + notes.length + inArea.length);
		records.push(
			{
				...base(
					frameId,
					options.pageId,
					pageIndices[i]!,
					origin.x + area.x,
					origin.y + area.y,
					lock,
					labelRef(template.id, 'title', area.key)
				),
				type: 'frame',
				props: { w: area.w, h: area.h, name: area.title[locale], color: 'black' }
			} satisfies TLFrameShape,
			{
				...base(
					idFor(`${area.key}/guidance`),
					frameId,
					childIndices[0]!,
					GUIDANCE_INSET,
					GUIDANCE_INSET,
					lock,
					labelRef(template.id, 'guidance', area.key)
				),
				type: 'text',
				props: smallPrint(area.guidance[locale], area.w - 2 * GUIDANCE_INSET)
			} satisfies TLTextShape
		);
		notes.forEach((note, n) => {
			records.push({
				...base(
					idFor(note.key),
					frameId,
					childIndices[1 + n]!,
					note.x,
					note.y,
					false,
					labelRef(template.id, 'note', note.key)
				),
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
			} satisfies TLNoteShape);
		});
		inArea.forEach((shape, n) => {
			records.push(
				customShape(
					shape,
					base(idFor(shape.key), frameId, childIndices[1 + notes.length + n]!, shape.x, shape.y)
				)
			);
		});
	});
	onPage.forEach((shape, n) => {
		const index = pageIndices[template.areas.length + n]!;
		const at = base(idFor(shape.key), options.pageId, index, origin.x + shape.x, origin.y + shape.y, lock);
		records.push(customShape(shape, at));
	});
	arrows.forEach((arrow, n) => {
		const index = pageIndices[template.areas.length + onPage.length + n]!;
		records.push({
			...base(
				idFor(arrow.key),
				options.pageId,
				index,
				origin.x + arrow.from.x,
				origin.y + arrow.from.y,
				lock
			),
			type: 'arrow',
			props: {
				kind: 'arc',
				labelColor: 'black',
				color: 'grey',
				fill: 'none',
				dash: 'solid',
				size: 'l',
				arrowheadStart: 'none',
				arrowheadEnd: 'arrow',
				font: 'sans',
				start: { x: 0, y: 0 },
				end: { x: arrow.to.x - arrow.from.x, y: arrow.to.y - arrow.from.y },
				bend: arrow.bend,
				text: '',
				labelPosition: 0.5,
				scale: 1,
				elbowMidPoint: 0.5
			}
		} satisfies TLArrowShape);
	});
	// The model's source in small print under it, as the students must cite it.
	const { w, h } = templateExtent(template);
	records.push({
		...base(
			idFor('source'),
			options.pageId,
			pageIndices.at(-1)!,
			origin.x,
			origin.y + h + SOURCE_GAP,
			lock,
			labelRef(template.id, 'source')
		),
		type: 'text',
		props: smallPrint(template.source[locale], w)
	} satisfies TLTextShape);
	return records;
}

/** One of Werkbord's own shapes, empty, at a place made by `base`. */
function customShape(shape: TemplateShape, placed: ReturnType<typeof base>) {
	return { ...placed, type: shape.type, props: customShapeDefaults[shape.type]() } as TLShape;
}
