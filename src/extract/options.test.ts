import { describe, expect, it } from "vitest";
import { defaultExtractOptions, resolveExtractOptions } from "./options.js";

describe("resolveExtractOptions", () => {
  it("defaults", () => expect(resolveExtractOptions()).toEqual(defaultExtractOptions));
  it("merges", () => expect(resolveExtractOptions({ numericDateOrder: "mdy" }).numericDateOrder).toBe("mdy"));
  it("rejects unknown keys, naming them", () =>
    expect(() => resolveExtractOptions({ colour: "red" } as never)).toThrow(/colour/));
  it("rejects bad values", () => expect(() => resolveExtractOptions({ minBodyChars: -1 })).toThrow(/minBodyChars/));
});
