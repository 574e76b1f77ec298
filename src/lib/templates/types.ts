import type { TLDefaultColorStyle } from '@tldraw/tldraw';
import type { CustomShapeType } from '../canvas/shapes/cards.ts';
import type { Localized } from '../i18n/localized.ts';

export type { Localized };

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

/** One of Werkbord's own shapes (a card, the StepFree ring), empty, at a position in an area or on the page. */
export interface TemplateShape {
	key: string;
	type: CustomShapeType;
	/** The area it sits in (its position is then relative to the area); none: the page. */
	area?: string;
	x: number;
	y: number;
}

/** An arrow on the page from one point to another (a cycle's direction), bent by `bend` pixels. */
export interface TemplateArrow {
	key: string;
	from: { x: number; y: number };
	to: { x: number; y: number };
	bend: number;
}

export interface TemplateDefinition {
	id: string;
	/** Position in the picker. */
	order: number;
	title: Localized;
	description: Localized;
	/**
	 * Where the model comes from, shown in small print on the board and in the picker
	 * (docs/models.md); where the sources name no author, it says so instead of inventing one.
	 */
	source: Localized;
	areas: TemplateArea[];
	notes: TemplateNote[];
	shapes?: TemplateShape[];
	arrows?: TemplateArrow[];
}
