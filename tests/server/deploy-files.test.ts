/**
 * docker-compose.yml, deploy/nginx.conf, the Dockerfile and .env.example cannot be run here (no
 * Docker engine), so they are checked against the code, and the compose app environment is started
 * as the stack it describes: two real `server/main.ts` processes on this machine's Postgres (a fresh
 * schema) and Redis (a fresh REDIS_PREFIX), probed with the compose health check and used by stock
 * y-websocket and socket.io clients. Without Postgres or Redis that last test is skipped with a
 * warning, or fails under CI (tests/helpers/postgres.ts, redis.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as Y from 'yjs';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../server/config';
import { COLLAB_PATH_PREFIX } from '../../server/collab/ws-transport';
import { SERVER_ENV, SERVER_NODE_FLAGS, SOURCE_NODE_FLAGS } from '../../server/node-flags';
import { serverNodeFlags, startServerProcess, tempDataDir, type ServerProcess } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilConverged, untilDoc, withTimeout, type Client } from '../helpers/clients';
import { connectDesk, nextEvent, type DeskClient } from '../helpers/desk';
import { anchorOf, newId, value } from '../helpers/threads';
import { createTestSchema, storedUpdateRows, testPostgresUrl } from '../helpers/postgres';
import { testRedisPrefix, testRedisUrl } from '../helpers/redis';

const root = path.resolve(__dirname, '..', '..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

type Service = {
  build?: string;
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
};
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const APPS = ['app1', 'app2'] as const;
const nginx = read('deploy/nginx.conf');

/** Compose variable interpolation: `${NAME}`, `${NAME:-default}`, `${NAME:?error}` (throws). */
function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([?-])([^}]*))?\}/g, (_, name: string, op?: string, arg?: string) => {
    const v = vars[name];
    if (v !== undefined && v !== '') return v;
    if (op === '?') throw new Error(`${name}: ${arg}`);
    return op === '-' ? (arg ?? '') : '';
  });
}

const SECRET = 'compose-test-secret-compose-test-secret-0123';
/** The app services' environment as compose passes it, with COPYDESK_SECRET set in the shell. */
function appEnv(name: (typeof APPS)[number]): Record<string, string> {
  const env = compose.services[name].environment ?? {};
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v), { COPYDESK_SECRET: SECRET })]));
}

/** The body of the nginx block opened by `header {` (e.g. `location /collab/`), braces matched. */
function block(conf: string, header: string): string {
  const start = conf.indexOf(`${header} {`);
  if (start < 0) throw new Error(`deploy/nginx.conf has no "${header} {" block`);
  let depth = 0;
  for (let i = conf.indexOf('{', start); i < conf.length; i++) {
    if (conf[i] === '{') depth++;
    else if (conf[i] === '}' && --depth === 0) return conf.slice(conf.indexOf('{', start) + 1, i);
  }
  throw new Error(`unbalanced block ${header}`);
}
const directives = (body: string) => body.split(';').map((d) => d.trim().replace(/\s+/g, ' '));

