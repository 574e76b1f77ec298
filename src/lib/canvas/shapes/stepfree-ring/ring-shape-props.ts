import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import type { Localized } from '../../../i18n/localized.ts';

/** The StepFree SocialStrategyModel: the organisation at the centre, nine steps around it. */
export type RingShape = TLBaseShape<'stepfree-ring', { size: number }>;

export const ringShapeProps: RecordProps<RingShape> = { size: T.nonZeroNumber };

export const RING_CENTRE: { title: Localized; detail: Localized } = {
	title: { nl: 'Interne organisatie', en: 'Internal organisation' },
	detail: { nl: 'draagvlak · verandermanagement · cultuur', en: 'support · change management · culture' }
};

/** The steps of the social marketing plan, in order (domain.md §7). */
export const RING_STEPS: Localized[] = [
	{ nl: 'Probleemstelling en aandachtspunten', en: 'Problem statement and points of attention' },
	{ nl: 'Doelgroep', en: 'Target audience' },
	{ nl: 'Doelstellingen', en: 'Objectives' },
	{ nl: 'Online gedrag', en: 'Online behaviour' },
	{ nl: 'Strategische kaders', en: 'Strategic frameworks' },
	{ nl: 'Integratie met de marktbewerkingsstrategie', en: 'Integration with the marketing strategy' },
	{ nl: 'Mediaplan', en: 'Media plan' },
	{ nl: 'Projectmanagement', en: 'Project management' },
	{ nl: 'Activeren en meten', en: 'Activate and measure' }
];
