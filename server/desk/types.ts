/** The typed socket.io server, namespace and socket of `/desk` (event maps in shared/contract/desk.ts). */
import type { Namespace, Server, Socket } from 'socket.io';
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from '../../shared/contract/desk';

export type DeskServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type DeskNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type DeskSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
