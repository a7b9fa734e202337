import { writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { MarsadError } from "../errors.js";
import { arabicScore, decodeBytes, normalizeCharset, sniffDeclaredCharset } from "./decode.js";
import { readFile } from "./index.js";
import { ARABIC_PARAGRAPHS, arabicPage, collect, docs, tempDir } from "./testkit.js";

// Invented Arabic text with the letters where cp1256 and ISO-8859-6 differ (ل م ن ه و ى ي ط ظ ع غ ف ق ك) and harakat.
const TEXT = [
  "ظهرت نتائج الاستطلاع الأخير في العاصمة، وقُدِّمَت إلى اللجنة المختصة صباح يوم الخميس.",
  "وأكّد المتحدث أن غالبية المشاركين يفضّلون توسيع الحدائق العامة وتطوير الملاعب.",
].join("\n");
const SHORT = "خبر عاجل: انقطاع الكهرباء في ثلاثة أحياء";

describe("decodeBytes", () => {
  it.each([
    ["utf-8", TEXT, false],
    ["windows-1256", TEXT, true],
    ["iso-8859-6", TEXT, true],
    ["utf-16le", TEXT, true],
    ["utf-16be", TEXT, true],
    ["windows-1256", SHORT, true],
  ])("undeclared %s comes out right", (encoding, text, guessed) => {
    const r = decodeBytes(iconv.encode(text, encoding));
    expect(r).toEqual({ text, encoding, guessed });
  });

  it.each([
    ["utf-8", [0xef, 0xbb, 0xbf]],
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
  ])("a %s BOM decides and is stripped", (encoding, bom) => {
    const bytes = Buffer.concat([Buffer.from(bom), iconv.encode(TEXT, encoding)]);
    expect(decodeBytes(bytes)).toEqual({ text: TEXT, encoding, guessed: false });
  });

  it("uses a <meta charset>, an http-equiv, an XML declaration, or an out-of-band charset", () => {
    const metas = [
      '<meta charset="windows-1256">',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
    ];
    for (const head of metas) {
      const page = arabicPage("عنوان", [TEXT], head);
      expect(decodeBytes(iconv.encode(page, "windows-1256"))).toEqual({
        text: page,
        encoding: "windows-1256",
        guessed: false,
      });
    }
    const xml = `<?xml version="1.0" encoding="ISO-8859-6"?>\n<html><body><p>${TEXT}</p></body></html>`;
    expect(decodeBytes(iconv.encode(xml, "iso-8859-6"))).toMatchObject({
      text: xml,
      encoding: "iso-8859-6",
      guessed: false,
    });
    expect(decodeBytes(iconv.encode(SHORT, "iso-8859-6"), "ISO-8859-6")).toEqual({
      text: SHORT,
      encoding: "iso-8859-6",
      guessed: false,
    });
  });

  it("corrects the common mislabels: cp1256 declared as 8859-6, and UTF-8 behind a stale legacy <meta>", () => {
    const r = decodeBytes(iconv.encode(TEXT, "windows-1256"), "iso-8859-6");
    expect(r).toEqual({ text: TEXT, encoding: "windows-1256", guessed: true });
    const page = arabicPage("عنوان", [TEXT], '<meta charset="windows-1256">');
    expect(decodeBytes(Buffer.from(page))).toEqual({ text: page, encoding: "utf-8", guessed: true });
  });

  it("an in-document utf-16 label on readable bytes means UTF-8 (WHATWG)", () => {
    const page = arabicPage("عنوان", [TEXT], '<meta charset="utf-16">');
    expect(decodeBytes(Buffer.from(page))).toEqual({ text: page, encoding: "utf-8", guessed: false });
    const ascii = '<html><head><meta charset="UTF-16"></head><body>ok</body></html>';
    expect(decodeBytes(Buffer.from(ascii))).toEqual({ text: ascii, encoding: "utf-8", guessed: false });
  });

  it("decodes a non-Arabic Latin-1 page with chardet, not as Arabic", () => {
    const fr = "Le ministre a déclaré que la réforme était nécessaire et qu'elle serait présentée à l'été prochain.";
    expect(decodeBytes(iconv.encode(fr, "windows-1252"))).toMatchObject({ text: fr, guessed: true });
  });

  it("throws ERR_READ_DECODE for bytes no supported encoding makes credible", () => {
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x20 : 0x80 + ((i * 37) % 128))));
    expect(() => decodeBytes(junk, undefined, "x.txt")).toThrowError(MarsadError);
    try {
      decodeBytes(junk, undefined, "x.txt");
    } catch (e) {
      expect((e as MarsadError).code).toBe("ERR_READ_DECODE");
      expect((e as MarsadError).where).toBe("x.txt");
    }
    // Lone surrogates in UTF-16 with a BOM.
    const broken = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(Array.from({ length: 40 }, (_, i) => (i % 2 ? 0xd8 : 0x41))),
    ]);
    expect(() => decodeBytes(broken)).toThrowError(/ERR_READ_DECODE/);
  });

  it("tolerates one broken sequence in otherwise valid UTF-8 (a file cut mid-character)", () => {
    const bytes = Buffer.from(`${TEXT} ب`);
    const r = decodeBytes(bytes.subarray(0, bytes.length - 1));
    expect(r.encoding).toBe("utf-8");
    expect(r.guessed).toBe(true);
    expect(r.text.startsWith(TEXT.slice(0, 40))).toBe(true);
  });
});

