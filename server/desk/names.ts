/** socket.io room names on `/desk`. */

/** Everyone who joined the article (`article:join`). */
export const articleRoom = (articleId: string) => `article:${articleId}`;
/** The article of an `articleRoom` name; null for any other room. */
export const articleOfRoom = (room: string): string | null => (room.startsWith('article:') ? room.slice('article:'.length) : null);
/** Every socket of one user, joined on connect: notifications go here. */
export const userRoom = (userId: string) => `user:${userId}`;
