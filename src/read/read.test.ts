import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readFile, readInputs } from "./index.js";
import { ARABIC_PARAGRAPHS, arabicPage, collect, docs, FIXTURES, failures, makeWarc, tempDir } from "./testkit.js";

const SCRAPED = path.join(FIXTURES, "site-a/scraped.txt");
const PAGE = path.join(FIXTURES, "site-a/nested/page.html");
const JSONL = path.join(FIXTURES, "records/mixed.jsonl");
const ARRAY = path.join(FIXTURES, "records/array.json");

async function read(file: string, options = {}) {
  return collect(readFile(file, file, options));
}

function write(dir: string, name: string, data: string | Uint8Array): string {
  const f = path.join(dir, name);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, data);
  return f;
}

describe("plain files", () => {
  it("reads a scraped text page whole, outlet from its folder", async () => {
    const [doc] = docs(await read(SCRAPED));
    expect(doc).toMatchObject({
      source: SCRAPED,
      path: SCRAPED,
      format: "text",
      container: "file",
      encoding: "utf-8",
      encodingGuessed: false,
      outlet: "site-a",
    });
    expect(doc!.content).toBe(readFileSync(SCRAPED, "utf8"));
    expect(doc!.url).toBeUndefined();
  });

  it("reads an HTML page and takes url/outlet from its canonical link", async () => {
    const [doc] = docs(await read(PAGE));
    expect(doc).toMatchObject({
      format: "html",
      container: "file",
      url: "https://www.madina-example.net/culture/2021/04/book-fair",
      outlet: "madina-example.net",
      encoding: "utf-8",
      encodingGuessed: false,
    });
    expect(doc!.content).toContain("مهرجان الكتاب السنوي");
  });

  it("uses options.outlet before the folder name, and the URL host before both", async () => {
    const [a] = docs(await read(SCRAPED, { outlet: "المرصد" }));
    expect(a!.outlet).toBe("المرصد");
    const [b] = docs(await read(PAGE, { outlet: "المرصد" }));
    expect(b!.outlet).toBe("madina-example.net");
  });

  it("detects HTML by tag density without a doctype, and text that merely mentions a tag stays text", async () => {
    const dir = tempDir();
    const frag = write(dir, "frag.dat", `<div class="post"><h2>عنوان</h2><p>${ARABIC_PARAGRAPHS[0]}</p></div>`);
    expect(docs(await read(frag))[0]!.format).toBe("html");
    const txt = write(dir, "note.html", `عنوان الخبر\nكتب المحرر أن الوسم <br> يفصل السطور.\n${ARABIC_PARAGRAPHS[1]}`);
    expect(docs(await read(txt))[0]!.format).toBe("text");
  });

  it("a scraped page whose title starts with a bracket is text, not JSON", async () => {
    const dir = tempDir();
    for (const first of ["[صور] عنوان الخبر", "{عاجل} عنوان الخبر"]) {
      const f = write(dir, "bracket.txt", `${first}\n${ARABIC_PARAGRAPHS.join("\n")}`);
      expect(docs(await read(f))[0]).toMatchObject({ format: "text", container: "file" });
    }
  });
});

