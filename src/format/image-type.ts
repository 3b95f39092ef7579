/** The media type of a picture the content may hold, by its name: "logo.svg" → "image/svg+xml". */
export function imageType(file: string): string {
  const extension = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  return extension === "svg" ? "image/svg+xml" : extension === "png" ? "image/png" : "image/jpeg";
}
