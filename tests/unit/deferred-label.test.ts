import { describe, expect, it } from 'vitest';
import { Group2d, NoteShapeUtil, Vec, type Editor, type TLNoteShape } from '@tldraw/tldraw';
import { noteRecord } from '../support/tldraw-records.ts';
import { noteGeometry } from '../../src/lib/canvas/shapes/note/deferred-label.ts';

// An empty note's label is not measured by tldraw either, so its own geometry can be built without a DOM.
const tldrawNotes = new NoteShapeUtil({} as Editor);
const emptyNote = (props: Partial<TLNoteShape['props']>): TLNoteShape => {
	const note = noteRecord('n', '');
	return { ...note, props: { ...note.props, ...props } };
};

function counted(note: TLNoteShape) {
	const calls = { measured: 0 };
	const geometry = noteGeometry(note, () => {
		calls.measured++;
		return tldrawNotes.getGeometry(note);
	});
	return { geometry, calls, tldraw: tldrawNotes.getGeometry(note) };
}

describe('a sticky note whose label is measured on demand', () => {
	it('has the bounds and outline tldraw gives it, at any scale and growth', () => {
		for (const props of [{}, { scale: 2.5 }, { growY: 140 }, { scale: 0.5, growY: 33 }]) {
			const { geometry, tldraw } = counted(emptyNote(props));
			expect(geometry.bounds.toJson()).toEqual(tldraw.bounds.toJson());
			expect(geometry.vertices.map((v) => v.toJson())).toEqual(tldraw.vertices.map((v) => v.toJson()));
		}
	});

	it('does not measure its label for its bounds or for points outside the note', () => {
		const { geometry, calls } = counted(emptyNote({ growY: 40 }));
		void geometry.bounds;
		const outside = new Vec(-30, 120);
		expect(geometry.hitTestPoint(outside, 0, true)).toBe(false);
		for (const child of geometry.children)
			if (child.isLabel) expect(child.isPointInBounds(outside)).toBe(false);
		expect(calls.measured).toBe(0);
	});

	it('measures the label once, when a point inside the note is asked about, and agrees with tldraw', () => {
		const { geometry, calls, tldraw } = counted(emptyNote({ growY: 40 }));
		const tldrawLabel = (tldraw as Group2d).children.find((child) => child.isLabel)!;
		const label = geometry.children.find((child) => child.isLabel)!;
		for (const point of [new Vec(100, 120), new Vec(5, 5), new Vec(199, 239)]) {
			expect(label.isPointInBounds(point)).toBe(tldrawLabel.isPointInBounds(point));
			expect(label.hitTestPoint(point)).toBe(tldrawLabel.hitTestPoint(point));
		}
		expect(label.bounds.toJson()).toEqual(tldrawLabel.bounds.toJson());
		expect(calls.measured).toBe(1);
	});
});