describe("JSONL", () => {
  it("maps default fields, reports bad lines by line number and goes on", async () => {
    const items = await read(JSONL);
    expect(failures(items)).toEqual([
      { source: `${JSONL}:2`, code: "ERR_READ_JSON" },
      { source: `${JSONL}:3`, code: "ERR_READ_FIELD" },
    ]);
    const bad3 = items.find((i) => i.kind === "failed" && i.source.endsWith(":3"));
    expect(bad3?.kind === "failed" && bad3.message).toContain("text, content, body, html");
    const ds = docs(items.filter((i) => i.kind === "document"));
    expect(ds.map((d) => d.source)).toEqual([`${JSONL}:1`, `${JSONL}:5`, `${JSONL}:6`]);
    expect(ds[0]).toMatchObject({
      title: "ارتفاع أسعار القهوة",
      url: "https://www.souq-example.com/a/1",
      outlet: "souq-example.com",
      declaredDate: "2021-04-10",
      byline: "سلمى ناصر",
      format: "text",
      container: "jsonl",
      path: JSONL,
    });
    expect(ds[1]).toMatchObject({
      title: "مباراة الديربي",
      outlet: "الرياضي اليوم",
      declaredDate: "2021-04-11T18:00:00Z",
      byline: "فريق التحرير",
    });
    expect(ds[2]).toMatchObject({ format: "html", url: "http://m.news-example.org/x", outlet: "m.news-example.org" });
  });

  it("honours a field mapping, including dotted paths", async () => {
    const dir = tempDir();
    const f = write(
      dir,
      "custom.jsonl",
      `${JSON.stringify({ meta: { headline: "عنوان مخصص" }, body_ar: "نص مخصص للخبر", site: "موقع", when: "2021-05-01", text: "ليس هذا" })}\n`,
    );
    const [doc] = docs(
      await read(f, { fields: { title: "meta.headline", text: "body_ar", outlet: "site", date: "when" } }),
    );
    expect(doc).toMatchObject({
      title: "عنوان مخصص",
      content: "نص مخصص للخبر",
      outlet: "موقع",
      declaredDate: "2021-05-01",
    });
  });

  it("reads a pretty-printed single JSON object as one record", async () => {
    const dir = tempDir();
    const f = write(dir, "one.json", JSON.stringify({ title: "عنوان", content: ARABIC_PARAGRAPHS[0] }, null, 2));
    const [doc] = docs(await read(f));
    expect(doc).toMatchObject({ source: f, title: "عنوان", container: "json" });
  });

  it("decodes a JSONL line that is not UTF-8 by detection, keeping the other lines", async () => {
    const dir = tempDir();
    const line2 = iconv.encode(
      JSON.stringify({ title: "سطر بترميز قديم", text: ARABIC_PARAGRAPHS[0] }),
      "windows-1256",
    );
    const f = write(
      dir,
      "legacy.jsonl",
      Buffer.concat([Buffer.from(`${JSON.stringify({ text: ARABIC_PARAGRAPHS[1] })}\r\n`), line2, Buffer.from("\n")]),
    );
    const ds = docs(await read(f));
    expect(ds.map((d) => [d.source, d.encoding])).toEqual([
      [`${f}:1`, "utf-8"],
      [`${f}:2`, "windows-1256"],
    ]);
    expect(ds[1]!.content).toBe(ARABIC_PARAGRAPHS[0]);
    expect(ds[1]!.encodingGuessed).toBe(true);
  });
});

describe("JSON arrays", () => {
  it("numbers items from 1 and reports non-objects and empty bodies", async () => {
    const items = await read(ARRAY);
    expect(failures(items)).toEqual([
      { source: `${ARRAY}#2`, code: "ERR_READ_JSON" },
      { source: `${ARRAY}#3`, code: "ERR_READ_FIELD" },
    ]);
    const [doc] = docs(items.filter((i) => i.kind === "document"));
    expect(doc).toMatchObject({
      source: `${ARRAY}#1`,
      outlet: "wakala",
      url: "http://wakala-example.sa/n/1",
      declaredDate: "2021-04-12 08:00:00",
      byline: "الرياض: واس",
      title: "اجتماع وزاري",
      container: "json",
    });
  });

  it("reports a malformed array with the line of the error", async () => {
    const dir = tempDir();
    const f = write(dir, "broken.json", '[\n{"text": "نص"},\n{"text": "نص" oops}\n]');
    const items = await read(f);
    expect(failures(items)).toEqual([{ source: f, code: "ERR_READ_JSON" }]);
    expect(items[0]!.kind === "failed" && items[0]!.message).toMatch(/line 3/);
  });
});

