/**
 * Renderers: turn an article spec into the bytes an outlet would have served, as a naive scraper, an HTML
 * crawler, a JSONL export or a WARC crawl would have saved them. Pure and deterministic: no clock, no randomness.
 */
import type { ArticleSpec, MonthSystem, Outlet } from "./model.js";

const WEEKDAYS = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const APRIL: Record<MonthSystem, string> = { levantine: "نيسان", egyptian: "أبريل", maghreb: "أفريل" };

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function ymd(date: string): Ymd {
  const [y, m, d] = date.split("-").map(Number);
  return { y: y!, m: m!, d: d! };
}

export function weekday(date: string): string {
  const { y, m, d } = ymd(date);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** Every corpus date is in April 2025. */
export function monthName(system: MonthSystem, date: string): string {
  if (ymd(date).m !== 4) throw new Error(`corpus dates must be in April 2025, got ${date}`);
  return APRIL[system];
}

/** Umm al-Qura: 1 Shawwal 1446 = 30 March 2025, and Shawwal has 29 days (so valid up to 27 April). */
export function hijri(date: string): string {
  const { m, d } = ymd(date);
  if (m !== 4 || d > 27) throw new Error(`hijri() only covers 1–27 April 2025, got ${date}`);
  return `${d + 2} شوال 1446 هـ`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export const isHeading = (p: string): boolean => p.startsWith("## ");
export const headingText = (p: string): string => p.slice(3);

/** The clean body the extractor should output: dateline cut off, subheadings as their own paragraphs. */
export function expectedText(a: ArticleSpec): string {
  return a.paras.map((p) => (isHeading(p) ? headingText(p) : p)).join("\n\n");
}

/** The paragraphs as printed: the dateline glued to the start of the first body paragraph. */
export function printedParas(a: ArticleSpec): { text: string; heading: boolean; dateline?: string }[] {
  return a.paras.map((p, i) => {
    if (isHeading(p)) return { text: headingText(p), heading: true };
    if (i === 0 && a.dateline) return { text: `${a.dateline.raw} ${p}`, heading: false, dateline: a.dateline.raw };
    return { text: p, heading: false };
  });
}

/** Deterministic small numbers (view counters, ids) from a string. */
export function hashNum(s: string, mod: number): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % mod;
}

export interface Rendered {
  /** The page as text; chrome strings are what a correct extractor must drop. */
  content: string;
  chrome: string[];
}

export interface PageContext {
  outlet: Outlet;
  url: string;
  /** Headlines of other articles of the same outlet (related boxes). */
  related: string[];
}

const pad = (n: number): string => String(n).padStart(2, "0");

// ───────────────────────────── scraped text ─────────────────────────────

export function renderText(a: ArticleSpec, ctx: PageContext): Rendered {
  const { outlet } = ctx;
  const { y, m, d } = ymd(a.date);
  const paras = printedParas(a).map((p) => p.text);
  const views = String(100 + hashNum(`${a.id}v`, 900));
  const comments = String(hashNum(`${a.id}c`, 6));
  const lines: string[] = [a.title];
  const chrome: string[] = [];
  const add = (...ls: string[]): void => {
    lines.push(...ls);
    chrome.push(...ls.filter((l) => l !== ""));
  };
  if (outlet.style === "rafidain") {
    add("الرئيسية", "محليات", "news-picture");
    add(`آخر تحديث: ${weekday(a.date)} ${d} ${monthName(outlet.months, a.date)} ${y} - ${a.time}`);
    add("مشاركة :", views, comments);
    if (a.byline) lines.push(a.byline.printed);
    lines.push(...paras);
    add("مواضيع ذات صلة", ...ctx.related.slice(0, 2));
    add("الأكثر قراءة", ...outlet.mostRead);
    add(
      "التعليقات",
      "شروط النشر",
      "جميع التعليقات المنشورة تعبر عن رأي كتابها ولا تعبر عن رأي الموقع",
      "اشترك في نشرتنا البريدية ليصلك أهم الأخبار يوميا",
      `© ${y} ${outlet.name} - جميع الحقوق محفوظة`,
    );
  } else if (outlet.style === "dhifaf") {
    add(outlet.name, `${weekday(a.date)} ${d} ${monthName(outlet.months, a.date)} ${y} | ${a.time}`);
    add("شارك", "فيسبوك", "تويتر", "واتساب", "");
    if (a.byline) lines.push(a.byline.printed, "");
    for (const p of paras) lines.push(p, "");
    add("اقرأ أيضا", ...ctx.related.slice(0, 2), "");
    add("الأكثر قراءة", ...outlet.mostRead, "");
    add(
      `آخر تحديث: ${pad(d)}/${pad(m)}/${y} - ${a.time}`,
      "اشترك في النشرة الإخبارية لتصلك آخر الأخبار",
      `تعليقات (${comments})`,
      comments,
      `جميع الحقوق محفوظة © ${outlet.name} ${y}`,
    );
  } else if (outlet.style === "manara") {
    // Month first: this outlet's CMS prints M/D/Y (4/12/2025 is 12 April, a Saturday).
    add(`• ${m}/${d}/${y} • ${a.time} • ${views} • ${comments}`, "news-picture");
    if (a.byline) lines.push(a.byline.printed);
    lines.push("");
    for (const p of paras) lines.push(p, "");
    add("مشاركة :", "فيسبوك", "تويتر", String(hashNum(`${a.id}s`, 50)));
    add("اقرأ أيضا", ...ctx.related.slice(0, 3));
    add("الأكثر قراءة");
    outlet.mostRead.forEach((h, i) => {
      add(String(i + 1), h);
    });
    add(
      "شروط النشر",
      `جميع التعليقات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي ${outlet.name}`,
      `حقوق النشر محفوظة لموقع ${outlet.name} © ${y}`,
    );
  } else {
    throw new Error(`outlet ${outlet.key} has no text style`);
  }
  return { content: `${lines.join("\n")}\n`, chrome };
}

// ───────────────────────────── HTML templates ─────────────────────────────

function iso(a: ArticleSpec, outlet: Outlet): string {
  const summer = outlet.summerFrom !== undefined && outlet.summerTz !== undefined && a.date >= outlet.summerFrom;
  return `${a.date}T${a.time}:00${summer ? outlet.summerTz : outlet.tz}`;
}

/** WordPress-like theme: meta dates, entry-content with an ad slot and an inline related box, sidebar, comments. */
function renderWp(a: ArticleSpec, ctx: PageContext): Rendered {
  const { outlet } = ctx;
  const { y, d } = ymd(a.date);
  const ticker = "عاجل: الأنواء الجوية تتوقع أمطارا رعدية على المحافظات الشمالية";
  const chrome = [
    "الرئيسية",
    "عراقيات",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    ticker,
    "شارك الخبر:",
    "اقرأ أيضا:",
    "مواضيع ذات صلة",
    "الأكثر قراءة",
    "اترك تعليقا",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "اشترك في نشرتنا البريدية",
    `© ${y} ${outlet.name}. جميع الحقوق محفوظة.`,
    "مساحة إعلانية",
    ...ctx.related.slice(0, 3),
    ...outlet.mostRead,
  ];
  const body: string[] = [];
  printedParas(a).forEach((p, i) => {
    if (p.heading) body.push(`<h2>${escapeHtml(p.text)}</h2>`);
    else if (p.dateline)
      body.push(`<p><strong>${escapeHtml(p.dateline)}</strong>${escapeHtml(p.text.slice(p.dateline.length))}</p>`);
    else body.push(`<p>${escapeHtml(p.text)}</p>`);
    if (i === 1)
      body.push(
        `<div class="related-inline"><strong>اقرأ أيضا:</strong> <a href="/related/${i}">${escapeHtml(ctx.related[0] ?? "")}</a></div>`,
      );
    if (i === 2) body.push(`<div class="ad-slot ad-inarticle"><span>مساحة إعلانية</span></div>`);
  });
  const author = a.byline
    ? `<span class="byline">بواسطة <span class="author vcard"><a href="/author/x">${escapeHtml(a.byline.name)}</a></span></span> `
    : "";
  const html = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(a.title)} - ${escapeHtml(outlet.name)}</title>
<link rel="canonical" href="${ctx.url}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(a.title)}">
<meta property="og:url" content="${ctx.url}">
<meta property="og:site_name" content="${escapeHtml(outlet.name)}">
<meta property="article:published_time" content="${iso(a, outlet)}">
<meta property="article:modified_time" content="${iso(a, outlet)}">
${a.byline ? `<meta name="author" content="${escapeHtml(a.byline.name)}">\n` : ""}<link rel="stylesheet" href="/wp-content/themes/dijla/style.css">
</head>
<body class="post-template-default single single-post">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home">${escapeHtml(outlet.name)}</a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/">الرئيسية</a></li><li><a href="/category/iraq/">عراقيات</a></li><li><a href="/category/world/">عربي ودولي</a></li><li><a href="/category/economy/">اقتصاد</a></li><li><a href="/category/sport/">رياضة</a></li>
</ul></nav>
<div class="breaking-news"><span>${escapeHtml(ticker)}</span></div>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-${hashNum(a.id, 90000) + 10000}" class="post type-post status-publish format-standard">
<header class="entry-header">
<span class="cat-links"><a href="/category/world/" rel="category tag">عربي ودولي</a></span>
<h1 class="entry-title">${escapeHtml(a.title)}</h1>
<div class="entry-meta">${author}<span class="posted-on"><time class="entry-date published" datetime="${iso(a, outlet)}">${d} ${monthName(outlet.months, a.date)}، ${y}</time></span></div>
</header>
<div class="share-bar"><span>شارك الخبر:</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <a href="#">تلغرام</a></div>
<div class="entry-content">
${body.join("\n")}
</div>
<footer class="entry-footer"><span class="tags-links">الوسوم: <a href="/tag/a/" rel="tag">أخبار</a></span></footer>
</article>
<section class="related-posts"><h3>مواضيع ذات صلة</h3><ul>
${ctx.related
  .slice(0, 3)
  .map((t, i) => `<li><a href="/related-${i}/">${escapeHtml(t)}</a></li>`)
  .join("\n")}
</ul></section>
<div id="comments" class="comments-area"><div id="respond"><h3 class="comment-reply-title">اترك تعليقا</h3>
<p class="comment-notes">لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p></div></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_popular"><h3 class="widget-title">الأكثر قراءة</h3><ol>
${outlet.mostRead.map((t) => `<li><a href="/popular/">${escapeHtml(t)}</a></li>`).join("\n")}
</ol></section>
<section class="widget widget_newsletter"><h3>اشترك في نشرتنا البريدية</h3><form><input type="email" placeholder="بريدك الإلكتروني"></form></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© ${y} ${escapeHtml(outlet.name)}. جميع الحقوق محفوظة.</div></footer>
</body>
</html>
`;
  return { content: html, chrome };
}

/** React/Next-like app shell: JSON-LD NewsArticle, hashed class names, related cards and ad slots inside the body. */
function renderReact(a: ArticleSpec, ctx: PageContext): Rendered {
  const { outlet } = ctx;
  const { y, d } = ymd(a.date);
  const articleId = 200000 + hashNum(a.id, 99999);
  const ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    datePublished: iso(a, outlet),
    dateModified: iso(a, outlet),
    mainEntityOfPage: ctx.url,
    inLanguage: "ar",
    ...(a.byline
      ? {
          author:
            a.byline.name === "واس"
              ? { "@type": "Organization", name: a.byline.name }
              : { "@type": "Person", name: a.byline.name },
        }
      : {}),
    publisher: { "@type": "NewsMediaOrganization", name: outlet.name, url: `https://${outlet.host}/` },
  };
  const nextData = {
    props: { pageProps: { articleId, section: "news", locale: "ar" } },
    page: "/article/[id]/[slug]",
    buildId: "marsad-sample",
  };
  const visibleDate = `${weekday(a.date)} ${hijri(a.date)} - ${d} ${monthName(outlet.months, a.date)} ${y} م`;
  const chrome = [
    "الرئيسية",
    "محليات",
    "الخليج",
    "العالم",
    "رياضة",
    "اقتصاد",
    visibleDate,
    "اقرأ أيضاً",
    "إعلان",
    "الأكثر قراءة",
    "تابعونا على",
    "النشرة البريدية: أهم الأخبار في بريدك كل صباح",
    `جميع الحقوق محفوظة لصحيفة المرفأ © ${y}`,
    ...ctx.related.slice(0, 2),
    ...outlet.mostRead,
  ];
  const body: string[] = [];
  printedParas(a).forEach((p, i) => {
    body.push(
      p.heading ? `<h2 class="ArticleBody_sub__k2Q">${escapeHtml(p.text)}</h2>` : `<p>${escapeHtml(p.text)}</p>`,
    );
    if (i === 0)
      body.push(
        `<aside class="RelatedCard_card__9xd"><span class="RelatedCard_label__1a">اقرأ أيضاً</span><a href="/article/${articleId - 7}/x">${escapeHtml(ctx.related[0] ?? "")}</a></aside>`,
      );
    if (i === 2) body.push(`<div class="AdSlot_slot__Z3" data-ad-unit="mpu_1"><small>إعلان</small></div>`);
  });
  const byline = a.byline
    ? `<div class="ArticleHeader_byline__p0"><span>${a.byline.name === "واس" ? "المصدر: " : "بقلم "}</span><a class="ArticleHeader_author__Fq" href="/author/${hashNum(a.byline.name, 999)}">${escapeHtml(a.byline.name)}</a></div>`
    : "";
  const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${escapeHtml(a.title)} | ${escapeHtml(outlet.name)}</title><meta property="og:title" content="${escapeHtml(a.title)}"/><meta property="og:site_name" content="${escapeHtml(outlet.name)}"/><meta property="og:url" content="${ctx.url}"/><link rel="canonical" href="${ctx.url}"/><script type="application/ld+json">${JSON.stringify(ld)}</script><link rel="preload" href="/_next/static/css/app.css" as="style"/></head><body><div id="__next"><header class="Header_header__Xy"><a class="Header_logo__T1" href="/">${escapeHtml(outlet.name)}</a><nav class="Header_nav__Q2"><a href="/">الرئيسية</a><a href="/local">محليات</a><a href="/gulf">الخليج</a><a href="/world">العالم</a><a href="/sport">رياضة</a><a href="/economy">اقتصاد</a></nav></header><main class="Layout_main__b7"><article class="Article_article__u8"><header class="ArticleHeader_header__r4"><h1 class="ArticleHeader_title__mm">${escapeHtml(a.title)}</h1>${byline}<div class="ArticleHeader_date__Lq"><span>${escapeHtml(visibleDate)}</span></div><div class="ShareBar_bar__w2"><button aria-label="whatsapp"></button><button aria-label="x"></button><button aria-label="facebook"></button></div></header><div class="ArticleBody_body__x1">${body.join("")}</div></article><section class="MostRead_box__c3"><h3>الأكثر قراءة</h3><ol>${outlet.mostRead.map((t, i) => `<li><a href="/article/${articleId + i + 1}/m">${escapeHtml(t)}</a></li>`).join("")}</ol></section><section class="Related_box__p1">${ctx.related
    .slice(1, 2)
    .map((t) => `<a href="/article/${articleId - 3}/r">${escapeHtml(t)}</a>`)
    .join(
      "",
    )}</section></main><footer class="Footer_footer__d9"><div>تابعونا على</div><div class="Footer_newsletter__k">النشرة البريدية: أهم الأخبار في بريدك كل صباح</div><p>جميع الحقوق محفوظة لصحيفة المرفأ © ${y}</p></footer></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData)}</script></body></html>
