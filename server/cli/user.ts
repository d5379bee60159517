/**
 * User administration on the configured storage (same env as the server: DATA_DIR or DATABASE_URL, …).
 *
 *   npm run user -- add <name> --role <role> [--password <pw>]   (password prompted, or read from stdin)
 *   npm run user -- list
 *   npm run user -- set-role <name> <role>
 *   npm run user -- disable <name>
 *   npm run user -- passwd <name> [--password <pw>]   (password prompted, or read from stdin; signs
 *                                                      the user out everywhere)
 *
 * Exit codes: 0 done, 1 refused (message on stderr), 2 usage or configuration error.
 */
import { parseArgs } from 'node:util';
import readline from 'node:readline';
import { loadConfig } from '../config';
import { openStorage } from '../storage/open';
import { Accounts } from '../auth/accounts';
import { loadSecret, Tokens } from '../auth/tokens';
import { isRole, ROLES } from '../../shared/contract/roles';

const USAGE = `usage:
  user add <name> --role <${ROLES.join('|')}> [--password <pw>]
  user list
  user set-role <name> <role>
  user disable <name>
  user passwd <name> [--password <pw>]`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** The password from a TTY prompt (hidden) or the first line of stdin. */
async function readPassword(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stderr : undefined, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const line = await new Promise<string>((resolve) => {
    rl.once('line', resolve);
    rl.once('close', () => resolve(''));
  });
  rl.close();
  if (process.stdin.isTTY) process.stderr.write('\n');
  return line.replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { role: { type: 'string' }, password: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  const loaded = loadConfig(process.env);
  if (!loaded.ok) fail(loaded.error.map((e) => `bad configuration: ${e}`).join('\n'), 2);
  const config = loaded.value;
  const storage = await openStorage(config);
  const accounts = new Accounts(storage, new Tokens(loadSecret(config.secret, config.dataDir), config.tokenTtlSeconds));
  try {
    switch (command) {
      case 'add': {
        const [name] = rest;
        if (!name || !values.role) fail(USAGE, 2);
        if (!isRole(values.role)) fail(`role must be one of ${ROLES.join(', ')}`, 2);
        const password = values.password ?? (await readPassword());
        const r = await accounts.createUser(name, values.role, password, 'cli');
        if (!r.ok) fail(r.error.message);
        console.log(`added ${r.value.name} (${r.value.role})`);
        break;
      }
      case 'list':
        for (const u of await storage.listUsers()) console.log(`${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}`);
        break;
      case 'set-role': {
        const [name, role] = rest;
        if (!name || !isRole(role)) fail(USAGE, 2);
        const r = await accounts.setRole(name, role, 'cli');
        if (!r.ok) fail(r.error.message);
        console.log(`${r.value.name} is now ${r.value.role}`);
        break;
      }
      case 'disable': {
        const [name] = rest;
        if (!name) fail(USAGE, 2);
        const r = await accounts.disable(name, 'cli');
        if (!r.ok) fail(r.error.message);
        console.log(`disabled ${r.value.name}`);
        break;
      }
      case 'passwd': {
        const [name] = rest;
        if (!name) fail(USAGE, 2);
        const password = values.password ?? (await readPassword());
        const r = await accounts.changePassword(name, password, 'cli');
        if (!r.ok) fail(r.error.message);
        console.log(`changed the password of ${r.value.name}; their sessions are signed out`);
        break;
      }
      default:
        fail(USAGE, 2);
    }
  } finally {
    await storage.close();
  }
}

void main();