describe("gzip", () => {
  it("is transparent for every format, detected by magic bytes not by name", async () => {
    const dir = tempDir();
    const warc = await makeWarc([
      { url: "https://www.sahel-example.com/n/9", body: arabicPage("عنوان", ARABIC_PARAGRAPHS) },
    ]);
    const cases: [string, Buffer][] = [
      [SCRAPED, readFileSync(SCRAPED)],
      [PAGE, readFileSync(PAGE)],
      [JSONL, readFileSync(JSONL)],
      [ARRAY, readFileSync(ARRAY)],
      [path.join(dir, "crawl.warc"), warc],
    ];
    for (const [orig, bytes] of cases) {
      const plain = write(dir, `plain-${path.basename(orig)}`, bytes);
      const gz = write(dir, `zipped-${path.basename(orig)}.bin`, gzipSync(bytes));
      const a = await read(plain);
      const b = await read(gz);
      const strip = (items: typeof a, p: string) =>
        items.map((i) =>
          i.kind === "document"
            ? {
                ...i.doc,
                source: i.doc.source.replace(p, "P"),
                path: "P",
                container: i.doc.container?.replace("gzip", "file"),
              }
            : { ...i, source: i.source.replace(p, "P"), path: "P" },
        );
      expect(strip(b, gz)).toEqual(strip(a, plain));
      expect(b.length).toBeGreaterThan(0);
    }
    const [txt] = docs(await read(write(dir, "t.gz", gzipSync(readFileSync(SCRAPED)))));
    expect(txt!.container).toBe("gzip");
  });

  it("reads a per-record gzipped WARC (.warc.gz)", async () => {
    const dir = tempDir();
    const f = write(
      dir,
      "crawl.warc.gz",
      await makeWarc([{ url: "https://sahel-example.com/n/1", body: arabicPage("عنوان", ARABIC_PARAGRAPHS) }], true),
    );
    const [doc] = docs(await read(f));
    expect(doc).toMatchObject({ source: `${f}#3`, container: "warc", url: "https://sahel-example.com/n/1" });
  });

  it("reports a truncated gzip (ERR_READ_GZIP) after the JSONL lines before the cut, without a spurious JSON error", async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ title: `خبر ${i}`, text: `${ARABIC_PARAGRAPHS[i % 2]} ${i * 7919}` }),
    );
    const gz = gzipSync(`${lines.join("\n")}\n`);
    const f = write(dir, "cut.jsonl.gz", gz.subarray(0, Math.floor(gz.length / 2)));
    const items = await read(f);
    const fails = failures(items);
    expect(fails).toEqual([{ source: f, code: "ERR_READ_GZIP" }]);
    const ds = docs(items.slice(0, -1));
    expect(ds.length).toBeGreaterThan(100);
    expect(ds.length).toBeLessThan(3000);
    expect(ds.at(-1)!.source).toBe(`${f}:${ds.length}`);
  });

  it("reports a truncated gzipped page as one ERR_READ_GZIP and no partial document", async () => {
    const dir = tempDir();
    const gz = gzipSync(arabicPage("عنوان", [...ARABIC_PARAGRAPHS, ...ARABIC_PARAGRAPHS]));
    const f = write(dir, "cut.html.gz", gz.subarray(0, gz.length - 20));
    const items = await read(f);
    expect(failures(items)).toEqual([{ source: f, code: "ERR_READ_GZIP" }]);
    expect(items).toHaveLength(1);
    const g = write(dir, "corrupt.gz", Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0]), Buffer.alloc(40, 0x55)]));
    expect(failures(await read(g))).toEqual([{ source: g, code: "ERR_READ_GZIP" }]);
  });
});

