import { describe, expect, it } from "vitest";
import { headlineTrend, trendConflict } from "./trend.js";

describe("headlineTrend", () => {
  it("reads the first move verb, whatever moves after it", () => {
    expect(headlineTrend("النفط يرتفع في التعاملات الآسيوية بعد هبوطه 5 بالمئة في الجلسة السابقة")).toBe("up");
    expect(headlineTrend("أسعار النفط تنخفض نتيجة ارتفاع إنتاج روسيا 2.4 %")).toBe("down");
    expect(headlineTrend("الذهـب يتراجع بعد تكبده أكبر خسارة له في عامين")).toBe("down");
    expect(headlineTrend("الذهب يتعافى من أدنى مستوياته في 5 أعوام")).toBe("up");
    expect(headlineTrend("سوق الأسهم السعودية يغلق مرتفعا بتداولات بلغت «4» مليارات ريال")).toBe("up");
  });

  it("reads a verbal noun as the first word or after a verb that carries it", () => {
    expect(headlineTrend("هبوط أسعار النفط لأدنى مستوى لها في 6 أشهر")).toBe("down");
    expect(headlineTrend("ارتفاع طفيف للذهب بعد بيانات أمريكية")).toBe("up");
    expect(headlineTrend("مؤشر السوق المالية السعودية يغلق على ارتفاع طفيف")).toBe("up");
    expect(headlineTrend("النفط يواصل هبوطه")).toBe("down");
    expect(headlineTrend("السوق السعودية تعاود الارتفاع بعد تراجعها الحاد")).toBe("up");
    expect(headlineTrend("الذهب يستمر في التراجع")).toBe("down");
  });

  it("reads a first-word noun's move from the verb it is the subject of", () => {
    expect(headlineTrend("ارتفاع إنتاج روسيا يهبط بأسعار النفط")).toBe("down");
    expect(headlineTrend("صعود الدولار يهبط بأسعار الذهب")).toBe("down");
    expect(headlineTrend("هبوط المخزونات الأمريكية يقفز بأسعار النفط")).toBe("up");
    // The verb of a later clause, after a subordinator or punctuation, is not the noun's predicate.
    expect(headlineTrend("هبوط النفط بعد أن ارتفع أمس")).toBe("down");
    expect(headlineTrend("ارتفاع أسهم أوروبا .. و«اليونانية» تهوي")).toBe("up");
  });

  it("passes over another thing's move and headlines that state none", () => {
    expect(headlineTrend("برنت اقترب من أدنى مستوى في أربعة أشهر مع انكماش مصانع الصين وصعود الدولار")).toBeUndefined();
    expect(headlineTrend("الدولار الأمريكي يقلص مكاسبه بعد هبوط مبيعات المنازل الأمريكية")).toBeUndefined();
    expect(headlineTrend("النفط في أدنى مستوى منذ 6 أشهر مع هبوط البنزين")).toBeUndefined();
    expect(headlineTrend("أمير عسير يستقبل أسرة آل عطيان")).toBeUndefined();
  });
});

describe("trendConflict", () => {
  it("is a conflict when most of the story's headlines state the other move", () => {
    expect(trendConflict("up", [0, 8])).toBe(true);
    expect(trendConflict("down", [5, 1])).toBe(true);
    expect(trendConflict("up", [1, 7])).toBe(true);
  });

  it("is none for the same move, a tie, or a headline that states none", () => {
    expect(trendConflict("down", [0, 8])).toBe(false);
    expect(trendConflict("up", [3, 3])).toBe(false);
    expect(trendConflict("up", [0, 0])).toBe(false);
    expect(trendConflict(undefined, [0, 8])).toBe(false);
  });
});
