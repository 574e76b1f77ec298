import * as Y from 'yjs';
import {
	DocumentRecordType,
	PageRecordType,
	TLDOCUMENT_ID,
	type IndexKey,
	type SerializedSchema,
	type TLPageId,
	type TLRecord,
	type TLStore,
	type Editor
} from '@tldraw/tldraw';
import {
	mergeChangedFields,
	recordToYMap,
	writeRecordDiff,
	yMapToRecord,
	type ChangedFields
} from './record-codec.ts';
import {
	boardMeta,
	boardRecords,
	FIRST_PAGE_ID,
	isRecordMap,
	recordMaps,
	saveSchema,
	savedSchema
} from '../../board/board-doc.ts';
import { rebaseHistory } from './history-rebase.ts';
import { putValidRecords } from './put-valid-records.ts';
import { migrateRecords } from './migrate-records.ts';
import { schemaReadability, UpdatedWhileOpen } from '../../board/board-schema.ts';
import { isPrivateRecord } from '../../facilitation/private-notes.ts';

/** Transactions this client makes carry this origin, so its own changes are not read back. */
export const LOCAL_ORIGIN = Symbol('werkbord-local');

/**
 * How long a later version's schema must stay on the board before this page lets go of it: the
 * server sets back at once a schema it cannot read itself (a crafted one), and that should not
 * stop every browser on the board.
 */
export const NEWER_SCHEMA_SETTLE_MS = 2_000;

/**
 * Which records a doc holds: the whole board (the board's doc), or a part of it kept apart (a
 * participant's private notes, facilitation/private-notes.ts). Only the board's doc is seeded with
 * a document and first page and carries the schema.
 */
export interface BoundPart {
	owns(record: TLRecord): boolean;
	/** The name a new board's first page gets (in its maker's language); null: the part is not seeded. */
	seed: string | null;
}

export const boardDoc = (firstPageName = 'Page 1'): BoundPart => ({
	owns: (record) => !isPrivateRecord(record),
	seed: firstPageName
});
export const PRIVATE_NOTES_DOC: BoundPart = { owns: isPrivateRecord, seed: null };

/**
 * Keeps a tldraw store and a Y.Doc in step, property by property. Local user changes go out in one
 * Yjs transaction per store flush; remote changes come in through `store.mergeRemoteChanges`, so
 * tldraw's history — and with it undo/redo — holds only this user's own changes, and are carried
 * into the editor's undo stacks once there is an editor (`editor()`), so that undoing your own
 * change keeps a colleague's later one (see history-rebase.ts).
 * The doc must already hold the board (synced from the server or the local cache).
 */
