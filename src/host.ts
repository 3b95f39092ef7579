// Where the dev server (`npm start`) and the CMS backend (`npm run cms`) listen. Neither has a
// login, and the CMS backend writes files, so by default both listen on this machine only;
// REFERAT_HOST opens them to the network (README "Options").
import { isIPv4 } from "node:net";

/** Whether only this machine can reach a server listening on `host`: a loopback address, not a name that merely begins like one. */
export function isLocalOnly(host: string): boolean {
  return host === "localhost" || host === "::1" || (isIPv4(host) && host.startsWith("127."));
}

/** The warning a server prints when it listens on the network, in Danish for the editor. */
export function networkWarning(host: string, what: string): string {
  return `Advarsel: ${what} lytter på ${host} (REFERAT_HOST), ikke kun på denne maskine. Der er intet login: alle, der kan nå maskinen over netværket, kan læse og ændre indholdet.`;
}
