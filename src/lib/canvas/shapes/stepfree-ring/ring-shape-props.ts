import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';

/** The StepFree SocialStrategyModel: the organisation at the centre, eight steps around it. */
export type RingShape = TLBaseShape<
	'stepfree-ring',
	{
		size: number;
		/** How many steps its notes are laid out for (RING_STEPS.length; 9 before the ring followed the source). */
		steps: number;
	}
>;

export const ringShapeProps: RecordProps<RingShape> = { size: T.nonZeroNumber, steps: T.positiveInteger };
