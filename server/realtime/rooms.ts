/** Room names: one place, so the broadcaster and the join handlers agree. */
export const rooms = {
  participants: (sessionId: string) => `s:${sessionId}:participants`,
  moderators: (sessionId: string) => `s:${sessionId}:moderators`,
  projector: (sessionId: string) => `s:${sessionId}:projector`,
  participant: (participantId: string) => `p:${participantId}`,
  /** Phones that opened the join page, joined or not: they hear only `session:state` (waiting room). */
  lobby: (sessionId: string) => `s:${sessionId}:lobby`,
  planners: (forumId: string) => `f:${forumId}:planners`,
  /** Every socket of one staff account, and of one sign-in: revocation closes them by room (on every instance). */
  staffUser: (userId: string) => `u:${userId}`,
  staffSignIn: (tokenHash: string) => `t:${tokenHash}`,
};

/** Rooms that carry staff-only broadcasts (moderators, projector, planners, staff identity). */
export const isStaffRoom = (room: string) => /^s:.*:(moderators|projector)$|^f:.*:planners$|^[ut]:/.test(room);
