import { memo } from 'react';
import { DefaultShapeIndicator, type TLShapeIndicatorProps } from '@tldraw/tldraw';

/**
 * tldraw's shape indicator (the outline of a selected or hovered shape), there only while it
 * shows. tldraw 3.15 mounts one for every shape in view and hides all but a few: a fitted board of
 * 2,000 notes opened with 2,000 hidden indicators, each with its subscriptions and its outline.
 */
export const ShapeIndicatorWhileShown = memo(function ShapeIndicatorWhileShown(props: TLShapeIndicatorProps) {
	return props.hidden ? null : <DefaultShapeIndicator {...props} />;
});
