/**
 * The audience bus over a real Redis (server/scale/audience-bus.ts): an instance started later learns
 * what the others listen to (hello), a new listener is heard once, a malformed message changes
 * nothing, and a closed instance listens to nothing. Skipped (with a warning) or failed (under CI)
 * without Redis: tests/helpers/redis.ts.
 */
import { Redis } from 'ioredis';
import pino from 'pino';
import { redisAudienceBus } from '../../server/scale/audience-bus';
import { testRedisPrefix, testRedisUrl } from '../helpers/redis';
import { withTimeout } from '../helpers/clients';

const redisUrl = testRedisUrl();
const logger = pino({ level: 'silent' });

/** Resolves once `check()` holds, polled every 10 ms; bounded. */
function until(check: () => boolean, what: string): Promise<void> {
  return withTimeout(
    new Promise<void>((resolve) => {
      const poll = () => (check() ? resolve() : setTimeout(poll, 10));
      poll();
    }),
    5000,
    what,
  );
}

(redisUrl ? describe : describe.skip)('audience bus', () => {
  const connections: Redis[] = [];
  const prefix = testRedisPrefix();
  const open = async (instance: string) => {
    const [pub, sub] = [new Redis(redisUrl!), new Redis(redisUrl!)];
    connections.push(pub, sub);
    return redisAudienceBus(pub, sub, prefix, instance, logger);
  };
  afterAll(() => connections.forEach((c) => c.disconnect()));

  test('a later instance learns the listened articles, hears new ones once, ignores garbage, and forgets a closed instance', async () => {
    const one = await open('one');
    one.publish(new Set(['a1']));
    const two = await open('two');
    const heardByTwo: string[] = [];
    two.onHeard((id) => heardByTwo.push(id));
    await until(() => two.has('a1'), 'the hello brings instance one’s set');
    expect(two.has('a2')).toBe(false);
    expect(one.has('a1')).toBe(false); // its own articles are not "remote"

    one.publish(new Set(['a1', 'a2']));
    await until(() => two.has('a2'), 'a new listener crosses');
    const stranger = new Redis(redisUrl!);
    connections.push(stranger);
    await stranger.publish(`${prefix}:audience`, '{"from":"three","articles":"not a list"}');
    one.publish(new Set(['a2']));
    await until(() => !two.has('a1'), 'a departure crosses');
    expect(two.has('a2')).toBe(true);
    expect(heardByTwo.filter((id) => id === 'a2')).toEqual(['a2']);

    await one.close();
    await until(() => !two.has('a2'), 'a closed instance listens to nothing');
    await two.close();
  });
});
