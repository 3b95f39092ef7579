// A meeting kept as a folder, with a file beside it, one in media/, a link and a recording,
// with text that needs escaping in every format: the feeds', the calendar's and search's tests share it.
import { meeting } from "../helpers/content-model.ts";

const FOLDER = "meetings/syddanmark/svendborg";

export const withMaterials = meeting("syddanmark/svendborg", "2017-03-16", {
  file: `${FOLDER}/index.md`,
  bundle: { folder: FOLDER, files: ["slides kl.pdf"] },
  speakers: [{ organisation: "KL", name: "Gerner Zinglersen" }],
  attachments: [
    { title: "Præsentation fra KL", file: `${FOLDER}/slides kl.pdf`, bytes: 2_300_000, speaker: 1 },
    { title: 'Program & "dagsorden" <v2> 😀', file: "media/2017/program.docx", bytes: 45_000 },
    { title: "KL's side", url: "https://www.kl.dk/?a=1&b=2" },
  ],
  recording: "https://vimeo.com/123456?x=1&y=2",
});
