//! The JSON API end to end: the seed articles ingested into a temporary archive, a real
//! server on an ephemeral loopback port, and every endpoint with its filters, pagination
//! and its answers to bad input (bad dates, unknown ids, huge limits, injection strings,
//! path traversal). Writes need the bearer token.

mod common;

use std::collections::HashSet;

use common::{get, post, raw, shared, start};
use serde_json::Value;

const INJECTION: &str = "' OR 1=1 --";
const TRAVERSAL: &str = "../../etc/passwd";

fn events(q: &[(&str, &str)]) -> Value {
    let r = get(&shared().base, "/api/events", q);
    assert_eq!(r.status, 200, "{q:?}: {}", r.text());
    r.json()
}

fn total(q: &[(&str, &str)]) -> u64 {
    events(q)["total"].as_u64().unwrap()
}

fn bad(path: &str, q: &[(&str, &str)], expect: &str) {
    let r = get(&shared().base, path, q);
    assert_eq!(r.status, 400, "{path} {q:?}: {}", r.text());
    let msg = r.error();
    assert!(
        msg.contains(expect),
        "{path} {q:?}: the message {msg:?} should mention {expect:?}"
    );
}

#[test]
fn every_route_is_in_the_openapi_file_and_every_documented_path_is_served() {
    let r = get(&shared().base, "/api/openapi.json", &[]);
    assert_eq!(r.status, 200);
    let spec = r.json();
    let paths = spec["paths"].as_object().unwrap();
    for (method, route) in rasid_server::ROUTES {
        if !route.starts_with("/api/") {
            continue;
        }
        let op = paths
            .get(*route)
            .unwrap_or_else(|| panic!("{route} is not in openapi.json"))
            .get(method.to_ascii_lowercase())
            .unwrap_or_else(|| panic!("{method} {route} is not in openapi.json"));
        assert!(op["responses"].is_object(), "{route}: no responses");
    }
    for (p, ops) in paths {
        for m in ops.as_object().unwrap().keys() {
            assert!(
                rasid_server::ROUTES
                    .iter()
                    .any(|(rm, rp)| rp == p && rm.eq_ignore_ascii_case(m)),
                "openapi.json documents {m} {p}, which the server does not route"
            );
        }
    }
}

