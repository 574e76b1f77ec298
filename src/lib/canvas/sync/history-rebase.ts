import type { Editor, RecordsDiff, TLRecord } from '@tldraw/tldraw';
import { deepEqual } from '../../plain-object.ts';
import { isNested } from './record-codec.ts';

/**
 * tldraw 3 undoes by putting back whole records, so undoing my move of a note would also put back
 * the text it had then, wiping a colleague's later edit. After each remote change this rewrites the
 * local history: a field that a history entry did not change itself takes the remote value on both
 * sides of the entry, so undo and redo restore only what this user changed.
 *
 * It reaches into tldraw's HistoryManager (internal in 3.15: `stacks` and `pendingDiff`).
 */

type Path = [field: string] | [field: string, key: string];
type Entry = { type: 'diff'; diff: RecordsDiff<TLRecord> } | { type: 'stop'; id: string };

interface HistoryStack {
	length: number;
	head: Entry | null;
	tail: HistoryStack;
	push(entry: Entry): HistoryStack;
	toArray(): Entry[];
}

interface InternalHistory {
	stacks: {
		get(): { undos: HistoryStack; redos: HistoryStack };
		set(value: { undos: HistoryStack; redos: HistoryStack }): void;
	};
	pendingDiff: { diff: RecordsDiff<TLRecord> };
}

type Plain = Record<string, unknown>;

/** The fields (and nested props/meta keys) that differ between two versions of a record. */
export function changedPaths(before: TLRecord, after: TLRecord): Path[] {
	const paths: Path[] = [];
	const a = before as unknown as Plain;
	const b = after as unknown as Plain;
	for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
		if (deepEqual(a[field], b[field])) continue;
		const inner = [a[field], b[field]];
		if (inner.every((v) => isNested(field, v))) {
			const [x, y] = inner as [Plain, Plain];
			for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
				if (!deepEqual(x[key], y[key])) paths.push([field, key]);
			}
		} else {
			paths.push([field]);
		}
	}
	return paths;
}

function read(record: TLRecord, [field, key]: Path): unknown {
	const value = (record as unknown as Plain)[field];
	return key === undefined ? value : (value as Plain | undefined)?.[key];
}

function write(record: TLRecord, [field, key]: Path, value: unknown): TLRecord {
	const plain = record as unknown as Plain;
	if (key === undefined) return { ...plain, [field]: value } as unknown as TLRecord;
	return { ...plain, [field]: { ...(plain[field] as Plain), [key]: value } } as unknown as TLRecord;
}

/** Remote values to carry into history: per record id, the remote record and the paths it changed. */
export type RemoteChanges = Map<string, { record: TLRecord; paths: Path[] }>;

/** Returns `diff` with the remote values carried in, or `diff` itself when nothing applies. */
export function rebaseDiff(diff: RecordsDiff<TLRecord>, remote: RemoteChanges): RecordsDiff<TLRecord> {
	let changed = false;
	const carry = (record: TLRecord, keep?: (path: Path) => boolean) => {
		const change = remote.get(record.id);
		if (!change) return record;
		let result = record;
		for (const path of change.paths) {
			if (keep?.(path)) continue;
			result = write(result, path, read(change.record, path));
			changed = true;
		}
		return result;
	};
	const updated = Object.fromEntries(
		Object.entries(diff.updated).map(([id, [from, to]]) => {
			// A field this entry changed itself is the user's own; it stays as it is.
			const own = (path: Path) => !deepEqual(read(from, path), read(to, path));
			return [id, [carry(from, own), carry(to, own)]];
		})
	) as RecordsDiff<TLRecord>['updated'];
	const added = Object.fromEntries(
		Object.entries(diff.added).map(([id, record]) => [id, carry(record)])
	) as RecordsDiff<TLRecord>['added'];
	const removed = Object.fromEntries(
		Object.entries(diff.removed).map(([id, record]) => [id, carry(record)])
	) as RecordsDiff<TLRecord>['removed'];
	return changed ? { added, updated, removed } : diff;
}

function rebaseStack(stack: HistoryStack, remote: RemoteChanges): HistoryStack {
	const entries = stack.toArray();
	let empty = stack;
	while (empty.length > 0) empty = empty.tail;
	let rebuilt = empty;
	for (const entry of entries.reverse()) {
		rebuilt = rebuilt.push(
			entry.type === 'diff' ? { type: 'diff', diff: rebaseDiff(entry.diff, remote) } : entry
		);
	}
	return rebuilt;
}

/** Carries the remote side of `changes` (record versions before → after) into the editor's history. */
export function rebaseHistory(editor: Editor, changes: RecordsDiff<TLRecord>['updated']): void {
	const remote: RemoteChanges = new Map();
	for (const [from, to] of Object.values(changes)) {
		const paths = changedPaths(from, to);
		if (paths.length > 0) remote.set(to.id, { record: to, paths });
	}
	if (remote.size === 0) return;
	const history = (editor as unknown as { history: InternalHistory }).history;
	const { undos, redos } = history.stacks.get();
	history.stacks.set({ undos: rebaseStack(undos, remote), redos: rebaseStack(redos, remote) });
	history.pendingDiff.diff = rebaseDiff(history.pendingDiff.diff, remote);
}
