import { notesIn } from '../layout.ts';
import type { TemplateArea, TemplateDefinition } from '../types.ts';

const LEVELS = [
	{ key: 'high', nl: 'hoog', en: 'high' },
	{ key: 'medium', nl: 'middel', en: 'medium' },
	{ key: 'low', nl: 'laag', en: 'low' }
];
const CELL = 320;

/** Likelihood (rows) × impact (columns), plus the escalation steps of the crisis plan. */
const matrix: TemplateArea[] = LEVELS.flatMap((likelihood, row) =>
	[...LEVELS].reverse().map((impact, column) => ({
		key: `likelihood-${likelihood.key}-impact-${impact.key}`,
		x: column * (CELL + 20),
		y: row * (CELL + 20),
		w: CELL,
		h: CELL,
		title: {
			nl: `Kans ${likelihood.nl} · impact ${impact.nl}`,
			en: `Likelihood ${likelihood.en} · impact ${impact.en}`
		},
		guidance: { nl: 'Risico, eigenaar, reactie.', en: 'Risk, owner, response.' }
	}))
);

export default {
	id: 'risks',
	order: 10,
	title: { nl: 'Risico’s en crisisplan', en: 'Risks and crisis plan' },
	description: {
		nl: 'Kans × impact en de escalatiestappen.',
		en: 'Likelihood × impact and the escalation steps.'
	},
	source: {
		nl: 'Bron: risico’s en crisismanagement uit het lesmateriaal; het noemt geen auteur. De escalatiestappen zijn een voorbeeld.',
		en: 'Source: risks and crisis management from the course material; it names no author. The escalation steps are an example.'
	},
	areas: [
		...matrix,
		{
			key: 'escalation',
			x: 3 * (CELL + 20) + 40,
			y: 0,
			w: 360,
			h: 3 * CELL + 40,
			title: { nl: 'Escalatiestappen', en: 'Escalation steps' },
			guidance: {
				nl: 'Protocol: wie doet wat, en wanneer gaat het omhoog?',
				en: 'Protocol: who does what, and when does it go up?'
			}
		}
	],
	notes: notesIn(
		'escalation',
		[
			{ nl: '1. Signaleren (monitoring)', en: '1. Spot (monitoring)' },
			{ nl: '2. Inschatten: kans en impact', en: '2. Assess: likelihood and impact' },
			{ nl: '3. Reageren volgens protocol', en: '3. Respond by protocol' },
			{ nl: '4. Escaleren naar management', en: '4. Escalate to management' }
		],
		'orange'
	)
} satisfies TemplateDefinition;
