import { chapters } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';
import budget from './budget.ts';
import contentCalendar from './content-calendar.ts';
import goalsObjectives from './goals-objectives.ts';
import kpis from './kpis.ts';
import personaWorkshop from './persona-workshop.ts';
import post from './post.ts';
import risks from './risks.ts';
import socialMediaCycle from './social-media-cycle.ts';

/** The whole social media plan on one board, as chapters in the order of the plan (domain.md §10). */
export default {
	id: 'full-plan',
	order: 12,
	title: { nl: 'Volledig social media plan', en: 'Full social media plan' },
	description: {
		nl: 'Alle modellen als hoofdstukken, in de volgorde van het plan.',
		en: 'All models as chapters, in the order of the plan.'
	},
	source: {
		nl: 'Bronnen: Li & Bernoff (Groundswell) · Kooi (SBSMI) · Heath & Heath (Made to Stick) · MarketingMonday · StepFree met Zest marketing (Sjef Kerkhofs) · OASIS (UK Government Communication Service).',
		en: 'Sources: Li & Bernoff (Groundswell) · Kooi (SBSMI) · Heath & Heath (Made to Stick) · MarketingMonday · StepFree with Zest marketing (Sjef Kerkhofs) · OASIS (UK Government Communication Service).'
	},
	...chapters([
		post,
		goalsObjectives,
		personaWorkshop,
		contentCalendar,
		socialMediaCycle,
		kpis,
		budget,
		risks
	])
} satisfies TemplateDefinition;