describe('docker-compose.yml', () => {
  test('two app services from the same build with the same environment of known variables that loads', () => {
    for (const name of APPS) {
      const svc = compose.services[name];
      expect([name, svc.build, svc.image]).toEqual([name, '.', compose.services.app1.image]);
      for (const key of Object.keys(svc.environment ?? {})) expect([name, CONFIG_VARIABLES.includes(key)]).toEqual([name, true]);
      const loaded = loadConfig(appEnv(name));
      expect([name, loaded.ok ? 'ok' : loaded.error]).toEqual([name, 'ok']);
    }
    expect(appEnv('app2')).toEqual(appEnv('app1'));
    expect(compose.services.app2.healthcheck).toEqual(compose.services.app1.healthcheck);
    // Only the app services are Copydesk; every service is one of the stack's five.
    expect(Object.keys(compose.services).sort()).toEqual(['app1', 'app2', 'lb', 'postgres', 'redis']);
  });

  test('the scaled configuration: Postgres, Redis, one shared secret that must be supplied, one proxy hop', () => {
    const loaded = loadConfig(appEnv('app1'));
    if (!loaded.ok) throw new Error(loaded.error.join('; '));
    const config = loaded.value;
    expect(config.production).toBe(true);
    expect(config.trustProxyHops).toBe(1);
    expect(config.secret).toBe(SECRET);
    // Without COPYDESK_SECRET in the shell compose refuses to start (`${COPYDESK_SECRET:?…}`).
    expect(() => interpolate(String(compose.services.app1.environment!.COPYDESK_SECRET), {})).toThrow(/COPYDESK_SECRET/);

    const db = new URL(config.databaseUrl!);
    const pgEnv = compose.services.postgres.environment!;
    expect([db.hostname, db.port, decodeURIComponent(db.username), decodeURIComponent(db.password), db.pathname.slice(1)]).toEqual([
      'postgres',
      '5432',
      pgEnv.POSTGRES_USER,
      pgEnv.POSTGRES_PASSWORD,
      pgEnv.POSTGRES_DB,
    ]);
    const redis = new URL(config.redisUrl!);
    expect([redis.hostname, redis.port]).toEqual(['redis', '6379']);
  });

  test('apps wait for healthy Postgres and Redis, and are health-checked on /api/health at PORT', () => {
    for (const name of APPS) {
      const svc = compose.services[name];
      expect(svc.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
      expect(svc.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${svc.environment!.PORT}/api/health`);
    }
    for (const name of ['postgres', 'redis', 'lb']) expect([name, compose.services[name].healthcheck?.test.length]).toEqual([name, expect.any(Number)]);
    expect(compose.services.lb.depends_on).toEqual({ app1: { condition: 'service_healthy' }, app2: { condition: 'service_healthy' } });
  });

  test('Postgres and Redis keep their data on named volumes', () => {
    const mounts = { postgres: '/var/lib/postgresql/data', redis: '/data' };
    for (const [name, target] of Object.entries(mounts)) {
      const mount = compose.services[name].volumes?.find((v) => v.split(':')[1] === target);
      expect([name, mount]).toEqual([name, expect.any(String)]);
      expect(Object.keys(compose.volumes)).toContain(mount!.split(':')[0]);
    }
  });
});

describe('deploy/nginx.conf (the load balancer)', () => {
  const upstream = /upstream (\S+) \{/.exec(nginx)?.[1];

  test('is the lb service, published, balancing both apps with sticky ip_hash', () => {
    expect(compose.services.lb.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(compose.services.lb.ports?.length).toBeGreaterThan(0);
    expect(upstream).toBeDefined();
    const servers = directives(block(nginx, `upstream ${upstream}`));
    expect(servers).toContain('ip_hash');
    for (const name of APPS) {
      const port = compose.services[name].environment!.PORT;
      expect([name, servers.some((d) => d.startsWith(`server ${name}:${port}`))]).toEqual([name, true]);
    }
  });

  test('/collab/ and /socket.io/ are proxied as WebSockets; /api/, /metrics and / are proxied', () => {
    expect(COLLAB_PATH_PREFIX).toBe('/collab/');
    expect(directives(block(nginx, 'map $http_upgrade $connection_upgrade'))).toEqual(expect.arrayContaining(['default upgrade', "'' close"]));
    for (const location of [COLLAB_PATH_PREFIX, '/socket.io/']) {
      const d = directives(block(nginx, `location ${location}`));
      expect([location, d]).toEqual([
        location,
        expect.arrayContaining([
          `proxy_pass http://${upstream}`,
          'proxy_http_version 1.1',
          'proxy_set_header Upgrade $http_upgrade',
          'proxy_set_header Connection $connection_upgrade',
          // The server accepts a browser socket only from its own origin: Host must pass unchanged.
          'proxy_set_header Host $http_host',
          'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for',
        ]),
      ]);
    }
    for (const location of ['/api/', '= /metrics', '/']) {
      const d = directives(block(nginx, `location ${location}`));
      expect([location, d]).toEqual([location, expect.arrayContaining([`proxy_pass http://${upstream}`, 'proxy_set_header Host $http_host'])]);
    }
  });
});

