import { row, rowWidth } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

/** Audience analysis (behaviour, demographics, interests) and room for three personas. */
export default {
	id: 'persona-workshop',
	order: 3,
	title: { nl: 'Persona-workshop', en: 'Persona workshop' },
	description: {
		nl: 'Doelgroepanalyse (gedrag, demografie, interesses) en drie persona’s.',
		en: 'Audience analysis (behaviour, demographics, interests) and three personas.'
	},
	source: {
		nl: 'Bron: doelgroepanalyse en persona’s uit het lesmateriaal; het noemt geen auteur.',
		en: 'Source: audience analysis and personas from the course material; it names no author.'
	},
	areas: [
		...row(
			[
				{
					key: 'behaviour',
					title: { nl: 'Gedrag', en: 'Behaviour' },
					guidance: {
						nl: 'Online gewoonten: waar, wanneer en hoe actief?',
						en: 'Online habits: where, when and how active?'
					}
				},
				{
					key: 'demographics',
					title: { nl: 'Demografie', en: 'Demographics' },
					guidance: {
						nl: 'Leeftijd, geslacht, opleiding, beroep, woonplaats.',
						en: 'Age, gender, education, occupation, place.'
					}
				},
				{
					key: 'interests',
					title: { nl: 'Interesses', en: 'Interests' },
					guidance: {
						nl: 'Wat motiveert ze? Waar worden ze enthousiast van?',
						en: 'What motivates them? What gets them excited?'
					}
				}
			],
			{ w: 480, h: 520 }
		),
		{
			key: 'personas',
			x: 0,
			y: 600,
			w: rowWidth(3, 480),
			h: 980,
			title: { nl: 'Persona’s', en: 'Personas' },
			guidance: {
				nl: 'Per persona: naam en leeftijd, avatar, demografie, doelen en uitdagingen, mediagebruik, wensen en behoeften, online gedrag, interesses en een typerend citaat.',
				en: 'Per persona: name and age, avatar, demographics, goals and challenges, media use, wishes and needs, online behaviour, interests and a typical quote.'
			}
		}
	],
	notes: [],
	shapes: [1, 2, 3].map((n) => ({
		key: `persona-${n}`,
		type: 'persona' as const,
		area: 'personas',
		x: 60 + (n - 1) * 500,
		y: 150
	}))
} satisfies TemplateDefinition;