`;
  return { content: html, chrome };
}

/** Legacy table layout: no dir, no meta dates, `<br><br>`-separated paragraphs, visible Levantine date only. */
function renderTable(a: ArticleSpec, ctx: PageContext, declareCharset: boolean): Rendered {
  const { outlet } = ctx;
  const { y, d } = ymd(a.date);
  const visibleDate = `${weekday(a.date)} ${d} ${monthName(outlet.months, a.date)} ${y}`;
  const reads = 800 + hashNum(a.id, 4000);
  const chrome = [
    "الرئيسية",
    "أخبار محلية",
    "عربي ودولي",
    "رياضة",
    "اتصل بنا",
    "اقرأ أيضا:",
    "طباعة",
    "أرسل لصديق",
    `عدد القراءات: ${reads}`,
    "الأكثر قراءة",
    "أعلن معنا",
    `جميع الحقوق محفوظة لموقع ${outlet.name} © ${y}`,
    ...ctx.related.slice(0, 2),
    ...outlet.mostRead,
  ];
  const body = printedParas(a)
    .map((p) => (p.heading ? `<b>${escapeHtml(p.text)}</b>` : escapeHtml(p.text)))
    .join("<br><br>\n");
  const meta = declareCharset ? `<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n` : "";
  const html = `<html>
