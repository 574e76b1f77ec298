import { describe, expect, it } from 'vitest';
import { boardChanges, comparisonRecords, countChanges, type BoardRecord } from './board-changes.ts';

const page: BoardRecord = { id: 'page:page', typeName: 'page', name: 'Page 1' };
const shape = (id: string, props: Record<string, unknown>, parentId = 'page:page'): BoardRecord => ({
	id: `shape:${id}`,
	typeName: 'shape',
	type: 'note',
	parentId,
	x: 0,
	y: 0,
	opacity: 1,
	props
});

describe('what changed since a snapshot', () => {
	const frame = shape('frame', { name: 'Mensen' });
	const before = [
		page,
		frame,
		shape('kept', { text: 'blijft' }, 'shape:frame'),
		shape('edited', { text: 'oud' }),
		shape('gone', { text: 'weg' })
	];
	const now = [
		page,
		frame,
		shape('kept', { text: 'blijft' }, 'shape:frame'),
		shape('edited', { text: 'nieuw' }),
		shape('new', { text: 'erbij' })
	];

	it('marks shapes added, removed and changed, and leaves the rest alone', () => {
		const changes = boardChanges(before, now);
		expect(Object.fromEntries(changes)).toEqual({
			'shape:edited': 'changed',
			'shape:gone': 'removed',
			'shape:new': 'added'
		});
		expect(countChanges(changes)).toEqual({ added: 1, removed: 1, changed: 1 });
		expect(boardChanges(now, now).size).toBe(0);
	});

	it('notices a change deep in a card field', () => {
		const card = (rows: unknown[]) => [page, { ...shape('budget', { rows }), type: 'budget' }];
		const changes = boardChanges(
			card([{ item: 'Ads', amount: '10' }]),
			card([{ item: 'Ads', amount: '12' }])
		);
		expect(changes.get('shape:budget')).toBe('changed');
	});

	it('shows the board now with the removed shapes faded back in, and their frame with them', () => {
		const inFrame = [page, frame, shape('note', { text: 'in het frame' }, 'shape:frame')];
		const changes = boardChanges(inFrame, [page]);
		const shown = comparisonRecords(inFrame, [page], changes);
		expect(shown.map((r) => r.id).sort()).toEqual(['page:page', 'shape:frame', 'shape:note']);
		expect(shown.find((r) => r.id === 'shape:note')!.opacity).toBe(0.35);
		expect(
			comparisonRecords(before, now, boardChanges(before, now)).find((r) => r.id === 'shape:edited')!.props
		).toEqual({
			text: 'nieuw'
		});
	});
});