test('the Dockerfile runs what the build produces and copies every source folder it needs', () => {
  const dockerfile = read('Dockerfile');
  const build = JSON.parse(read('tsconfig.build.json')) as { compilerOptions: { outDir: string }; include: string[] };
  const flags = SERVER_NODE_FLAGS.map((f) => `"${f}", `).join('');
  expect(dockerfile).toContain(`CMD ["node", ${flags}"${build.compilerOptions.outDir}/server/main.js"]`);
  for (const [k, v] of Object.entries(SERVER_ENV)) expect(dockerfile).toMatch(new RegExp(`^ENV ${k}=${v}$`, 'm'));
  for (const folder of [...build.include, 'client']) expect(dockerfile).toContain(`COPY ${folder} ./${folder}`);
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) expect(dockerfile).toContain(f);
});

test('npm start, npm run dev and the servers tests and benchmarks start run with the shipped Node flags', () => {
  expect(SERVER_NODE_FLAGS.length).toBeGreaterThan(0);
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  const flags = SERVER_NODE_FLAGS.join(' ');
  // The shipped environment before `node`, each as `NAME=${NAME:-value}` (an operator's own value wins).
  const env = Object.entries(SERVER_ENV).map(([k, v]) => `${k}=\${${k}:-${v}} `).join('');
  expect(scripts.start.endsWith(`&& ${env}node ${flags} dist/server/main.js`)).toBe(true);
  expect(scripts.dev).toBe(`tsx ${SOURCE_NODE_FLAGS.join(' ')} server/main.ts`);
  const override = process.env.BENCH_SERVER_NODE_FLAGS;
  delete process.env.BENCH_SERVER_NODE_FLAGS;
  try {
    expect(serverNodeFlags()).toEqual([...SERVER_NODE_FLAGS]);
  } finally {
    if (override !== undefined) process.env.BENCH_SERVER_NODE_FLAGS = override;
  }
  for (const f of SERVER_NODE_FLAGS) expect([f, read('README.md').includes(f)]).toEqual([f, true]);
});

test('the shipped environment: MALLOC_ARENA_MAX=1 reaches a server the tests start, and a value already set wins', async () => {
  expect(SERVER_ENV).toEqual({ MALLOC_ARENA_MAX: '1' });
  const environOf = (pid: number) =>
    Object.fromEntries(
      fs
        .readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    ) as Record<string, string>;
  const saved = process.env.MALLOC_ARENA_MAX;
  const seen: (string | undefined)[] = [];
  try {
    for (const own of [undefined, '4']) {
      if (own === undefined) delete process.env.MALLOC_ARENA_MAX;
      else process.env.MALLOC_ARENA_MAX = own;
      const dir = tempDataDir();
      const p = await startServerProcess({ DATA_DIR: dir });
      try {
        seen.push(environOf(p.child.pid!).MALLOC_ARENA_MAX);
      } finally {
        p.child.kill('SIGTERM');
        await p.exited;
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    if (saved === undefined) delete process.env.MALLOC_ARENA_MAX;
    else process.env.MALLOC_ARENA_MAX = saved;
  }
  expect(seen).toEqual(['1', '4']);
}, 120_000);

test('.env.example documents every variable with a default that loads', () => {
  const lines = read('.env.example')
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l));
  const env = Object.fromEntries(lines.map((l) => l.split('=', 2) as [string, string]));
  expect(Object.keys(env).sort()).toEqual([...CONFIG_VARIABLES].sort());
  expect(loadConfig(env).ok).toBe(true);
  const readme = read('README.md');
  for (const name of CONFIG_VARIABLES) expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true]);
});

const postgresUrl = testPostgresUrl();
const redisUrl = testRedisUrl();