<head>
${meta}<title>${escapeHtml(outlet.name)} - ${escapeHtml(a.title)}</title>
<meta name="keywords" content="اخبار, العراق, الوادي">
<link href="/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" height="90"><img src="/images/logo.gif" alt="${escapeHtml(outlet.name)}" width="300" height="80"></td></tr>
<tr><td colspan="2" class="menu" bgcolor="#003366"><a href="/">الرئيسية</a> | <a href="/cat.php?id=1">أخبار محلية</a> | <a href="/cat.php?id=2">عربي ودولي</a> | <a href="/cat.php?id=3">رياضة</a> | <a href="/contact.php">اتصل بنا</a></td></tr>
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="date"><font size="2" color="#666666">${escapeHtml(visibleDate)}</font></td></tr>
<tr><td class="title"><font size="5" color="#990000"><b>${escapeHtml(a.title)}</b></font></td></tr>
${a.byline ? `<tr><td class="writer"><font size="2">${escapeHtml(a.byline.printed)}</font></td></tr>\n` : ""}<tr><td class="text"><font size="3">
${body}
</font></td></tr>
<tr><td class="more"><b>اقرأ أيضا:</b><br>
${ctx.related
  .slice(0, 2)
  .map((t, i) => `<a href="/news.php?id=${i}">${escapeHtml(t)}</a>`)
  .join("<br>\n")}
