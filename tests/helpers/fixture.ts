/**
 * The usual shape of a server test file: one real server for the file, and the clients and desk
 * sockets a test opens closed after it. Register at the top level of a test file.
 */
import { startServer, type TestServer } from './server';
import { disconnect, type Client } from './clients';
import type { DeskClient } from './desk';

export type ServerFixture = {
  /** The file's server (available from the first `beforeAll` on). */
  readonly server: TestServer;
  /** Push clients here to have them disconnected after the test. */
  readonly clients: Client[];
  /** Push desk sockets here to have them disconnected after the test. */
  readonly desks: DeskClient[];
};

export function useServerFixture(env: Record<string, string> = {}): ServerFixture {
  let server: TestServer | null = null;
  const fixture: ServerFixture = {
    get server(): TestServer {
      if (!server) throw new Error('the server starts in beforeAll: use it inside a test or hook');
      return server;
    },
    clients: [],
    desks: [],
  };
  beforeAll(async () => {
    server = await startServer(env);
  });
  afterEach(() => {
    disconnect(...fixture.clients.splice(0));
    for (const d of fixture.desks.splice(0)) d.disconnect();
  });
  afterAll(() => server?.close());
  return fixture;
}
