import {
	FONT_FAMILIES,
	FONT_SIZES,
	FrameShapeUtil,
	NoteShapeUtil,
	TEXT_PROPS,
	TextShapeUtil,
	renderHtmlFromRichTextForMeasurement,
	toRichText,
	type Editor,
	type SvgExportContext,
	type TLFrameShape,
	type TLNoteShape,
	type TLRichText,
	type TLTextShape
} from '@tldraw/tldraw';
import { templateLocale } from '../../i18n/localized.ts';
import { deepEqual } from '../../plain-object.ts';
import { shownLabel } from '../../templates/template-labels.ts';
import { noteGeometry } from '../shapes/note/deferred-label.ts';
import { useNoteAtAnyDistance } from '../shapes/note/distant-note.tsx';

/*
 * tldraw's frame, text and sticky note, drawn with a template's text in the viewer's language
 * while nobody has edited it (see templates/template-labels.ts). The stored record is untouched:
 * each viewer only draws (and exports) it differently; editing starts from what they see.
 */

const viewerLocale = (editor: Editor) => templateLocale(editor.user.getLocale());

// One rich text per template text, so a redraw hands tldraw the same object.
const richTexts = new Map<string, TLRichText>();
function richTextOf(text: string): TLRichText {
	let richText = richTexts.get(text);
	if (!richText) richTexts.set(text, (richText = toRichText(text)));
	return richText;
}

function withShownText<S extends TLTextShape | TLNoteShape>(editor: Editor, shape: S): S {
	const stored = shape.props.richText;
	const shown = shownLabel(shape, (text) => deepEqual(stored, richTextOf(text)), viewerLocale(editor));
	return shown === null ? shape : { ...shape, props: { ...shape.props, richText: richTextOf(shown) } };
}

export class LabelledFrameShapeUtil extends FrameShapeUtil {
	private shown(shape: TLFrameShape): TLFrameShape {
		const stored = shape.props.name;
		const shown = shownLabel(shape, (text) => text === stored, viewerLocale(this.editor));
		return shown === null ? shape : { ...shape, props: { ...shape.props, name: shown } };
	}
	override getText(shape: TLFrameShape) {
		return super.getText(this.shown(shape));
	}
	override getAriaDescriptor(shape: TLFrameShape) {
		return super.getAriaDescriptor(this.shown(shape));
	}
	override component(shape: TLFrameShape) {
		return super.component(this.shown(shape));
	}
	override toSvg(shape: TLFrameShape, ctx: SvgExportContext) {
		return super.toSvg(this.shown(shape), ctx);
	}
}

type Size = { width: number; height: number };
/** What tldraw measures for a fixed-width text, for the text a viewer is shown, by width, size and font. */
const shownSizes = new WeakMap<TLRichText, Map<string, Size>>();

export class LabelledTextShapeUtil extends TextShapeUtil {
	override getMinDimensions(shape: TLTextShape) {
		const shown = withShownText(this.editor, shape);
		if (shown === shape || shape.props.autoSize) return super.getMinDimensions(shape);
		const { richText } = shown.props;
		const { size, font } = shape.props;
		const width = Math.max(16, Math.floor(shape.props.w));
		const sizes = shownSizes.get(richText) ?? new Map<string, Size>();
		shownSizes.set(richText, sizes);
		const key = `${width} ${size} ${font}`;
		let measured = sizes.get(key);
		if (!measured) {
			const fontSize = FONT_SIZES[size];
			const { h } = this.editor.textMeasure.measureHtml(
				renderHtmlFromRichTextForMeasurement(this.editor, richText),
				{ ...TEXT_PROPS, fontFamily: FONT_FAMILIES[font], fontSize, maxWidth: width }
			);
			measured = { width, height: Math.max(fontSize, h) };
			sizes.set(key, measured);
		}
		return measured;
	}
	override getText(shape: TLTextShape) {
		return super.getText(withShownText(this.editor, shape));
	}
	override component(shape: TLTextShape) {
		return super.component(withShownText(this.editor, shape));
	}
	override toSvg(shape: TLTextShape, ctx: SvgExportContext) {
		return super.toSvg(withShownText(this.editor, shape), ctx);
	}
}

export class LabelledNoteShapeUtil extends NoteShapeUtil {
	// Not about template text: the one note util is also where a big board opens with less work
	// (its labels measured on demand, notes too small to read drawn without their text).
	override getGeometry(shape: TLNoteShape) {
		return noteGeometry(shape, () => super.getGeometry(shape));
	}
	override getText(shape: TLNoteShape) {
		return super.getText(withShownText(this.editor, shape));
	}
	override component(shape: TLNoteShape) {
		return useNoteAtAnyDistance(this.editor, shape, (drawn) =>
			super.component(withShownText(this.editor, drawn))
		);
	}
	override toSvg(shape: TLNoteShape, ctx: SvgExportContext) {
		return super.toSvg(withShownText(this.editor, shape), ctx);
	}
}

/** For tldraw's `shapeUtils`: they take the place of its own frame, text and note. */
export const labelledShapeUtils = [LabelledFrameShapeUtil, LabelledTextShapeUtil, LabelledNoteShapeUtil];
