/**
 * The ring's proportions, apart from its shape util so that pages without tldraw (the template
 * thumbnails) draw it the same.
 */
export const RING_DEFAULT_SIZE = 1400;
/** The centre circle's radius as a share of the ring's. */
export const INNER_RATIO = 0.32;

/** How many steps the ring has (RING_STEPS.length, kept here so the defaults load no tldraw). */
export const RING_STEP_COUNT = 8;

/** The ring's text size for a ring `size` across (labels and badges are sized in ems of it). */
export const ringFontSize = (size: number) => size / 55;

/** A step's label is this share of the ring's size wide. */
export const LABEL_WIDTH = 0.19;

/** A step's count badge: a circle this many ems of the ring's text across. */
export const badgeSide = (size: number) => ringFontSize(size) * 2.2;

/** A new ring's props (RingShape['props']). */
export const ringDefaultProps = () => ({ size: RING_DEFAULT_SIZE, steps: RING_STEP_COUNT });
