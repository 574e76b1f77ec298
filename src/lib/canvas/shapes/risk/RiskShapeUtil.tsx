import { fieldCardUtil } from '../card/field-card-util.tsx';
import { riskShapeMigrations } from './risk-shape-migrations.ts';
import { riskDefaultProps, riskFields, riskShapeProps, type RiskShape } from './risk-shape-props.ts';

export const RiskShapeUtil = fieldCardUtil<RiskShape>({
	type: 'risk',
	props: riskShapeProps,
	migrations: riskShapeMigrations,
	defaultProps: riskDefaultProps,
	fields: riskFields,
	kind: { nl: 'Risico', en: 'Risk' },
	accent: '#c92a2a'
});
