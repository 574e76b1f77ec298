import { describe, expect, it } from 'vitest';
import type { Editor, TLShape, TLShapeId } from '@tldraw/tldraw';
import { frameRecord, noteRecord } from '../support/tldraw-records.ts';
import { keepNoteGeometryAcrossFontLoads, loadFontsOnDemand } from '../../src/lib/canvas/fonts-on-demand.ts';

/** An editor with tldraw's FontManager reduced to what these functions touch: what it queued and tracked. */
function editorWith(shapes: TLShape[]) {
	const tracked: string[] = [];
	const fonts = {
		fontsToLoad: new Set(['all sixteen faces']),
		trackFontsForShape(shape: TLShape | TLShapeId) {
			tracked.push(typeof shape === 'string' ? shape : shape.id);
		}
	};
	const editor = { fonts, getShape: (id: TLShapeId) => shapes.find((shape) => shape.id === id) };
	return { editor: editor as unknown as Editor, fonts, tracked };
}

describe('tldraw’s fonts, loaded as shapes need them', () => {
	it('drops the request for every face that tldraw makes as it mounts', () => {
		const { editor, fonts } = editorWith([]);
		loadFontsOnDemand(editor);
		expect(fonts.fontsToLoad.size).toBe(0);
	});

	it('rebuilds no note’s geometry when a font loads, and every other shape’s as before', () => {
		const note = noteRecord('note', 'Doelgroep: starters');
		const frame = frameRecord('frame', 'Persona');
		const { editor, tracked } = editorWith([note, frame]);
		keepNoteGeometryAcrossFontLoads(editor);
		for (const shape of [note, frame, note.id, frame.id]) editor.fonts.trackFontsForShape(shape);
		expect(tracked).toEqual([frame.id, frame.id]);
	});
});
