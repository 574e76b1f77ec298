import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import { CARD_WIDTH, initialCardHeight, type CardFieldOf, type TableRow } from '../card/card-field.ts';

const COLOR_NAMES = [
	['#1971c2', 'Blauw', 'Blue'],
	['#2f9e44', 'Groen', 'Green'],
	['#e8590c', 'Oranje', 'Orange'],
	['#9c36b5', 'Paars', 'Purple'],
	['#c2255c', 'Roze', 'Pink'],
	['#0c8599', 'Turquoise', 'Teal']
] as const;
export const PERSONA_COLORS = COLOR_NAMES.map(([hex]) => hex);

export type PersonaShape = TLBaseShape<
	'persona',
	{
		w: number;
		h: number;
		name: string;
		age: string;
		/** An emoji; without one the card shows the name's initials on `color`. */
		avatar: string;
		color: string;
		gender: string;
		education: string;
		occupation: string;
		place: string;
		behaviour: string;
		interests: string;
		goals: string;
		/** Which channels, and how often. */
		media: TableRow[];
		wishes: string;
		quote: string;
	}
>;

export const personaShapeProps: RecordProps<PersonaShape> = {
	w: T.nonZeroNumber,
	h: T.nonZeroNumber,
	name: T.string,
	age: T.string,
	avatar: T.string,
	// Only the card's own palette: the value ends up in a style.
	color: T.literalEnum(...COLOR_NAMES.map(([hex]) => hex)),
	gender: T.string,
	education: T.string,
	occupation: T.string,
	place: T.string,
	behaviour: T.string,
	interests: T.string,
	goals: T.string,
	media: T.arrayOf(T.dict(T.string, T.string)),
	wishes: T.string,
	quote: T.string
};

type PersonaField = CardFieldOf<PersonaShape>;

/** The persona card of domain.md §8, field by field, in the order a team fills it in. */
export const personaFields: PersonaField[] = [
	{ key: 'name', label: { nl: 'Naam', en: 'Name' }, kind: 'text' },
	{ key: 'age', label: { nl: 'Leeftijd', en: 'Age' }, kind: 'number' },
	{ key: 'avatar', label: { nl: 'Avatar (emoji)', en: 'Avatar (emoji)' }, kind: 'text' },
	{
		key: 'color',
		label: { nl: 'Kleur', en: 'Colour' },
		kind: 'select',
		options: COLOR_NAMES.map(([value, nl, en]) => ({ value, label: { nl, en } }))
	},
	{ key: 'gender', label: { nl: 'Geslacht', en: 'Gender' }, kind: 'text' },
	{ key: 'education', label: { nl: 'Opleiding', en: 'Education' }, kind: 'text' },
	{ key: 'occupation', label: { nl: 'Beroep', en: 'Occupation' }, kind: 'text' },
	{ key: 'place', label: { nl: 'Woonplaats', en: 'Place' }, kind: 'text' },
	{ key: 'behaviour', label: { nl: 'Gedrag online', en: 'Behaviour online' }, kind: 'multiline' },
	{ key: 'interests', label: { nl: 'Interesses', en: 'Interests' }, kind: 'multiline' },
	{ key: 'goals', label: { nl: 'Doelen en uitdagingen', en: 'Goals and challenges' }, kind: 'multiline' },
	{
		key: 'media',
		label: { nl: 'Mediagebruik', en: 'Media use' },
		kind: 'table',
		columns: [
			{ key: 'channel', label: { nl: 'Kanaal', en: 'Channel' } },
			{ key: 'frequency', label: { nl: 'Hoe vaak', en: 'How often' } }
		]
	},
	{ key: 'wishes', label: { nl: 'Wensen en behoeften', en: 'Wishes and needs' }, kind: 'multiline' },
	{ key: 'quote', label: { nl: 'Typerend citaat', en: 'Typical quote' }, kind: 'multiline' }
];

const AVATAR_HEIGHT = 56;

export const personaDefaultProps = (): PersonaShape['props'] => ({
	w: CARD_WIDTH,
	h: initialCardHeight(personaFields, AVATAR_HEIGHT),
	name: '',
	age: '',
	avatar: '',
	color: PERSONA_COLORS[0]!,
	gender: '',
	education: '',
	occupation: '',
	place: '',
	behaviour: '',
	interests: '',
	goals: '',
	media: [{ channel: '', frequency: '' }],
	wishes: '',
	quote: ''
});
