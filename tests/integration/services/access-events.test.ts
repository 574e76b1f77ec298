import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../../src/lib/sync/endpoint.ts';
import { BoardMemberRepository } from '../../../src/lib/server/access/board-members.ts';
import { TeamRepository } from '../../../src/lib/server/access/teams.ts';
import { SESSION_COOKIE } from '../../../src/lib/server/auth/cookie.ts';
import { SessionStore } from '../../../src/lib/server/auth/sessions.ts';
import { boardEvents } from '../../../src/lib/server/boards/board-events.ts';
import { AccessService } from '../../../src/lib/server/services/access-service.ts';
import { AccountService } from '../../../src/lib/server/services/account-service.ts';
import { BoardService } from '../../../src/lib/server/services/board-service.ts';
import { ExportService } from '../../../src/lib/server/services/export-service.ts';
import { TeamService } from '../../../src/lib/server/services/team-service.ts';
import { createTestUser, principalOf, TEST_PASSWORD, type TestUser } from '../../support/accounts.ts';
import { removeDir, startTestServer, type TestServer } from '../../support/test-server.ts';
import { connectProvider, nextCloseCode, whenSynced } from '../../support/stock-client.ts';

/**
 * Every method of every service, classified. A change that can reduce someone's access has a
 * scenario: someone holds the board open, the method runs, and their socket must close with the
 * documented code. A new method fails the first test until it is listed here, so a service method
 * that forgets to tell the sync server cannot slip through.
 */
interface World {
	server: TestServer;
	owner: TestUser;
	teammate: TestUser;
	boardId: string;
	services: {
		boards: BoardService;
		access: AccessService;
		teams: TeamService;
		accounts: AccountService;
	};
}
type Scenario = { close: number; open: (w: World) => Promise<string>; act: (w: World) => Promise<unknown> };
const KEEPS_ACCESS = 'keeps everyone’s access';

const asOwner = (w: World) => principalOf(w.server.storage.db, w.owner);
const asTeammate = (w: World) => principalOf(w.server.storage.db, w.teammate);
const teammateCookie = async (w: World) => w.teammate.cookie;

const METHODS: Record<
	string,
	{ prototype: object; methods: Record<string, Scenario | typeof KEEPS_ACCESS> }
