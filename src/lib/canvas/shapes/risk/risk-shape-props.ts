import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import { CARD_WIDTH, initialCardHeight, type CardFieldOf } from '../card/card-field.ts';

const LEVELS = [
	{ value: 'low', label: { nl: 'Laag', en: 'Low' } },
	{ value: 'medium', label: { nl: 'Middel', en: 'Medium' } },
	{ value: 'high', label: { nl: 'Hoog', en: 'High' } }
];

export type RiskShape = TLBaseShape<
	'risk',
	{ w: number; h: number; risk: string; likelihood: string; impact: string; owner: string; response: string }
>;

export const riskShapeProps: RecordProps<RiskShape> = {
	w: T.nonZeroNumber,
	h: T.nonZeroNumber,
	risk: T.string,
	likelihood: T.literalEnum('', ...LEVELS.map((l) => l.value)),
	impact: T.literalEnum('', ...LEVELS.map((l) => l.value)),
	owner: T.string,
	response: T.string
};

export const riskFields: CardFieldOf<RiskShape>[] = [
	{ key: 'risk', label: { nl: 'Risico', en: 'Risk' }, kind: 'multiline' },
	{ key: 'likelihood', label: { nl: 'Kans', en: 'Likelihood' }, kind: 'select', options: LEVELS },
	{ key: 'impact', label: { nl: 'Impact', en: 'Impact' }, kind: 'select', options: LEVELS },
	{ key: 'owner', label: { nl: 'Eigenaar', en: 'Owner' }, kind: 'text' },
	{ key: 'response', label: { nl: 'Reactie (protocol)', en: 'Response (protocol)' }, kind: 'multiline' }
];

export const riskDefaultProps = (): RiskShape['props'] => ({
	w: CARD_WIDTH,
	h: initialCardHeight(riskFields),
	risk: '',
	likelihood: '',
	impact: '',
	owner: '',
	response: ''
});
