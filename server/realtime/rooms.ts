/** Room names: one place, so the broadcaster and the join handlers agree. */
export const rooms = {
  participants: (sessionId: string) => `s:${sessionId}:participants`,
  moderators: (sessionId: string) => `s:${sessionId}:moderators`,
  projector: (sessionId: string) => `s:${sessionId}:projector`,
  participant: (participantId: string) => `p:${participantId}`,
  planners: (forumId: string) => `f:${forumId}:planners`,
};