> = {
	BoardService: {
		prototype: BoardService.prototype,
		methods: {
			overview: KEEPS_ACCESS,
			open: KEEPS_ACCESS,
			create: KEEPS_ACCESS,
			importBoard: KEEPS_ACCESS,
			recentlyDeleted: KEEPS_ACCESS,
			undelete: KEEPS_ACCESS,
			rename: KEEPS_ACCESS,
			remove: {
				close: CloseCode.BoardNotFound,
				open: teammateCookie,
				act: async (w) => w.services.boards.remove(await asOwner(w), w.boardId)
			}
		}
	},
	AccessService: {
		prototype: AccessService.prototype,
		methods: {
			sharing: KEEPS_ACCESS,
			createLink: KEEPS_ACCESS,
			revokeLink: {
				close: CloseCode.AccessRevoked,
				open: async (w) => {
					const { token } = await w.services.access.createLink(await asOwner(w), w.boardId, {
						role: 'editor',
						lifetime: 'never',
						allowGuests: true
					});
					const { guestId } = await w.services.access.joinAsGuest(token, 'Gast');
					const session = await new SessionStore(w.server.storage.db).create({ guestId });
					return `${SESSION_COOKIE}=${session.token}`;
				},
				act: async (w) => {
					const [link] = (await w.services.access.sharing(await asOwner(w), w.boardId)).links;
					await w.services.access.revokeLink(await asOwner(w), w.boardId, link!.id);
				}
			},
			setRole: {
				close: CloseCode.RoleChanged,
				open: teammateCookie,
				act: async (w) => w.services.access.setRole(await asOwner(w), w.boardId, w.teammate.userId, 'viewer')
			},
			removeRole: {
				close: CloseCode.AccessRevoked,
				open: async (w) => {
					const outsider = await createTestUser(w.server.storage.db, 'Outsider');
					await new BoardMemberRepository(w.server.storage.db).setRole(w.boardId, outsider.userId, 'editor');
					w.teammate = outsider;
					return outsider.cookie;
				},
				act: async (w) => w.services.access.removeRole(await asOwner(w), w.boardId, w.teammate.userId)
			},
			// Exporting is not on the socket: the export URLs check it on every request.
			setViewersExport: KEEPS_ACCESS,
			invitation: KEEPS_ACCESS,
			join: KEEPS_ACCESS,
			joinAsGuest: KEEPS_ACCESS
		}
	},
	ExportService: {
		prototype: ExportService.prototype,
		methods: { export: KEEPS_ACCESS, contributions: KEEPS_ACCESS }
	},
	TeamService: {
		prototype: TeamService.prototype,
		methods: {
			page: KEEPS_ACCESS,
			create: KEEPS_ACCESS,
			rename: KEEPS_ACCESS,
			invite: KEEPS_ACCESS,
			revokeInvite: KEEPS_ACCESS,
			removeMember: {
				close: CloseCode.AccessRevoked,
				open: teammateCookie,
				act: async (w) => w.services.teams.removeMember(await asOwner(w), w.owner.teamId, w.teammate.userId)
			},
			leave: {
				close: CloseCode.AccessRevoked,
				open: teammateCookie,
				act: async (w) => w.services.teams.leave(await asTeammate(w), w.owner.teamId)
			},
			invitation: KEEPS_ACCESS,
			acceptInvite: KEEPS_ACCESS
		}
	},
	AccountService: {
		prototype: AccountService.prototype,
		methods: {
			signUp: KEEPS_ACCESS,
			logIn: KEEPS_ACCESS,
			changePassword: {
				close: CloseCode.AccessRevoked,
				open: teammateCookie,
				act: async (w) =>
					w.services.accounts.changePassword(await asTeammate(w), TEST_PASSWORD, 'a brand new passphrase 42')
			},
			deletionPreview: KEEPS_ACCESS,
			deleteAccount: {
				close: CloseCode.AccessRevoked,
				open: teammateCookie,
				act: async (w) => w.services.accounts.deleteAccount(await asTeammate(w), TEST_PASSWORD)
			},
			logOut: {
				close: CloseCode.AccessRevoked,
				open: teammateCookie,
				act: async (w) => w.services.accounts.logOut(await asTeammate(w))
			}
		}
	}
};

let world: World;
const providers: ReturnType<typeof connectProvider>[] = [];

beforeEach(async () => {
	const server = await startTestServer();
	const db = server.storage.db;
	const owner = await createTestUser(db, 'Owner');
	const teammate = await createTestUser(db, 'Teammate');
	await new TeamRepository(db).join(owner.teamId, teammate.userId);
	const boardId = (await server.boards.create('Workshop', owner.teamId, owner.userId)).id;
	const events = boardEvents();
	world = {
		server,
		owner,
		teammate,
		boardId,
		services: {
			boards: new BoardService(db, events),
			access: new AccessService(db, events),
			teams: new TeamService(db, events),
			accounts: new AccountService(db, events)
		}
	};
});

afterEach(async () => {
	for (const provider of providers.splice(0)) provider.destroy();
	await world.server.stop();
	removeDir(world.server.dataDir);
});

describe('services tell open sockets about every change that reduces access', () => {
	it.each(Object.entries(METHODS))('lists every method of %s', (_name, { prototype, methods }) => {
		const declared = Object.getOwnPropertyNames(prototype).filter((name) => name !== 'constructor');
		expect(declared.sort()).toEqual(Object.keys(methods).sort());
	});

	const scenarios = Object.entries(METHODS).flatMap(([service, { methods }]) =>
		Object.entries(methods).flatMap(([method, scenario]) =>
			scenario === KEEPS_ACCESS ? [] : [{ name: `${service}.${method}`, scenario }]
		)
	);
	it.each(scenarios)('$name closes the affected socket', async ({ scenario }) => {
		const cookie = await scenario.open(world);
		const provider = connectProvider(world.server.wsUrl, world.boardId, cookie);
		providers.push(provider);
		await whenSynced(provider);
		const closed = nextCloseCode(provider);
		await scenario.act(world);
		expect(await closed).toBe(scenario.close);
	});
});