#[test]
fn events_page_with_cursors_through_every_mention_once() {
    let all = events(&[("limit", "1000")]);
    let n = all["total"].as_u64().unwrap() as usize;
    assert!(n >= 20, "the seeds code to more events than {n}");
    assert_eq!(all["events"].as_array().unwrap().len(), n);
    assert!(all["next_cursor"].is_null());
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut q = vec![("limit", "7")];
        if let Some(c) = &cursor {
            q.push(("cursor", c.as_str()));
        }
        let page = events(&q);
        let items = page["events"].as_array().unwrap();
        assert!(items.len() <= 7);
        for e in items {
            seen.push(format!(
                "{}/{}",
                e["event"]["article_id"].as_str().unwrap(),
                e["event"]["event_id"].as_str().unwrap()
            ));
        }
        pages += 1;
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
        assert!(pages < 100, "pagination does not end");
    }
    assert_eq!(pages, n.div_ceil(7));
    assert_eq!(seen.len(), n);
    assert_eq!(
        seen.iter().collect::<HashSet<_>>().len(),
        n,
        "a mention repeats"
    );
    // Dated events come first, in date order.
    let dates: Vec<&str> = all["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["event"]["date"].as_str())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn event_filters_select_what_they_say() {
    let all = total(&[("limit", "1000")]);
    let check = |q: &[(&str, &str)], ok: &dyn Fn(&Value) -> bool| {
        let v = events(q);
        let items = v["events"].as_array().unwrap();
        assert!(!items.is_empty(), "{q:?} selects nothing");
        assert!((items.len() as u64) < all, "{q:?} selects everything");
        for e in items {
            assert!(ok(&e["event"]), "{q:?} let through {e}");
        }
    };
    let country = |e: &Value, side: &str| e[side]["country"].as_str().unwrap_or("").to_string();
    check(&[("country", "tur")], &|e| {
        country(e, "source") == "TUR" || country(e, "target") == "TUR"
    });
    check(&[("dyad", "TUR-LBY")], &|e| {
        country(e, "source") == "TUR" && country(e, "target") == "LBY"
    });
    check(&[("dyad", "LBY-TUR"), ("undirected", "true")], &|e| {
        let pair = [country(e, "source"), country(e, "target")];
        pair.contains(&"LBY".to_string()) && pair.contains(&"TUR".to_string())
    });
    check(&[("type", "consult")], &|e| {
        e["plover"]["event_type"] == "CONSULT"
    });
    check(&[("cameo", "04")], &|e| {
        e["cameo"].as_str().unwrap().starts_with("04")
    });
    check(&[("quad", "1")], &|e| e["quad_class"] == 1);
    check(&[("from", "2017-03-01"), ("to", "2017-03-31")], &|e| {
        e["date"].as_str().is_some_and(|d| d.starts_with("2017-03"))
    });
    check(&[("actor", "Sarraj")], &|e| {
        e.to_string().contains("Sarraj")
    });
    check(&[("actor", "person:fayez-al-sarraj")], &|e| {
        e.to_string().contains("person:fayez-al-sarraj")
    });
    // Arabic names are resolved in the dictionary: a full name, a bare surname, a country.
    let sarraj =
        events(&[("actor", "person:fayez-al-sarraj"), ("limit", "1000")])["events"].clone();
    assert_eq!(
        events(&[("actor", "فايز السراج"), ("limit", "1000")])["events"],
        sarraj
    );
    assert_eq!(
        events(&[("actor", "السراج"), ("limit", "1000")])["events"],
        sarraj
    );
    assert_eq!(total(&[("actor", "تركيا")]), total(&[("country", "TUR")]));
    assert!(total(&[("actor", "تركيا")]) > 0);
    assert_eq!(total(&[("actor", "كلمة لا تعني أحدا")]), 0);
    // Each seed article is its own source, so no cluster has two sources.
    assert_eq!(total(&[("min_sources", "2")]), 0);
    assert_eq!(total(&[("min_sources", "1")]), all);
    // An injection string is a substring to look for, nothing more.
    assert_eq!(total(&[("actor", INJECTION)]), 0);
    assert_eq!(total(&[("source", INJECTION)]), 0);
    assert_eq!(total(&[("actor", TRAVERSAL)]), 0);
}

#[test]
fn bad_event_queries_get_400_with_a_message() {
    for path in ["/api/events", "/api/clusters", "/api/stats", "/api/network"] {
        bad(path, &[("from", "2017-13-45")], "YYYY-MM-DD");
        bad(path, &[("to", "yesterday")], "YYYY-MM-DD");
        bad(
            path,
            &[("from", "2017-03-02"), ("to", "2017-01-01")],
            "after",
        );
        bad(path, &[("from", INJECTION)], "YYYY-MM-DD");
        bad(path, &[("country", INJECTION)], "country");
        bad(path, &[("dyad", "LBY")], "SOURCE-TARGET");
        bad(path, &[("dyad", TRAVERSAL)], "dyad");
        bad(path, &[("type", "HUG")], "PLOVER");
        bad(path, &[("cameo", "04x")], "CAMEO");
        bad(path, &[("quad", "9")], "quad");
        bad(path, &[("frm", "2017-01-01")], "unknown field");
        bad(path, &[("min_sources", "-1")], "query parameters");
    }
    for path in ["/api/events", "/api/clusters", "/api/articles"] {
        bad(path, &[("limit", "1000000")], "limit");
        bad(path, &[("limit", "0")], "limit");
        bad(
            path,
            &[("limit", "99999999999999999999999")],
            "query parameters",
        );
        bad(path, &[("limit", "ten")], "query parameters");
        bad(path, &[("cursor", "nonsense")], "cursor");
        bad(path, &[("cursor", INJECTION)], "cursor");
    }
}

