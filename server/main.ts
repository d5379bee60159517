/** The process entry: `npm start` (built) or `npm run dev` (tsx). */
import './one-byte-sources'; // first: every module after it is compiled from a one-byte source (see the module)
import './zod-locales'; // before anything requires zod (see the module)
import pino from 'pino';
import { loadConfig } from './config';
import { startCopydesk } from './instance';

async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    for (const line of loaded.error) console.error(`copydesk: bad configuration: ${line}`);
    process.exit(2);
  }
  const config = loaded.value;
  const logger = pino({ level: config.logLevel, base: undefined });
  const app = await startCopydesk(config, logger);
  const demo = config.production ? [] : await app.accounts.seedDemoAccounts();
  const address = await app.listen();
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const dataIn = app.storage.kind === 'postgres' ? 'Postgres (DATABASE_URL)' : config.dataDir;
  logger.info({ port: address.port, dataDir: config.dataDir, storage: app.storage.kind }, 'listening');
  console.log(`Copydesk is running at http://${shownHost}:${address.port}/  (data in ${dataIn})`);
  if (demo.length > 0) {
    console.log('Demo accounts were created for this new data folder (shown once; add more with `npm run user -- add`):');
    for (const d of demo) console.log(`  ${d.role.padEnd(9)} name: ${d.name}   password: ${d.password}`);
  } else {
    console.log('Sign in with your account; manage accounts with `npm run user -- add|list|set-role|disable`.');
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: storing open articles');
    app.close().then(
      () => process.exit(0),
      (e: Error) => {
        logger.error({ err: e }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: Error) => {
  console.error(`copydesk: failed to start: ${e.message}`);
  process.exit(1);
});
