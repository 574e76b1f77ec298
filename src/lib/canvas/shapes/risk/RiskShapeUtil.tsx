import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { FieldCard } from '../card/FieldCard.tsx';
import { riskShapeMigrations } from './risk-shape-migrations.ts';
import { riskDefaultProps, riskFields, riskShapeProps, type RiskShape } from './risk-shape-props.ts';

const KIND = { nl: 'Risico', en: 'Risk' };

export class RiskShapeUtil extends CardShapeUtil<RiskShape> {
	static override type = 'risk' as const;
	static override props = riskShapeProps;
	static override migrations = riskShapeMigrations;

	override getDefaultProps() {
		return riskDefaultProps();
	}

	override component(shape: RiskShape) {
		return <FieldCard shape={shape} kind={KIND} fields={riskFields} accent="#c92a2a" />;
	}
}
