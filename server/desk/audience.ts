/**
 * Who listens to an article's live reports on the OTHER instances of a scaled stack. A report is
 * computed by the instance that stored the edit, and socket.io's Redis adapter carries it to every
 * instance; so the storing instance must know whether a /desk socket anywhere joined the article,
 * or else it either computes reports nobody receives or misses a listener. With Redis,
 * server/scale/audience-bus.ts shares each instance's listened articles; a single instance has no
 * other instances (`NO_REMOTE_AUDIENCE`).
 */
export interface RemoteAudience {
  /** Whether another live instance has a /desk socket joined to the article. */
  has(articleId: string): boolean;
  /** Tells the other instances which articles this instance's /desk sockets joined (the full set). */
  publish(articles: ReadonlySet<string>): void;
  /** Registers the one handler called when another instance starts listening to an article. */
  onHeard(handler: (articleId: string) => void): void;
}

export const NO_REMOTE_AUDIENCE: RemoteAudience = {
  has: () => false,
  publish: () => undefined,
  onHeard: () => undefined,
};
