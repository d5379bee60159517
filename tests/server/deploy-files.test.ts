/**
 * docker-compose.yml, the Dockerfile and .env.example cannot be run here (no Docker engine), so they
 * are checked against the code, and the compose service's exact environment is started as a real
 * process and probed with the compose file's own health check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../server/config';
import { startServerProcess, tempDataDir } from '../helpers/server';

const root = path.resolve(__dirname, '..', '..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

type Service = {
  build?: string;
  environment: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
};
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };

test('every compose service sets only known variables, with valid values', () => {
  expect(Object.keys(compose.services).length).toBeGreaterThan(0);
  for (const [name, svc] of Object.entries(compose.services)) {
    for (const key of Object.keys(svc.environment)) expect([name, CONFIG_VARIABLES.includes(key)]).toEqual([name, true]);
    const loaded = loadConfig(svc.environment);
    expect([name, loaded.ok ? 'ok' : loaded.errors]).toEqual([name, 'ok']);
  }
});

test('the data folder is a named volume and the health check probes /api/health on PORT', () => {
  const app = compose.services.app;
  expect(app.build).toBe('.');
  const dataMount = app.volumes?.find((v) => v.endsWith(`:${app.environment.DATA_DIR}`));
  expect(dataMount).toBeDefined();
  expect(Object.keys(compose.volumes)).toContain(dataMount!.split(':')[0]);
  expect(app.ports).toContain(`${app.environment.PORT}:${app.environment.PORT}`);
  expect(app.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${app.environment.PORT}/api/health`);
});

test('the Dockerfile runs what the build produces and copies every source folder it needs', () => {
  const dockerfile = read('Dockerfile');
  const build = JSON.parse(read('tsconfig.build.json')) as { compilerOptions: { outDir: string }; include: string[] };
  expect(dockerfile).toContain(`CMD ["node", "${build.compilerOptions.outDir}/server/main.js"]`);
  for (const folder of [...build.include, 'client']) expect(dockerfile).toContain(`COPY ${folder} ./${folder}`);
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) expect(dockerfile).toContain(f);
});

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

test('the compose app environment starts a working server that passes the compose health check', async () => {
  const app = compose.services.app;
  // Only the port and data folder change: the container's are not free on a shared test machine.
  const proc = await startServerProcess({ ...app.environment, PORT: '0', DATA_DIR: tempDataDir() });
  try {
    const port = new URL(proc.url).port;
    const check = app.healthcheck!.test.slice(1).map((a) => a.replace(`:${app.environment.PORT}/`, `:${port}/`));
    expect(check[0]).toBe('node');
    execFileSync(process.execPath, check.slice(1), { timeout: 10_000 });
  } finally {
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  }
});