#[test]
fn clusters_group_mentions_and_are_found_by_id() {
    let base = &shared().base;
    let r = get(base, "/api/clusters", &[("limit", "1000")]);
    assert_eq!(r.status, 200);
    let v = r.json();
    let clusters = v["clusters"].as_array().unwrap();
    assert!(!clusters.is_empty());
    let mentions: usize = clusters
        .iter()
        .map(|c| c["mentions"].as_array().unwrap().len())
        .sum();
    assert_eq!(mentions as u64, total(&[("limit", "1000")]));
    // Paging clusters gives the same ones.
    let p1 = get(base, "/api/clusters", &[("limit", "3")]).json();
    let c = p1["next_cursor"].as_str().unwrap().to_string();
    let p2 = get(base, "/api/clusters", &[("limit", "3"), ("cursor", &c)]).json();
    assert_eq!(p2["clusters"][0]["cluster"], clusters[3]["cluster"]);
    let id = clusters[0]["cluster"].as_i64().unwrap();
    let one = get(base, &format!("/api/clusters/{id}"), &[]);
    assert_eq!(one.status, 200);
    assert_eq!(one.json()["cluster"].as_i64(), Some(id));
    assert_eq!(one.json()["mentions"], clusters[0]["mentions"]);
    let none = get(base, "/api/clusters/999999", &[]);
    assert_eq!(none.status, 404);
    assert!(none.error().contains("999999"));
    let r = get(base, "/api/clusters/abc", &[]);
    assert_eq!(r.status, 400);
    assert!(r.error().contains("number"));
}

#[test]
fn articles_carry_their_text_and_every_events_evidence_offsets() {
    let base = &shared().base;
    let list = get(base, "/api/articles", &[("limit", "2")]).json();
    assert_eq!(list["total"], 5);
    assert_eq!(list["articles"].as_array().unwrap().len(), 2);
    let c = list["next_cursor"].as_str().unwrap().to_string();
    let rest = get(base, "/api/articles", &[("limit", "10"), ("cursor", &c)]).json();
    assert_eq!(rest["articles"].as_array().unwrap().len(), 3);
    assert!(rest["next_cursor"].is_null());
    let mut events = 0;
    for a in common::seeds() {
        let r = get(base, &format!("/api/articles/{}", a.id), &[]);
        assert_eq!(r.status, 200, "{}", a.id);
        let v = r.json();
        assert_eq!(v["article"]["id"], a.id.as_str());
        let text: Vec<char> = v["article"]["text"].as_str().unwrap().chars().collect();
        assert_eq!(v["chars"].as_u64(), Some(text.len() as u64));
        for e in v["events"].as_array().unwrap() {
            let ev = &e["evidence"];
            let (s, t) = (
                ev["start"].as_u64().unwrap() as usize,
                ev["end"].as_u64().unwrap() as usize,
            );
            let cut: String = text[s..t].iter().collect();
            assert_eq!(cut, ev["sentence"].as_str().unwrap(), "{}", a.id);
            assert!(e["cameo_name"].is_string(), "{e}");
            assert!(e["rule"].is_string());
            events += 1;
        }
    }
    assert_eq!(events as u64, total(&[("limit", "1000")]));
    let r = get(base, "/api/articles/no-such-article", &[]);
    assert_eq!(r.status, 404);
    assert!(r.error().contains("no-such-article"));
    // Encoded traversal and injection are ids that do not exist.
    let r = get(base, "/api/articles/..%2F..%2Fetc%2Fpasswd", &[]);
    assert_eq!(r.status, 404);
    let r = get(base, "/api/articles/%27%20OR%201%3D1%20--", &[]);
    assert_eq!(r.status, 404);
    let (code, body) = raw(shared().addr, "/api/articles/../../etc/passwd");
    assert_eq!(code, 404);
    assert!(!body.contains("root:"));
}