</td></tr>
<tr><td class="tools"><a href="#">طباعة</a> | <a href="#">أرسل لصديق</a> | عدد القراءات: ${reads}</td></tr>
</table>
</td>
<td width="280" valign="top" bgcolor="#F2F2F2">
<table width="100%"><tr><td class="boxtitle">الأكثر قراءة</td></tr>
${outlet.mostRead.map((t) => `<tr><td><a href="/news.php?id=1">${escapeHtml(t)}</a></td></tr>`).join("\n")}
<tr><td><img src="/ads/banner.gif" alt="أعلن معنا"><br>أعلن معنا</td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" align="center" class="footer">جميع الحقوق محفوظة لموقع ${escapeHtml(outlet.name)} © ${y}</td></tr>
</table>
</body>
</html>
`;
  return { content: html, chrome };
}

/** Drupal-like portal (served in the WARC): `<time>` and dcterms dates, the body split around an inline box. */
function renderPortal(a: ArticleSpec, ctx: PageContext): Rendered {
  const { outlet } = ctx;
  const { y, d } = ymd(a.date);
  const ticker = "مباشر: تغطية مستمرة لأبرز الأحداث في العالم العربي";
  const chrome = [
    "سياسة",
    "اقتصاد",
    "ثقافة",
    "رأي",
    "منوعات",
    ticker,
    "مشاركة:",
    "اقرأ أيضا",
    "الأكثر قراءة",
    "اشترك في النشرة البريدية لآفاق عربية",
    `© ${y} ${outlet.name}. جميع الحقوق محفوظة.`,
    "سياسة الخصوصية",
    "من نحن",
    ...ctx.related.slice(0, 2),
    ...outlet.mostRead,
  ];
  const parts = printedParas(a).map((p) =>
    p.heading ? `<h3>${escapeHtml(p.text)}</h3>` : `<p>${escapeHtml(p.text)}</p>`,
  );
  const cut = Math.min(2, parts.length - 1);
  const inline = `<div class="block block-inline-related"><h4>اقرأ أيضا</h4><ul>${ctx.related
    .slice(0, 2)
    .map((t, i) => `<li><a href="/ar/node/${i + 1}">${escapeHtml(t)}</a></li>`)
    .join("")}</ul></div>`;
  const html = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(a.title)} | ${escapeHtml(outlet.name)}</title>
<meta name="dcterms.date" content="${iso(a, outlet)}">
<meta property="og:site_name" content="${escapeHtml(outlet.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(a.title)}">
<meta property="og:url" content="${ctx.url}">
<link rel="canonical" href="${ctx.url}">
</head>
<body class="path-node page-node-type-article">
<div class="region region-header">
<a class="site-logo" href="/ar">${escapeHtml(outlet.name)}</a>
<nav class="menu--main"><ul><li><a href="/ar/politics">سياسة</a></li><li><a href="/ar/economy">اقتصاد</a></li><li><a href="/ar/culture">ثقافة</a></li><li><a href="/ar/opinion">رأي</a></li><li><a href="/ar/misc">منوعات</a></li></ul></nav>
<div class="news-ticker">${escapeHtml(ticker)}</div>
</div>
<main role="main">
<div class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field--name-title">${escapeHtml(a.title)}</span></h1>
<div class="node__meta">
${a.byline ? `<div class="field field--name-field-author">${escapeHtml(a.byline.printed)}</div>\n` : ""}<time datetime="${iso(a, outlet)}">${d} ${monthName(outlet.months, a.date)} ${y}</time>
</div>
<div class="social-share"><span>مشاركة:</span> <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a></div>
<div class="clearfix text-formatted field field--name-body">
${parts.slice(0, cut).join("\n")}
</div>
${inline}
<div class="clearfix text-formatted field field--name-body field--continued">
${parts.slice(cut).join("\n")}
</div>
<div class="field field--name-field-tags"><a href="/ar/taxonomy/term/1">العراق</a> <a href="/ar/taxonomy/term/2">تونس</a></div>
</div>
<div class="block block-views-most-read"><h2>الأكثر قراءة</h2><ul>
${outlet.mostRead.map((t, i) => `<li><a href="/ar/node/${90 + i}">${escapeHtml(t)}</a></li>`).join("\n")}
</ul></div>
<div class="block block-newsletter">اشترك في النشرة البريدية لآفاق عربية</div>
</main>
<footer class="site-footer">© ${y} ${escapeHtml(outlet.name)}. جميع الحقوق محفوظة. | <a href="/ar/privacy">سياسة الخصوصية</a> | <a href="/ar/about">من نحن</a></footer>
</body>
</html>
`;
  return { content: html, chrome };
}

