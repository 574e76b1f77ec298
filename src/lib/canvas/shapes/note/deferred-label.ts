import {
	Geometry2d,
	Group2d,
	Rectangle2d,
	type Geometry2dFilters,
	type TLNoteShape,
	type VecLike
} from '@tldraw/tldraw';

/** tldraw 3.15's note size (`NOTE_SIZE`, not exported); tests/unit/deferred-label.test.ts holds us to it. */
const NOTE_SIZE = 200;

/** A note's width and height on the page, as tldraw sizes it. */
export function noteSize({ props: { scale, growY } }: TLNoteShape): { w: number; h: number } {
	return { w: NOTE_SIZE * scale, h: (NOTE_SIZE + growY) * scale };
}

/**
 * A label's geometry that is measured only when someone asks about a point inside the shape that
 * holds it. tldraw measures every note's text (a DOM layout each) to build its geometry, and it
 * needs every shape's geometry for its bounds as soon as a board opens: 2,000 notes took about 1 s
 * there. The label lies inside its note (tldraw grows a note to fit its text), so a point outside
 * the note is outside the label, and bounds leave labels out anyway.
 */
export class DeferredLabel extends Geometry2d {
	private measured: Geometry2d | undefined;
	private readonly holder: Geometry2d;
	private readonly measure: () => Geometry2d;

	constructor(holder: Geometry2d, measure: () => Geometry2d) {
		super({ isFilled: true, isClosed: true, isLabel: true });
		this.holder = holder;
		this.measure = measure;
	}

	private get label(): Geometry2d {
		return (this.measured ??= this.measure());
	}

	override isPointInBounds(point: VecLike, margin = 0): boolean {
		return this.holder.isPointInBounds(point, margin) && this.label.isPointInBounds(point, margin);
	}
	override getBounds() {
		return this.label.bounds;
	}
	getVertices(filters: Geometry2dFilters) {
		return this.label.getVertices(filters);
	}
	nearestPoint(point: VecLike, filters?: Geometry2dFilters) {
		return this.label.nearestPoint(point, filters);
	}
	override hitTestPoint(point: VecLike, margin = 0, hitInside = false) {
		return this.label.hitTestPoint(point, margin, hitInside);
	}
	override hitTestLineSegment(a: VecLike, b: VecLike, distance = 0, filters?: Geometry2dFilters) {
		return this.label.hitTestLineSegment(a, b, distance, filters);
	}
	getSvgPathData(first: boolean) {
		return this.label.getSvgPathData(first);
	}
}

/**
 * A sticky note's geometry as tldraw builds it (the note, then its label), with the label measured
 * on demand: `full` is tldraw's own geometry for the note, whose second child is the label.
 */
export function noteGeometry(shape: TLNoteShape, full: () => Geometry2d): Group2d {
	const { w, h } = noteSize(shape);
	const note = new Rectangle2d({ width: w, height: h, isFilled: true });
	const label = () => {
		const measured = full();
		const child = measured instanceof Group2d ? measured.children.find((c) => c.isLabel) : undefined;
		if (!child) throw new Error('tldraw changed how a note is built: see shapes/note/deferred-label.ts');
		return child;
	};
	return new Group2d({ children: [note, new DeferredLabel(note, label)] });
}
