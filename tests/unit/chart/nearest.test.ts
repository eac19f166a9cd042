// The index behind "did you mean" suggestions: the closest posts of a chapter, and for a chapter
// that does not exist, the chapters one keystroke away before those further off.
import { NearestIndex, digitDistance } from "../../../src/core/chart/nearest";
import { loadChart } from "../../../src/core/chart/load-chart";

const posts = new Map<number, number[]>([
  [351, [70]],
  [315, [1, 21]],
  [352, [1]],
  [1351, [1]],
  [900, [1]],
  [855, [1, 21, 45, 70]],
]);
const index = new NearestIndex(posts, posts.keys());

describe("NearestIndex", () => {
  it("gives a chapter's posts closest first, the lower of two equally close first", () => {
    expect(index.closestPosts(855, 50, 3)).toEqual([45, 70, 21]);
    expect(index.closestPosts(855, 11, 2)).toEqual([1, 21]);
    expect(index.closestPosts(855, 99, 9)).toEqual([70, 45, 21, 1]);
    expect(index.closestPosts(4000, 1, 3)).toEqual([]);
  });

  it("counts a swap of neighbouring digits as one edit", () => {
    expect(["351", "315", "352", "1351", "900"].map((c) => digitDistance("3515", c))).toEqual([1, 1, 2, 2, 4]);
    expect(digitDistance("5811", "5181")).toBe(1);
  });

  it("suggests chapters one keystroke from a mistyped one first, those with the same post before the rest", () => {
    expect(index.closestChapters(3515, 1, 2, (c) => c === 315)).toEqual([315, 351]);
    // Without the same post anywhere, the closer number wins; past one edit, the closest two-edit chapters follow.
    expect(index.closestChapters(3515, 1, 4, () => false)).toEqual([351, 315, 1351, 855]);
  });

  it("answers the same mistyped chapter anew for each post, though it keeps what does not depend on the post", () => {
    // One edit away: 351 and 315; the one with the same post first, else the closer number.
    expect(index.closestChapters(3515, 70, 2, (c) => c === 315)).toEqual([315, 351]);
    expect(index.closestChapters(3515, 70, 2, () => false)).toEqual([351, 315]);
    // Two edits away: 352 (3515 less a 5, then 1 to 2) and 1351; 352 has the post, so it comes before the closer 1351.
    expect(index.closestChapters(3515, 1, 4, (c) => c === 352)).toEqual([351, 315, 352, 1351]);
    expect(index.closestChapters(3515, 1, 4, () => false)).toEqual([351, 315, 1351, 855]);
    expect(index.closestChapters(3515, 1, 0, () => false)).toEqual([]);
  });

  it("gives three existing codes for every chapter Gul bok 2026 does not have", () => {
    const chart = loadChart(2026)!;
    let count = 0;
    for (let chapter = 1; chapter <= 5999; chapter += 7) {
      if (chart.chapterName(chapter) !== undefined) continue;
      const found = chart.nearest({ chapter, post: 1 }, 3);
      expect(found.length).toBe(3);
      for (const code of found) expect(chart.lookup(code)).toBeDefined();
      count++;
    }
    expect(count).toBeGreaterThan(100);
  });
});
