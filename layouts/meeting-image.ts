// The picture from a meeting, as its page shows it: several widths in modern formats with a
// fallback, its size given so the page does not jump, loaded lazily (src/images/). Without a
// processed picture (npm run check builds none) the file as the editor gave it.
import { html, type Html } from "../src/html.ts";
import { pictureHtml } from "../src/images/picture.ts";
import type { MeetingView, SiteData } from "../src/site/views.ts";

export function meetingImage({ image, url }: MeetingView, site: SiteData): Html | false {
  if (!image) return false;
  const picture = site.pictures.get(image.file);
  return html`
  <figure class="meeting-image">${
    picture
      ? pictureHtml(picture, { alt: image.alt, urlOf: (name) => `${url}${encodeURIComponent(name)}` })
      : html`<img src="${image.url}" alt="${image.alt}" loading="lazy">`
  }</figure>`;
}
