import { describe, expect, it } from "vitest";
import { EntityResolver } from "./annotate/entities/index.js";
import { annotateText, resolveAcross } from "./stages.js";

describe("resolveAcross", () => {
  it("gives a speaker named only by a role the entity of the one person other articles gave that role", () => {
    const resolver = new EntityResolver();
    const earlier = annotateText(
      "وقال رئيس الحكومة العراقية سامر عبد الرضا الحلبي إن «البعثة ستدرب القوات العراقية هذا العام».",
    );
    const first = resolveAcross(new Map([["a", earlier]]), resolver).get("a")!;
    const samer = first.quotes[0]?.speakerEntity;
    expect(samer).toBeTruthy();
    const later = annotateText("شدد رئيس الحكومة العراقية على أن مهمة البعثة «استشارية وتدريبية» فقط.");
    const [quote] = resolveAcross(new Map([["b", later]]), resolver).get("b")!.quotes;
    expect(quote).toMatchObject({ speaker: "رئيس الحكومة العراقية", speakerEntity: samer });
    // Without the earlier article nobody was given the role: the speaker stays an unnamed office holder.
    const alone = resolveAcross(new Map([["b", later]])).get("b")!.quotes[0];
    expect(alone).toMatchObject({ speaker: "رئيس الحكومة العراقية", speakerEntity: null });
  });
});
