// What the dev server shows instead of any page while the content has errors: every
// problem, where it is and how to fix it. It reloads by itself once the files are fixed.
import { formatProblem, sortProblems, type Problem } from "../src/content/problems.ts";
import { html, type Html } from "../src/html.ts";
import { routes } from "../src/routes.ts";

export function problemsPage(problems: readonly Problem[], contentDir: string): Html {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return html`<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Indholdet har fejl</title>
<link rel="stylesheet" href="${routes.stylesheet}">
</head>
<body>
<main id="indhold">
<h1>Indholdet har ${errors === 1 ? "1 fejl" : `${errors} fejl`}</h1>
<p>Siden bygges igen, så snart du gemmer en rettelse, og denne side viser så det rettede.</p>
<ol class="problems">${sortProblems([...problems]).map(
    (problem) => html`
  <li><code>${formatProblem(problem, contentDir)}</code></li>`,
  )}
</ol>
</main>
</body>
</html>
`;
}
