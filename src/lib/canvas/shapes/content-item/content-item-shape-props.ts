import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import { CARD_WIDTH, initialCardHeight, type CardFieldOf } from '../card/card-field.ts';

/** Heath & Heath's SUCCESs checklist (domain.md §11). */
const SUCCESS = [
	{ value: 'simple', label: { nl: 'Simpel', en: 'Simple' } },
	{ value: 'unexpected', label: { nl: 'Onverwacht', en: 'Unexpected' } },
	{ value: 'concrete', label: { nl: 'Concreet', en: 'Concrete' } },
	{ value: 'credible', label: { nl: 'Geloofwaardig', en: 'Credible' } },
	{ value: 'emotional', label: { nl: 'Emotioneel', en: 'Emotional' } },
	{ value: 'stories', label: { nl: 'Verhaal', en: 'Stories' } }
];
const MIX = [
	{ value: 'informative', label: { nl: 'Informatief', en: 'Informative' } },
	{ value: 'entertaining', label: { nl: 'Vermakelijk', en: 'Entertaining' } },
	{ value: 'promotional', label: { nl: 'Promotioneel', en: 'Promotional' } }
];

export type ContentItemShape = TLBaseShape<
	'content-item',
	{ w: number; h: number; date: string; channel: string; format: string; mix: string; success: string[] }
>;

export const contentItemShapeProps: RecordProps<ContentItemShape> = {
	w: T.nonZeroNumber,
	h: T.nonZeroNumber,
	date: T.string,
	channel: T.string,
	format: T.string,
	mix: T.literalEnum('', ...MIX.map((m) => m.value)),
	success: T.arrayOf(T.literalEnum(...SUCCESS.map((s) => s.value)))
};

export const contentItemFields: CardFieldOf<ContentItemShape>[] = [
	{ key: 'date', label: { nl: 'Datum', en: 'Date' }, kind: 'date' },
	{ key: 'channel', label: { nl: 'Kanaal', en: 'Channel' }, kind: 'text' },
	{
		key: 'format',
		label: { nl: 'Vorm (reel, post, story…)', en: 'Format (reel, post, story…)' },
		kind: 'text'
	},
	{ key: 'mix', label: { nl: 'Content-mix', en: 'Content mix' }, kind: 'select', options: MIX },
	{ key: 'success', label: { nl: 'SUCCESs', en: 'SUCCESs' }, kind: 'checklist', options: SUCCESS }
];

const CHECKLIST_HEIGHT = 110;

export const contentItemDefaultProps = (): ContentItemShape['props'] => ({
	w: CARD_WIDTH,
	h: initialCardHeight(contentItemFields, CHECKLIST_HEIGHT),
	date: '',
	channel: '',
	format: '',
	mix: '',
	success: []
});
