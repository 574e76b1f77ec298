import { describe, expect, it } from 'vitest';
import { arrangeStep, stepKeepOut, type Area } from './ring-arrangement.ts';
import { LABEL_WIDTH } from './ring-dimensions.ts';
import { segmentAt } from './ring-geometry.ts';

const SIZE = 1400;
// A label as RingView draws it at this size: LABEL_WIDTH of the ring wide, about three lines and a question.
const LABEL = { w: SIZE * LABEL_WIDTH, h: 170 };
const notes = (n: number) =>
	Array.from({ length: n }, (_, i) => ({ id: `n${i}`, x: 600 + i * 5, y: 900 + i * 3, w: 200, h: 200 }));

describe('notes on a step of the ring', () => {
	it.each([1, 3, 6, 12])(
		'%i notes each get a place in the step, clear of its label, badge and each other',
		(n) => {
			for (const step of [1, 3, 6]) {
				const keepOut = stepKeepOut(SIZE, step, LABEL);
				const placed = arrangeStep(SIZE, step, notes(n), keepOut);
				expect(placed).toHaveLength(n);
				const boxes: Area[] = placed.map((p) => ({ x: p.x, y: p.y, w: 200 * p.scale, h: 200 * p.scale }));
				for (const [i, box] of boxes.entries()) {
					for (const [x, y] of [
						[box.x, box.y],
						[box.x + box.w, box.y + box.h],
						[box.x + box.w, box.y],
						[box.x, box.y + box.h]
					])
						expect(segmentAt(x!, y!, SIZE)).toBe(step);
					for (const other of [...keepOut, ...boxes.slice(i + 1)]) {
						const apart =
							box.x + box.w <= other.x ||
							other.x + other.w <= box.x ||
							box.y + box.h <= other.y ||
							other.y + other.h <= box.y;
						expect(apart).toBe(true);
					}
				}
			}
		}
	);

	it('keeps notes as large as the step allows: fewer notes, larger', () => {
		const keepOut = stepKeepOut(SIZE, 3, LABEL);
		const one = arrangeStep(SIZE, 3, notes(1), keepOut)[0]!.scale;
		const twelve = arrangeStep(SIZE, 3, notes(12), keepOut)[0]!.scale;
		expect(one).toBeGreaterThan(twelve);
		expect(one).toBeGreaterThanOrEqual(0.5);
	});
});
