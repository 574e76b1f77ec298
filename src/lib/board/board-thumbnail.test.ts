import { describe, expect, it } from 'vitest';
import { readThumbnail, thumbnailOf, THUMBNAIL_SIZE } from './board-thumbnail.ts';

const shape = (id: string, type: string, x: number, y: number, props: object, parentId = 'page:page') => ({
	id: `shape:${id}`,
	typeName: 'shape',
	type,
	x,
	y,
	parentId,
	props
});

describe('a board drawn small', () => {
	it('draws frames, the notes in them at their place on the page, cards and the ring', () => {
		const thumbnail = thumbnailOf([
			{ id: 'page:page', typeName: 'page' },
			shape('frame', 'frame', 1000, 0, { w: 1200, h: 1200 }),
			shape('note', 'note', 100, 100, { growY: 0, scale: 1 }, 'shape:frame'),
			shape('persona', 'persona', 0, 0, { w: 400, h: 600 }),
			shape('ring', 'stepfree-ring', 0, 1200, { size: 1000 })
		])!;
		// 2,200 × 2,200 on the page becomes 240 × 240.
		expect(thumbnail.w).toBe(THUMBNAIL_SIZE);
		expect(thumbnail.h).toBe(THUMBNAIL_SIZE);
		const scale = THUMBNAIL_SIZE / 2200;
		const round = (v: number) => Math.round(v * scale * 10) / 10;
		expect(thumbnail.shapes).toEqual([
			[round(1000), 0, round(1200), round(1200), 'frame'],
			[0, round(1200), round(1000), round(1000), 'ring'],
			[round(1100), round(100), round(200), round(200), 'note'],
			[0, 0, round(400), round(600), 'card']
		]);
	});

	it('has nothing to draw for an empty board, and reads back only what it stored', () => {
		expect(thumbnailOf([{ id: 'page:page', typeName: 'page' }])).toBeNull();
		expect(readThumbnail(null)).toBeNull();
		expect(readThumbnail('{not json')).toBeNull();
		expect(readThumbnail('{"shapes":1}')).toBeNull();
		const stored = thumbnailOf([shape('n', 'note', 0, 0, {})]);
		expect(readThumbnail(JSON.stringify(stored))).toEqual(stored);
	});
});
