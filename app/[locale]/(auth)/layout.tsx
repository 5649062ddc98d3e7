// Sign-in, invitations and password resets wear the public site's frame.
export { default } from "../(public)/layout";
