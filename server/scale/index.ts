/** Scale-out through Redis: the rooms' relay and socket.io's adapter. */
export { openScale, REDIS_CONNECT_TIMEOUT_MS, type Scale, type ScaleTarget } from './scale';
export { RedisRelay } from './redis-relay';
export { decodeRelayMessage, encodeRelayMessage, RelayKind, type WireMessage } from './relay-codec';
