/** socket.io room names on `/desk`. */

/** Everyone who joined the article (`article:join`). */
export const articleRoom = (articleId: string) => `article:${articleId}`;
/** Every socket of one user, joined on connect: notifications go here. */
export const userRoom = (userId: string) => `user:${userId}`;