export function bindStoreToDoc(
	store: TLStore,
	doc: Y.Doc,
	editor: () => Editor | null = () => null,
	part: BoundPart = boardDoc(),
	/** The binding let go of the board while it was open (`UpdatedWhileOpen`). */
	onRefused: (error: Error) => void = () => {}
): () => void {
	const records = boardRecords(doc);
	const { owns } = part;

	const stopListening = store.listen(
		({ changes }) => {
			doc.transact(() => {
				for (const record of Object.values(changes.added))
					if (owns(record)) records.set(record.id, recordToYMap(record));
				for (const [from, to] of Object.values(changes.updated)) {
					if (!owns(to)) continue;
					const map = records.get(to.id);
					if (map) writeRecordDiff(map, from, to);
					else records.set(to.id, recordToYMap(to));
				}
				for (const record of Object.values(changes.removed)) if (owns(record)) records.delete(record.id);
			}, LOCAL_ORIGIN);
		},
		{ source: 'user', scope: 'document' }
	);

	const onDocChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
		if (transaction.origin === LOCAL_ORIGIN) return;
		// Records added, replaced or removed as a whole, and the single fields changed in others.
		const whole = new Set<string>();
		const fields = new Map<string, ChangedFields>();
		const fieldsOf = (id: string) => {
			let entry = fields.get(id);
			if (!entry) fields.set(id, (entry = { top: new Set(), nested: new Map() }));
			return entry;
		};
		for (const event of events) {
			const keys = (event as Y.YMapEvent<unknown>).keysChanged;
			if (event.target === records) {
				for (const id of keys) whole.add(id);
				continue;
			}
			const [id, nested] = event.path;
			if (typeof id !== 'string') continue;
			const entry = fieldsOf(id);
			if (typeof nested !== 'string') for (const key of keys) entry.top.add(key);
			else
				for (const key of keys) entry.nested.set(nested, new Set([...(entry.nested.get(nested) ?? []), key]));
		}
		const toPut: TLRecord[] = [];
		const toRemove: TLRecord['id'][] = [];
		for (const id of new Set([...whole, ...fields.keys()])) {
			const map = records.get(id);
			const current = store.get(id as TLRecord['id']);
			if (!isRecordMap(id, map)) {
				// Gone from this doc; if the record now belongs to the other part (a revealed note), it stays.
				if (current && owns(current)) toRemove.push(current.id);
				continue;
			}
			const fromDoc = yMapToRecord(map);
			toPut.push(whole.has(id) || !current ? fromDoc : mergeChangedFields(current, fromDoc, fields.get(id)!));
		}
		store.mergeRemoteChanges(() => {
			if (toRemove.length > 0) store.remove(toRemove);
			putValidRecords(store, toPut);
		});
	};
	records.observeDeep(onDocChange);
	const stopRebasing = store.listen(
		({ changes }) => {
			const current = editor();
			if (current) rebaseHistory(current, changes.updated);
		},
		{ source: 'remote', scope: 'document' }
	);

	// A browser of a later version migrated the board and announced its schema (this tab was left
	// open across an upgrade): what is written from now on, this page's code cannot read, and what
	// it would write, the later version would not read right. It lets go of the board, as a load
	// does (`SavedByNewerVersion`); a reload brings the later code and everything this tab wrote.
	// Only a schema that stayed counts: one set back in between starts the wait again.
	const meta = boardMeta(doc);
	let newerSince: number | null = null;
	let schemaCheck: ReturnType<typeof setTimeout> | null = null;
	const checkSchema = () => {
		schemaCheck = null;
		if (newerSince === null) return;
		const waited = performance.now() - newerSince;
		if (waited < NEWER_SCHEMA_SETTLE_MS) {
			schemaCheck = setTimeout(checkSchema, NEWER_SCHEMA_SETTLE_MS - waited);
			return;
		}
		unbind();
		onRefused(new UpdatedWhileOpen('a later version of Werkbord writes this board now'));
	};
	const onMetaChange = (_event: unknown, transaction: Y.Transaction) => {
		if (transaction.origin === LOCAL_ORIGIN) return;
		if (schemaReadability(savedSchema(doc)) !== 'newer') newerSince = null;
		else {
			newerSince ??= performance.now();
			schemaCheck ??= setTimeout(checkSchema, NEWER_SCHEMA_SETTLE_MS);
		}
	};
	if (part.seed !== null) meta.observe(onMetaChange);

	let bound = true;
	const unbind = () => {
		if (!bound) return;
		bound = false;
		stopListening();
		stopRebasing();
		records.unobserveDeep(onDocChange);
		if (part.seed !== null) meta.unobserve(onMetaChange);
		if (schemaCheck) clearTimeout(schemaCheck);
	};
	try {
		loadDocIntoStore(store, doc, part.seed);
	} catch (error) {
		unbind();
		throw error;
	}
	// Older clients learn that the board now uses this schema.
	if (part.seed !== null && !isSameSchema(savedSchema(doc), store.schema.serialize())) {
		doc.transact(() => saveSchema(doc, store.schema.serialize()), LOCAL_ORIGIN);
	}
	return unbind;
}

/**
 * Fills the store from the doc, migrating records saved under an older schema (and writing the
 * migrated versions back). A new board gets tldraw's document and first page as a local change,
 * which reaches the doc through the store listener; their fixed ids make concurrent first visits agree.
 */
function loadDocIntoStore(store: TLStore, doc: Y.Doc, firstPageName: string | null): void {
	const records = boardRecords(doc);
	if (records.size === 0) {
		if (firstPageName === null) return;
		store.put([
			DocumentRecordType.create({ id: TLDOCUMENT_ID }),
			PageRecordType.create({
				id: FIRST_PAGE_ID as TLPageId,
				name: firstPageName,
				index: 'a1' as IndexKey,
				meta: {}
			})
		]);
		return;
	}
	const stored = Object.fromEntries(recordMaps(doc).map(([id, map]) => [id, yMapToRecord(map)]));
	const schema = (savedSchema(doc) as SerializedSchema | undefined) ?? store.schema.serialize();
	const migrated = migrateRecords(store, stored, schema);
	store.mergeRemoteChanges(() => putValidRecords(store, Object.values(migrated)));
	doc.transact(() => {
		for (const record of Object.values(migrated)) {
			const before = stored[record.id];
			const map = records.get(record.id);
			if (before && map instanceof Y.Map) writeRecordDiff(map, before, record);
		}
	}, LOCAL_ORIGIN);
}

function isSameSchema(a: unknown, b: SerializedSchema): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