(postgresUrl && redisUrl ? test : test.skip)(
  'the compose stack as two real processes: documents, awareness and /desk events cross instances; each update is stored once',
  async () => {
    const schema = await createTestSchema(postgresUrl!);
    const procs: ServerProcess[] = [];
    const clients: Client[] = [];
    const desks: DeskClient[] = [];
    try {
      // The compose app environment; only what differs on this machine is replaced.
      const local: Record<string, string> & { DATA_DIR: string } = {
        HOST: '127.0.0.1', // the container's 0.0.0.0 → this machine's loopback
        PORT: '0', // 3000 may be taken here
        DATA_DIR: tempDataDir(), // the container's /data
        DATABASE_URL: schema.url, // postgres:5432/copydesk → a fresh schema of this machine's Postgres
        REDIS_URL: redisUrl!, // redis:6379 → this machine's Redis
        REDIS_PREFIX: testRedisPrefix(), // so parallel runs on one Redis never cross
        COMPACT_THRESHOLD: '1000000', // so the update log can be counted (the compose value is the default)
      };
      // (COPYDESK_SECRET: startServerProcess passes its own, shared by both processes.)
      for (const name of APPS) procs.push(await startServerProcess({ ...appEnv(name), ...local }));
      const [one, two] = procs;

      for (const [i, proc] of procs.entries()) {
        const svc = compose.services[APPS[i]];
        const check = svc.healthcheck!.test.slice(1).map((a) => a.replace(`:${svc.environment!.PORT}/`, `:${new URL(proc.url).port}/`));
        expect(check[0]).toBe('node');
        execFileSync(process.execPath, check.slice(1), { timeout: 10_000 });
      }

      // A stock y-websocket client on each instance, editing one article in turns.
      const { id } = await createArticle(one, 'Scaled stack');
      const a = await connectClient(one, id);
      const b = await connectClient(two, id);
      clients.push(a, b);
      firstParagraphText(a.doc); // the paragraph's text node: an update of its own, before counting
      await untilConverged(a, b);
      const before = await storedUpdateRows(schema.url, id);
      const edits = 6;
      for (let i = 0; i < edits; i++) {
        const [writer, reader] = i % 2 === 0 ? [a, b] : [b, a];
        firstParagraphText(writer.doc).insert(firstParagraphText(writer.doc).length, ` e${i}`);
        await untilDoc(reader.doc, () => bodyText(reader.doc).endsWith(` e${i}`), 5000, `edit ${i} crosses instances`);
      }
      await untilConverged(a, b);
      expect(bodyText(a.doc)).toBe(' e0 e1 e2 e3 e4 e5');
      expect(bodyText(b.doc)).toBe(bodyText(a.doc));
      expect(Buffer.from(Y.encodeStateVector(b.doc))).toEqual(Buffer.from(Y.encodeStateVector(a.doc)));
      expect(await storedUpdateRows(schema.url, id)).toBe(before + edits);

      // Awareness crosses.
      a.provider.awareness.setLocalStateField('probe', 'Ann'); // not user.name: the server sets that to the account's
      await withTimeout(
        new Promise<void>((resolve) => {
          const seen = () => (b.provider.awareness.getStates().get(a.doc.clientID) as { probe?: string } | undefined)?.probe === 'Ann';
          const onChange = () => seen() && (b.provider.awareness.off('change', onChange), resolve());
          b.provider.awareness.on('change', onChange);
          onChange();
        }),
        5000,
        'awareness crosses instances',
      );

      // /desk: a socket on instance two hears a thread created through instance one, and the report of an edit stored there.
      const watcher = await connectDesk(two.url, { auth: { token: two.token } });
      const writer = await connectDesk(one.url, { auth: { token: one.token } });
      desks.push(watcher, writer);
      value(await watcher.emitWithAck('article:join', { articleId: id }));
      const changed = nextEvent(watcher, 'thread:changed', (c) => c.articleId === id && c.type === 'thread-created');
      const text = firstParagraphText(a.doc);
      value(
        await writer.emitWithAck('thread:create', {
          articleId: id,
          threadId: newId(),
          commentId: newId(),
          anchor: anchorOf(text, 1, 3),
          quote: 'e0',
          body: 'Check this.',
        }),
      );
      expect(await changed).toMatchObject({ seq: 1, type: 'thread-created', thread: { quote: 'e0' } });
      const report = nextEvent(watcher, 'attribution:report', (r) => r.articleId === id && r.issues.some((i) => i.kind === 'unattributed'));
      text.insert(text.length, ' “We are leaving,” they said.');
      expect((await report).issues).toEqual([expect.objectContaining({ kind: 'unattributed' })]);
    } finally {
      for (const d of desks) d.disconnect();
      disconnect(...clients);
      for (const p of procs) p.child.kill('SIGTERM');
      const codes = await Promise.all(procs.map((p) => p.exited));
      await schema.drop();
      // An unclean stop exits 1 after logging why: show it with the code.
      expect(codes.map((c, i) => (c === 0 ? 0 : `${String(c)}: ${procs[i].output()}`))).toEqual(procs.map(() => 0));
    }
  },
  60_000,
);

