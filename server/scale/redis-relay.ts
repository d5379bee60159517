/**
 * The RoomRelay of a scaled stack, over Redis pub/sub: one channel per article,
 * `<REDIS_PREFIX>:collab:<articleId>`, carrying binary messages (relay-codec.ts). Every instance
 * subscribes to the articles it has loaded; what it publishes reaches the others, never itself.
 *
 * Pub/sub delivers only to whoever is subscribed at that moment: after the subscriber connection
 * was lost and is back, every subscribed room is told to `resync` (reload the stored state), since
 * updates stored meanwhile were published to nobody here.
 */
import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RemoteHandler, RoomRelay } from '../collab/relay';
import { decodeRelayMessage, encodeRelayMessage, INSTANCE_ID_BYTES, type WireMessage } from './relay-codec';

/** How long opening an article waits for Redis to confirm its subscription (ms). */
export const SUBSCRIBE_TIMEOUT_MS = 5000;

export class RedisRelay implements RoomRelay {
  /** Random per process: tells this instance's own messages apart. */
  readonly instanceId = crypto.randomBytes(INSTANCE_ID_BYTES);
  private readonly handlers = new Map<string, RemoteHandler>();
  private readonly channelPrefix: string;
  private wasReady: boolean;

  /**
   * @param pub a connection for publishing (may be shared with other publishers)
   * @param sub a connection of its own, put in subscriber mode
   */
  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    prefix: string,
    private readonly logger: Logger,
  ) {
    this.channelPrefix = `${prefix}:collab:`;
    this.wasReady = sub.status === 'ready';
    sub.on('messageBuffer', this.onMessage);
    sub.on('ready', this.onReady);
  }

  /**
   * Rejects when Redis has not confirmed within SUBSCRIBE_TIMEOUT_MS (it is down): the room does not
   * open, rather than open deaf to the other instances; the client retries by reconnecting.
   */
  async subscribe(articleId: string, onRemote: RemoteHandler): Promise<void> {
    this.handlers.set(articleId, onRemote);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.sub.subscribe(this.channel(articleId)),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`Redis did not confirm a subscription within ${SUBSCRIBE_TIMEOUT_MS} ms`)), SUBSCRIBE_TIMEOUT_MS);
        }),
      ]);
    } catch (e) {
      // Queued behind the subscribe, so once Redis is back the channel ends up unsubscribed.
      if (this.handlers.get(articleId) === onRemote) void this.unsubscribe(articleId).catch(() => undefined);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async unsubscribe(articleId: string): Promise<void> {
    this.handlers.delete(articleId);
    await this.sub.unsubscribe(this.channel(articleId));
  }

  publishUpdate(articleId: string, update: Uint8Array): void {
    this.publish(articleId, { type: 'update', update });
  }

  publishAwareness(articleId: string, update: Uint8Array): void {
    this.publish(articleId, { type: 'awareness', update });
  }

  queryAwareness(articleId: string): void {
    this.publish(articleId, { type: 'awareness-query' });
  }

  /** Articles this instance is subscribed to. */
  get subscribed(): number {
    return this.handlers.size;
  }

  /** Stops listening (the connections are closed by their owner). */
  detach(): void {
    this.sub.off('messageBuffer', this.onMessage);
    this.sub.off('ready', this.onReady);
    this.handlers.clear();
  }

  private channel(articleId: string): string {
    return this.channelPrefix + articleId;
  }

  private publish(articleId: string, msg: WireMessage): void {
    this.pub
      .publish(this.channel(articleId), encodeRelayMessage(this.instanceId, msg))
      .catch((e: Error) => this.logger.warn({ err: e, articleId, type: msg.type }, 'relay publish failed; other instances miss it'));
  }

  private readonly onMessage = (channel: Buffer, bytes: Buffer): void => {
    const name = channel.toString();
    if (!name.startsWith(this.channelPrefix)) return;
    const handler = this.handlers.get(name.slice(this.channelPrefix.length));
    if (!handler) return;
    const decoded = decodeRelayMessage(bytes);
    if (!decoded) return this.logger.warn({ channel: name, bytes: bytes.length }, 'ignored a malformed relay message');
    if (decoded.instanceId.equals(this.instanceId)) return;
    handler(decoded.message);
  };

  /** After a reconnect: subscribed again (ioredis resubscribes; this waits for it), then resync. */
  private readonly onReady = (): void => {
    if (!this.wasReady) {
      this.wasReady = true;
      return;
    }
    this.logger.warn({ rooms: this.handlers.size }, 'relay reconnected: reloading stored state of open articles');
    for (const [articleId, handler] of this.handlers) {
      this.sub.subscribe(this.channel(articleId)).then(
        () => this.handlers.get(articleId) === handler && handler({ type: 'resync' }),
        (e: Error) => this.logger.warn({ err: e, articleId }, 'relay resubscribe failed'),
      );
    }
  };
}
