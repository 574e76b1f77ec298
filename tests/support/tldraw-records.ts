import { createShapeId, toRichText, type IndexKey, type TLNoteShape, type TLParentId } from '@tldraw/tldraw';

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
