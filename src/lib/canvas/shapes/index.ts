import { ChannelShapeUtil } from './channel/ChannelShapeUtil.tsx';
import { ContentItemShapeUtil } from './content-item/ContentItemShapeUtil.tsx';
import { GoalShapeUtil } from './goal/GoalShapeUtil.tsx';
import { KpiTableShapeUtil } from './kpi-table/KpiTableShapeUtil.tsx';
import { ObjectiveShapeUtil } from './objective/ObjectiveShapeUtil.tsx';
import { PersonaShapeUtil } from './persona/PersonaShapeUtil.tsx';
import { RiskShapeUtil } from './risk/RiskShapeUtil.tsx';
import { RingShapeUtil } from './stepfree-ring/RingShapeUtil.tsx';

/** The structured cards a user can add from the insert menu. */
export const cardShapeUtils = [
	PersonaShapeUtil,
	GoalShapeUtil,
	ObjectiveShapeUtil,
	ChannelShapeUtil,
	KpiTableShapeUtil,
	RiskShapeUtil,
	ContentItemShapeUtil
];

/** Werkbord's own shapes, registered next to tldraw's defaults (sticky notes stay available). */
export const customShapeUtils = [...cardShapeUtils, RingShapeUtil];

export type CardType = (typeof cardShapeUtils)[number]['type'];
