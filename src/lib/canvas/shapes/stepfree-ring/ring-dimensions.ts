/**
 * The ring's proportions, apart from its shape util so that pages without tldraw (the template
 * thumbnails) draw it the same.
 */
export const RING_DEFAULT_SIZE = 1400;
/** The centre circle's radius as a share of the ring's. */
export const INNER_RATIO = 0.32;

/** How many steps the ring has (RING_STEPS.length, kept here so the defaults load no tldraw). */
export const RING_STEP_COUNT = 8;

/** A new ring's props (RingShape['props']). */
export const ringDefaultProps = () => ({ size: RING_DEFAULT_SIZE, steps: RING_STEP_COUNT });