describe("helpers", () => {
  it("normalizeCharset maps labels to canonical names", () => {
    expect(normalizeCharset("CP1256")).toBe("windows-1256");
    expect(normalizeCharset(" 'ISO_8859-6' ")).toBe("iso-8859-6");
    expect(normalizeCharset("UTF8")).toBe("utf-8");
    expect(normalizeCharset("x-unknown-thing")).toBeUndefined();
  });

  it("sniffDeclaredCharset finds meta and XML declarations only in the head", () => {
    expect(sniffDeclaredCharset(Buffer.from('<html><head><meta charset="cp1256"></head>'))).toBe("cp1256");
    expect(sniffDeclaredCharset(Buffer.from(`${" ".repeat(5000)}<meta charset="cp1256">`))).toBeUndefined();
  });

  it("arabicScore prefers the right decoding of cp1256 bytes", () => {
    const bytes = iconv.encode(TEXT, "windows-1256");
    expect(arabicScore(iconv.decode(bytes, "windows-1256")).score).toBeGreaterThan(
      arabicScore(iconv.decode(bytes, "iso-8859-6")).score,
    );
  });
});

describe("encodings through readFile", () => {
  it("an undeclared windows-1256 HTML page and text page come out right", async () => {
    const dir = tempDir();
    const page = arabicPage("بلدية المدينة الساحلية", ARABIC_PARAGRAPHS);
    const cases = [
      ["page-1256.html", iconv.encode(page, "windows-1256"), page, "windows-1256", "html"],
      ["text-8859-6.txt", iconv.encode(TEXT, "iso-8859-6"), TEXT, "iso-8859-6", "text"],
      ["text-utf16le.txt", iconv.encode(TEXT, "utf-16le"), TEXT, "utf-16le", "text"],
      [
        "page-utf16be-bom.html",
        Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(page, "utf-16be")]),
        page,
        "utf-16be",
        "html",
      ],
      ["page-bom.html", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page)]), page, "utf-8", "html"],
    ] as const;
    for (const [name, bytes, text, encoding, format] of cases) {
      const f = path.join(dir, name);
      writeFileSync(f, bytes);
      const [doc] = docs(await collect(readFile(f, f)));
      expect({ name, content: doc!.content, encoding: doc!.encoding, format: doc!.format }).toEqual({
        name,
        content: text,
        encoding,
        format,
      });
    }
  });

  it("a UTF-16 JSONL file is read record by record", async () => {
    const dir = tempDir();
    const f = path.join(dir, "u16.jsonl");
    const body = `${JSON.stringify({ title: "أ", text: ARABIC_PARAGRAPHS[0] })}\n${JSON.stringify({ title: "ب", text: ARABIC_PARAGRAPHS[1] })}\n`;
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body, "utf-16le")]));
    const ds = docs(await collect(readFile(f, f)));
    expect(ds.map((d) => [d.source, d.title, d.encoding])).toEqual([
      [`${f}:1`, "أ", "utf-16le"],
      [`${f}:2`, "ب", "utf-16le"],
    ]);
  });
});
