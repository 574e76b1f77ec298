import { channelDefaultProps } from './channel/channel-shape-props.ts';
import { contentItemDefaultProps } from './content-item/content-item-shape-props.ts';
import { goalDefaultProps } from './goal/goal-shape-props.ts';
import { kpiTableDefaultProps } from './kpi-table/kpi-table-shape-props.ts';
import { objectiveDefaultProps } from './objective/objective-shape-props.ts';
import { personaDefaultProps } from './persona/persona-shape-props.ts';
import { riskDefaultProps } from './risk/risk-shape-props.ts';
import { ringDefaultProps } from './stepfree-ring/ring-shape-props.ts';

/** Werkbord's shapes with their empty props, for placing them without an editor (templates). */
export const customShapeDefaults = {
	persona: personaDefaultProps,
	goal: goalDefaultProps,
	objective: objectiveDefaultProps,
	channel: channelDefaultProps,
	'kpi-table': kpiTableDefaultProps,
	risk: riskDefaultProps,
	'content-item': contentItemDefaultProps,
	'stepfree-ring': ringDefaultProps
};
