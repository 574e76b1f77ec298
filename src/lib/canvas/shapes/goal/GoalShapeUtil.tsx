import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { CARD_WIDTH, initialCardHeight } from '../card/card-field.ts';
import { FieldCard } from '../card/FieldCard.tsx';
import { goalShapeMigrations } from './goal-shape-migrations.ts';
import { goalFields, GOALS, goalShapeProps, type GoalShape } from './goal-shape-props.ts';

const KIND = { nl: 'Doel', en: 'Goal' };

export class GoalShapeUtil extends CardShapeUtil<GoalShape> {
	static override type = 'goal' as const;
	static override props = goalShapeProps;
	static override migrations = goalShapeMigrations;

	override getDefaultProps(): GoalShape['props'] {
		return { w: CARD_WIDTH, h: initialCardHeight(goalFields), goal: '', description: '' };
	}

	override component(shape: GoalShape) {
		const accent = GOALS.find((g) => g.value === shape.props.goal)?.color ?? '#868e96';
		return <FieldCard shape={shape} kind={KIND} fields={goalFields} accent={accent} />;
	}
}
