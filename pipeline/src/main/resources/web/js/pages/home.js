// "/": sends the browser where its user starts (setup, login, queue or status page).
import { signedIn, homeOf, start } from "../shell.js";

start(async () => {
  const session = await signedIn();
  location.replace(homeOf(session.role));
});
