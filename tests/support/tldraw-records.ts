import {
	createShapeId,
	toRichText,
	type IndexKey,
	type TLFrameShape,
	type TLNoteShape,
	type TLPage,
	type TLParentId
} from '@tldraw/tldraw';

/** A tldraw 3 page record (`page:page` is the first page of every new board). */
export function pageRecord(key: string, name: string, index = 'a1'): TLPage {
	return { id: `page:${key}` as TLPage['id'], typeName: 'page', name, index: index as IndexKey, meta: {} };
}

/** A complete tldraw 3 sticky note record on the first page. */
export function noteRecord(key: string, text: string, x = 100, y = 100, index = 'a1'): TLNoteShape {
	return {
		id: createShapeId(key),
		typeName: 'shape',
		type: 'note',
		x,
		y,
		rotation: 0,
		index: index as IndexKey,
		parentId: 'page:page' as TLParentId,
		isLocked: false,
		opacity: 1,
		meta: {},
		props: {
			color: 'yellow',
			labelColor: 'black',
			size: 'm',
			font: 'draw',
			fontSizeAdjustment: 0,
			align: 'middle',
			verticalAlign: 'middle',
			growY: 0,
			url: '',
			richText: toRichText(text),
			scale: 1
		}
	};
}

/** A complete tldraw 3 frame record on the first page, named `name`. */
export function frameRecord(
	key: string,
	name: string,
	options: { w?: number; h?: number; meta?: Record<string, unknown> } = {}
): TLFrameShape {
	return {
		id: createShapeId(key),
		typeName: 'shape',
		type: 'frame',
		x: 0,
		y: 0,
		rotation: 0,
		index: 'a1' as IndexKey,
		parentId: 'page:page' as TLParentId,
		isLocked: false,
		opacity: 1,
		meta: (options.meta ?? {}) as TLFrameShape['meta'],
		props: { w: options.w ?? 400, h: options.h ?? 300, name, color: 'black' }
	};
}
