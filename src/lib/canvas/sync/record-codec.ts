import * as Y from 'yjs';
import type { TLRecord } from '@tldraw/tldraw';
import { deepEqual, isPlainObject } from '../../plain-object.ts';

/**
 * A tldraw record lives in the Y.Doc as a Y.Map of its fields, with `props` and `meta` as nested
 * Y.Maps. Concurrent changes to different properties of one shape (one person moves it — `x`, `y` —
 * while another edits `props.richText`) are separate map keys, so both survive.
 */
const NESTED_FIELDS = new Set(['props', 'meta']);

type Json = unknown;
type PlainObject = Record<string, Json>;

/** Whether a record field is one kept as a nested map (`props`, `meta`) and holds an object. */
export function isNested(field: string, value: Json): value is PlainObject {
	return NESTED_FIELDS.has(field) && isPlainObject(value);
}

function toNestedMap(value: PlainObject): Y.Map<Json> {
	const map = new Y.Map<Json>();
	for (const [key, inner] of Object.entries(value)) map.set(key, inner);
	return map;
}

export function recordToYMap(record: TLRecord): Y.Map<Json> {
	const map = new Y.Map<Json>();
	for (const [field, value] of Object.entries(record)) {
		map.set(field, isNested(field, value) ? toNestedMap(value) : value);
	}
	return map;
}

export function yMapToRecord(map: Y.Map<Json>): TLRecord {
	return map.toJSON() as TLRecord;
}

/** Writes only the fields (and nested props) that differ between `from` and `to` into `map`. */
export function writeRecordDiff(map: Y.Map<Json>, from: TLRecord, to: TLRecord): void {
	const before = from as unknown as PlainObject;
	const after = to as unknown as PlainObject;
	for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (!(field in after)) {
			map.delete(field);
			continue;
		}
		const value = after[field];
		if (deepEqual(before[field], value)) continue;
		const current = map.get(field);
		if (isNested(field, value) && current instanceof Y.Map) {
			writeNestedDiff(current, isPlainObject(before[field]) ? before[field] : {}, value);
		} else {
			map.set(field, isNested(field, value) ? toNestedMap(value) : value);
		}
	}
}

function writeNestedDiff(map: Y.Map<Json>, before: PlainObject, after: PlainObject): void {
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (!(key in after)) map.delete(key);
		else if (!deepEqual(before[key], after[key])) map.set(key, after[key]);
	}
}

/** The fields of one record a remote transaction changed: top-level ones, and keys inside `props`/`meta`. */
export interface ChangedFields {
	top: Set<string>;
	nested: Map<string, Set<string>>;
}

/**
 * Applies only the changed fields of the doc's version onto the store's current record. The store
 * may hold a local edit that has not reached the doc yet (it is written on the next flush); taking
 * the doc's whole record would silently undo that keystroke.
 */
export function mergeChangedFields(current: TLRecord, fromDoc: TLRecord, changed: ChangedFields): TLRecord {
	const merged = { ...(current as unknown as PlainObject) };
	const source = fromDoc as unknown as PlainObject;
	for (const field of changed.top) {
		if (field in source) merged[field] = source[field];
		else delete merged[field];
	}
	for (const [field, keys] of changed.nested) {
		if (changed.top.has(field)) continue;
		const target = { ...(merged[field] as PlainObject) };
		const inner = (source[field] ?? {}) as PlainObject;
		for (const key of keys) {
			if (key in inner) target[key] = inner[key];
			else delete target[key];
		}
		merged[field] = target;
	}
	return merged as unknown as TLRecord;
}
