import type { Localized } from '$lib/templates/types.ts';

/** One field of a structured card: what it is called and how it is edited. */
export interface CardField<Key extends string = string> {
	key: Key;
	label: Localized;
	kind: 'text' | 'multiline' | 'number' | 'date' | 'select';
	/** For `select`: the choices; an empty value means "not chosen". */
	options?: { value: string; label: Localized }[];
}

/** Props every card has besides its fields: its size on the canvas. */
export interface CardSize {
	w: number;
	h: number;
}

export const CARD_WIDTH = 320;
const FIELD_HEIGHT = 44;
const CHROME_HEIGHT = 48;

/** A first height that fits the fields when empty; the card grows with its text while it is edited. */
export const initialCardHeight = (fields: CardField[], extra = 0) =>
	CHROME_HEIGHT + fields.length * FIELD_HEIGHT + extra;
