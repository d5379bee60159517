/**
 * socket.io's Redis adapter publishes (broadcasts, answers to another instance's fetchSockets or
 * serverSideEmit) with no handler for a failed publish. A publish that fails — Redis gone, or the
 * connection already quit while the instance stops — must be logged, not left as an unhandled
 * rejection that ends the process with exit code 1 (seen in tests/server/deploy-files.test.ts's
 * compose stack, one instance stopping while the other still spoke to it).
 */
import { createServer } from 'node:http';
import pino from 'pino';
import { Server } from 'socket.io';
import { openScale } from '../../server/scale/scale';
import { testRedisPrefix, testRedisUrl } from '../helpers/redis';

const redisUrl = testRedisUrl();

(redisUrl ? describe : describe.skip)('a scaled instance whose Redis connection is gone', () => {
  test('a socket.io publish that fails is logged, never an unhandled rejection', async () => {
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line).msg as string) });
    const unhandled: string[] = [];
    const onUnhandled = (e: unknown) => void unhandled.push(String((e as Error)?.message ?? e));
    process.on('unhandledRejection', onUnhandled);
    try {
      const scale = await openScale({ redisUrl: redisUrl!, redisPrefix: testRedisPrefix() }, logger);
      const io = new Server(createServer(), { adapter: scale.socketAdapter });
      await scale.close();
      io.emit('desk:event', { late: true }); // a broadcast the adapter publishes on the closed connection
      io.serverSideEmit('late');
      await new Promise((r) => setTimeout(r, 100));
      io.close();
      expect(unhandled).toEqual([]);
      expect(warnings).toContain('socket.io adapter command through Redis failed');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
