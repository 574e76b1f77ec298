import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import type { CardDefinition, CardField, CardPropsOf } from './card-definition.ts';

/** The tldraw shape of a declared card. */
export type CardShapeOf<C> =
	C extends CardDefinition<infer Type, infer Fields> ? TLBaseShape<Type, CardPropsOf<Fields>> : never;

/** What tldraw accepts in a field: exactly what the declaration allows, nothing a peer makes up. */
function validatorOf(field: CardField): T.Validatable<unknown> {
	switch (field.kind) {
		case 'select': {
			const values = field.options.map((option) => option.value);
			return field.required ? T.literalEnum(...values) : T.literalEnum('', ...values);
		}
		case 'checklist':
			return T.arrayOf(T.literalEnum(...field.options.map((option) => option.value)));
		case 'table':
			return T.arrayOf(T.dict(T.string, T.string));
		default:
			return T.string;
	}
}

/** The props validators of a declared card. */
export function cardProps<Type extends string, Fields extends readonly CardField[]>(
	card: CardDefinition<Type, Fields>
): RecordProps<TLBaseShape<Type, CardPropsOf<Fields>>> {
	return {
		w: T.nonZeroNumber,
		h: T.nonZeroNumber,
		...Object.fromEntries(card.fields.map((field) => [field.key, validatorOf(field)]))
	} as unknown as RecordProps<TLBaseShape<Type, CardPropsOf<Fields>>>;
}
