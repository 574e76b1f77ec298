import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore } from '@tldraw/tldraw';
import { customShapeUtils } from './shapes/index.ts';
import { ringStoreMigrations } from './shapes/stepfree-ring/ring-store-migrations.ts';

type Collaboration = NonNullable<Parameters<typeof createTLStore>[0]>['collaboration'];

/**
 * A store for a board: tldraw's shapes and ours, with the migrations that move records saved by
 * older versions (a board's schema is kept in its doc, see sync/yjs-binding.ts).
 */
export function createBoardStore(collaboration?: Collaboration): TLStore {
	return createTLStore({
		shapeUtils: [...defaultShapeUtils, ...customShapeUtils],
		bindingUtils: defaultBindingUtils,
		migrations: [ringStoreMigrations],
		collaboration
	});
}
