import { describe, expect, it } from "vitest";
import { SearchQueue } from "../../src/search/queue.ts";
import type { SiteData } from "../../src/site/views.ts";

const site = (name: string) => ({ settings: { title: name } }) as unknown as SiteData;

describe("SearchQueue", () => {
  it("indexes one site at a time, and only the newest of those that waited", async () => {
    const indexed: string[] = [];
    let running = 0;
    const queue = new SearchQueue(async (data) => {
      running++;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      indexed.push(data.settings.title);
      running--;
    });
    queue.start(site("first"));
    await new Promise((resolve) => setTimeout(resolve, 5)); // the first is under way now
    queue.start(site("second"));
    queue.start(site("third"));
    await queue.finished();
    expect(indexed).toEqual(["first", "third"]);
  });

  it("waits for a quiet moment, then indexes only the newest site", async () => {
    const indexed: string[] = [];
    const queue = new SearchQueue(async (data) => void indexed.push(data.settings.title), 30);
    queue.start(site("first"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    queue.start(site("second"));
    expect(indexed).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await queue.finished();
    expect(indexed).toEqual(["second"]);
  });

  it("lets whoever waits see a failure, and goes on with the next site", async () => {
    const queue = new SearchQueue(async (data) => {
      if (data.settings.title === "bad") throw new Error("Pagefind failed");
    });
    queue.start(site("bad"));
    await expect(queue.finished()).rejects.toThrow("Pagefind failed");
    queue.start(site("good"));
    await expect(queue.finished()).resolves.toBeUndefined();
  });
});
