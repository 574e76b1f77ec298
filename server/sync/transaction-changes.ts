import type * as Y from 'yjs';

/** What one Yjs transaction changed in a board's document, by record. */
export interface TransactionChanges {
	/** Records added, replaced, removed or changed (ids under the records root). */
	records: Set<string>;
	/** Records that came into being in this transaction. */
	created: Set<string>;
	/** Per record, how many of its props changed (a card's fields). */
	props: Map<string, number>;
	/** Keys of a root map changed, per root (e.g. the facilitation map). */
	roots: Set<Y.AbstractType<unknown>>;
}

/**
 * Reads `transaction.changed` up to the roots: each changed type is walked up to its root map,
 * remembering the key just under it (a record id under the records root).
 */
export function transactionChanges(
	transaction: Y.Transaction,
	records: Y.Map<Y.Map<unknown>>
): TransactionChanges {
	const changes: TransactionChanges = {
		records: new Set(),
		created: new Set(),
		props: new Map(),
		roots: new Set()
	};
	for (const [type, keys] of transaction.changed) {
		let top: unknown = type;
		let key: string | null = null;
		let field: string | null = null;
		for (let item = type._item; item; item = (item.parent as Y.AbstractType<unknown>)._item) {
			field = key;
			key = item.parentSub;
			top = item.parent;
		}
		changes.roots.add(top as Y.AbstractType<unknown>);
		if (top !== records) continue;
		if (key === null) {
			for (const id of keys) {
				if (id === null) continue;
				changes.records.add(id);
				if (isNew(records.get(id), transaction)) changes.created.add(id);
			}
			continue;
		}
		changes.records.add(key);
		// A change inside a record's `props` map (a card's fields).
		if (field === 'props') changes.props.set(key, (changes.props.get(key) ?? 0) + keys.size);
	}
	return changes;
}

/** Whether a type was made in this transaction (its item's clock is past the state before it). */
function isNew(type: Y.Map<unknown> | undefined, transaction: Y.Transaction): boolean {
	const item = type?._item;
	if (!item) return false;
	return item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
}
