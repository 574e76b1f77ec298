import { notesIn } from '../layout.ts';
import type { TemplateArea, TemplateDefinition } from '../types.ts';

const LEVELS = [
	{ key: 'high', nl: 'hoog', en: 'high' },
	{ key: 'medium', nl: 'middel', en: 'medium' },
	{ key: 'low', nl: 'laag', en: 'low' }
];
const CELL = 360;
// Room between cells for each frame's title.
const GAP = 50;

/** Likelihood (rows) × impact (columns), plus the escalation steps of the crisis plan. */
const matrix: TemplateArea[] = LEVELS.flatMap((likelihood, row) =>
	[...LEVELS].reverse().map((impact, column) => ({
		key: `likelihood-${likelihood.key}-impact-${impact.key}`,
		x: column * (CELL + GAP),
		y: row * (CELL + GAP),
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
		nl: 'Kans × impact met een risicokaart, en escalatiestappen als voorbeeld.',
		en: 'Likelihood × impact with a risk card, and escalation steps as an example.'
	},
	source: {
		nl: 'Bron: risico’s en crisismanagement uit het lesmateriaal; het noemt geen auteur. De escalatiestappen zijn een voorbeeld.',
		en: 'Source: risks and crisis management from the course material; it names no author. The escalation steps are an example.'
	},
	areas: [
		...matrix,
		{
			key: 'escalation',
			x: 3 * (CELL + GAP) + 40,
			y: 0,
			w: 400,
			h: 3 * CELL + 2 * GAP,
			title: { nl: 'Escalatiestappen (voorbeeld)', en: 'Escalation steps (example)' },
			guidance: {
				nl: 'Een voorbeeld, niet uit de bron: maak er jullie eigen protocol van.',
				en: 'An example, not from the source: make it your own protocol.'
			}
		}
	],
	notes: notesIn(
		'escalation',
		[
			{ nl: 'Voorbeeld 1. Signaleren (monitoring)', en: 'Example 1. Spot (monitoring)' },
			{ nl: 'Voorbeeld 2. Inschatten: kans en impact', en: 'Example 2. Assess: likelihood and impact' },
			{ nl: 'Voorbeeld 3. Reageren volgens protocol', en: 'Example 3. Respond by protocol' },
			{ nl: 'Voorbeeld 4. Escaleren naar management', en: 'Example 4. Escalate to management' }
		],
		'orange'
	),
	shapes: [{ key: 'risk-card', type: 'risk', area: 'likelihood-medium-impact-medium', x: 20, y: 70 }]
} satisfies TemplateDefinition;
