import { defineCard } from '../card/card-definition.ts';

/** The card's own palette: the chosen value ends up in a style, so nothing else is accepted. */
const COLORS = [
	{ value: '#1971c2', label: { nl: 'Blauw', en: 'Blue' } },
	{ value: '#2f9e44', label: { nl: 'Groen', en: 'Green' } },
	{ value: '#e8590c', label: { nl: 'Oranje', en: 'Orange' } },
	{ value: '#9c36b5', label: { nl: 'Paars', en: 'Purple' } },
	{ value: '#c2255c', label: { nl: 'Roze', en: 'Pink' } },
	{ value: '#0c8599', label: { nl: 'Turquoise', en: 'Teal' } }
];
export const PERSONA_COLORS = COLORS.map((color) => color.value);

/** The persona card of docs/models.md, field by field, in the order a team fills it in. */
export const personaCard = defineCard({
	type: 'persona',
	label: { nl: 'Persona', en: 'Persona' },
	accent: COLORS[0]!.value,
	// Room for the avatar and name above the fields.
	extraHeight: 56,
	fields: [
		{ key: 'name', label: { nl: 'Naam', en: 'Name' }, kind: 'text' },
		{ key: 'age', label: { nl: 'Leeftijd', en: 'Age' }, kind: 'number' },
		// An emoji; without one the card shows the name's initials on the colour.
		{ key: 'avatar', label: { nl: 'Avatar (emoji)', en: 'Avatar (emoji)' }, kind: 'text' },
		{ key: 'color', label: { nl: 'Kleur', en: 'Colour' }, kind: 'select', options: COLORS, required: true },
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
	]
});
