import type { TLDefaultColorStyle } from '@tldraw/tldraw';

/** Text in both UI languages; the Dutch terms are the ones users know (see domain.md). */
export interface Localized {
	nl: string;
	en: string;
}

/** A labelled frame with the guiding question of that part of the model. */
export interface TemplateArea {
	/** Stable within the template: it makes the shape ids of an applied template deterministic. */
	key: string;
	x: number;
	y: number;
	w: number;
	h: number;
	title: Localized;
	guidance: Localized;
}

/** A sticky note placed in an area, at a position relative to that area. */
export interface TemplateNote {
	key: string;
	area: string;
	x: number;
	y: number;
	text: Localized;
	color?: TLDefaultColorStyle;
}

export interface TemplateDefinition {
	id: string;
	/** Position in the picker. */
	order: number;
	title: Localized;
	description: Localized;
	areas: TemplateArea[];
	notes: TemplateNote[];
}
