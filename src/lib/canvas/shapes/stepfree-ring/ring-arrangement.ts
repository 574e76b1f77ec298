import { badgeSide } from './ring-dimensions.ts';
import { badgeAnchor, labelAnchor, segmentAt } from './ring-geometry.ts';

/** A box in the ring's own coordinates (0…size). */
export interface Area {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A note on a step: where it is and its size at scale 1. */
export interface StepNote {
	id: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Placement {
	id: string;
	x: number;
	y: number;
	scale: number;
}

/** From full size down: the largest at which every note on the step has a place of its own. */
const SCALES = [1, 0.8, 0.65, 0.5, 0.4, 0.32, 0.25];
const GAP = 8;
const SHIFTS = [0, 0.25, 0.5, 0.75].flatMap((x) => [0, 0.25, 0.5, 0.75].map((y) => [x, y] as const));

const overlaps = (a: Area, b: Area) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** What a step's notes must leave visible: its label (number, title, question) and its count badge. */
export function stepKeepOut(size: number, step: number, label: { w: number; h: number }): Area[] {
	const at = labelAnchor(step, size);
	const badge = badgeAnchor(step, size);
	const side = badgeSide(size) + 2 * GAP;
	return [
		{ x: at.x - label.w / 2 - GAP, y: at.y - label.h / 2 - GAP, w: label.w + 2 * GAP, h: label.h + 2 * GAP },
		{ x: badge.x - side / 2, y: badge.y - side / 2, w: side, h: side }
	];
}

/** The places of a `w`×`h` box wholly inside `step`, clear of `keepOut`, row by row. */
function slots(size: number, step: number, w: number, h: number, keepOut: Area[]): Area[] {
	let best: Area[] = [];
	// The grid at a few offsets: a shifted grid often fits a row or a column more into the wedge.
	for (const [shiftX, shiftY] of SHIFTS) {
		const found: Area[] = [];
		for (let y = GAP + shiftY * h; y + h <= size; y += h + GAP) {
			for (let x = GAP + shiftX * w; x + w <= size; x += w + GAP) {
				const box = { x, y, w, h };
				const inside = [
					[x, y],
					[x + w, y],
					[x, y + h],
					[x + w, y + h]
				].every(([px, py]) => segmentAt(px!, py!, size) === step);
				if (inside && !keepOut.some((area) => overlaps(area, box))) found.push(box);
			}
		}
		if (found.length > best.length) best = found;
	}
	return best;
}

/**
 * Where a step's notes go so that none covers another or the step's label and badge: each in a
 * place of its own, all at the largest scale that gives every one a place, in the order they were
 * read in (top to bottom, left to right). Notes beyond what the smallest scale holds stay put.
 */
export function arrangeStep(size: number, step: number, notes: StepNote[], keepOut: Area[]): Placement[] {
	if (notes.length === 0) return [];
	const w = Math.max(...notes.map((note) => note.w));
	const h = Math.max(...notes.map((note) => note.h));
	let scale = SCALES.at(-1)!;
	let places: Area[] = [];
	for (const candidate of SCALES) {
		places = slots(size, step, w * candidate, h * candidate, keepOut);
		scale = candidate;
		if (places.length >= notes.length) break;
	}
	const ordered = [...notes].sort((a, b) => a.y - b.y || a.x - b.x);
	return ordered.map((note, i) => {
		const place = places[i];
		return place
			? { id: note.id, x: place.x, y: place.y, scale }
			: { id: note.id, x: note.x, y: note.y, scale };
	});
}