export function renderHtml(a: ArticleSpec, ctx: PageContext): Rendered {
  switch (ctx.outlet.style) {
    case "wp":
      return renderWp(a, ctx);
    case "react":
      return renderReact(a, ctx);
    case "table":
      return renderTable(a, ctx, a.variant !== "cp1256");
    case "portal":
      return renderPortal(a, ctx);
    default:
      throw new Error(`outlet ${ctx.outlet.key} has no HTML template`);
  }
}

const EN_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The record's date as an export writes it: ISO, RFC 2822 (as RSS feeds do), or local time without an offset. */
function recordDate(a: ArticleSpec, outlet: Outlet): string {
  const full = iso(a, outlet);
  if (a.recordDate === "local") return `${a.date} ${a.time}`;
  if (a.recordDate === "rfc2822") {
    const { y, m, d } = ymd(a.date);
    if (m !== 4) throw new Error(`corpus dates must be in April 2025, got ${a.date}`);
    const day = EN_DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    return `${day}, ${pad(d)} Apr ${y} ${a.time}:00 ${full.slice(-6).replace(":", "")}`;
  }
  return full;
}

/** A JSONL export record: body as exported (paragraphs one per line, dateline still glued on). */
export function renderRecord(a: ArticleSpec, ctx: PageContext): Record<string, string> {
  const rec: Record<string, string> = {
    title: a.title,
    text: printedParas(a)
      .map((p) => p.text)
      .join("\n"),
    url: ctx.url,
    source: ctx.outlet.host,
    date: recordDate(a, ctx.outlet),
  };
  if (a.byline) rec.author = a.byline.name;
  return rec;
}

export { pad };
