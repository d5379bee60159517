// A Hocuspocus 3 peer for `npm run bench -- peers`: no extensions, or the SQLite extension when
// HP_SQLITE names a database file. Listens on 127.0.0.1:PORT and prints "listening on <port>".
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const extensions = process.env.HP_SQLITE ? [new SQLite({ database: process.env.HP_SQLITE })] : [];
const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true, extensions });
await server.listen();
console.log(`listening on ${process.env.PORT}`);
process.on('SIGTERM', () => server.destroy().then(() => process.exit(0)));
