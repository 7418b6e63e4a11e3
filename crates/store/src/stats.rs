//! The analyses users run first, over the [`Store`](crate::Store) interface: event counts
//! by month × country × PLOVER type, dyadic Goldstein series (sum and mean per day, week or
//! month), and QuadClass counts. Each takes mentions (one row per article's event) or, with
//! `per_cluster`, counts each event cluster once.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;

use crate::error::Result;
use crate::export::csv_field;
use crate::model::StoredEvent;
use crate::sqlite::day_number;

/// Keep one mention per cluster when `per_cluster` (the first, by date).
pub fn dedupe(mentions: Vec<StoredEvent>, per_cluster: bool) -> Vec<StoredEvent> {
    if !per_cluster {
        return mentions;
    }
    let mut seen = HashSet::new();
    mentions
        .into_iter()
        .filter(|m| seen.insert(m.cluster))
        .collect()
}

/// `YYYY-MM-DD` of a day number (inverse of [`day_number`]).
pub fn date_of_day(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Period of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    /// ISO weeks, labelled by their Monday.
    Week,
    Month,
}

/// The period label of a date, or `None` for an undated event.
pub fn period_of(date: Option<&str>, by: Period) -> Option<String> {
    let d = date?;
    let n = day_number(d)?;
    Some(match by {
        Period::Day => d[..10].to_string(),
        Period::Week => date_of_day(n - (n + 3).rem_euclid(7)),
        Period::Month => d[..7].to_string(),
    })
}

/// Counts by month × country × PLOVER type as CSV: `month,country,plover_type,as_source,
/// as_target,events` (an event counts once for each distinct country it involves; `events`
/// counts events involving the country either way). Undated events are in month `unknown`,
/// events without a PLOVER type (CAMEO 01) under `-`.
pub fn write_monthly(out: &mut dyn Write, mentions: &[StoredEvent]) -> Result<()> {
    let mut m: BTreeMap<(String, String, String), (u64, u64, u64)> = BTreeMap::new();
    for s in mentions {
        let e = &s.event;
        let month = e
            .date
            .as_deref()
            .and_then(|d| d.get(..7))
            .unwrap_or("unknown")
            .to_string();
        let kind = e.plover.event_type.clone().unwrap_or_else(|| "-".into());
        let sc = e.source.as_ref().and_then(|a| a.country.clone());
        let tc = e.target.as_ref().and_then(|a| a.country.clone());
        if let Some(c) = &sc {
            let v = m
                .entry((month.clone(), c.clone(), kind.clone()))
                .or_default();
            v.0 += 1;
            v.2 += 1;
        }
        if let Some(c) = &tc {
            let v = m
                .entry((month.clone(), c.clone(), kind.clone()))
                .or_default();
            v.1 += 1;
            if sc.as_ref() != Some(c) {
                v.2 += 1;
            }
        }
    }
    writeln!(out, "month,country,plover_type,as_source,as_target,events")?;
    for ((month, c, k), (a, b, t)) in m {
        writeln!(
            out,
            "{month},{},{},{a},{b},{t}",
            csv_field(&c),
            csv_field(&k)
        )?;
    }
    Ok(())
}

/// A dyadic Goldstein series as CSV: `period,events,goldstein_sum,goldstein_mean`
/// (undated events are left out). The caller filters the dyad.
pub fn write_goldstein(out: &mut dyn Write, mentions: &[StoredEvent], by: Period) -> Result<()> {
    let mut m: BTreeMap<String, (u64, f64)> = BTreeMap::new();
    for s in mentions {
        if let Some(p) = period_of(s.event.date.as_deref(), by) {
            let v = m.entry(p).or_default();
            v.0 += 1;
            v.1 += s.event.goldstein;
        }
    }
    writeln!(out, "period,events,goldstein_sum,goldstein_mean")?;
    for (p, (n, sum)) in m {
        writeln!(out, "{p},{n},{:.2},{:.3}", sum, sum / n as f64)?;
    }
    Ok(())
}

/// QuadClass counts as CSV: `quad_class,name,events`.
pub fn write_quad(out: &mut dyn Write, mentions: &[StoredEvent]) -> Result<()> {
    let mut c = [0u64; 5];
    for s in mentions {
        c[usize::from(s.event.quad_class.min(4))] += 1;
    }
    writeln!(out, "quad_class,name,events")?;
    let names = [
        "none",
        "verbal cooperation",
        "material cooperation",
        "verbal conflict",
        "material conflict",
    ];
    for q in 1..=4 {
        writeln!(out, "{q},{},{}", names[q], c[q])?;
    }
    if c[0] > 0 {
        writeln!(out, "0,{},{}", names[0], c[0])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for d in [
            "1970-01-01",
            "2000-02-29",
            "2017-03-02",
            "1999-12-31",
            "2024-12-30",
        ] {
            assert_eq!(date_of_day(day_number(d).unwrap()), d);
        }
        assert_eq!(day_number("1970-01-02"), Some(1));
        // 2017-03-02 was a Thursday; its ISO week starts Monday 2017-02-27.
        assert_eq!(
            period_of(Some("2017-03-02"), Period::Week).as_deref(),
            Some("2017-02-27")
        );
        assert_eq!(
            period_of(Some("2017-02-27"), Period::Week).as_deref(),
            Some("2017-02-27")
        );
        assert_eq!(
            period_of(Some("2017-03-05"), Period::Week).as_deref(),
            Some("2017-02-27")
        );
        assert_eq!(
            period_of(Some("2017-03-02"), Period::Month).as_deref(),
            Some("2017-03")
        );
    }
}