describe("bad input", () => {
  it("binary → ERR_READ_BINARY, also when gzipped", async () => {
    const dir = tempDir();
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.alloc(200, 0),
    ]);
    const f = write(dir, "image.html", png);
    expect(failures(await read(f))).toEqual([{ source: f, code: "ERR_READ_BINARY" }]);
    const g = write(dir, "image.gz", gzipSync(png));
    expect(failures(await read(g))).toEqual([{ source: g, code: "ERR_READ_BINARY" }]);
    const ctl = write(
      dir,
      "ctl.txt",
      Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)))),
    );
    expect(failures(await read(ctl))).toEqual([{ source: ctl, code: "ERR_READ_BINARY" }]);
  });

  it("empty → ERR_READ_EMPTY: zero bytes, whitespace, empty gzip, empty array, WARC without HTML", async () => {
    const dir = tempDir();
    const warc = await makeWarc([
      { url: "https://x-example.com/logo.png", body: new Uint8Array([1, 2, 3]), contentType: "image/png" },
    ]);
    const files = [
      write(dir, "zero.txt", ""),
      write(dir, "blank.txt", "  \n\r\n\t \n"),
      write(dir, "zero.gz", gzipSync(Buffer.alloc(0))),
      write(dir, "none.json", "[ ]"),
      write(dir, "images.warc", warc),
    ];
    for (const f of files) expect(failures(await read(f))).toEqual([{ source: f, code: "ERR_READ_EMPTY" }]);
  });

  it("unreadable → ERR_READ_IO (a folder read as a file; a file without permission)", async () => {
    const dir = tempDir();
    expect(failures(await read(dir))).toEqual([{ source: dir, code: "ERR_READ_IO" }]);
    const missing = path.join(dir, "missing.txt");
    expect(failures(await read(missing))).toEqual([{ source: missing, code: "ERR_READ_NOT_FOUND" }]);
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission → ERR_READ_IO", async () => {
    const dir = tempDir();
    const f = write(dir, "secret.txt", "نص");
    const { chmodSync } = await import("node:fs");
    chmodSync(f, 0);
    expect(failures(await read(f))).toEqual([{ source: f, code: "ERR_READ_IO" }]);
  });

  it("undecodable → ERR_READ_DECODE", async () => {
    const dir = tempDir();
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x20 : 0x80 + ((i * 37) % 128))));
    const f = write(dir, "junk.txt", junk);
    const items = await read(f);
    expect(failures(items)).toEqual([{ source: f, code: "ERR_READ_DECODE" }]);
    expect(items[0]!.kind === "failed" && items[0]!.message).toMatch(/UTF-8/);
  });

  it("a batch goes on past every failure, in order", async () => {
    const dir = tempDir();
    const empty = write(dir, "a-empty.txt", "");
    const bin = write(dir, "b-bin.dat", Buffer.alloc(100, 0));
    const good = write(dir, "c-good.txt", ARABIC_PARAGRAPHS.join("\n"));
    const missing = path.join(dir, "nope", "*.txt");
    const items = await collect(readInputs([dir, missing, JSONL]));
    expect(items.map((i) => (i.kind === "document" ? `doc ${i.doc.source}` : `${i.code} ${i.source}`))).toEqual([
      `ERR_READ_EMPTY ${empty}`,
      `ERR_READ_BINARY ${bin}`,
      `doc ${good}`,
      `ERR_READ_NOT_FOUND ${missing}`,
      `doc ${JSONL}:1`,
      `ERR_READ_JSON ${JSONL}:2`,
      `ERR_READ_FIELD ${JSONL}:3`,
      `doc ${JSONL}:5`,
      `doc ${JSONL}:6`,
    ]);
  });
});

describe("stdin", () => {
  it("reads '-' fully and detects its format: JSONL sources are -:LINE", async () => {
    const stdin = Readable.from([
      Buffer.from(readFileSync(JSONL).subarray(0, 100)),
      Buffer.from(readFileSync(JSONL).subarray(100)),
    ]);
    const items = await collect(readInputs(["-"], { stdin }));
    expect(items.map((i) => (i.kind === "document" ? i.doc.source : i.code))).toEqual([
      "-:1",
      "ERR_READ_JSON",
      "ERR_READ_FIELD",
      "-:5",
      "-:6",
    ]);
    expect(items[0]!.kind === "document" && items[0]!.doc.path).toBe("-");
  });

  it("a gzipped HTML page on stdin; outlet falls back to options.outlet, else 'unknown'", async () => {
    const page = arabicPage("عنوان", ARABIC_PARAGRAPHS);
    const [a] = docs(await collect(readInputs(["-"], { stdin: Readable.from([gzipSync(page)]), outlet: "مرصد" })));
    expect(a).toMatchObject({
      source: "-",
      path: "-",
      format: "html",
      container: "stdin",
      outlet: "مرصد",
      content: page,
    });
    const [b] = docs(await collect(readFile("-", "-", { stdin: Readable.from([ARABIC_PARAGRAPHS.join("\n")]) })));
    expect(b).toMatchObject({ container: "stdin", format: "text", outlet: "unknown" });
  });
});