#[test]
fn search_finds_arabic_spelling_variants_with_highlighted_snippets() {
    let base = &shared().base;
    // 002 spells فايز, 003 فائز: one query finds both.
    let r = get(base, "/api/search", &[("q", "فائز السراج")]);
    assert_eq!(r.status, 200, "{}", r.text());
    let hits = r.json()["hits"].as_array().unwrap().clone();
    let ids: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert!(ids.iter().any(|i| i.starts_with("002")), "{ids:?}");
    assert!(ids.iter().any(|i| i.starts_with("003")), "{ids:?}");
    for h in &hits {
        let parts = h["parts"].as_array().unwrap();
        assert!(parts.iter().any(|p| p["hit"] == true), "{h}");
        let joined: String = parts.iter().map(|p| p["text"].as_str().unwrap()).collect();
        assert_eq!(joined, h["snippet"].as_str().unwrap());
    }
    let r = get(
        base,
        "/api/search",
        &[
            ("q", "السراج"),
            ("from", "2017-03-01"),
            ("to", "2017-03-31"),
        ],
    );
    let ids: Vec<String> = r.json()["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec!["003_de3e210be6a5e36a".to_string()]);
    let r = get(base, "/api/search", &[("q", INJECTION)]);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.json()["hits"].is_array());
    let r = get(base, "/api/search", &[("q", TRAVERSAL)]);
    assert_eq!(r.status, 200);
    bad("/api/search", &[], "q");
    bad("/api/search", &[("q", "  ")], "q");
    bad(
        "/api/search",
        &[("q", "السراج"), ("limit", "5000")],
        "limit",
    );
    bad(
        "/api/search",
        &[("q", "السراج"), ("from", "2017-02-30")],
        "YYYY-MM-DD",
    );
    bad("/api/search", &[("query", "السراج")], "unknown field");
}

