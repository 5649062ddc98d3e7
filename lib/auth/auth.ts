import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { completeSignIn, type SignedInUser } from "@/lib/auth/credentials";
import { SESSION_MAX_AGE_SECONDS, sessionSecret } from "@/lib/auth/session-token";
import { requestContextFromHeaders } from "@/lib/security/request-context";

/**
 * Auth.js (next-auth v5) for staff: one credentials provider and JWT sessions (the only kind
 * credentials support). The provider accepts no password: it takes the challenge that the
 * sign-in action issued after checking the password, plus the authenticator code where the
 * account has one (see lib/auth/credentials.ts for why).
 *
 * Sessions are read back by lib/auth/session.ts, which re-checks the session row (StaffSession,
 * opened by completeSignIn) and its user in the database on every request; the cookie carries
 * only the user id and the session id, so signing out (revoking the row) ends it at once.
 *
 * There is no /api/auth route: signing in and out happen in server actions (`signIn`,
 * `signOut` below), so Auth.js's HTTP endpoints are not exposed at all.
 *
 * The configuration is built lazily so that `next build` needs no secret.
 */
export const { signIn, signOut } = NextAuth(() => ({
  secret: sessionSecret(),
  // Behind the reverse proxy the Host header is the site's; Auth.js must not insist on AUTH_URL.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  providers: [
    Credentials({
      credentials: { challenge: {}, code: {} },
      async authorize(credentials, request) {
        return completeSignIn(
          credentials.challenge,
          credentials.code,
          requestContextFromHeaders(request.headers),
        );
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // At sign-in: keep only what lib/auth/session-token.ts reads (no name, e-mail or role:
      // those are read fresh from the database on every request).
      if (user) {
        const signedIn = user as SignedInUser;
        return { uid: signedIn.id, sid: signedIn.sessionId, sub: signedIn.id };
      }
      return token;
    },
  },
}));
