import type { Localized } from '../../../i18n/localized.ts';

/**
 * A structured card, declared once: its type, label, colour, size and fields. Everything else
 * derives from this: the props validators (card-validators.ts), the default props, the shape util
 * (card-shape-util.tsx), the insert menu and the template shape types (cards.ts). This module
 * loads no tldraw, so pages without a canvas can list the cards.
 */

export interface Choice {
	value: string;
	label: Localized;
}

export type TableRow = Record<string, string>;

interface FieldBase<Key extends string> {
	key: Key;
	label: Localized;
}

/** A table column; an `amount` column holds euros and the table shows their total. */
export interface TableColumn {
	key: string;
	label: Localized;
	amount?: true;
}

/**
 * One field of a card. Text-like kinds hold a string; `select` one of `options` ('' = not chosen,
 * unless `required`: then the first option until one is picked); `checklist` the ticked options;
 * `table` rows of `columns` (starting with `rows` empty ones).
 */
export type CardField<Key extends string = string> =
	| (FieldBase<Key> & { kind: 'text' | 'multiline' | 'number' | 'date' })
	| (FieldBase<Key> & { kind: 'select'; options: readonly Choice[]; required?: boolean })
	| (FieldBase<Key> & { kind: 'checklist'; options: readonly Choice[] })
	| (FieldBase<Key> & {
			kind: 'table';
			columns: readonly TableColumn[];
			rows?: number;
	  });

/** What a field holds. */
export type FieldValue<F extends CardField> = F extends { kind: 'checklist' }
	? string[]
	: F extends { kind: 'table' }
		? TableRow[]
		: string;

/** Props every card has besides its fields: its size on the canvas. */
export interface CardSize {
	w: number;
	h: number;
}

export type CardPropsOf<Fields extends readonly CardField[]> = CardSize & {
	[F in Fields[number] as F['key']]: FieldValue<F>;
};

export interface CardDefinition<
	Type extends string = string,
	Fields extends readonly CardField[] = readonly CardField[]
> {
	type: Type;
	/** What the card is called (its label in the insert menu and on the card). */
	label: Localized;
	/** The card's colour. */
	accent: string;
	fields: Fields;
	width: number;
	/** Room for a part of its own (the persona's avatar, the SMART check) in the first height. */
	extraHeight: number;
	/** Empty props: the card as inserted. */
	defaultProps(): CardPropsOf<Fields>;
}

export const CARD_WIDTH = 320;
const FIELD_HEIGHT = 44;
const CHROME_HEIGHT = 48;

/** What a new card's field holds. */
export function emptyValue(field: CardField): string | string[] | TableRow[] {
	switch (field.kind) {
		case 'checklist':
			return [];
		case 'table':
			return Array.from({ length: field.rows ?? 1 }, () => emptyRow(field.columns));
		case 'select':
			return field.required ? field.options[0]!.value : '';
		default:
			return '';
	}
}

export const emptyRow = (columns: readonly { key: string }[]): TableRow =>
	Object.fromEntries(columns.map((column) => [column.key, '']));

export function defineCard<const Type extends string, const Fields extends readonly CardField[]>(spec: {
	type: Type;
	label: Localized;
	accent: string;
	fields: Fields;
	width?: number;
	extraHeight?: number;
}): CardDefinition<Type, Fields> {
	const width = spec.width ?? CARD_WIDTH;
	const extraHeight = spec.extraHeight ?? 0;
	// A first height that fits the fields when empty; the card grows with its text while it is edited.
	const height = CHROME_HEIGHT + spec.fields.length * FIELD_HEIGHT + extraHeight;
	return {
		...spec,
		width,
		extraHeight,
		defaultProps: () =>
			({
				w: width,
				h: height,
				...Object.fromEntries(spec.fields.map((field) => [field.key, emptyValue(field)]))
			}) as CardPropsOf<Fields>
	};
}