#[test]
fn actors_show_dictionary_roles_and_their_events() {
    let base = &shared().base;
    let r = get(base, "/api/actors", &[("q", "sarraj")]);
    assert_eq!(r.status, 200);
    let found = r.json()["actors"].as_array().unwrap().clone();
    assert!(
        found.iter().any(|a| a["id"] == "person:fayez-al-sarraj"),
        "{found:?}"
    );
    let r = get(base, "/api/actors", &[("q", "السراج"), ("kind", "person")]);
    assert!(r.json()["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["id"] == "person:fayez-al-sarraj"));
    let r = get(base, "/api/actors/person:fayez-al-sarraj", &[]);
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    let roles = v["actor"]["roles"].as_array().unwrap();
    assert!(roles
        .iter()
        .any(|r| r["start"] == "2016-03-30" && r["country"] == "LBY"));
    let p = &v["profile"];
    assert!(p["as_source"].as_u64().unwrap() > 3, "{p}");
    assert!(p["as_target"].as_u64().unwrap() >= 1, "{p}");
    let partners: Vec<&str> = p["top_partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert!(partners.iter().any(|n| n.contains("Erdo")), "{partners:?}");
    assert!(!p["timeline"].as_array().unwrap().is_empty());
    assert!(!v["events"].as_array().unwrap().is_empty());
    // A country: every actor of it.
    let r = get(base, "/api/actors/country:TUR", &[]);
    assert_eq!(r.status, 200);
    assert!(r.json()["profile"]["as_source"].as_u64().unwrap() >= 1);
    for id in ["person:nobody", "xx", TRAVERSAL, INJECTION] {
        let r = get(
            base,
            &format!(
                "/api/actors/{}",
                id.replace('/', "%2F")
                    .replace(' ', "%20")
                    .replace('\'', "%27")
                    .replace('=', "%3D")
            ),
            &[],
        );
        assert_eq!(r.status, 404, "{id}: {}", r.text());
        assert!(r.error().contains("no actor"));
    }
    bad("/api/actors", &[("kind", "alien")], "kind");
    bad("/api/actors", &[("limit", "100000")], "limit");
    bad(
        "/api/actors/person:fayez-al-sarraj",
        &[("from", "2017")],
        "YYYY-MM-DD",
    );
}

#[test]
fn dyad_series_sums_goldstein_per_period_with_quad_counts() {
    let base = &shared().base;
    let r = get(
        base,
        "/api/dyad",
        &[("dyad", "LBY-TUR"), ("undirected", "true"), ("by", "month")],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    let series = v["series"].as_array().unwrap();
    assert!(!series.is_empty(), "{v}");
    let dated: u64 = series.iter().map(|p| p["events"].as_u64().unwrap()).sum();
    assert_eq!(
        dated + v["undated"].as_u64().unwrap(),
        v["events"].as_u64().unwrap()
    );
    for p in series {
        let n = p["events"].as_f64().unwrap();
        let sum = p["goldstein_sum"].as_f64().unwrap();
        assert!((p["goldstein_mean"].as_f64().unwrap() - sum / n).abs() < 0.01);
        let quads: u64 = p["quad"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q.as_u64().unwrap())
            .sum();
        assert_eq!(quads, n as u64);
    }
    let quad: u64 = v["quad"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["events"].as_u64().unwrap())
        .sum();
    assert_eq!(quad, v["events"].as_u64().unwrap());
    assert_eq!(
        v["events"].as_u64(),
        Some(total(&[("dyad", "LBY-TUR"), ("undirected", "true")]))
    );
    // Directed: only Libya as source.
    let d = get(base, "/api/dyad", &[("dyad", "LBY-TUR")]).json();
    assert!(d["events"].as_u64() < v["events"].as_u64());
    let w = get(base, "/api/dyad", &[("dyad", "TUR-LBY"), ("by", "week")]).json();
    assert!(w["series"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["period"].as_str().unwrap().len() == 10));
    bad("/api/dyad", &[], "dyad");
    bad("/api/dyad", &[("dyad", "LBY-TUR"), ("by", "year")], "by");
    bad("/api/dyad", &[("dyad", INJECTION)], "dyad");
}

#[test]
fn network_has_weighted_typed_edges_between_known_nodes() {
    let base = &shared().base;
    let v = get(base, "/api/network", &[]).json();
    let nodes: HashSet<&str> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let edges = v["edges"].as_array().unwrap();
    assert!(nodes.contains("LBY") && nodes.contains("TUR"), "{nodes:?}");
    for e in edges {
        assert!(nodes.contains(e["source"].as_str().unwrap()));
        assert!(nodes.contains(e["target"].as_str().unwrap()));
        let by_type: u64 = e["types"]
            .as_object()
            .unwrap()
            .values()
            .map(|x| x.as_u64().unwrap())
            .sum();
        assert_eq!(by_type, e["weight"].as_u64().unwrap());
    }
    assert!(edges
        .iter()
        .any(|e| e["source"] == "TUR" && e["target"] == "LBY"));
    let a = get(base, "/api/network", &[("level", "actor")]).json();
    assert!(a["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["id"] == "person:fayez-al-sarraj"));
    let m = get(
        base,
        "/api/network",
        &[("from", "2017-03-01"), ("to", "2017-03-31")],
    )
    .json();
    assert!(m["edges"].as_array().unwrap().len() < edges.len());
    bad("/api/network", &[("level", "galaxy")], "level");
}

#[test]
fn stats_count_the_archive() {
    let v = get(&shared().base, "/api/stats", &[]).json();
    assert_eq!(v["counts"]["articles"], 5);
    let n = v["counts"]["events"].as_u64().unwrap();
    assert_eq!(v["matching_events"].as_u64(), Some(n));
    let q: u64 = v["quad"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["events"].as_u64().unwrap())
        .sum();
    assert_eq!(q, n);
    let m: u64 = v["months"]
        .as_object()
        .unwrap()
        .values()
        .map(|x| x.as_u64().unwrap())
        .sum();
    assert_eq!(m, n);
    let t = get(&shared().base, "/api/stats", &[("country", "TUR")]).json();
    assert!(t["matching_events"].as_u64().unwrap() < n);
}

#[test]
fn exports_are_files_in_the_store_formats() {
    let base = &shared().base;
    let n = total(&[("limit", "1000")]) as usize;
    let csv = get(base, "/api/events/export", &[("format", "csv")]);
    assert_eq!(csv.status, 200);
    assert!(csv.content_type.starts_with("text/csv"));
    assert!(csv
        .header("content-disposition")
        .unwrap()
        .contains("rasid-events.csv"));
    let text = csv.text();
    assert!(text.starts_with("event_id,cluster,date"));
    assert_eq!(text.lines().count(), n + 1);
    let jsonl = get(
        base,
        "/api/events/export",
        &[("format", "jsonl"), ("dyad", "TUR-LBY")],
    )
    .text();
    let rows: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len() as u64, total(&[("dyad", "TUR-LBY")]));
    assert!(rows.iter().all(|r| r["source"]["country"] == "TUR"));
    let pq = get(
        base,
        "/api/events/export",
        &[("format", "parquet"), ("clusters", "true")],
    );
    assert_eq!(pq.status, 200);
    assert!(pq.body.starts_with(b"PAR1") && pq.body.ends_with(b"PAR1"));
    assert!(pq
        .header("content-disposition")
        .unwrap()
        .contains("rasid-clusters.parquet"));
    let tsv = get(base, "/api/events/export", &[("format", "tsv")]).text();
    assert!(tsv.starts_with("Event ID\tEvent Date"));
    bad(
        "/api/events/export",
        &[("format", "xml")],
        "csv, tsv, jsonl or parquet",
    );
    bad(
        "/api/events/export",
        &[("format", "csv"), ("from", "2017-02-31")],
        "YYYY-MM-DD",
    );
}

#[test]
fn static_files_come_only_from_the_embedded_assets() {
    let s = shared();
    let r = get(&s.base, "/", &[]);
    assert_eq!(r.status, 200);
    assert!(r.content_type.starts_with("text/html"));
    assert!(r
        .header("content-security-policy")
        .unwrap()
        .contains("default-src 'self'"));
    for a in rasid_server::assets::ASSETS {
        let r = get(&s.base, &format!("/static/{}", a.path), &[]);
        assert_eq!(r.status, 200, "{}", a.path);
        assert_eq!(r.content_type, a.mime);
        assert_eq!(r.body, a.bytes);
    }
    for target in [
        "/static/../../etc/passwd",
        "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/%2e%2e/%2e%2e/Cargo.toml",
        "/static/../src/lib.rs",
        "/static//etc/passwd",
        "/static/",
        "/static/app.js/../../../../etc/passwd",
        "/static/assets/app.js",
        "/../../etc/passwd",
    ] {
        let (code, body) = raw(s.addr, target);
        assert_eq!(code, 404, "{target}");
        assert!(!body.contains("root:"), "{target}");
        assert!(!body.contains("[package]"), "{target}");
        assert!(body.contains("\"error\""), "{target}: {body}");
    }
}

#[test]
fn unknown_endpoints_and_methods_answer_in_json() {
    let base = &shared().base;
    let r = get(base, "/api/nothing", &[]);
    assert_eq!(r.status, 404);
    assert!(r.error().contains("openapi"));
    let r = post(base, "/api/events", None, "{}");
    assert_eq!(r.status, 405);
    assert!(r.error().contains("POST"));
}

#[test]
fn writes_need_the_token_then_accept_a_suggestion_and_recode() {
    let token = "test-token-7";
    let s = start(Some(token));
    let sugg = get(&s.base, "/api/suggestions", &[("top", "20")]);
    assert_eq!(sugg.status, 200, "{}", sugg.text());
    let list = sugg.json()["suggestions"].as_array().unwrap().clone();
    for c in &list {
        assert!(c["people_tsv"]
            .as_str()
            .unwrap()
            .contains(c["name_ar"].as_str().unwrap()));
    }
    let body = r#"{"id":"test-person","name":"Test Person","name_ar":"طه الاختبار","country":"LBY","sector":"GOV","role":"adviser","start":"2017-01-01"}"#;
    for auth in [None, Some("wrong"), Some("")] {
        let r = post(&s.base, "/api/suggestions/accept", auth, body);
        assert_eq!(r.status, 401, "{auth:?}");
        assert!(r.error().contains("Bearer"));
        assert_eq!(r.header("www-authenticate"), Some("Bearer"));
        let r = post(&s.base, "/api/recode", auth, "");
        assert_eq!(r.status, 401);
    }
    assert!(
        !s.dict.join("actors/people.tsv").exists(),
        "a refused write wrote"
    );
    // A server without RASID_TOKEN refuses every write.
    let r = post(&shared().base, "/api/recode", Some(""), "");
    assert_eq!(r.status, 401);
    assert!(r.error().contains("RASID_TOKEN"));
    // Bad bodies.
    for (b, expect) in [
        ("not json", "request body"),
        (
            r#"{"id":"../../etc/passwd","name":"x","name_ar":"طه","country":"LBY","sector":"GOV","role":"r"}"#,
            "id=",
        ),
        (
            r#"{"id":"x","name":"x\tTAB","name_ar":"طه","country":"LBY","sector":"GOV","role":"r"}"#,
            "tabs",
        ),
        (
            r#"{"id":"x","name":"x","name_ar":"Latin","country":"LBY","sector":"GOV","role":"r"}"#,
            "Arabic",
        ),
        (
            r#"{"id":"x","name":"x","name_ar":"طه","country":"' OR 1=1 --","sector":"GOV","role":"r"}"#,
            "country",
        ),
        (
            r#"{"id":"x","name":"x","name_ar":"طه","country":"LBY","sector":"GOV","role":"r","start":"2017-13-01"}"#,
            "YYYY-MM-DD",
        ),
    ] {
        let r = post(&s.base, "/api/suggestions/accept", Some(token), b);
        assert_eq!(r.status, 400, "{b}: {}", r.text());
        assert!(r.error().contains(expect), "{b}: {}", r.error());
    }
    let r = post(&s.base, "/api/suggestions/accept", Some(token), body);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["accepted"], "person:test-person");
    let people = std::fs::read_to_string(s.dict.join("actors/people.tsv")).unwrap();
    assert!(
        people.contains("fayez-al-sarraj"),
        "the bundled entries are kept"
    );
    assert!(people
        .lines()
        .any(|l| l.starts_with("test-person\tTest Person\tطه الاختبار")));
    let roles = std::fs::read_to_string(s.dict.join("actors/roles.tsv")).unwrap();
    assert!(roles
        .lines()
        .any(|l| l.starts_with("test-person\t\tLBY\tGOV\tadviser\t2017-01-01")));
    let r = get(&s.base, "/api/actors/person:test-person", &[]);
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["actor"]["roles"][0]["role"], "adviser");
    let r = post(&s.base, "/api/suggestions/accept", Some(token), body);
    assert_eq!(r.status, 409);
    let r = post(&s.base, "/api/recode", Some(token), "");
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["checked"], 5);
    assert!(v["coder_version"]
        .as_str()
        .unwrap()
        .starts_with("rasid-coder/"));
    // A body over the limit is refused from its announced length, before it is read (sent
    // raw: a client still writing the body would see the connection close).
    let (code, response) = common::raw_request(
        s.addr,
        &format!(
            "POST /api/suggestions/accept HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\nConnection: close\r\n\r\n"
        ),
    );
    assert_eq!(code, 413, "{response}");
    assert!(response.contains("\"error\""), "{response}");
}
