import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { isBinary, looksLikeHtml, sniffBytes, sniffText } from "./sniff.js";

const b = (s: string) => Buffer.from(s);

describe("sniffBytes", () => {
  it.each([
    ["WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"],
    ['  \n[{"title": "عنوان"}]', "json"],
    ["[]", "json"],
    ['{"text": "نص"}\n{"text": "نص"}', "jsonl"],
    ["<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["<!-- saved by a crawler -->\n<html dir=rtl>", "html"],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "html"],
    ["عنوان الخبر\nنص الخبر", "text"],
    ["[صور] عنوان الخبر\nنص", "text"],
    ["", "empty"],
    [" \n\t", "empty"],
  ])("%j → %s", (input, kind) => {
    expect(sniffBytes(b(input), true)).toBe(kind);
  });

  it("a UTF-8 BOM does not hide the format", () => {
    expect(sniffBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b('{"a":1}')]), true)).toBe("jsonl");
  });

  it("UTF-16 with or without BOM is recognised before the binary check", () => {
    expect(sniffBytes(iconv.encode("<html><body>نص عربي قصير</body></html>", "utf-16le"), true)).toBe("utf16");
    expect(sniffBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode("نص", "utf-16be")]), true)).toBe("utf16");
  });

  it("whitespace-only sample of a longer input is not called empty", () => {
    expect(sniffBytes(b("   "), false)).toBe("text");
  });
});

describe("isBinary / looksLikeHtml / sniffText", () => {
  it("NULs or many control bytes are binary; tabs, newlines, form feeds are not", () => {
    expect(isBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))).toBe(true);
    expect(isBinary(b("سطر\tعمود\r\nسطر\f"))).toBe(false);
    expect(isBinary(Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 0x02 : 0x61))))).toBe(true);
  });

  it("HTML by three distinct tags, not by one", () => {
    expect(looksLikeHtml("<div><p>نص</p><span>x</span></div>")).toBe(true);
    expect(looksLikeHtml("نص <br> نص <br> نص <br>")).toBe(false);
  });

  it("sniffText strips a BOM character", () => {
    expect(sniffText("\ufeff[1]")).toBe("json");
  });
});
