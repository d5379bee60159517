/**
 * The usual shape of a server test file: one real server for the file, and the clients and desk
 * sockets a test opens closed after it. Register at the top level of a test file.
 */
import { startServer, type TestServer } from './server';
import { connectClient, disconnect, type Client } from './clients';
import { connectDesk, type DeskClient } from './desk';

export type ServerFixture = {
  /** The file's server (available from the first `beforeAll` on). */
  readonly server: TestServer;
  /** Push clients here to have them disconnected after the test. */
  readonly clients: Client[];
  /** Push desk sockets here to have them disconnected after the test. */
  readonly desks: DeskClient[];
  /** A stock y-websocket client on the article, as an editor, disconnected after the test. */
  client(articleId: string): Promise<Client>;
  /** A `/desk` socket as an editor, disconnected after the test. */
  desk(): Promise<DeskClient>;
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
    async client(articleId) {
      const c = await connectClient(fixture.server, articleId);
      fixture.clients.push(c);
      return c;
    },
    async desk() {
      const d = await connectDesk(fixture.server.url, { auth: { token: fixture.server.token } });
      fixture.desks.push(d);
      return d;
    },
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
