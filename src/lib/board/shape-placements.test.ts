import { describe, expect, it } from 'vitest';
import { ShapePlacements, placementOf } from './shape-placements.ts';

const at = (parentId: string, x: number, y: number, rotation = 0) => ({ parentId, x, y, rotation });

describe('where a shape whose parent is gone was seen on the page', () => {
	it('adds the frame’s place to a note’s place inside it', () => {
		const placements = new ShapePlacements();
		placements.remember('shape:frame', at('page:page', 400, 300));
		expect(placements.onPage(at('shape:frame', 20, 30))).toEqual(at('page:page', 420, 330));
	});

	it('follows frames inside frames, turned ones too, to their page', () => {
		const placements = new ShapePlacements();
		placements.remember('shape:outer', at('page:two', 1000, 0, Math.PI / 2));
		placements.remember('shape:inner', at('shape:outer', 100, 0));
		const seen = placements.onPage(at('shape:inner', 10, 0, 0.1))!;
		// Turned a quarter: the inner frame lies 100 below the outer one's corner, the note 10 below that.
		expect(seen.parentId).toBe('page:two');
		expect(seen.x).toBeCloseTo(1000);
		expect(seen.y).toBeCloseTo(110);
		expect(seen.rotation).toBeCloseTo(Math.PI / 2 + 0.1);
	});

	it('knows nothing of a frame it never saw, nor of a loop', () => {
		const placements = new ShapePlacements();
		expect(placements.onPage(at('shape:never', 1, 2))).toBeUndefined();
		placements.remember('shape:a', at('shape:b', 1, 1));
		placements.remember('shape:b', at('shape:a', 1, 1));
		expect(placements.onPage(at('shape:a', 1, 2))).toBeUndefined();
		placements.remember('shape:far', at('page:page', Number.MAX_VALUE, 0));
		expect(placements.onPage(at('shape:far', Number.MAX_VALUE, 0))).toBeUndefined();
	});

	it('reads a placement only from a parent and finite numbers', () => {
		const fields = (values: Record<string, unknown>) => (name: string) => values[name];
		expect(placementOf(fields(at('page:page', 1, 2, 0.5)))).toEqual(at('page:page', 1, 2, 0.5));
		expect(placementOf(fields({ ...at('page:page', 1, 2), x: '1' }))).toBeUndefined();
		expect(placementOf(fields({ ...at('page:page', 1, 2), y: Infinity }))).toBeUndefined();
		expect(placementOf(fields({ ...at('page:page', 1, 2), parentId: null }))).toBeUndefined();
	});
});
