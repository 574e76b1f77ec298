import { describe, expect, it } from 'vitest';
import { labelAnchor, segmentAt } from '../../src/lib/canvas/shapes/stepfree-ring/ring-geometry.ts';
import { INNER_RATIO, RING_STEP_COUNT } from '../../src/lib/canvas/shapes/stepfree-ring/ring-dimensions.ts';
import { RING_STEPS } from '../../src/lib/canvas/shapes/stepfree-ring/ring-steps.ts';

const SIZE = 1000;
const R = SIZE / 2;
/** A point at `radius` from the centre, `degrees` clockwise from straight up. */
const at = (radius: number, degrees: number) => {
	const angle = ((degrees - 90) * Math.PI) / 180;
	return [R + radius * Math.cos(angle), R + radius * Math.sin(angle)] as const;
};

describe('StepFree ring segments', () => {
	it('numbers the eight steps clockwise from the top, online behaviour third, as the source tells them', () => {
		expect(RING_STEPS).toHaveLength(RING_STEP_COUNT);
		expect(RING_STEP_COUNT).toBe(8);
		expect(RING_STEPS[2]!.title.nl).toBe('Online gedrag');
		expect(RING_STEPS[1]!.title.nl).toBe('Doelgroep en doelstellingen');
		for (let step = 1; step <= 8; step++) {
			const middle = (step - 0.5) * 45;
			expect(segmentAt(...at(R * 0.7, middle), SIZE), `step ${step}`).toBe(step);
		}
	});

	it('puts the centre (the internal organisation) and the outside apart from the steps', () => {
		expect(segmentAt(R, R, SIZE)).toBe('centre');
		expect(segmentAt(...at(R * INNER_RATIO * 0.9, 100), SIZE)).toBe('centre');
		expect(segmentAt(...at(R * 1.05, 100), SIZE)).toBeNull();
		expect(segmentAt(0, 0, SIZE)).toBeNull();
	});

	it('splits at the boundaries between steps', () => {
		expect(segmentAt(...at(R * 0.7, 44.9), SIZE)).toBe(1);
		expect(segmentAt(...at(R * 0.7, 45.1), SIZE)).toBe(2);
		expect(segmentAt(...at(R * 0.7, 359.9), SIZE)).toBe(8);
	});

	it('scales with the ring: the same relative point is the same step at any size', () => {
		for (const size of [400, 1400, 5000]) {
			const anchor = labelAnchor(3, size);
			expect(segmentAt(anchor.x, anchor.y, size)).toBe(3);
		}
	});
});
