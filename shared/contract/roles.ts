/**
 * Roles and what each may do. The server enforces these on every channel; clients use them only to
 * shape the interface (hide what would be refused).
 */
export const Role = { admin: 'admin', editor: 'editor', reviewer: 'reviewer', viewer: 'viewer' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = [Role.admin, Role.editor, Role.reviewer, Role.viewer];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const Capability = {
  /** Read articles, see presence and threads. */
  read: 'read',
  /** Change the document, create articles, import wire copy. */
  edit: 'edit',
  /** Create threads, reply, resolve and reopen. */
  comment: 'comment',
  /** Publish and move workflow. */
  publish: 'publish',
  /** Manage users, read the audit log. */
  administer: 'administer',
} as const;
export type Capability = (typeof Capability)[keyof typeof Capability];

const grants: Record<Role, readonly Capability[]> = {
  admin: ['read', 'edit', 'comment', 'publish', 'administer'],
  editor: ['read', 'edit', 'comment', 'publish'],
  reviewer: ['read', 'comment'],
  viewer: ['read'],
};

export function can(role: Role, capability: Capability): boolean {
  return grants[role].includes(capability);
}

/** A signed-in user as every channel sees it. */
export type Identity = { id: string; name: string; role: Role };
