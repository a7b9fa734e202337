import { writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readFile } from "./index.js";
import { ARABIC_PARAGRAPHS, arabicPage, collect, docs, failures, makeWarc, tempDir } from "./testkit.js";

const PAGE_A = arabicPage("افتتاح المكتبة العامة", ARABIC_PARAGRAPHS);
const PAGE_B = arabicPage("نتائج الموسم الزراعي", [...ARABIC_PARAGRAPHS].reverse());

async function readBytes(name: string, bytes: Buffer) {
  const f = path.join(tempDir(), name);
  writeFileSync(f, bytes);
  return { f, items: await collect(readFile(f, f)) };
}

describe("WARC", () => {
  it("yields HTML 2xx responses only, numbered by record, with URL, outlet, WARC-Date and charset", async () => {
    const warc = await makeWarc([
      { url: "https://www.sahel-example.com/news/1", body: PAGE_A, date: "2021-04-10T08:30:00Z" },
      {
        url: "https://www.sahel-example.com/logo.png",
        body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]),
        contentType: "image/png",
      },
      { url: "https://sahel-example.com/old", body: "<html>moved</html>", status: "HTTP/1.1 301 Moved Permanently" },
      {
        url: "http://qarya-example.org/b",
        body: iconv.encode(PAGE_B, "windows-1256"),
        contentType: "text/html; charset=windows-1256",
        date: "2021-04-11T10:00:00Z",
      },
      { url: "http://qarya-example.org/c", body: iconv.encode(PAGE_B, "windows-1256"), contentType: "text/html" },
    ]);
    const { f, items } = await readBytes("crawl.warc", warc);
    const ds = docs(items);
    // Record 1 is warcinfo; each response is preceded by its request.
    expect(ds.map((d) => [d.source, d.url, d.outlet, d.encoding])).toEqual([
      [`${f}#3`, "https://www.sahel-example.com/news/1", "sahel-example.com", "utf-8"],
      [`${f}#9`, "http://qarya-example.org/b", "qarya-example.org", "windows-1256"],
      [`${f}#11`, "http://qarya-example.org/c", "qarya-example.org", "windows-1256"],
    ]);
    expect(ds[0]).toMatchObject({
      content: PAGE_A,
      format: "html",
      container: "warc",
      declaredDate: "2021-04-10T08:30:00Z",
      path: f,
    });
    expect(ds[1]).toMatchObject({ content: PAGE_B, charset: "windows-1256", encodingGuessed: false });
    expect(ds[2]).toMatchObject({ content: PAGE_B, encodingGuessed: true });
  });

  it("reports a record whose Content-Length is wrong as path#N and reads the next one", async () => {
    const one = (await makeWarc([{ url: "https://a-example.com/1", body: PAGE_A }])).toString("latin1");
    const two = (await makeWarc([{ url: "https://a-example.com/2", body: PAGE_B }])).toString("latin1");
    // Corrupt the response record of the first crawl: claim 40 bytes fewer than it has.
    const parts = one.split("WARC/1.1\r\n");
    const resp = parts[3]!;
    const len = Number(/Content-Length: (\d+)/.exec(resp)![1]);
    parts[3] = resp.replace(`Content-Length: ${len}`, `Content-Length: ${len - 40}`);
    const broken = Buffer.concat([Buffer.from(parts.join("WARC/1.1\r\n"), "latin1"), Buffer.from(two, "latin1")]);
    const { f, items } = await readBytes("broken.warc", broken);
    expect(items.map((i) => (i.kind === "document" ? `doc ${i.doc.source}` : `${i.code} ${i.source}`))).toEqual([
      `ERR_READ_WARC ${f}#3`,
      `doc ${f}#6`,
    ]);
    expect(docs(items.slice(1))[0]!.url).toBe("https://a-example.com/2");
  });

  it("reports garbage between records and a truncated last record", async () => {
    const good = await makeWarc([{ url: "https://a-example.com/1", body: PAGE_A }]);
    const garbage = Buffer.from("this is not a warc header\r\n\r\n");
    const tail = await makeWarc([{ url: "https://a-example.com/2", body: PAGE_B }]);
    const cut = tail.subarray(0, tail.length - 200);
    const { f, items } = await readBytes("mixed.warc", Buffer.concat([good, garbage, cut]));
    expect(items.map((i) => (i.kind === "document" ? `doc ${i.doc.source}` : `${i.code} ${i.source}`))).toEqual([
      `doc ${f}#3`,
      `ERR_READ_WARC ${f}#4`,
      `ERR_READ_WARC ${f}#7`,
    ]);
    const last = items.at(-1)!;
    expect(last.kind === "failed" && last.message).toMatch(/truncated/);
  });

  it("a truncated .warc.gz keeps the records before the cut and reports ERR_READ_GZIP", async () => {
    const gz = await makeWarc(
      [
        { url: "https://a-example.com/1", body: PAGE_A },
        { url: "https://a-example.com/2", body: PAGE_B },
      ],
      true,
    );
    const { f, items } = await readBytes("cut.warc.gz", gz.subarray(0, gz.length - 30));
    expect(docs(items.slice(0, 1))[0]!.source).toBe(`${f}#3`);
    expect(failures(items)).toEqual([{ source: f, code: "ERR_READ_GZIP" }]);
  });

  it("a record with a corrupt chunked body is reported, the rest goes on", async () => {
    const bad = await makeWarc([{ url: "https://a-example.com/1", body: "zz\r\nnot chunked" }]);
    const patched = Buffer.from(
      bad
        .toString("latin1")
        .replace("Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked\r\nContent-Type: text/html"),
      "latin1",
    );
    // Fix the record's Content-Length for the added header line.
    const text = patched.toString("latin1");
    const added = "Transfer-Encoding: chunked\r\n".length - "; charset=utf-8".length;
    const fixed = text.replace(
      /(WARC-Type: response[\s\S]*?Content-Length: )(\d+)/,
      (_m, a: string, n: string) => `${a}${Number(n) + added}`,
    );
    const next = await makeWarc([{ url: "https://a-example.com/2", body: PAGE_B }]);
    const { f, items } = await readBytes("chunked.warc", Buffer.concat([Buffer.from(fixed, "latin1"), next]));
    const ds = items.filter((i) => i.kind === "document");
    expect(ds.at(-1)!.kind === "document" && ds.at(-1)!.doc.url).toBe("https://a-example.com/2");
    // The bad record is either reported or yields a non-article page, never kills the file.
    expect(items.every((i) => i.kind === "document" || i.source.startsWith(`${f}#`))).toBe(true);
  });
});
