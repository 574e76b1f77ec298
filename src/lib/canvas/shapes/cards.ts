import { budgetCard } from './budget/budget-card.ts';
import { channelCard } from './channel/channel-card.ts';
import { contentItemCard } from './content-item/content-item-card.ts';
import { goalCard } from './goal/goal-card.ts';
import { groundRulesCard } from './ground-rules/ground-rules-card.ts';
import { kpiTableCard } from './kpi-table/kpi-table-card.ts';
import { objectiveCard } from './objective/objective-card.ts';
import { personaCard } from './persona/persona-card.ts';
import { riskCard } from './risk/risk-card.ts';
import { ringDefaultProps } from './stepfree-ring/ring-dimensions.ts';

/**
 * Every structured card, in the insert menu's order. Adding a card is a folder with its
 * declaration (`<card>-card.ts`), its util (`<Card>ShapeUtil.tsx`, found by shapes/index.ts) and
 * migrations, plus its line here. No tldraw in here: the page lists cards before the canvas loads.
 */
export const CARDS = [
	personaCard,
	goalCard,
	objectiveCard,
	channelCard,
	kpiTableCard,
	riskCard,
	contentItemCard,
	budgetCard,
	groundRulesCard
] as const;

export type CardType = (typeof CARDS)[number]['type'];
export type CustomShapeType = CardType | 'stepfree-ring';

/** Werkbord's shapes with their empty props, for placing them without an editor (templates). */
export const customShapeDefaults: Record<CustomShapeType, () => object> = {
	...(Object.fromEntries(CARDS.map((card) => [card.type, card.defaultProps])) as Record<
		CardType,
		() => object
	>),
	'stepfree-ring': ringDefaultProps
};
