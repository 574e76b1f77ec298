import {
	createTLStore,
	defaultBindingUtils,
	defaultShapeUtils,
	T,
	type TLAnyShapeUtilConstructor,
	type TLRecord
} from '@tldraw/tldraw';
import { describe, expect, it } from 'vitest';
import type { CardDefinition, CardField } from '../../src/lib/canvas/shapes/card/card-definition.ts';
import { customShapeUtils } from '../../src/lib/canvas/shapes/index.ts';

const SHAPE = {
	typeName: 'shape',
	x: 0,
	y: 0,
	rotation: 0,
	index: 'a1',
	parentId: 'page:page',
	isLocked: false,
	opacity: 1,
	meta: {}
};

/**
 * What every card's declaration must hold, run beside each card's folder: its util is registered,
 * its defaults pass its own validators, each field refuses what it does not allow, and a card saved
 * before its newest migration still loads.
 */
export function describeCard<Type extends string, Fields extends readonly CardField[]>(
	card: CardDefinition<Type, Fields>
) {
	const util = customShapeUtils.find((u) => u.type === card.type) as TLAnyShapeUtilConstructor & {
		props: Record<string, T.Validatable<unknown>>;
		migrations: { sequence: { id: string }[] };
	};
	const validate = (props: object) => T.object(util.props).validate(props);

	describe(`the ${card.type} card`, () => {
		it('is registered, and its empty props pass its own validators', () => {
			expect(util, 'a util in shapes/index.ts').toBeDefined();
			const props = card.defaultProps() as unknown as Record<string, unknown>;
			expect(validate(props)).toEqual(props);
			expect(Object.keys(props).sort()).toEqual(['h', 'w', ...card.fields.map((f) => f.key)].sort());
			expect(props.w).toBe(card.width);
		});

		it('refuses what a field does not allow', () => {
			for (const field of card.fields) {
				const withValue = (value: unknown) => ({ ...card.defaultProps(), [field.key]: value });
				expect(() => validate(withValue(42)), `${field.key} = 42`).toThrow();
				if (field.kind === 'select') {
					expect(() => validate(withValue('__proto__')), field.key).toThrow();
					const empty = () => validate(withValue(''));
					if (field.required) expect(empty, field.key).toThrow();
					else expect(empty, field.key).not.toThrow();
				}
				if (field.kind === 'checklist')
					expect(() => validate(withValue(['not-an-option'])), field.key).toThrow();
				if (field.kind === 'table') expect(() => validate(withValue([{ a: 1 }])), field.key).toThrow();
			}
			expect(() => validate({ ...card.defaultProps(), smuggled: 'x' })).toThrow();
		});

		it('loads a card saved before its newest migration', () => {
			const store = createTLStore({
				shapeUtils: [...defaultShapeUtils, ...customShapeUtils],
				bindingUtils: defaultBindingUtils
			});
			const schema = store.schema.serialize();
			const sequence = `com.tldraw.shape.${card.type}`;
			expect(schema.sequences[sequence], 'the card has a migration sequence').toBe(
				util.migrations.sequence.length
			);
			util.migrations.sequence.forEach((migration, i) => expect(migration.id).toBe(`${sequence}/${i + 1}`));
			const record = { ...SHAPE, id: 'shape:old', type: card.type, props: card.defaultProps() };
			const migrated = store.schema.migrateStoreSnapshot({
				store: { [record.id]: record as unknown as TLRecord },
				schema: { ...schema, sequences: { ...schema.sequences, [sequence]: 0 } }
			});
			expect(migrated.type).toBe('success');
		});
	});
}
