// Everything a build or the dev server does before it writes into an output folder, in one
// order: refuse a path no site may replace, make the folder, refuse it if it cannot be written
// or holds what referat did not make, take its lock, and restore the last good site if a swap
// was cut short.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { escapeForMessage } from "../content/text.ts";
import { JOURNAL, LOCK } from "./folder.ts";
import { checkOutputFolder, checkOutputPath, checkWritable, type OutputRequest } from "./guard.ts";
import { lockOutput } from "./lock.ts";
import { recover } from "./swap.ts";

export interface ClaimedOutput {
  /** the folder's real path */
  output: string;
  /** made for this build */
  created: boolean;
  release: () => void;
}

/** Claims the output folder of `request`; `tell` hears of waiting and of a restored site. */
export async function claimOutput(request: OutputRequest, tell: (message: string) => void): Promise<ClaimedOutput> {
  const output = checkOutputPath(request);
  const created = !existsSync(output);
  mkdirSync(output, { recursive: true });
  checkWritable(output, request.option);
  // refused before the lock is written into it; while another build swaps, once that build is done
  if (!existsSync(join(output, JOURNAL))) checkOutputFolder(output, request.option);
  const shown = escapeForMessage(output);
  const release = await lockOutput(output, (holder) =>
    tell(
      `Venter på ${holder} (en anden bygning eller udviklingsserveren), som bruger ${shown} ... Er den stoppet, så slet ${escapeForMessage(join(output, LOCK))}.`,
    ),
  );
  try {
    if (recover(output)) tell(`En afbrudt bygning havde efterladt ${shown} halvt udskiftet; det sidste gode site er lagt tilbage.`);
    checkOutputFolder(output, request.option);
  } catch (error) {
    release();
    throw error;
  }
  return { output, created, release };
}
