import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { goalCard, goalColor } from './goal-card.ts';
import { goalShapeMigrations } from './goal-shape-migrations.ts';

export const GoalShapeUtil = cardShapeUtil(goalCard, goalShapeMigrations, {
	accent: (props) => goalColor(props.goal) ?? goalCard.accent
});
