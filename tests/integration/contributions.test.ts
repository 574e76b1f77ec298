import type { TLRecord } from '@tldraw/tldraw';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { BoardMemberRepository } from '../../src/lib/server/access/board-members.ts';
import { ExportService } from '../../src/lib/server/services/export-service.ts';
import { SnapshotService } from '../../src/lib/server/services/snapshot-service.ts';
import { createTestUser, guestOnGuestLink, principalOf } from '../support/accounts.ts';
import { backends } from '../support/backends.ts';
import { failureOf } from '../support/services.ts';
import { waitFor } from '../support/stock-client.ts';
import { frameRecord, noteRecord } from '../support/tldraw-records.ts';
import { boardPerTest } from '../support/board-per-test.ts';

const FRAME = frameRecord('frame', 'P — Mensen', { w: 800, h: 600 });

describe.each(backends)('contributions on $name', (backend) => {
	const world = boardPerTest(backend, 'Klas 2B');
	const note = (key: string, text: string) =>
		recordToYMap({ ...noteRecord(key, text), parentId: 'shape:frame' } as unknown as TLRecord);

	it('counts per participant the shapes made and changed, their fields, and their frames', async () => {
		const anne = await createTestUser(world.server.storage.db, 'Anne');
		await new BoardMemberRepository(world.server.storage.db).setRole(world.boardId, anne.userId, 'editor');
		const guest = await guestOnGuestLink(world.server.storage.db, world.boardId, world.owner.userId, 'Sanne');

		const facilitator = await world.client(world.owner.cookie);
		boardRecords(facilitator.doc).set('shape:frame', recordToYMap(FRAME));
		const anneBoard = await world.client(anne.cookie);
		await waitFor(() => boardRecords(anneBoard.doc).has('shape:frame'), 'the frame');
		boardRecords(anneBoard.doc).set('shape:a1', note('a1', 'doelgroep'));
		boardRecords(anneBoard.doc).set('shape:a2', note('a2', 'kanalen'));
		(boardRecords(anneBoard.doc).get('shape:a1')!.get('props') as Y.Map<unknown>).set('color', 'blue');
		// Anne in a second tab is still one person.
		const anneTab = await world.client(anne.cookie);
		await waitFor(() => boardRecords(anneTab.doc).has('shape:a2'), 'Anne’s notes');
		anneTab.doc.transact(() => boardRecords(anneTab.doc).get('shape:a2')!.set('x', 300));
		const guestBoard = await world.client(guest.cookie);
		await waitFor(() => boardRecords(guestBoard.doc).has('shape:a2'), 'the notes');
		boardRecords(guestBoard.doc).set('shape:g1', note('g1', 'van de gast'));
		await waitFor(() => boardRecords(facilitator.doc).has('shape:g1'), 'the guest’s note');

		// Counted as the room unloads (and every few seconds while it is open).
		world.disconnectAll();
		const exports = new ExportService(world.server.storage.db);
		const asOwner = await principalOf(world.server.storage.db, world.owner);
		let table = await exports.contributions(asOwner, world.boardId);
		for (let tries = 0; tries < 50 && table.length < 3; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			table = await exports.contributions(asOwner, world.boardId);
		}
		const row = (name: string) => table.find((c) => c.name === name)!;
		expect(row('Anne')).toMatchObject({ shapesCreated: 2, shapesChanged: 2, frames: ['P — Mensen'] });
		expect(row('Anne').fieldChanges).toBeGreaterThanOrEqual(1);
		expect(row('Sanne')).toMatchObject({ shapesCreated: 1, shapesChanged: 1, frames: ['P — Mensen'] });
		expect(row('Owner')).toMatchObject({ shapesCreated: 1, frames: [] });

		// For the facilitator only, as a table and as CSV.
		expect(
			await failureOf(exports.contributions(await principalOf(world.server.storage.db, anne), world.boardId))
		).toBe('access_denied');
		const csv = await exports.export(asOwner, world.boardId, 'csv', 'nl');
		const lines = String(csv.body).replace('\ufeff', '').trim().split('\r\n');
		expect(lines[0]).toBe('Deelnemer,Vormen gemaakt,Vormen gewijzigd,Velden gewijzigd,Frames');
		expect(lines).toContain(`Anne,2,2,${row('Anne').fieldChanges},P — Mensen`);

		// Since a snapshot: only what was done after it.
		const snapshot = await new SnapshotService(world.server.storage.db).save(
			asOwner,
			world.boardId,
			'Ronde 1'
		);
		const again = await world.client(anne.cookie);
		await waitFor(() => boardRecords(again.doc).has('shape:g1'), 'the board');
		boardRecords(again.doc).set('shape:a3', note('a3', 'budget'));
		(boardRecords(again.doc).get('shape:a1')!.get('props') as Y.Map<unknown>).set('color', 'green');
		world.disconnectAll();
		let since = await exports.contributions(asOwner, world.boardId, snapshot);
		for (let tries = 0; tries < 50 && since.length < 1; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			since = await exports.contributions(asOwner, world.boardId, snapshot);
		}
		expect(since).toEqual([
			{ name: 'Anne', shapesCreated: 1, shapesChanged: 2, fieldChanges: 1, frames: ['P — Mensen'] }
		]);
		const sinceCsv = await exports.export(asOwner, world.boardId, 'csv', 'en', snapshot);
		expect(String(sinceCsv.body).replace('\ufeff', '').trim().split('\r\n')).toEqual([
			'Participant,Shapes made,Shapes changed,Fields changed,Frames',
			'Anne,1,2,1,P — Mensen'
		]);
		expect(await failureOf(exports.contributions(asOwner, world.boardId, 'no-such-snapshot'))).toBe(
			'board_not_found'
		);
	});
});
