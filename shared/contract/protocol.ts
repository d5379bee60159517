/**
 * The version of the wire contract in `shared/contract/`, bumped on any incompatible change.
 * Sent by the browser app in the `/desk` handshake (`auth.protocolVersion`) and answered by
 * `GET /api/health` (`protocolVersion`); a `/desk` handshake that names another version is
 * refused with `DeskRefusal.protocolMismatch`. A client that sends none is not checked.
 */
export const PROTOCOL_VERSION = 1;
