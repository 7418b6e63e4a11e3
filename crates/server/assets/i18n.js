// Interface labels in English and Arabic. The archive's own text (articles, Arabic names)
// is shown as it is, with dir="auto" so Arabic reads right-to-left in either language.

const STRINGS = {
  en: {
    "nav.search": "Search", "nav.events": "Events", "nav.dyad": "Dyads", "nav.actors": "Actors",
    "nav.network": "Network", "nav.review": "Review",
    "search.placeholder": "Search the archive (Arabic or English words)…", "search.go": "Search",
    "search.none": "No article matches.", "search.hits": "articles",
    "stats.title": "The archive", "stats.articles": "articles", "stats.events": "events",
    "stats.stories": "stories", "stats.clusters": "event clusters",
    "recent": "Articles",
    "article.events": "Events in this article", "article.none": "No events were coded in this article.",
    "article.hover": "Highlighted sentences are the evidence of events: hover to see the coding and the rule.",
    "col.date": "Date", "col.source": "Source", "col.target": "Target", "col.cameo": "CAMEO",
    "col.plover": "PLOVER", "col.goldstein": "Goldstein", "col.quad": "Quad", "col.status": "Status",
    "col.article": "Article", "col.evidence": "Evidence", "col.rule": "Rule", "col.role": "Role",
    "col.country": "Country", "col.start": "Start", "col.end": "End", "col.events": "Events",
    "col.partner": "Partner", "col.mean": "Mean Goldstein", "col.period": "Period",
    "col.as_source": "As source", "col.as_target": "As target", "col.count": "Count",
    "col.name": "Name", "col.examples": "Examples", "col.first": "First", "col.last": "Last",
    "f.from": "From", "f.to": "To", "f.actor": "Actor", "f.country": "Country", "f.dyad": "Dyad (SRC-TGT)",
    "f.type": "PLOVER type", "f.cameo": "CAMEO prefix", "f.min_sources": "Min. sources",
    "f.undirected": "Both directions", "f.by": "Period", "f.level": "Nodes", "f.apply": "Apply",
    "events.more": "Load more", "events.download": "Download all matching:",
    "events.shown": "shown of", "events.sort": "Click a column to sort the loaded rows.",
    "dyad.title": "Goldstein series of a dyad", "dyad.a": "Country A", "dyad.b": "Country B",
    "dyad.quad": "Events by QuadClass", "dyad.undated": "undated events (not in the chart)",
    "dyad.bars": "bars: events", "dyad.line": "line: mean Goldstein",
    "actor.find": "Find an actor (name, Arabic name, id or country code)…",
    "actor.roles": "Roles in the dictionary", "actor.coded": "Roles as coded in events",
    "actor.timeline": "Events per month", "actor.partners": "Top partners", "actor.events": "Latest events",
    "network.title": "Actor network", "network.none": "No interactions in this period.",
    "network.country": "countries", "network.actor": "actors",
    "review.title": "Review suggested actors",
    "review.help": "Names in the archive that look like actors the dictionary does not know. Complete a row and accept it into the user dictionary, then re-code the archive. Writes need the server's RASID_TOKEN.",
    "review.token": "Token (RASID_TOKEN)", "review.accept": "Accept", "review.recode": "Re-code the archive",
    "review.none": "No suggestions.", "review.done": "Accepted", "review.recoded": "Re-coded",
    "quad.1": "verbal cooperation", "quad.2": "material cooperation", "quad.3": "verbal conflict", "quad.4": "material conflict",
    "error": "Error", "loading": "Loading…", "none": "Nothing to show.",
  },
  ar: {
    "nav.search": "بحث", "nav.events": "الأحداث", "nav.dyad": "الثنائيات", "nav.actors": "الفاعلون",
    "nav.network": "الشبكة", "nav.review": "المراجعة",
    "search.placeholder": "ابحث في الأرشيف…", "search.go": "بحث",
    "search.none": "لا توجد مقالات مطابقة.", "search.hits": "مقالات",
    "stats.title": "الأرشيف", "stats.articles": "مقالات", "stats.events": "أحداث",
    "stats.stories": "قصص", "stats.clusters": "عناقيد أحداث",
    "recent": "المقالات",
    "article.events": "أحداث هذه المقالة", "article.none": "لم تُرمَّز أحداث في هذه المقالة.",
    "article.hover": "الجمل المظللة أدلة الأحداث: مرّر المؤشر لترى الترميز والقاعدة.",
    "col.date": "التاريخ", "col.source": "المصدر", "col.target": "الهدف", "col.cameo": "كاميو",
    "col.plover": "بلوفر", "col.goldstein": "غولدشتاين", "col.quad": "الفئة", "col.status": "الحالة",
    "col.article": "المقالة", "col.evidence": "الدليل", "col.rule": "القاعدة", "col.role": "الدور",
    "col.country": "البلد", "col.start": "البداية", "col.end": "النهاية", "col.events": "الأحداث",
    "col.partner": "الشريك", "col.mean": "متوسط غولدشتاين", "col.period": "الفترة",
    "col.as_source": "مصدراً", "col.as_target": "هدفاً", "col.count": "العدد",
    "col.name": "الاسم", "col.examples": "أمثلة", "col.first": "أول", "col.last": "آخر",
    "f.from": "من", "f.to": "إلى", "f.actor": "الفاعل", "f.country": "البلد", "f.dyad": "الثنائية (مصدر-هدف)",
    "f.type": "نوع بلوفر", "f.cameo": "بادئة كاميو", "f.min_sources": "أدنى عدد للمصادر",
    "f.undirected": "الاتجاهان", "f.by": "الفترة", "f.level": "العُقد", "f.apply": "تطبيق",
    "events.more": "المزيد", "events.download": "تنزيل كل ما يطابق:",
    "events.shown": "معروضة من", "events.sort": "انقر عموداً لترتيب الصفوف المحمّلة.",
    "dyad.title": "سلسلة غولدشتاين لثنائية", "dyad.a": "البلد أ", "dyad.b": "البلد ب",
    "dyad.quad": "الأحداث حسب الفئة", "dyad.undated": "أحداث بلا تاريخ (خارج الرسم)",
    "dyad.bars": "الأعمدة: الأحداث", "dyad.line": "الخط: متوسط غولدشتاين",
    "actor.find": "ابحث عن فاعل (الاسم، الاسم العربي، المعرّف أو رمز البلد)…",
    "actor.roles": "الأدوار في المعجم", "actor.coded": "الأدوار كما رُمّزت في الأحداث",
    "actor.timeline": "الأحداث شهرياً", "actor.partners": "أبرز الشركاء", "actor.events": "آخر الأحداث",
    "network.title": "شبكة الفاعلين", "network.none": "لا تفاعلات في هذه الفترة.",
    "network.country": "البلدان", "network.actor": "الفاعلون",
    "review.title": "مراجعة الفاعلين المقترحين",
    "review.help": "أسماء في الأرشيف تبدو فاعلين لا يعرفهم المعجم. أكمل الصف واقبله في معجم المستخدم، ثم أعد ترميز الأرشيف. الكتابة تتطلب RASID_TOKEN الخاص بالخادم.",
    "review.token": "الرمز (RASID_TOKEN)", "review.accept": "قبول", "review.recode": "إعادة ترميز الأرشيف",
    "review.none": "لا اقتراحات.", "review.done": "قُبل", "review.recoded": "أعيد الترميز",
    "quad.1": "تعاون لفظي", "quad.2": "تعاون مادي", "quad.3": "نزاع لفظي", "quad.4": "نزاع مادي",
    "error": "خطأ", "loading": "جارٍ التحميل…", "none": "لا شيء للعرض.",
  },
};

let lang = "en";
try {
  lang = localStorage.getItem("rasid.lang") === "ar" ? "ar" : "en";
} catch (_) {
  lang = "en";
}

export function currentLang() {
  return lang;
}

export function t(key) {
  return STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
}

/** Apply the language to the page: direction, lang attribute, static labels. */
export function applyLang() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  const b = document.getElementById("lang");
  if (b) b.textContent = lang === "ar" ? "English" : "العربية";
}

export function toggleLang() {
  lang = lang === "ar" ? "en" : "ar";
  try {
    localStorage.setItem("rasid.lang", lang);
  } catch (_) {
    // Private mode: the choice lasts for this page only.
  }
  applyLang();
}
