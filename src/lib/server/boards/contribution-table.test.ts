import { describe, expect, it } from 'vitest';
import { contributionCsv, contributionTable } from './contribution-table.ts';

describe('the contributions table', () => {
	it('adds up per person and names the frames, most used first', () => {
		const row = (authorId: string, recordId: string, created: boolean, fieldChanges = 0) => ({
			authorId,
			authorName: authorId === 'u1' ? 'Anne' : '=HYPERLINK("evil")',
			recordId,
			created,
			changes: 1,
			fieldChanges
		});
		const frames: Record<string, string> = { a: 'P — Mensen', b: 'S — Strategie', c: 'S — Strategie' };
		const table = contributionTable(
			[row('u1', 'a', true, 2), row('u1', 'b', false, 1), row('u1', 'c', true), row('u2', 'a', false)],
			(id) => frames[id] ?? null
		);
		expect(table[0]).toEqual({
			name: 'Anne',
			shapesCreated: 2,
			shapesChanged: 3,
			fieldChanges: 3,
			frames: ['S — Strategie', 'P — Mensen']
		});
		// A name a spreadsheet would run as a formula is quoted and defused.
		const csv = contributionCsv(table, ['who', 'made', 'changed', 'fields', 'frames']);
		expect(csv).toContain('"\'=HYPERLINK(""evil"")",0,1,0,P — Mensen');
	});
});
