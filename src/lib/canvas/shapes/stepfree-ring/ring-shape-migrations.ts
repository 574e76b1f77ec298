import { createShapePropsMigrationIds, createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Rings live on in saved boards: a props change is a new numbered migration here. */
export const ringShapeVersions = createShapePropsMigrationIds('stepfree-ring', { AddSteps: 1 });

export const ringShapeMigrations = createShapePropsMigrationSequence({
	sequence: [
		{
			id: ringShapeVersions.AddSteps,
			// Rings saved before this had nine steps; ring-store-migrations.ts moves their notes to eight.
			up: (props: { steps?: number }) => {
				props.steps ??= 9;
			}
		}
	]
});
