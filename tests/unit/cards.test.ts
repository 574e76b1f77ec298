import {
	createTLStore,
	defaultBindingUtils,
	defaultShapeUtils,
	type TLRecord,
	type TLShapeId
} from '@tldraw/tldraw';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { customShapeUtils } from '../../src/lib/canvas/shapes/index.ts';
import type { CardShapeOf } from '../../src/lib/canvas/shapes/card/card-validators.ts';
import { personaCard } from '../../src/lib/canvas/shapes/persona/persona-card.ts';

type PersonaShape = CardShapeOf<typeof personaCard>;
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { bindStoreToDoc } from '../../src/lib/canvas/sync/yjs-binding.ts';

const newStore = () =>
	createTLStore({
		shapeUtils: [...defaultShapeUtils, ...customShapeUtils],
		bindingUtils: defaultBindingUtils
	});

function personaRecord(id: string): PersonaShape {
	return {
		id: id as TLShapeId,
		typeName: 'shape',
		type: 'persona',
		x: 0,
		y: 0,
		rotation: 0,
		index: 'a1' as PersonaShape['index'],
		parentId: 'page:page' as PersonaShape['parentId'],
		isLocked: false,
		opacity: 1,
		meta: {},
		props: personaCard.defaultProps()
	};
}

/** Two clients on one board, their docs exchanging updates as the sync server relays them; the link can drop. */
function twoClients() {
	const docs = [new Y.Doc(), new Y.Doc()] as const;
	const stores = [newStore(), newStore()] as const;
	let connected = true;
	const queued: { to: Y.Doc; update: Uint8Array }[] = [];
	docs.forEach((doc, i) =>
		doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === 'relay') return;
			const to = docs[1 - i]!;
			if (connected) Y.applyUpdate(to, update, 'relay');
			else queued.push({ to, update });
		})
	);
	const unbind = stores.map((store, i) => bindStoreToDoc(store, docs[i]!));
	return {
		docs,
		stores,
		disconnect: () => (connected = false),
		reconnect: () => {
			connected = true;
			for (const { to, update } of queued.splice(0)) Y.applyUpdate(to, update, 'relay');
		},
		unbind: () => unbind.forEach((u) => u())
	};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('structured cards', () => {
	it('rejects props a card does not have or values outside its choices', () => {
		const store = newStore();
		const good = personaRecord('shape:good');
		store.put([good]);
		expect(() =>
			store.put([{ ...good, props: { ...good.props, color: 'url(javascript:alert(1))' } } as TLRecord])
		).toThrow();
		expect(() =>
			store.put([{ ...good, props: { ...good.props, name: 42 } } as unknown as TLRecord])
		).toThrow();
	});

	it('keeps both edits when two people change different fields of one card at the same moment', async () => {
		const { stores, disconnect, reconnect, unbind } = twoClients();
		const card = personaRecord('shape:persona1');
		stores[0].put([card]);
		await settle();
		expect(stores[1].get(card.id)).toBeDefined();

		// Neither has seen the other's change when making their own.
		disconnect();
		const [a, b] = stores;
		a.update(
			card.id,
			(r) => ({ ...r, props: { ...(r as PersonaShape).props, name: 'Sanne de Vries' } }) as PersonaShape
		);
		b.update(
			card.id,
			(r) =>
				({ ...r, props: { ...(r as PersonaShape).props, quote: 'Ik scroll in de trein.' } }) as PersonaShape
		);
		await settle();
		reconnect();
		await settle();

		for (const store of stores) {
			const props = (store.get(card.id) as PersonaShape).props;
			expect(props.name).toBe('Sanne de Vries');
			expect(props.quote).toBe('Ik scroll in de trein.');
		}
		unbind();
	});

	it('keeps a keystroke that is not in the doc yet when another field changes remotely in between', async () => {
		// As in a browser: the store tells its listeners once per frame, not at once (tldraw's test mode).
		const globals = globalThis as { __FORCE_RAF_IN_TESTS__?: boolean; requestAnimationFrame?: unknown };
		globals.__FORCE_RAF_IN_TESTS__ = true;
		globals.requestAnimationFrame ??= (callback: () => void) => setTimeout(callback, 16);
		const { docs, stores, unbind } = twoClients();
		const card = personaRecord('shape:persona2');
		stores[0].put([card]);
		await settle();
		// Client A types; its store listener writes to the doc only at the next flush...
		stores[0].update(
			card.id,
			(r) => ({ ...r, props: { ...(r as PersonaShape).props, name: 'Sanne' } }) as PersonaShape
		);
		// ...and before that, B's change to another field arrives.
		const remote = boardRecords(docs[1]).get(card.id)!.get('props') as Y.Map<unknown>;
		docs[1].transact(() => remote.set('quote', 'Altijd online.'));
		await settle();
		for (const store of stores) {
			const props = (store.get(card.id) as PersonaShape).props;
			expect(props.name).toBe('Sanne');
			expect(props.quote).toBe('Altijd online.');
		}
		unbind();
		globals.__FORCE_RAF_IN_TESTS__ = false;
	});
});
