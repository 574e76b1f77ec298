import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { FieldCard } from '../card/FieldCard.tsx';
import { goalShapeMigrations } from './goal-shape-migrations.ts';
import {
	goalColor,
	goalDefaultProps,
	goalFields,
	goalShapeProps,
	type GoalShape
} from './goal-shape-props.ts';

const KIND = { nl: 'Doel', en: 'Goal' };

export class GoalShapeUtil extends CardShapeUtil<GoalShape> {
	static override type = 'goal' as const;
	static override props = goalShapeProps;
	static override migrations = goalShapeMigrations;

	override getDefaultProps() {
		return goalDefaultProps();
	}

	override component(shape: GoalShape) {
		const accent = goalColor(shape.props.goal) ?? '#868e96';
		return <FieldCard shape={shape} kind={KIND} fields={goalFields} accent={accent} />;
	}
}
