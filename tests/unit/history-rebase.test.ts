import { describe, expect, it } from 'vitest';
import { toRichText, type RecordsDiff, type TLNoteShape, type TLRecord } from '@tldraw/tldraw';
import { changedPaths, rebaseDiff, type RemoteChanges } from '../../src/lib/canvas/sync/history-rebase.ts';
import { noteRecord } from '../support/tldraw-records.ts';

const base = noteRecord('n', '', 0, 0);
const withText = (note: TLNoteShape, text: string): TLNoteShape => ({
	...note,
	props: { ...note.props, richText: toRichText(text) }
});
const diffOf = (from: TLNoteShape, to: TLNoteShape): RecordsDiff<TLRecord> => ({
	added: {},
	removed: {},
	updated: { [from.id]: [from, to] }
});
const remoteChange = (from: TLNoteShape, to: TLNoteShape): RemoteChanges =>
	new Map([[to.id, { record: to, paths: changedPaths(from, to) }]]);

describe('history rebase on remote changes', () => {
	it('finds changed fields and nested props', () => {
		expect(changedPaths(base, { ...withText(base, 'x'), x: 5 })).toEqual([['x'], ['props', 'richText']]);
	});

	it('carries a colleague’s text into my move, so undoing the move keeps their text', () => {
		const moved = { ...base, x: 300 };
		const remote = remoteChange(moved, withText(moved, 'Doel: engagement'));
		const [from, to] = Object.values(rebaseDiff(diffOf(base, moved), remote).updated)[0] as [
			TLNoteShape,
			TLNoteShape
		];
		expect(from.x).toBe(0);
		expect(to.x).toBe(300);
		expect(from.props.richText).toEqual(toRichText('Doel: engagement'));
		expect(to.props.richText).toEqual(toRichText('Doel: engagement'));
	});

	it('leaves a field that my own entry changed for my undo', () => {
		const mine = withText(base, 'mijn tekst');
		const remote = remoteChange(mine, withText(mine, 'hun tekst'));
		const [from] = Object.values(rebaseDiff(diffOf(base, mine), remote).updated)[0] as [
			TLNoteShape,
			TLNoteShape
		];
		expect(from.props.richText).toEqual(base.props.richText);
	});

	it('returns the same diff when no remote change concerns it', () => {
		const diff = diffOf(base, { ...base, x: 1 });
		const other = noteRecord('other', '');
		expect(rebaseDiff(diff, remoteChange(other, withText(other, 'x')))).toBe(diff);
	});
});
