import type { Localized } from '$lib/templates/types.ts';

/** One field of a structured card: what it is called and how it is edited. */
export interface CardField<Key extends string = string> {
	key: Key;
	label: Localized;
	/**
	 * text-like kinds hold a string; `select` one of `options` ('' = not chosen); `checklist` the
	 * ticked `options` (string[]); `table` rows of `columns` (Record<column, string>[]).
	 */
	kind: 'text' | 'multiline' | 'number' | 'date' | 'select' | 'checklist' | 'table';
	options?: { value: string; label: Localized }[];
	columns?: { key: string; label: Localized }[];
}

export type TableRow = Record<string, string>;

/** Props every card has besides its fields: its size on the canvas. */
export interface CardSize {
	w: number;
	h: number;
}

/** The fields of a card shape: every prop but its size. */
export type CardFieldOf<Shape extends { props: object }> = CardField<
	Exclude<keyof Shape['props'] & string, keyof CardSize>
>;

export const CARD_WIDTH = 320;
const FIELD_HEIGHT = 44;
const CHROME_HEIGHT = 48;

/** A first height that fits the fields when empty; the card grows with its text while it is edited. */
export const initialCardHeight = (fields: CardField[], extra = 0) =>
	CHROME_HEIGHT + fields.length * FIELD_HEIGHT + extra;
