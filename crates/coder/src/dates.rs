//! Arabic date expressions: finding them in normalized sentences, resolving
//! them against the article date, and finding the article's own dateline.
//!
//! This module owns:
//! * [`find_dates`]: every date expression in a *normalized* sentence (see
//!   `rasid-text`: أإآ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, no diacritics or tatweel, ASCII
//!   digits), in text order, non-overlapping, leftmost-longest;
//! * [`resolve`]: an expression plus the article date → a calendar date and a
//!   [`Precision`];
//! * [`find_dateline`]: the article's own full date from a dateline or byline
//!   near the top of the text;
//! * a tabular (arithmetical, civil-epoch) Hijri → Gregorian conversion.
//!
//! Recognized: Gregorian month names of every regional set (Egypt/Gulf,
//! Levant/Iraq, Maghreb, Morocco) and the combined press forms "مارس/ اذار",
//! "اذار (مارس)"; Hijri months with a year (followed by "ه" or in 1300–1599);
//! numeric dates (`2017-03-02`, `2017/3/2`, `2/3/2017`, `02.03.2017`, day
//! first); ordinal days ("الثاني من مارس"); weekdays; relative words (اليوم,
//! امس, غدا, قبل يومين, الاسبوع الماضي, الشهر المقبل, العام الماضي …); "الموافق" pairs of a
//! Hijri and a Gregorian date (the Gregorian one wins).
//!
//! Scanning is hand-written over tokens with byte spans (words, digit runs,
//! single punctuation characters): linear in the input, no regexes, and it
//! never panics. The only global state is a read-only table of the words the
//! rules match with clitics, built once ([`Lexicon`]): each word token is looked
//! up in it once, by its few clitic-stripped forms, and the rules then test bits
//! instead of comparing every token with some sixty words.
//!
//! Ambiguity rules (precision over recall):
//! * "اب" (father) and "ماي" need a day before, a year after, "شهر" before or a
//!   relative adjective after ("اب الماضي"); a bare month name ("في مارس")
//!   needs a cue word before it ("في", "خلال", "منذ", …) since "مارس" is
//!   also the verb "practised";
//! * Hijri months need a year ("ه" or 1300–1599) or "شهر" ("صفر" is "zero");
//! * "صلاه/خطبه الجمعه", "الاحد عشر" (eleven), "الواحد الاحد", "كلا الاثنين" are
//!   not weekdays; "اليوم التالي/الوطني/…", "ذلك اليوم" are not today; "الامين
//!   العام السابق" is not last year; "ثوره 25 يناير", "قوي 14 اذار", "مدينه
//!   السادس من اكتوبر" are names, not dates (with a year they are dates);
//! * "غدا" is also the verb "became"; it is taken as tomorrow.
//!
//! Caveat: the Hijri conversion is the tabular Islamic calendar (30-year
//! cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29, epoch
//! 1 Muharram 1 AH = Friday 16 July 622 Julian). Official calendars (Umm
//! al-Qura, or sighting-based ones) can differ from it by ±1 (rarely 2) days,
//! which is why a Gregorian date given with "الموافق" is always preferred.

use jiff::civil::{Date, Weekday};
use rasid_text::fxhash::FxBuildHasher;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// A date expression found in text, before resolution against the article date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateExpr {
    /// A full calendar date stated in the text (day month year, numeric forms,
    /// Hijri converted to Gregorian).
    Explicit(#[serde(with = "serde_date")] Date),
    /// Month and year only ("في شهر نوفمبر 2019", "نوفمبر 2019").
    MonthYear { year: i16, month: i8 },
    /// A year only ("عام 2019", "سنه 2019").
    Year(i16),
    /// Day and month without a year ("02 مارس", "يوم 2 مارس الجاري", "2 مارس الماضي").
    DayMonth { day: i8, month: i8 },
    /// A weekday ("الخميس", "يوم الاثنين", "مساء الخميس").
    Weekday(#[serde(with = "serde_weekday")] Weekday),
    /// A weekday with an explicit direction: "الخميس الماضي" (past: strictly
    /// before the article date), "الخميس المقبل" (strictly after).
    WeekdayRelative {
        #[serde(with = "serde_weekday")]
        weekday: Weekday,
        past: bool,
    },
    /// A weekday of a week relative to the article's (Monday..Sunday) week:
    /// "الخميس الاسبوع الماضي", "يوم الاحد من الاسبوع المقبل" (weeks −1 / +1).
    WeekdayOfWeek {
        #[serde(with = "serde_weekday")]
        weekday: Weekday,
        weeks: i8,
    },
    /// اليوم, اليوم الخميس, هذا الصباح, صباح اليوم, مساء اليوم.
    Today,
    /// امس, بالامس, مساء امس, الليله الماضيه.
    Yesterday,
    /// اول امس, اول من امس, امس الاول.
    DayBeforeYesterday,
    /// "قبل يومين", "قبل أربعة أيام", "منذ ثلاثة أيام": so many days before the article date
    /// (not "قبل يومين من الانتخابات", which counts from another event).
    DaysAgo { days: i8 },
    /// غدا, غدا الخميس, صباح الغد, يوم غد.
    Tomorrow,
    /// بعد غد, بعد الغد.
    DayAfterTomorrow,
    /// الاسبوع الماضي (also مطلع/بدايه الاسبوع الماضي).
    LastWeek,
    /// نهايه الاسبوع الماضي, عطله نهايه الاسبوع الماضي.
    EndOfLastWeek,
    /// هذا الاسبوع, الاسبوع الجاري.
    ThisWeek,
    /// الاسبوع المقبل/القادم.
    NextWeek,
    /// الشهر الماضي.
    LastMonth,
    /// هذا الشهر, الشهر الجاري.
    ThisMonth,
    /// الشهر المقبل/القادم.
    NextMonth,
    /// العام الماضي, السنه الماضيه.
    LastYear,
    /// هذا العام, العام الجاري.
    ThisYear,
    /// العام المقبل, السنه القادمه.
    NextYear,
    /// "نوفمبر الماضي" (past), "مارس المقبل" (future).
    NamedMonthRelative { month: i8, past: bool },
    /// A bare month name after a cue word ("في مارس", "شهر نوفمبر"): the most
    /// recent such month (or the next one when the sentence is future tense).
    NamedMonth { month: i8 },
    /// A month (and maybe a day) of a year relative to the article's year:
    /// "في يونيو من العام الماضي" (years −1), "15 مارس من العام الجاري" (years 0).
    MonthOfRelativeYear {
        month: i8,
        day: Option<i8>,
        years: i8,
    },
    /// A day of a month relative to the article's month: "في 15 من الشهر الجاري"
    /// (months 0), "الخامس من الشهر الماضي" (months −1).
    DayOfRelativeMonth { day: i8, months: i8 },
    /// A Hijri month and year ("رمضان 1440 ه"); resolves to the Gregorian date
    /// of its first day (tabular calendar) with month precision.
    HijriMonthYear { year: i16, month: i8 },
    /// A Hijri month without a year, only after "شهر" ("شهر رمضان").
    HijriMonth { month: i8 },
}

/// A date expression with its byte range in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    pub expr: DateExpr,
    /// Byte range in the input text.
    pub span: Range<usize>,
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

/// Every date expression in a (normalized) sentence, in text order,
/// non-overlapping, longest first.
pub fn find_dates(normalized: &str) -> Vec<DateMatch> {
    let sc = Scanner::new(normalized);
    sc.scan()
        .into_iter()
        .map(|(expr, s, e)| DateMatch {
            expr,
            span: sc.span(s, e),
        })
        .collect()
}

/// How far into the text (in characters) a dateline may start.
const DATELINE_WINDOW_CHARS: usize = 600;

/// The article's own date from a dateline or byline near the top of the text
/// (normalized): the first full date ([`DateExpr::Explicit`]) starting within
/// the first 600 characters. A weekday before it and a clock time after it
/// ("08:53 ص") are included in the span.
pub fn find_dateline(normalized: &str) -> Option<DateMatch> {
    let limit = normalized
        .char_indices()
        .nth(DATELINE_WINDOW_CHARS)
        .map_or(normalized.len(), |(b, _)| b);
    let sc = Scanner::new(normalized);
    for (expr, s, e) in sc.scan() {
        if sc.t[s].start >= limit {
            break;
        }
        if matches!(expr, DateExpr::Explicit(_)) {
            let e = sc.time_after(e);
            return Some(DateMatch {
                expr,
                span: sc.span(s, e),
            });
        }
    }
    None
}

/// Resolve an expression against the article date. `None` when it needs an
/// article date and there is none, or when the result is not a valid date.
///
/// * `Explicit` → (date, Day); `MonthYear`/`HijriMonthYear` → first day, Month;
///   `Year` → 1 January, Year. These need no article date.
/// * `Weekday` → the most recent such weekday on or before the article date
///   (the next one on or after it when `future`); `WeekdayRelative` → strictly
///   before / strictly after.
/// * `Today`, `Yesterday`, … → the article date ± days, Day.
/// * Weeks are Monday..Sunday: `LastWeek`/`ThisWeek`/`NextWeek` → the Monday of
///   that week, Week; `EndOfLastWeek` → the Friday of the previous week (Arab
///   weekends are Friday–Saturday), Week.
/// * Months → the first day of the month, Month; years → 1 January, Year.
/// * `DayMonth` → the most recent such date on or before the article date (the
///   next one on or after it when `future`), Day.
///   The span of "2 مارس الماضي/المقبل" includes the adjective but the
///   direction still comes from `future`.
/// * `WeekdayOfWeek` → that weekday in the Monday..Sunday week `weeks` away, Day.
/// * `NamedMonthRelative` → past: the most recent such month strictly before
///   the article's month; future: the next one strictly after. `NamedMonth`
///   → the most recent on or before (next on or after when `future`).
pub fn resolve(
    expr: &DateExpr,
    article_date: Option<Date>,
    future: bool,
) -> Option<(Date, Precision)> {
    use DateExpr as E;
    use Precision as P;
    match *expr {
        E::Explicit(d) => return Some((d, P::Day)),
        E::MonthYear { year, month } => {
            return Some((ymd(year.into(), month.into(), 1)?, P::Month));
        }
        E::Year(y) => return Some((ymd(y.into(), 1, 1)?, P::Year)),
        E::HijriMonthYear { year, month } => {
            if !(1..=12).contains(&month) || year < 1 {
                return None;
            }
            let n = hijri_to_days(year.into(), month.into(), 1);
            return Some((days_to_date(n)?, P::Month));
        }
        _ => {}
    }
    let a = article_date?;
    let n = date_to_days(a);
    let (y, m) = (i64::from(a.year()), i64::from(a.month()));
    let cur = weekday_of_days(n);
    let monday = n - cur;
    let day = |k: i64| days_to_date(n + k).map(|d| (d, P::Day));
    match *expr {
        E::Weekday(w) => {
            let t = weekday_index(w);
            let delta = if future {
                (t - cur).rem_euclid(7)
            } else {
                -(cur - t).rem_euclid(7)
            };
            day(delta)
        }
        E::WeekdayRelative { weekday, past } => {
            let t = weekday_index(weekday);
            let delta = if past {
                let back = (cur - t).rem_euclid(7);
                -(if back == 0 { 7 } else { back })
            } else {
                let fwd = (t - cur).rem_euclid(7);
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            };
            day(delta)
        }
        E::WeekdayOfWeek { weekday, weeks } => {
            day(-cur + 7 * i64::from(weeks) + weekday_index(weekday))
        }
        E::Today => day(0),
        E::Yesterday => day(-1),
        E::DayBeforeYesterday => day(-2),
        E::DaysAgo { days } => day(-i64::from(days)),
        E::Tomorrow => day(1),
        E::DayAfterTomorrow => day(2),
        E::LastWeek => Some((days_to_date(monday - 7)?, P::Week)),
        E::EndOfLastWeek => Some((days_to_date(monday - 7 + 4)?, P::Week)),
        E::ThisWeek => Some((days_to_date(monday)?, P::Week)),
        E::NextWeek => Some((days_to_date(monday + 7)?, P::Week)),
        E::LastMonth | E::ThisMonth | E::NextMonth => {
            let delta = match *expr {
                E::LastMonth => -1,
                E::ThisMonth => 0,
                _ => 1,
            };
            let (yy, mm) = add_months(y, m, delta);
            Some((ymd(yy, mm, 1)?, P::Month))
        }
        E::LastYear => Some((ymd(y - 1, 1, 1)?, P::Year)),
        E::ThisYear => Some((ymd(y, 1, 1)?, P::Year)),
        E::NextYear => Some((ymd(y + 1, 1, 1)?, P::Year)),
        E::NamedMonthRelative { month, past } => {
            let month = i64::from(month);
            let yy = match (past, month < m, month > m) {
                (true, true, _) => y,
                (true, false, _) => y - 1,
                (false, _, true) => y,
                (false, _, false) => y + 1,
            };
            Some((ymd(yy, month, 1)?, P::Month))
        }
        E::NamedMonth { month } => {
            let month = i64::from(month);
            let yy = if future {
                if month >= m {
                    y
                } else {
                    y + 1
                }
            } else if month <= m {
                y
            } else {
                y - 1
            };
            Some((ymd(yy, month, 1)?, P::Month))
        }
        E::MonthOfRelativeYear { month, day, years } => {
            let yy = y + i64::from(years);
            match day {
                Some(d) => Some((ymd(yy, month.into(), d.into())?, P::Day)),
                None => Some((ymd(yy, month.into(), 1)?, P::Month)),
            }
        }
        E::DayOfRelativeMonth { day, months } => {
            let (yy, mm) = add_months(y, m, months.into());
            Some((ymd(yy, mm, day.into())?, P::Day))
        }
        E::DayMonth { day, month } => {
            // Feb 29 may need to look several years away; 8 covers any leap gap.
            for k in 0..8 {
                let yy = if future { y + k } else { y - k };
                if let Some(d) = ymd(yy, month.into(), day.into()) {
                    if (future && d >= a) || (!future && d <= a) {
                        return Some((d, P::Day));
                    }
                }
            }
            None
        }
        E::HijriMonth { month } => {
            if !(1..=12).contains(&month) {
                return None;
            }
            let month = i64::from(month);
            let hy = hijri_year_of_days(n);
            let start = |yy: i64| hijri_to_days(yy, month, 1);
            let next_start = |yy: i64| {
                if month == 12 {
                    hijri_to_days(yy + 1, 1, 1)
                } else {
                    hijri_to_days(yy, month + 1, 1)
                }
            };
            let found = if future {
                // The current one if we are inside it, else the next one.
                (hy - 1..=hy + 1).find(|&yy| next_start(yy) > n).map(start)
            } else {
                (hy - 1..=hy + 1).rev().map(start).find(|&s| s <= n)
            };
            Some((days_to_date(found?)?, P::Month))
        }
        E::Explicit(_) | E::MonthYear { .. } | E::Year(_) | E::HijriMonthYear { .. } => None,
    }
}

// ---------------------------------------------------------------------------
// Calendar arithmetic (days since 1970-01-01, proleptic Gregorian).

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn ymd(y: i64, m: i64, d: i64) -> Option<Date> {
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

fn date_to_days(d: Date) -> i64 {
    days_from_civil(d.year().into(), d.month().into(), d.day().into())
}

fn days_to_date(n: i64) -> Option<Date> {
    // Keep far outside jiff's range away from the arithmetic.
    if !(-4_000_000..=3_000_000).contains(&n) {
        return None;
    }
    let (y, m, d) = civil_from_days(n);
    ymd(y, m, d)
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
fn weekday_of_days(n: i64) -> i64 {
    (n + 3).rem_euclid(7)
}

fn weekday_index(w: Weekday) -> i64 {
    match w {
        Weekday::Monday => 0,
        Weekday::Tuesday => 1,
        Weekday::Wednesday => 2,
        Weekday::Thursday => 3,
        Weekday::Friday => 4,
        Weekday::Saturday => 5,
        Weekday::Sunday => 6,
    }
}

fn add_months(y: i64, m: i64, delta: i64) -> (i64, i64) {
    let t = y * 12 + (m - 1) + delta;
    (t.div_euclid(12), t.rem_euclid(12) + 1)
}

fn max_days_in_month(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Julian Day Number of 1970-01-01.
const JDN_UNIX_EPOCH: i64 = 2_440_588;
/// Julian Day Number of 1 Muharram 1 AH in the civil ("Friday") epoch.
const JDN_HIJRI_EPOCH: i64 = 1_948_440;

/// Days since 1970-01-01 of a Hijri date in the tabular Islamic calendar.
/// Months alternate 30/29 days (month 12 has 30 in leap years); a day 30 in a
/// 29-day month rolls over to the next month's first day.
fn hijri_to_days(y: i64, m: i64, d: i64) -> i64 {
    let jdn = d
        + (59 * (m - 1) + 1) / 2 // ceil(29.5 * (m - 1))
        + (y - 1) * 354
        + (3 + 11 * y).div_euclid(30)
        + JDN_HIJRI_EPOCH
        - 1;
    jdn - JDN_UNIX_EPOCH
}

/// The tabular Hijri year containing a day (days since 1970-01-01).
fn hijri_year_of_days(n: i64) -> i64 {
    let jdn = n + JDN_UNIX_EPOCH;
    let mut y = (30 * (jdn - JDN_HIJRI_EPOCH) + 10_646).div_euclid(10_631);
    // The estimate is exact or off by one; settle it.
    for _ in 0..3 {
        if hijri_to_days(y + 1, 1, 1) <= n {
            y += 1;
        } else if hijri_to_days(y, 1, 1) > n {
            y -= 1;
        } else {
            break;
        }
    }
    y
}

fn hijri_date(y: u32, m: u32, d: u32) -> Option<Date> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) || !(1..=2000).contains(&y) {
        return None;
    }
    days_to_date(hijri_to_days(y.into(), m.into(), d.into()))
}

// ---------------------------------------------------------------------------
// Tokens.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
}

fn is_word_char(c: char) -> bool {
    rasid_text::chars::is_alphabetic(c)
        || ('\u{064B}'..='\u{065F}').contains(&c)
        || c == '\u{0670}'
        || c == 'ـ'
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{2066}'..='\u{2069}')
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if is_word_char(c) {
            Kind::Word
        } else if is_space(c) {
            continue;
        } else {
            Kind::Punct
        };
        let mut end = b + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(b2, c2)) = it.peek() {
                let same = match kind {
                    Kind::Num => c2.is_ascii_digit(),
                    _ => is_word_char(c2),
                };
                if !same {
                    break;
                }
                end = b2 + c2.len_utf8();
                it.next();
            }
        }
        out.push(Tok {
            kind,
            text: &s[b..end],
            start: b,
            end,
        });
    }
    out
}

/// Does `w` equal `target` once clitics are stripped? A conjunction (و ف) may
/// precede; a preposition (ب ل ك) may follow it when the target is definite
/// (ل + ال → لل), or for any target when `loose` ("لعام", "بشهر").
#[cfg(test)]
fn cl_match(w: &str, target: &str, loose: bool) -> bool {
    if w == target {
        return true;
    }
    // Fast rejection (the scanner asks this for every word and every name): whatever the
    // clitics, a match leaves a suffix of `w` equal to a suffix of `target`, so both end in
    // the same byte, and at most three one-letter clitics (4 bytes net) come off `w`.
    if let Some(&last) = target.as_bytes().last() {
        if w.len() > target.len() + 4 || w.as_bytes().last() != Some(&last) {
            return false;
        }
    }
    let definite = target.starts_with("ال");
    let conj_stripped = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
    for base in [Some(w), conj_stripped].into_iter().flatten() {
        if base == target {
            return true;
        }
        if !(definite || loose) {
            continue;
        }
        for p in ['ب', 'ل', 'ك'] {
            if let Some(r) = base.strip_prefix(p) {
                if r == target {
                    return true;
                }
                if p == 'ل' && definite {
                    if let (Some(r2), Some(t2)) = (r.strip_prefix('ل'), target.strip_prefix("ال"))
                    {
                        if r2 == t2 {
                            return true;
                        }
                    }
                }
            }
        }
    }
    false
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cal {
    Greg,
    Hijri,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Rel {
    Past,
    Current,
    Future,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Unit {
    Week,
    Month,
    Year,
}

#[derive(Clone, Copy, Debug)]
struct MonthName {
    num: u32,
    cal: Cal,
    /// "اب", "ماي": common words too; need a day before or a year after.
    ambiguous: bool,
    end: usize,
}

fn greg_month_word(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "يناير" | "جانفي" | "ينار" => (1, false),
        "فبراير" | "فيفري" | "فبرير" | "شباط" => (2, false),
        "مارس" | "اذار" => (3, false),
        "ابريل" | "افريل" | "نيسان" => (4, false),
        "مايو" | "ايار" | "مايس" => (5, false),
        "ماي" => (5, true),
        "يونيو" | "يونيه" | "جوان" | "حزيران" => (6, false),
        "يوليو" | "يوليه" | "يوليوز" | "جويليه" | "تموز" => (7, false),
        "اغسطس" | "اوت" | "غشت" => (8, false),
        "اب" => (8, true),
        "سبتمبر" | "ايلول" | "شتنبر" => (9, false),
        "اكتوبر" => (10, false),
        "نوفمبر" | "نونبر" => (11, false),
        "ديسمبر" | "دجنبر" => (12, false),
        _ => return None,
    })
}

fn hijri_month_word(w: &str) -> Option<u32> {
    Some(match w {
        "محرم" | "المحرم" => 1,
        "صفر" => 2,
        "رجب" => 7,
        "شعبان" => 8,
        "رمضان" => 9,
        "شوال" => 10,
        _ => return None,
    })
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("الاحد", Weekday::Sunday),
    ("الاثنين", Weekday::Monday),
    ("الثلاثاء", Weekday::Tuesday),
    ("الاربعاء", Weekday::Wednesday),
    ("الخميس", Weekday::Thursday),
    ("الجمعه", Weekday::Friday),
    ("السبت", Weekday::Saturday),
];

const PAST_ADJ: &[&str] = &[
    "الماضي",
    "الماضيه",
    "المنصرم",
    "المنصرمه",
    "الفائت",
    "الفائته",
    "السابق",
    "السابقه",
];
const FUTURE_ADJ: &[&str] = &["المقبل", "المقبله", "القادم", "القادمه"];
const CURRENT_ADJ: &[&str] = &["الجاري", "الجاريه", "الحالي", "الحاليه"];

/// Time-of-day words that may precede a day expression ("مساء امس", "صباح الخميس").
const TIME_OF_DAY: &[&str] = &[
    "صباح",
    "مساء",
    "ظهر",
    "عصر",
    "ليل",
    "ليله",
    "فجر",
    "ظهيره",
    "صبيحه",
    "عشيه",
];

/// Words after which a bare month name is a month ("في مارس", "خلال نوفمبر").
const MONTH_CUES: &[&str] = &[
    "في",
    "خلال",
    "منذ",
    "حتي",
    "قبل",
    "بعد",
    "مطلع",
    "منتصف",
    "اواخر",
    "اوائل",
    "بدايه",
    "نهايه",
    "اواسط",
    "مستهل",
    "ختام",
    "حلول",
    "طوال",
    "طيله",
];

/// Words before "اليوم" that make it "that day", not today.
const NOT_TODAY_BEFORE: &[&str] = &["ذلك", "نفس", "ذات", "تلك"];
/// Words after "اليوم" that make it "the (next, national, …) day", not today.
const NOT_TODAY_AFTER: &[&str] = &[
    "التالي",
    "السابق",
    "الموالي",
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الاخير",
    "الاخر",
    "الوطني",
    "العالمي",
    "الدولي",
    "العربي",
    "نفسه",
    "ذاته",
    "الذي",
    "المحدد",
    "المقرر",
    "المفتوح",
    "الدراسي",
    "الختامي",
    "الافتتاحي",
    "الموعود",
    "المشهود",
    "الاربعين",
];

/// Nouns before "العام" where it means "general" ("الامين العام السابق").
const GENERAL_NOUNS: &[&str] = &[
    "الامين",
    "المدعي",
    "النائب",
    "الراي",
    "القطاع",
    "المال",
    "المدير",
    "المفوض",
    "القائد",
    "المراقب",
    "المنسق",
    "الاضراب",
    "النظام",
    "الصالح",
    "الشان",
    "الامن",
    "الموتمر",
    "الاتحاد",
    "الادعاء",
    "المرشد",
    "المحامي",
];

/// Words before a day-and-month that make it a name ("ثوره 25 يناير",
/// "قوي 14 اذار", "مدينه السادس من اكتوبر"), not an event date.
const EVENT_NAME_BEFORE: &[&str] = &[
    "مدينه",
    "ثوره",
    "حركه",
    "حرب",
    "جسر",
    "ميدان",
    "شارع",
    "كوبري",
    "احداث",
    "هجمات",
    "انتفاضه",
    "تيار",
    "ائتلاف",
    "اتلاف",
    "قوي",
    "تحالف",
    "فريق",
    "معسكر",
    "كتله",
    "ذكري",
];

const HIJRI_MARKERS: &[&str] = &["ه", "هـ", "هجري", "هجريه", "للهجره", "هجريا"];
const GREG_MARKERS: &[&str] = &["م", "ميلادي", "ميلاديه", "للميلاد", "ميلاديا"];

/// The single words and short lists the rules below match with clitics (`Scanner::is`,
/// `is_loose`, `is_any`, `is_any_loose`, `prev_is_any_loose`), besides the named lists
/// [`TIME_OF_DAY`], [`MONTH_CUES`], [`GENERAL_NOUNS`], [`EVENT_NAME_BEFORE`] and the
/// weekdays. Every target of those calls must be here or in one of those lists (the test
/// `every_clitic_target_is_in_the_lexicon` reads this file to make sure).
const CLITIC_WORDS: &[&str] = &[
    "يوم",
    "صلاه",
    "خطبه",
    "الواحد",
    "كلا",
    "الموافق",
    "امس",
    "الامس",
    "اليوم",
    "اول",
    "البارحه",
    "غدا",
    "بعد",
    "هذا",
    "هذه",
    "الليله",
    "الاسبوع",
    "الشهر",
    "العام",
    "السنه",
    "عطله",
    "نهايه",
    "اواخر",
    "ختام",
    "مطلع",
    "بدايه",
    "اوائل",
    "مستهل",
    "منتصف",
    "اواسط",
    "شهر",
    "عام",
    "سنه",
];

type FxMap<V> = HashMap<&'static str, V, FxBuildHasher>;

/// Every word the scanner matches with clitics ([`cl_match`]), one bit each. A word token's
/// bits ([`Lexicon::bits`]) say which of them it matches, strictly and loosely, so that
/// `cl_match(token, target, loose)` is one bit test, and a token with no bits (most of them)
/// matches none of them.
struct Lexicon {
    bit: FxMap<u128>,
    /// The target of each bit.
    names: Vec<&'static str>,
    /// Definite targets ("ال…") by what follows the article: the ل+ال → لل form.
    definite_rest: FxMap<u128>,
    /// The bits of the definite targets.
    definite: u128,
    /// Shortest and longest target, in bytes: other lengths need no lookup.
    min_len: usize,
    max_len: usize,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            bit: FxMap::default(),
            names: Vec::new(),
            definite_rest: FxMap::default(),
            definite: 0,
            min_len: usize::MAX,
            max_len: 0,
        };
        let words = TIME_OF_DAY
            .iter()
            .chain(MONTH_CUES)
            .chain(GENERAL_NOUNS)
            .chain(EVENT_NAME_BEFORE)
            .chain(WEEKDAYS.iter().map(|(w, _)| w))
            .chain(CLITIC_WORDS);
        for &w in words {
            let n = lex.bit.len();
            if lex.bit.contains_key(w) || n >= 128 {
                // The test `lexicon_fits_in_128_bits` keeps the second case from happening.
                continue;
            }
            let b = 1u128 << n;
            lex.bit.insert(w, b);
            lex.names.push(w);
            if let Some(rest) = w.strip_prefix("ال") {
                lex.definite |= b;
                *lex.definite_rest.entry(rest).or_insert(0) |= b;
            }
            lex.min_len = lex.min_len.min(w.len());
            lex.max_len = lex.max_len.max(w.len());
        }
        lex
    }

    #[inline]
    fn get(&self, form: &str) -> u128 {
        if form.len() < self.min_len || form.len() > self.max_len {
            return 0;
        }
        self.bit.get(form).copied().unwrap_or(0)
    }

    /// The targets word `w` matches: (strictly, loosely), as [`cl_match`] decides.
    fn bits(&self, w: &str) -> (u128, u128) {
        let mut strict = 0;
        let mut loose_only = 0;
        let conj_stripped = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
        for base in [Some(w), conj_stripped].into_iter().flatten() {
            strict |= self.get(base);
            for p in ['ب', 'ل', 'ك'] {
                if let Some(r) = base.strip_prefix(p) {
                    let m = self.get(r);
                    strict |= m & self.definite;
                    loose_only |= m;
                    if p == 'ل' {
                        if let Some(r2) = r.strip_prefix('ل') {
                            strict |= self.definite_rest.get(r2).copied().unwrap_or(0);
                        }
                    }
                }
            }
        }
        (strict, strict | loose_only)
    }
}

type Found = Option<(DateExpr, usize)>;

struct Scanner<'a> {
    t: Vec<Tok<'a>>,
    /// Per token, the [`Lexicon`] targets it matches: (strictly, loosely); zero for
    /// numbers and punctuation.
    bits: Vec<(u128, u128)>,
    lex: &'static Lexicon,
}

impl<'a> Scanner<'a> {
    fn new(s: &'a str) -> Self {
        let lex = lexicon();
        let t = tokenize(s);
        let bits = t
            .iter()
            .map(|t| match t.kind {
                Kind::Word => lex.bits(t.text),
                _ => (0, 0),
            })
            .collect();
        Scanner { t, bits, lex }
    }

    /// [`cl_match`] of token `i` (a word) and `target`, from the token's lexicon bits.
    #[inline]
    fn matches(&self, i: usize, target: &str, loose: bool) -> bool {
        let Some(&(strict, loosely)) = self.bits.get(i) else {
            return false;
        };
        let bits = if loose { loosely } else { strict };
        // Every target is in the lexicon (see the test `every_clitic_target_is_in_the_lexicon`),
        // so a token matches `target` when one of its bits names it. A token has few bits (most
        // none), so comparing their names is cheaper than hashing `target`.
        let mut rest = bits;
        while rest != 0 {
            let k = rest.trailing_zeros() as usize;
            if self.lex.names.get(k) == Some(&target) {
                return true;
            }
            rest &= rest - 1;
        }
        false
    }

    fn span(&self, s: usize, e: usize) -> Range<usize> {
        match (self.t.get(s), e.checked_sub(1).and_then(|k| self.t.get(k))) {
            (Some(a), Some(b)) if b.end >= a.start => a.start..b.end,
            _ => 0..0,
        }
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.t
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text)
    }

    fn exact(&self, i: usize, target: &str) -> bool {
        self.word(i) == Some(target)
    }

    fn exact_any(&self, i: usize, targets: &[&str]) -> bool {
        self.word(i).is_some_and(|w| targets.contains(&w))
    }

    /// Word match allowing clitics (see [`cl_match`]).
    fn is(&self, i: usize, target: &str) -> bool {
        self.matches(i, target, false)
    }

    fn is_loose(&self, i: usize, target: &str) -> bool {
        self.matches(i, target, true)
    }

    fn is_any(&self, i: usize, targets: &[&str]) -> bool {
        self.bits.get(i).is_some_and(|b| b.0 != 0)
            && targets.iter().any(|t| self.matches(i, t, false))
    }

    fn is_any_loose(&self, i: usize, targets: &[&str]) -> bool {
        self.bits.get(i).is_some_and(|b| b.1 != 0)
            && targets.iter().any(|t| self.matches(i, t, true))
    }

    fn prev_is_any_loose(&self, i: usize, targets: &[&str]) -> bool {
        i.checked_sub(1)
            .is_some_and(|p| self.is_any_loose(p, targets))
    }

    /// (value, digit count); `None` for runs too long to be a date part.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.t.get(i).filter(|t| t.kind == Kind::Num)?;
        if t.text.len() > 9 {
            return None;
        }
        Some((t.text.parse().ok()?, t.text.len()))
    }

    fn punct(&self, i: usize) -> Option<char> {
        self.t
            .get(i)
            .filter(|t| t.kind == Kind::Punct)
            .and_then(|t| t.text.chars().next())
    }

    /// Token `i` touches token `i - 1` (no space between).
    fn adj(&self, i: usize) -> bool {
        i > 0 && i < self.t.len() && self.t[i].start == self.t[i - 1].end
    }

    fn rel_adj(&self, i: usize) -> Option<Rel> {
        let w = self.word(i)?;
        if PAST_ADJ.contains(&w) {
            Some(Rel::Past)
        } else if FUTURE_ADJ.contains(&w) {
            Some(Rel::Future)
        } else if CURRENT_ADJ.contains(&w) {
            Some(Rel::Current)
        } else {
            None
        }
    }

    fn marker_at(&self, i: usize) -> Option<Cal> {
        let w = self.word(i)?;
        if HIJRI_MARKERS.contains(&w) {
            Some(Cal::Hijri)
        } else if GREG_MARKERS.contains(&w) {
            Some(Cal::Greg)
        } else {
            None
        }
    }

    // -- the scan ---------------------------------------------------------

    fn scan(&self) -> Vec<(DateExpr, usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.t.len() {
            if let Some((expr, end)) = self.match_at(i) {
                if end > i {
                    out.push((expr, i, end));
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// The longest expression starting at token `i`.
    fn match_at(&self, i: usize) -> Found {
        let mut best: Found = None;
        let mut pick = |c: Found| {
            if let Some(c) = c {
                if !matches!(&best, Some(b) if b.1 >= c.1) {
                    best = Some(c);
                }
            }
        };
        let j = self.prefix(i);
        if j > i {
            pick(self.weekday_led(j));
            pick(self.date_led(j));
            pick(self.relative_day(j, true));
        }
        pick(self.weekday_led(i));
        pick(self.date_led(i));
        pick(self.relative_day(i, false));
        pick(self.period(i));
        pick(self.month_led(i));
        pick(self.year_led(i));
        best
    }

    /// Skips "صباح", "مساء", … and/or "يوم" before a day expression.
    fn prefix(&self, i: usize) -> usize {
        let mut j = i;
        if self.is_any(j, TIME_OF_DAY) {
            j += 1;
        }
        if self.is_loose(j, "يوم") {
            j += 1;
        }
        j
    }

    // -- weekdays ---------------------------------------------------------

    fn weekday_at(&self, i: usize) -> Option<Weekday> {
        let (name, wd) = WEEKDAYS.iter().find(|(n, _)| self.is(i, n))?;
        match *name {
            "الجمعه" => {
                // "صلاه الجمعه" (Friday prayer), "خطبه الجمعه" (sermon): institutions.
                let mut p = i;
                if p > 0 && self.is_loose(p - 1, "يوم") {
                    p -= 1;
                }
                if self.prev_is_any_loose(p, &["صلاه", "خطبه"]) {
                    return None;
                }
            }
            // "الاحد عشر" = eleven; "الواحد الاحد" = the One (God).
            "الاحد" if self.exact(i + 1, "عشر") || self.prev_is_any_loose(i, &["الواحد"]) => {
                return None
            }
            // "كلا الاثنين" = both.
            "الاثنين" if self.prev_is_any_loose(i, &["كلا"]) => return None,
            _ => {}
        }
        Some(*wd)
    }

    /// After a weekday: ", 02 مارس 2017", " الموافق 2/3/2017", " 2 مارس الجاري".
    fn after_weekday(&self, k: usize) -> Found {
        let mut j = k;
        if matches!(self.punct(j), Some(',' | '،' | '-')) {
            j += 1;
        }
        if self.is(j, "الموافق") {
            j += 1;
            if self.exact_any(j, &["ل", "لـ"]) {
                j += 1;
            }
        }
        self.date_led(j)
    }

    fn weekday_led(&self, i: usize) -> Found {
        let wd = self.weekday_at(i)?;
        let k = i + 1;
        if let Some(r) = self.after_weekday(k) {
            return Some(r);
        }
        let j = if self.exact(k, "من") { k + 1 } else { k };
        if let Some((Unit::Week, rel, end)) = self.unit_rel_at(j) {
            let weeks = rel_offset(rel);
            return Some((DateExpr::WeekdayOfWeek { weekday: wd, weeks }, end));
        }
        match self.rel_adj(k) {
            Some(Rel::Past) => Some((
                DateExpr::WeekdayRelative {
                    weekday: wd,
                    past: true,
                },
                k + 1,
            )),
            Some(Rel::Future) => Some((
                DateExpr::WeekdayRelative {
                    weekday: wd,
                    past: false,
                },
                k + 1,
            )),
            _ => Some((DateExpr::Weekday(wd), k)),
        }
    }

    /// "اليوم الخميس", "امس الاربعاء": the weekday is redundant and joins the
    /// span; a full date after it wins ("اليوم الخميس 2 مارس 2017").
    fn with_weekday(&self, expr: DateExpr, k: usize) -> (DateExpr, usize) {
        let mut j = k;
        if matches!(self.punct(j), Some(',' | '،')) {
            j += 1;
        }
        if self.weekday_at(j).is_some() {
            if let Some((e2, end)) = self.after_weekday(j + 1) {
                if matches!(e2, DateExpr::Explicit(_)) {
                    return (e2, end);
                }
                return (expr, end);
            }
            return (expr, j + 1);
        }
        (expr, k)
    }

    // -- relative days ------------------------------------------------------

    fn is_yesterday_word(&self, i: usize) -> bool {
        (self.is(i, "امس") || self.is(i, "الامس")) && !self.exact(i + 1, "القريب")
    }

    fn relative_day(&self, j: usize, prefixed: bool) -> Found {
        use DateExpr as E;
        if self.is(j, "اليوم") {
            let excluded = (j > 0 && self.exact_any(j - 1, NOT_TODAY_BEFORE))
                || self.exact_any(j + 1, NOT_TODAY_AFTER);
            if excluded {
                return None;
            }
            return Some(self.with_weekday(E::Today, j + 1));
        }
        if self.is(j, "اول") {
            let mut k = j + 1;
            if self.exact(k, "من") {
                k += 1;
            }
            if self.is_yesterday_word(k) {
                return Some(self.with_weekday(E::DayBeforeYesterday, k + 1));
            }
            return None;
        }
        if self.is_yesterday_word(j) {
            if self.exact(j + 1, "الاول") {
                return Some(self.with_weekday(E::DayBeforeYesterday, j + 2));
            }
            return Some(self.with_weekday(E::Yesterday, j + 1));
        }
        // "البارحة" is yesterday (last night); "البارحة الأولى" the night before it.
        if self.is(j, "البارحه") {
            if self.exact(j + 1, "الاولي") {
                return Some(self.with_weekday(E::DayBeforeYesterday, j + 2));
            }
            return Some(self.with_weekday(E::Yesterday, j + 1));
        }
        if !prefixed && (self.exact(j, "قبل") || self.exact(j, "منذ")) {
            return self.days_ago(j + 1);
        }
        if self.is(j, "غدا") {
            return Some(self.with_weekday(E::Tomorrow, j + 1));
        }
        if prefixed && (self.exact(j, "غد") || self.exact(j, "الغد")) {
            return Some(self.with_weekday(E::Tomorrow, j + 1));
        }
        if !prefixed && self.is(j, "بعد") && self.exact_any(j + 1, &["غد", "الغد"]) {
            return Some((E::DayAfterTomorrow, j + 2));
        }
        if !prefixed && self.is(j, "هذا") && self.exact_any(j + 1, &["الصباح", "المساء"])
        {
            return Some((E::Today, j + 2));
        }
        if !prefixed && self.is(j, "هذه") && self.exact(j + 1, "الليله") {
            return Some((E::Today, j + 2));
        }
        if !prefixed && self.is(j, "الليله") && self.exact_any(j + 1, &["الماضيه", "الفائته"])
        {
            return Some((E::Yesterday, j + 2));
        }
        None
    }

    /// "يومين", "أربعة أيام", "3 أيام", "عشرة أيام" at `k` (after قبل/منذ): days back, unless
    /// "من"/"على" follows (counted from another event: "قبل يومين من الانتخابات").
    fn days_ago(&self, k: usize) -> Found {
        use DateExpr as E;
        const COUNTS: [(&str, i8); 9] = [
            ("ثلاثه", 3),
            ("اربعه", 4),
            ("خمسه", 5),
            ("سته", 6),
            ("سبعه", 7),
            ("ثمانيه", 8),
            ("تسعه", 9),
            ("عشره", 10),
            ("بضعه", 0),
        ];
        let (days, end) = if self.exact(k, "يومين") {
            (2, k + 1)
        } else {
            let n = self
                .word(k)
                .and_then(|w| COUNTS.iter().find(|(c, _)| *c == w).map(|(_, n)| *n))
                .or_else(|| {
                    let (v, _) = self.num(k)?;
                    i8::try_from(v).ok()
                })?;
            if !(self.exact(k + 1, "ايام") || self.exact(k + 1, "يوما")) || !(2..=30).contains(&n)
            {
                return None;
            }
            (n, k + 2)
        };
        if self.exact_any(end, &["من", "علي"]) {
            return None;
        }
        Some((E::DaysAgo { days }, end))
    }

    // -- weeks, months, years relative to the article ---------------------

    fn unit_at(&self, i: usize) -> Option<Unit> {
        if self.is(i, "الاسبوع") {
            Some(Unit::Week)
        } else if self.is(i, "الشهر") {
            Some(Unit::Month)
        } else if self.is(i, "العام") || self.is(i, "السنه") {
            Some(Unit::Year)
        } else {
            None
        }
    }

    /// "هذا الاسبوع" / "الاسبوع الماضي" at `j`: (unit, relation, end).
    fn unit_rel_at(&self, j: usize) -> Option<(Unit, Rel, usize)> {
        if self.is(j, "هذا") || self.is(j, "هذه") {
            return Some((self.unit_at(j + 1)?, Rel::Current, j + 2));
        }
        let u = self.unit_at(j)?;
        let r = self.rel_adj(j + 1)?;
        if u == Unit::Year && self.is(j, "العام") && self.prev_is_any_loose(j, GENERAL_NOUNS) {
            return None;
        }
        Some((u, r, j + 2))
    }

    fn period(&self, i: usize) -> Found {
        use DateExpr as E;
        let mut j = i;
        let mut end_of = false;
        if self.is(j, "عطله") && self.exact(j + 1, "نهايه") {
            j += 2;
            end_of = true;
        } else if self.is_any(j, &["نهايه", "اواخر", "ختام"]) {
            j += 1;
            end_of = true;
        } else if self.is_any(
            j,
            &["مطلع", "بدايه", "اوائل", "مستهل", "منتصف", "اواسط", "اول"],
        ) {
            j += 1;
        }
        let (unit, rel, end) = self.unit_rel_at(j)?;
        let expr = match (unit, rel) {
            (Unit::Week, Rel::Past) if end_of => E::EndOfLastWeek,
            (Unit::Week, Rel::Past) => E::LastWeek,
            (Unit::Week, Rel::Current) => E::ThisWeek,
            (Unit::Week, Rel::Future) => E::NextWeek,
            (Unit::Month, Rel::Past) => E::LastMonth,
            (Unit::Month, Rel::Current) => E::ThisMonth,
            (Unit::Month, Rel::Future) => E::NextMonth,
            (Unit::Year, Rel::Past) => E::LastYear,
            (Unit::Year, Rel::Current) => E::ThisYear,
            (Unit::Year, Rel::Future) => E::NextYear,
        };
        Some((expr, end))
    }

    /// "(من) العام الماضي", "من هذا العام": offset in years.
    fn rel_year_at(&self, k: usize) -> Option<(i8, usize)> {
        let j = if self.exact(k, "من") { k + 1 } else { k };
        let (u, r, end) = self.unit_rel_at(j)?;
        (u == Unit::Year).then_some((rel_offset(r), end))
    }

    /// "(من) الشهر الجاري": offset in months.
    fn rel_month_at(&self, k: usize) -> Option<(i8, usize)> {
        let j = if self.exact(k, "من") { k + 1 } else { k };
        let (u, r, end) = self.unit_rel_at(j)?;
        (u == Unit::Month).then_some((rel_offset(r), end))
    }

    // -- months -------------------------------------------------------------

    fn month_single(&self, j: usize) -> Option<(u32, Cal, bool, usize)> {
        let w = self.word(j)?;
        let second = self.word(j + 1).unwrap_or("");
        let two = match (w, second) {
            ("كانون", "الثاني") => Some((1, Cal::Greg)),
            ("كانون", "الاول") => Some((12, Cal::Greg)),
            ("تشرين", "الاول") => Some((10, Cal::Greg)),
            ("تشرين", "الثاني") => Some((11, Cal::Greg)),
            ("ربيع", "الاول") => Some((3, Cal::Hijri)),
            ("ربيع", "الثاني" | "الاخر") => Some((4, Cal::Hijri)),
            ("جمادي", "الاولي" | "الاول") => Some((5, Cal::Hijri)),
            ("جمادي", "الاخره" | "الثانيه" | "الاخر" | "الثاني") => {
                Some((6, Cal::Hijri))
            }
            ("ذو" | "ذي", "القعده") => Some((11, Cal::Hijri)),
            ("ذو" | "ذي", "الحجه") => Some((12, Cal::Hijri)),
            _ => None,
        };
        if let Some((n, cal)) = two {
            return Some((n, cal, false, j + 2));
        }
        for base in [Some(w), w.strip_prefix('و')].into_iter().flatten() {
            if let Some((n, amb)) = greg_month_word(base) {
                return Some((n, Cal::Greg, amb, j + 1));
            }
            if let Some(n) = hijri_month_word(base) {
                return Some((n, Cal::Hijri, false, j + 1));
            }
        }
        None
    }

    /// A month name, with the combined press forms "مارس/ اذار", "اذار (مارس)".
    fn month_at(&self, j: usize) -> Option<MonthName> {
        let (num, cal, mut ambiguous, mut end) = self.month_single(j)?;
        if let Some(p @ ('/' | '-' | '(')) = self.punct(end) {
            if let Some((n2, c2, a2, e2)) = self.month_single(end + 1) {
                if n2 == num && c2 == cal {
                    ambiguous &= a2;
                    end = e2;
                    if p == '(' && self.punct(end) == Some(')') {
                        end += 1;
                    }
                }
            }
        }
        Some(MonthName {
            num,
            cal,
            ambiguous,
            end,
        })
    }

    fn month_led(&self, i: usize) -> Found {
        use DateExpr as E;
        let shahr = self.is_loose(i, "شهر");
        let j = if shahr { i + 1 } else { i };
        let m = self.month_at(j)?;
        let k = m.end;
        let month = i8::try_from(m.num).ok()?;
        match m.cal {
            Cal::Greg => {
                if let Some((year, e)) = self.greg_year_at(k) {
                    return Some((E::MonthYear { year, month }, e));
                }
                if let Some((years, e)) = self.rel_year_at(k) {
                    return Some((
                        E::MonthOfRelativeYear {
                            month,
                            day: None,
                            years,
                        },
                        e,
                    ));
                }
                // "اب الماضي" is accepted too: an indefinite noun with a
                // definite adjective cannot be "father".
                match self.rel_adj(k) {
                    Some(Rel::Past) => {
                        return Some((E::NamedMonthRelative { month, past: true }, k + 1))
                    }
                    Some(Rel::Future) => {
                        return Some((E::NamedMonthRelative { month, past: false }, k + 1))
                    }
                    Some(Rel::Current) => {
                        return Some((
                            E::MonthOfRelativeYear {
                                month,
                                day: None,
                                years: 0,
                            },
                            k + 1,
                        ))
                    }
                    None => {}
                }
                let cued = !m.ambiguous && self.prev_is_any_loose(i, MONTH_CUES);
                (shahr || cued).then_some((E::NamedMonth { month }, k))
            }
            Cal::Hijri => {
                if let Some((y, e)) = self.hijri_year_at(k) {
                    let year = i16::try_from(y).ok()?;
                    return Some((E::HijriMonthYear { year, month }, e));
                }
                if shahr {
                    let e = if self.exact_any(k, &["المبارك", "الكريم", "الفضيل"])
                    {
                        k + 1
                    } else {
                        k
                    };
                    return Some((E::HijriMonth { month }, e));
                }
                None
            }
        }
    }

    // -- years ----------------------------------------------------------------

    /// A Gregorian year after a month: "2017", "من عام 2017", "2017 م".
    fn greg_year_at(&self, k: usize) -> Option<(i16, usize)> {
        let mut j = k;
        if self.exact(j, "من") {
            j += 1;
        }
        if self.exact_any(j, &["عام", "العام", "سنه", "السنه"]) {
            j += 1;
        }
        let (y, digits) = self.num(j)?;
        if digits != 4 || !(1800..=2100).contains(&y) {
            return None;
        }
        let mut e = j + 1;
        match self.marker_at(e) {
            Some(Cal::Greg) => e += 1,
            Some(Cal::Hijri) => return None,
            None => {}
        }
        Some((i16::try_from(y).ok()?, e))
    }

    /// A Hijri year after a Hijri month: followed by "ه" (any year 1–2000) or
    /// unmarked in 1300–1599.
    fn hijri_year_at(&self, k: usize) -> Option<(u32, usize)> {
        let (y, digits) = self.num(k)?;
        if !(3..=4).contains(&digits) {
            return None;
        }
        match self.marker_at(k + 1) {
            Some(Cal::Hijri) if (1..=2000).contains(&y) => Some((y, k + 2)),
            None if (1300..=1599).contains(&y) => Some((y, k + 1)),
            _ => None,
        }
    }

    fn year_led(&self, i: usize) -> Found {
        if !self.is_any_loose(i, &["عام", "العام", "سنه", "السنه"]) {
            return None;
        }
        let (y, digits) = self.num(i + 1)?;
        if digits != 4 || !(1800..=2100).contains(&y) {
            return None;
        }
        let mut e = i + 2;
        match self.marker_at(e) {
            Some(Cal::Greg) => e += 1,
            Some(Cal::Hijri) => return None,
            None => {}
        }
        Some((DateExpr::Year(i16::try_from(y).ok()?), e))
    }

    // -- days and full dates --------------------------------------------------

    /// Ordinal day words: "الاول" … "العاشر", "الحادي عشر" … "التاسع عشر",
    /// "العشرين", "الحادي والعشرين" … "الثلاثين", "الحادي والثلاثين".
    fn ordinal_at(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.word(i)?;
        let (u, hadi) = match w {
            "العشرين" => return Some((20, i + 1)),
            "الثلاثين" => return Some((30, i + 1)),
            "العاشر" => return Some((10, i + 1)),
            "الاول" => (1, false),
            "الحادي" | "الواحد" => (1, true),
            "الثاني" => (2, false),
            "الثالث" => (3, false),
            "الرابع" => (4, false),
            "الخامس" => (5, false),
            "السادس" => (6, false),
            "السابع" => (7, false),
            "الثامن" => (8, false),
            "التاسع" => (9, false),
            _ => return None,
        };
        if self.exact(i + 1, "عشر") {
            return (u != 1 || hadi).then_some((10 + u, i + 2));
        }
        for (tens, joined, val) in [("العشرين", "والعشرين", 20), ("الثلاثين", "والثلاثين", 30)]
        {
            let end = if self.exact(i + 1, joined) {
                Some(i + 2)
            } else if self.exact(i + 1, "و") && self.exact(i + 2, tens) {
                Some(i + 3)
            } else {
                None
            };
            if let Some(end) = end {
                let d = val + u;
                return (d <= 31 && (u != 1 || hadi)).then_some((d, end));
            }
        }
        (!hadi).then_some((u, i + 1))
    }

    /// A day of the month: 1–2 digits in 1..=31, or an ordinal word followed
    /// by "من" (the "من" is not consumed). Two days joined by و ("يومي الثاني
    /// والثالث من أغسطس") are a range, which takes its first day.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, digits)) = self.num(i) {
            if digits > 2 || !(1..=31).contains(&v) {
                return None;
            }
            // Not a piece of a time, a decimal or a list ("08:53", "2.5").
            let before = i >= 2
                && self.adj(i)
                && matches!(self.punct(i - 1), Some(':' | '.' | ','))
                && self.adj(i - 1)
                && self.num(i - 2).is_some();
            let after = self.adj(i + 1)
                && matches!(self.punct(i + 1), Some(':' | '.' | ',' | '/'))
                && self.adj(i + 2)
                && self.num(i + 2).is_some();
            return (!before && !after).then_some((v, i + 1));
        }
        let (d, k) = self.ordinal_at(i)?;
        let k = self.second_ordinal(k).unwrap_or(k);
        self.exact(k, "من").then_some((d, k))
    }

    /// The end of "و + ordinal" (or "والثالث" written joined) at `k`, the second day of a range.
    fn second_ordinal(&self, k: usize) -> Option<usize> {
        if self.exact(k, "و") {
            return self.ordinal_at(k + 1).map(|(_, e)| e);
        }
        let joined = self.word(k)?.strip_prefix('و')?;
        let simple = [
            "الاول",
            "الحادي",
            "الثاني",
            "الثالث",
            "الرابع",
            "الخامس",
            "السادس",
            "السابع",
            "الثامن",
            "التاسع",
            "العاشر",
            "العشرين",
            "الثلاثين",
        ];
        if !simple.contains(&joined) {
            return None;
        }
        // "والحادي عشر": the second day is a teen ("والعشرين" after a unit never gets here,
        // `ordinal_at` reads it as a tens ordinal).
        if self.exact(k + 1, "عشر") {
            return Some(k + 2);
        }
        Some(k + 1)
    }

    /// 2017-03-02, 2017/3/2, 2/3/2017, 02.03.2017 (day first), "4 - 10 - 1427هـ"; Hijri when
    /// the year is 1300–1599 ("1436/11/12 ه").
    fn numeric_date(&self, i: usize) -> Option<(Date, Cal, usize)> {
        let (a, la) = self.num(i)?;
        let sep = self.punct(i + 1)?;
        if !matches!(sep, '/' | '-' | '.') || self.punct(i + 3) != Some(sep) {
            return None;
        }
        // Written tight ("4/10/1427"), or spaced around both separators with a year of four
        // digits at one end ("4 - 10 - 1427هـ").
        let tight = (1..=4).all(|k| self.adj(i + k));
        let spaced = (1..=4).all(|k| !self.adj(i + k));
        if !tight && !spaced {
            return None;
        }
        let (b, lb) = self.num(i + 2)?;
        let (c, lc) = self.num(i + 4)?;
        if spaced && la != 4 && lc != 4 {
            return None;
        }
        let is_sep = |p: Option<char>| matches!(p, Some('/' | '-' | '.'));
        // Not part of a longer chain of numbers (phone numbers, versions).
        if i >= 2
            && self.adj(i)
            && is_sep(self.punct(i - 1))
            && self.adj(i - 1)
            && self.num(i - 2).is_some()
        {
            return None;
        }
        if self.adj(i + 5)
            && is_sep(self.punct(i + 5))
            && self.adj(i + 6)
            && self.num(i + 6).is_some()
        {
            return None;
        }
        let short = |l: usize| (1..=2).contains(&l);
        let (y, m, d) = if la == 4 && short(lb) && short(lc) {
            (a, b, c)
        } else if lc == 4 && short(la) && short(lb) {
            (c, b, a)
        } else {
            return None;
        };
        let mut end = i + 5;
        let marker = self.marker_at(end);
        if marker.is_some() {
            end += 1;
        }
        if (1900..=2100).contains(&y) && marker != Some(Cal::Hijri) {
            let date = ymd(y.into(), m.into(), d.into())?;
            return Some((date, Cal::Greg, end));
        }
        if (1300..=1599).contains(&y) && marker != Some(Cal::Greg) {
            return Some((hijri_date(y, m, d)?, Cal::Hijri, end));
        }
        None
    }

    /// "02 مارس 2017", "الثاني من مارس 2017", "12 ذو القعده 1436 ه".
    fn named_full_date(&self, i: usize) -> Option<(Date, Cal, usize)> {
        let (day, k) = self.day_at(i)?;
        let j = if self.exact(k, "من") { k + 1 } else { k };
        let m = self.month_at(j)?;
        match m.cal {
            Cal::Greg => {
                let (y, e) = self.greg_year_at(m.end)?;
                Some((ymd(y.into(), m.num.into(), day.into())?, Cal::Greg, e))
            }
            Cal::Hijri => {
                let (y, e) = self.hijri_year_at(m.end)?;
                Some((hijri_date(y, m.num, day)?, Cal::Hijri, e))
            }
        }
    }

    fn full_date_single(&self, i: usize) -> Option<(Date, Cal, usize)> {
        self.numeric_date(i).or_else(|| self.named_full_date(i))
    }

    /// A full date, merged with a second one of the other calendar or after
    /// "الموافق" ("12 ذو القعده 1436 ه الموافق 27 سبتمبر 2015"): the
    /// Gregorian date wins.
    fn full_date(&self, i: usize) -> Option<(Date, usize)> {
        let (d1, c1, e1) = self.full_date_single(i)?;
        let mut j = e1;
        let mut paren = false;
        match self.punct(j) {
            Some('(') => {
                paren = true;
                j += 1;
            }
            Some(',' | '،' | '-') => j += 1,
            _ => {}
        }
        let mut link = false;
        if self.is(j, "الموافق") {
            link = true;
            j += 1;
            if self.exact_any(j, &["ل", "لـ"]) {
                j += 1;
            }
        }
        if let Some((d2, c2, e2)) = self.full_date_single(j) {
            if link || c2 != c1 {
                let mut e = e2;
                if paren && self.punct(e) == Some(')') {
                    e += 1;
                }
                let d = if c1 == Cal::Greg || c2 != Cal::Greg {
                    d1
                } else {
                    d2
                };
                return Some((d, e));
            }
        }
        Some((d1, e1))
    }

    /// Expressions led by a day: full dates, "2 مارس (الجاري)", "15 مارس من
    /// العام الماضي", "15 من الشهر الجاري".
    fn date_led(&self, i: usize) -> Found {
        use DateExpr as E;
        if let Some((d, e)) = self.full_date(i) {
            return Some((E::Explicit(d), e));
        }
        let (day, k) = self.day_at(i)?;
        if self.prev_is_any_loose(i, EVENT_NAME_BEFORE) {
            return None;
        }
        let day = i8::try_from(day).ok()?;
        if let Some((months, e)) = self.rel_month_at(k) {
            return Some((E::DayOfRelativeMonth { day, months }, e));
        }
        let j = if self.exact(k, "من") { k + 1 } else { k };
        let m = self.month_at(j)?;
        if m.cal != Cal::Greg || u32::from(day.unsigned_abs()) > max_days_in_month(m.num) {
            return None;
        }
        let month = i8::try_from(m.num).ok()?;
        if let Some((years, e)) = self.rel_year_at(m.end) {
            return Some((
                E::MonthOfRelativeYear {
                    month,
                    day: Some(day),
                    years,
                },
                e,
            ));
        }
        let e = if self.rel_adj(m.end).is_some() {
            m.end + 1
        } else {
            m.end
        };
        Some((E::DayMonth { day, month }, e))
    }

    /// A clock time after a dateline: "08:53 ص", "- 10:05:33 مساء".
    fn time_after(&self, e: usize) -> usize {
        let mut j = e;
        if matches!(self.punct(j), Some(',' | '،' | '-' | '|')) || self.exact(j, "الساعه") {
            j += 1;
        }
        let hh = self.num(j).is_some_and(|(v, l)| l <= 2 && v <= 24);
        let colon = self.punct(j + 1) == Some(':') && self.adj(j + 1);
        let mm = self.num(j + 2).is_some_and(|(v, l)| l == 2 && v < 60) && self.adj(j + 2);
        if !(hh && colon && mm) {
            return e;
        }
        let mut end = j + 3;
        if self.punct(end) == Some(':')
            && self.adj(end)
            && self.adj(end + 1)
            && self.num(end + 1).is_some_and(|(v, l)| l == 2 && v < 60)
        {
            end += 2;
        }
        if self.exact_any(
            end,
            &["ص", "م", "صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا"],
        ) {
            end += 1;
        }
        end
    }
}

fn rel_offset(r: Rel) -> i8 {
    match r {
        Rel::Past => -1,
        Rel::Current => 0,
        Rel::Future => 1,
    }
}

// ---------------------------------------------------------------------------
// Serde for jiff types (the workspace builds jiff without its `serde` feature).

mod serde_date {
    use jiff::civil::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

mod serde_weekday {
    use jiff::civil::Weekday;
    use serde::{Deserialize, Deserializer, Serializer};

    const NAMES: [(&str, Weekday); 7] = [
        ("monday", Weekday::Monday),
        ("tuesday", Weekday::Tuesday),
        ("wednesday", Weekday::Wednesday),
        ("thursday", Weekday::Thursday),
        ("friday", Weekday::Friday),
        ("saturday", Weekday::Saturday),
        ("sunday", Weekday::Sunday),
    ];

    pub fn serialize<S: Serializer>(w: &Weekday, s: S) -> Result<S::Ok, S::Error> {
        let name = NAMES
            .iter()
            .find(|(_, x)| x == w)
            .map_or("monday", |(n, _)| n);
        s.serialize_str(name)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Weekday, D::Error> {
        let s = String::deserialize(d)?;
        NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(&s))
            .map(|(_, w)| *w)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown weekday {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lexicon_fits_in_128_bits() {
        let all: std::collections::HashSet<&str> = TIME_OF_DAY
            .iter()
            .chain(MONTH_CUES)
            .chain(GENERAL_NOUNS)
            .chain(EVENT_NAME_BEFORE)
            .chain(WEEKDAYS.iter().map(|(w, _)| w))
            .chain(CLITIC_WORDS)
            .copied()
            .collect();
        assert!(all.len() <= 128, "{} targets", all.len());
        assert_eq!(lexicon().bit.len(), all.len());
    }

    /// The scanner answers "no" for a token without lexicon bits: that is right only if
    /// every target its rules match with clitics is in the lexicon. Read this file for
    /// the calls and check their targets.
    #[test]
    fn every_clitic_target_is_in_the_lexicon() {
        let src = include_str!("dates.rs");
        let src = &src[..src.find("#[cfg(test)]\nmod tests").expect("test module")];
        let lex = lexicon();
        let named = [
            "TIME_OF_DAY",
            "MONTH_CUES",
            "GENERAL_NOUNS",
            "EVENT_NAME_BEFORE",
            // The parameters of the helpers that forward them.
            "targets",
            "target",
            "t",
            "n",
        ];
        let mut calls = 0;
        for call in [
            "self.is(",
            "self.is_loose(",
            "self.is_any(",
            "self.is_any_loose(",
            "self.prev_is_any_loose(",
            "self.matches(",
        ] {
            for (at, _) in src.match_indices(call) {
                let rest = &src[at + call.len()..];
                // The arguments up to the closing parenthesis.
                let mut depth = 1;
                let end = rest
                    .char_indices()
                    .find(|&(_, c)| {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            _ => {}
                        }
                        depth == 0
                    })
                    .map(|(k, _)| k)
                    .expect("closing parenthesis");
                let args = &rest[..end];
                let target = args.split_once(',').expect("two arguments").1;
                calls += 1;
                let words: Vec<&str> = target.split('"').skip(1).step_by(2).collect();
                if words.is_empty() {
                    let name = target.split(',').next().unwrap_or("").trim();
                    let name = name.trim_start_matches('&');
                    assert!(named.contains(&name), "target {name:?} of {call}{args})");
                }
                for w in words {
                    assert!(
                        lex.bit.contains_key(w),
                        "{w:?} of {call}{args}) not in the lexicon"
                    );
                }
            }
        }
        assert!(calls > 30, "found only {calls} calls");
    }

    /// The lexicon's bits agree with `cl_match` on words with and without clitics.
    #[test]
    fn lexicon_bits_agree_with_cl_match() {
        let lex = lexicon();
        let targets: Vec<&str> = lex.bit.keys().copied().collect();
        let mut words: Vec<String> = Vec::new();
        for t in &targets {
            let rest = t.strip_prefix("ال").unwrap_or(t);
            for pre in [
                "", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ول", "لل", "ولل", "بال", "وال", "ا",
            ] {
                words.push(format!("{pre}{t}"));
                words.push(format!("{pre}{rest}"));
            }
            words.push(format!("{t}ه"));
        }
        words.extend(["في", "و", "ل", "ال", "لل", "مارس", "الرياض"].map(String::from));
        for w in &words {
            let (strict, loose) = lex.bits(w);
            for t in &targets {
                let b = lex.bit[t];
                assert_eq!(strict & b != 0, cl_match(w, t, false), "{w} {t} strict");
                assert_eq!(loose & b != 0, cl_match(w, t, true), "{w} {t} loose");
            }
        }
    }

    use super::*;
    use DateExpr as E;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    /// The expressions found, with their matched text.
    fn found(s: &str) -> Vec<(DateExpr, &str)> {
        find_dates(s)
            .into_iter()
            .map(|m| (m.expr, &s[m.span]))
            .collect()
    }

    fn one(s: &str) -> DateExpr {
        let f = found(s);
        assert_eq!(f.len(), 1, "expected one match in {s:?}, got {f:?}");
        f[0].0.clone()
    }

    fn one_text(s: &str) -> (DateExpr, &str) {
        let f = found(s);
        assert_eq!(f.len(), 1, "expected one match in {s:?}, got {f:?}");
        f[0].clone()
    }

    fn none(s: &str) {
        let f = found(s);
        assert!(f.is_empty(), "expected no match in {s:?}, got {f:?}");
    }

    fn res(e: &DateExpr, a: Date, future: bool) -> (Date, Precision) {
        resolve(e, Some(a), future).unwrap_or_else(|| panic!("no resolution for {e:?}"))
    }

    // -- datelines ----------------------------------------------------------

    #[test]
    fn seed_dateline_weekday_date_time() {
        let s = "الخميس، 02 مارس 2017 08:53 ص";
        let m = find_dateline(s).unwrap();
        assert_eq!(m.expr, E::Explicit(d(2017, 3, 2)));
        assert_eq!(m.span, 0..s.len());
        // find_dates merges the weekday into the one explicit match.
        assert_eq!(
            one_text(s),
            (E::Explicit(d(2017, 3, 2)), "الخميس، 02 مارس 2017")
        );
    }

    #[test]
    fn dateline_numeric_forms() {
        let s = "نشر في 2017/03/02";
        let m = find_dateline(s).unwrap();
        assert_eq!(m.expr, E::Explicit(d(2017, 3, 2)));
        assert_eq!(&s[m.span], "2017/03/02");
        let m = find_dateline("2015-07-21").unwrap();
        assert_eq!((m.expr, m.span), (E::Explicit(d(2015, 7, 21)), 0..10));
        let m = find_dateline("اخر تحديث: 2015-07-21T10:05:00Z").unwrap();
        assert_eq!(m.expr, E::Explicit(d(2015, 7, 21)));
    }

    #[test]
    fn dateline_hijri_with_gregorian_prefers_gregorian() {
        let s = "الاحد 12 ذو القعده 1436 ه الموافق 27 سبتمبر 2015";
        let m = find_dateline(s).unwrap();
        assert_eq!(m.expr, E::Explicit(d(2015, 9, 27)));
        assert_eq!(m.span, 0..s.len());
        // Also with the unnormalized "هـ" and "الموافق لـ".
        let s = "12 ذو القعده 1436هـ الموافق لـ 27 سبتمبر 2015م";
        assert_eq!(one(s), E::Explicit(d(2015, 9, 27)));
        // Gregorian first, Hijri in parentheses.
        let s = "27 اغسطس 2015 (12 ذو القعده 1436 ه) وقال";
        assert_eq!(
            one_text(s),
            (
                E::Explicit(d(2015, 8, 27)),
                "27 اغسطس 2015 (12 ذو القعده 1436 ه)"
            )
        );
    }

    #[test]
    fn dateline_only_full_dates_near_top() {
        assert_eq!(find_dateline("قال الرئيس اليوم الخميس ان"), None);
        assert_eq!(find_dateline("في شهر نوفمبر 2019"), None);
        let far = format!("{} 02 مارس 2017", "كلمه ".repeat(200));
        assert_eq!(find_dateline(&far), None);
        let m = find_dateline("القاهرة - الجمعه 1 ديسمبر 2017 - 10:05 مساء\nنص").unwrap();
        assert_eq!(m.expr, E::Explicit(d(2017, 12, 1)));
    }

    // -- Hijri ----------------------------------------------------------------

    #[test]
    fn hijri_tabular_conversion() {
        // Tabular civil calendar gives exactly 2015-08-27 for 12 Dhu al-Qa'da 1436
        // (Umm al-Qura agrees; other calendars may differ by a day).
        assert_eq!(one("12 ذو القعده 1436 ه"), E::Explicit(d(2015, 8, 27)));
        assert_eq!(one("في 12 ذي القعده 1436"), E::Explicit(d(2015, 8, 27)));
        // Epoch: 1 Muharram 1 AH = 16 July 622 Julian = 19 July 622 proleptic Gregorian.
        assert_eq!(hijri_date(1, 1, 1), Some(d(622, 7, 19)));
        // 1 Ramadan 1440 (tabular) = 2019-05-06.
        assert_eq!(hijri_date(1440, 9, 1), Some(d(2019, 5, 6)));
        // 1 Muharram 1436 (tabular) = 2014-10-25.
        assert_eq!(hijri_date(1436, 1, 1), Some(d(2014, 10, 25)));
        // The year of a day round-trips.
        for n in [-2000, 0, 16_674, 17_000, 20_000, 40_000] {
            let y = hijri_year_of_days(n);
            assert!(hijri_to_days(y, 1, 1) <= n && n < hijri_to_days(y + 1, 1, 1));
        }
    }

    #[test]
    fn hijri_month_forms() {
        assert_eq!(
            one("الخامس من جمادي الاولي 1438 ه"),
            E::Explicit(hijri_date(1438, 5, 5).unwrap())
        );
        assert_eq!(
            one("رمضان 1440 ه"),
            E::HijriMonthYear {
                year: 1440,
                month: 9
            }
        );
        assert_eq!(
            resolve(&one("رمضان 1440 ه"), None, false),
            Some((d(2019, 5, 6), Precision::Month))
        );
        assert_eq!(
            one_text("خلال شهر رمضان المبارك"),
            (E::HijriMonth { month: 9 }, "شهر رمضان المبارك")
        );
        // Ramadan 1438 began 2017-05-27 (tabular); article in Ramadan or after it.
        let r = one("شهر رمضان");
        assert_eq!(res(&r, d(2017, 6, 10), false).0, d(2017, 5, 27));
        assert_eq!(res(&r, d(2017, 6, 10), true).0, d(2017, 5, 27));
        assert_eq!(
            res(&r, d(2017, 8, 1), true).0,
            hijri_date(1439, 9, 1).unwrap()
        );
        assert_eq!(
            res(&r, d(2017, 3, 1), false).0,
            hijri_date(1437, 9, 1).unwrap()
        );
        // Numeric Hijri.
        assert_eq!(one("1436/11/12 ه"), E::Explicit(d(2015, 8, 27)));
        // Hijri months need a year (or "شهر"): "صفر" is also "zero".
        none("سجلت صفر اصابات");
        none("في رمضان الماضي");
        none("12 رمضان");
    }

    // -- Gregorian names across regions ----------------------------------------

    #[test]
    fn regional_month_names() {
        assert_eq!(one("3 كانون الثاني 2016"), E::Explicit(d(2016, 1, 3)));
        assert_eq!(one("15 جانفي 2019"), E::Explicit(d(2019, 1, 15)));
        assert_eq!(one("1 تشرين الاول 2015"), E::Explicit(d(2015, 10, 1)));
        assert_eq!(one("30 تشرين الثاني 2015"), E::Explicit(d(2015, 11, 30)));
        assert_eq!(one("25 كانون الاول 2015"), E::Explicit(d(2015, 12, 25)));
        assert_eq!(one("4 حزيران 2015"), E::Explicit(d(2015, 6, 4)));
        assert_eq!(one("14 تموز 2015"), E::Explicit(d(2015, 7, 14)));
        assert_eq!(one("5 جويليه 2015"), E::Explicit(d(2015, 7, 5)));
        assert_eq!(one("20 اوت 2015"), E::Explicit(d(2015, 8, 20)));
        assert_eq!(one("20 فيفري 2015"), E::Explicit(d(2015, 2, 20)));
        assert_eq!(one("9 افريل 2015"), E::Explicit(d(2015, 4, 9)));
        assert_eq!(one("9 جوان 2015"), E::Explicit(d(2015, 6, 9)));
        assert_eq!(one("9 يونيه 2015"), E::Explicit(d(2015, 6, 9)));
        assert_eq!(one("23 يوليه 1952"), E::Explicit(d(1952, 7, 23)));
        assert_eq!(one("9 دجنبر 2015"), E::Explicit(d(2015, 12, 9)));
        assert_eq!(one("9 شتنبر 2015"), E::Explicit(d(2015, 9, 9)));
        assert_eq!(one("1 ايار 2015"), E::Explicit(d(2015, 5, 1)));
        assert_eq!(one("6 نيسان 2015"), E::Explicit(d(2015, 4, 6)));
        assert_eq!(one("6 ايلول 2015"), E::Explicit(d(2015, 9, 6)));
        assert_eq!(one("6 شباط 2015"), E::Explicit(d(2015, 2, 6)));
        assert_eq!(one("6 اغسطس 2015"), E::Explicit(d(2015, 8, 6)));
    }

    #[test]
    fn combined_press_forms() {
        assert_eq!(
            one_text("في 2 مارس/ اذار 2017 قال"),
            (E::Explicit(d(2017, 3, 2)), "2 مارس/ اذار 2017")
        );
        assert_eq!(
            one_text("اذار (مارس) 2017"),
            (
                E::MonthYear {
                    year: 2017,
                    month: 3
                },
                "اذار (مارس) 2017"
            )
        );
        assert_eq!(one("10 شباط/فبراير 2016"), E::Explicit(d(2016, 2, 10)));
        assert_eq!(
            one_text("في اب/اغسطس الماضي"),
            (
                E::NamedMonthRelative {
                    month: 8,
                    past: true
                },
                "اب/اغسطس الماضي"
            )
        );
    }

    #[test]
    fn ambiguous_month_words() {
        none("قال الاب انه");
        none("اب");
        none("ماي");
        none("في اب");
        assert_eq!(one("15 اب 2019"), E::Explicit(d(2019, 8, 15)));
        assert_eq!(
            one("اب 2019"),
            E::MonthYear {
                year: 2019,
                month: 8
            }
        );
        assert_eq!(one("2 ماي"), E::DayMonth { day: 2, month: 5 });
        assert_eq!(one("شهر اب"), E::NamedMonth { month: 8 });
        // "مارس" is also the verb "practised".
        none("مارس الضغط على الحكومه");
        assert_eq!(one("في مارس"), E::NamedMonth { month: 3 });
        assert_eq!(one("وفي نوفمبر"), E::NamedMonth { month: 11 });
    }

    #[test]
    fn day_ranges_take_their_first_day() {
        assert_eq!(
            one_text("يومي الثاني والثالث من اغسطس"),
            (E::DayMonth { day: 2, month: 8 }, "الثاني والثالث من اغسطس")
        );
        assert_eq!(
            one("في الخامس و السادس من مارس"),
            E::DayMonth { day: 5, month: 3 }
        );
        assert_eq!(
            one("العاشر والحادي عشر من مايو"),
            E::DayMonth { day: 10, month: 5 }
        );
        // A tens ordinal is one day, not a range.
        assert_eq!(
            one("الحادي والعشرين من مارس"),
            E::DayMonth { day: 21, month: 3 }
        );
        none("الثاني والثالث في الترتيب");
    }

    // -- numeric -----------------------------------------------------------------

    #[test]
    fn numeric_dates() {
        assert_eq!(one("2017-03-02"), E::Explicit(d(2017, 3, 2)));
        assert_eq!(one("2017/3/2"), E::Explicit(d(2017, 3, 2)));
        assert_eq!(one("2/3/2017"), E::Explicit(d(2017, 3, 2)));
        assert_eq!(one("02.03.2017"), E::Explicit(d(2017, 3, 2)));
        assert_eq!(one("2/3/2017م"), E::Explicit(d(2017, 3, 2)));
        none("31/02/2017");
        none("1/1/1850");
        none("13/13/2017");
        none("2017-3");
        none("3/2");
        none("اتصل على 0123-456-7890");
        none("الرقم 1/2/2017/5");
        none("الاصدار 1.2.2017.4");
        none("2017/2/3/4");
        // Spaced around both separators, with a four-digit year.
        assert_eq!(one("بتاريخ 4 - 10 - 1427هـ"), E::Explicit(d(2006, 10, 27)));
        assert_eq!(one("2015 - 7 - 21"), E::Explicit(d(2015, 7, 21)));
        none("صفحة 4 - 10 - 14");
        none("بين 2011 -2013");
    }

    // -- day and month, month and year, year --------------------------------------

    #[test]
    fn day_month() {
        assert_eq!(
            one_text("في 2 مارس"),
            (E::DayMonth { day: 2, month: 3 }, "2 مارس")
        );
        assert_eq!(
            one_text("يوم 2 مارس الجاري"),
            (E::DayMonth { day: 2, month: 3 }, "يوم 2 مارس الجاري")
        );
        assert_eq!(
            one_text("2 مارس الماضي"),
            (E::DayMonth { day: 2, month: 3 }, "2 مارس الماضي")
        );
        assert_eq!(one("02 مارس"), E::DayMonth { day: 2, month: 3 });
        assert_eq!(one("الثاني من مارس"), E::DayMonth { day: 2, month: 3 });
        assert_eq!(
            one("الحادي والعشرين من مارس"),
            E::DayMonth { day: 21, month: 3 }
        );
        assert_eq!(
            one("الحادي عشر من سبتمبر 2001"),
            E::Explicit(d(2001, 9, 11))
        );
        assert_eq!(one("الخامس عشر من مايو"), E::DayMonth { day: 15, month: 5 });
        assert_eq!(one("العشرين من يناير"), E::DayMonth { day: 20, month: 1 });
        none("الثاني مارس");
        none("30 فبراير");
        // Names of revolutions, alliances, cities.
        none("ثوره 25 يناير");
        none("قوي 14 اذار");
        none("مدينه السادس من اكتوبر");
        assert_eq!(one("ثوره 25 يناير 2011"), E::Explicit(d(2011, 1, 25)));
    }

    #[test]
    fn month_year_and_year() {
        assert_eq!(
            one_text("في شهر نوفمبر 2019"),
            (
                E::MonthYear {
                    year: 2019,
                    month: 11
                },
                "شهر نوفمبر 2019"
            )
        );
        assert_eq!(
            one("نوفمبر 2019"),
            E::MonthYear {
                year: 2019,
                month: 11
            }
        );
        assert_eq!(
            one("مايو من عام 1948"),
            E::MonthYear {
                year: 1948,
                month: 5
            }
        );
        assert_eq!(one_text("في عام 2019"), (E::Year(2019), "عام 2019"));
        assert_eq!(one("سنه 2019"), E::Year(2019));
        assert_eq!(one("للعام 2019"), E::Year(2019));
        assert_eq!(one("العام 2019م"), E::Year(2019));
        none("2019");
        none("عام 1436 ه");
        assert_eq!(
            resolve(&E::Year(2019), None, false),
            Some((d(2019, 1, 1), Precision::Year))
        );
        assert_eq!(
            resolve(&one("نوفمبر 2019"), None, false),
            Some((d(2019, 11, 1), Precision::Month))
        );
    }

    #[test]
    fn month_of_relative_year() {
        let e = one("في يونيو من العام الماضي");
        assert_eq!(
            e,
            E::MonthOfRelativeYear {
                month: 6,
                day: None,
                years: -1
            }
        );
        assert_eq!(
            res(&e, d(2017, 12, 1), false),
            (d(2016, 6, 1), Precision::Month)
        );
        let e = one("15 مارس من العام الجاري");
        assert_eq!(
            res(&e, d(2017, 12, 1), false),
            (d(2017, 3, 15), Precision::Day)
        );
        let e = one("في 15 من الشهر الجاري");
        assert_eq!(e, E::DayOfRelativeMonth { day: 15, months: 0 });
        assert_eq!(
            res(&e, d(2017, 12, 1), true),
            (d(2017, 12, 15), Precision::Day)
        );
        let e = one("الخامس من الشهر الماضي");
        assert_eq!(
            res(&e, d(2017, 1, 10), false),
            (d(2016, 12, 5), Precision::Day)
        );
    }

    #[test]
    fn named_month_relative() {
        let e = one("نوفمبر الماضي");
        assert_eq!(
            e,
            E::NamedMonthRelative {
                month: 11,
                past: true
            }
        );
        assert_eq!(
            res(&e, d(2017, 12, 1), false),
            (d(2017, 11, 1), Precision::Month)
        );
        assert_eq!(res(&e, d(2017, 11, 15), false).0, d(2016, 11, 1));
        let e = one("مارس المقبل");
        assert_eq!(
            e,
            E::NamedMonthRelative {
                month: 3,
                past: false
            }
        );
        assert_eq!(res(&e, d(2017, 12, 1), false).0, d(2018, 3, 1));
        assert_eq!(res(&e, d(2017, 1, 1), false).0, d(2017, 3, 1));
        assert_eq!(
            one("شهر سبتمبر المنصرم"),
            E::NamedMonthRelative {
                month: 9,
                past: true
            }
        );
        let e = one("في مارس");
        assert_eq!(res(&e, d(2017, 2, 1), false).0, d(2016, 3, 1));
        assert_eq!(res(&e, d(2017, 2, 1), true).0, d(2017, 3, 1));
        assert_eq!(res(&e, d(2017, 3, 9), true).0, d(2017, 3, 1));
    }

    // -- weekdays ------------------------------------------------------------------

    #[test]
    fn seed_001_weekday_and_today() {
        let a = d(2017, 12, 1); // a Friday
        let f = found("وقال الخميس ان الاجتماع سيعقد اليوم");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].0, E::Weekday(Weekday::Thursday));
        assert_eq!(res(&f[0].0, a, false), (d(2017, 11, 30), Precision::Day));
        assert_eq!(f[1].0, E::Today);
        assert_eq!(res(&f[1].0, a, false), (a, Precision::Day));
    }

    #[test]
    fn all_weekdays() {
        let names = [
            ("الاحد", Weekday::Sunday),
            ("الاثنين", Weekday::Monday),
            ("الثلاثاء", Weekday::Tuesday),
            ("الاربعاء", Weekday::Wednesday),
            ("الخميس", Weekday::Thursday),
            ("الجمعه", Weekday::Friday),
            ("السبت", Weekday::Saturday),
        ];
        for (n, w) in names {
            assert_eq!(one(n), E::Weekday(w), "{n}");
            let s = format!("يوم {n}");
            assert_eq!(one_text(&s), (E::Weekday(w), s.as_str()));
        }
        assert_eq!(one("والخميس"), E::Weekday(Weekday::Thursday));
        assert_eq!(
            one_text("مساء الخميس"),
            (E::Weekday(Weekday::Thursday), "مساء الخميس")
        );
        assert_eq!(one("للسبت"), E::Weekday(Weekday::Saturday));
    }

    #[test]
    fn weekday_exclusions() {
        none("بعد صلاه الجمعه");
        none("خطبه الجمعه");
        none("اللاعبين الاحد عشر");
        none("كلا الاثنين");
        none("الواحد الاحد");
        none("لاحد");
        assert_eq!(one("يوم الجمعه"), E::Weekday(Weekday::Friday));
    }

    #[test]
    fn weekday_resolution() {
        let a = d(2017, 12, 1); // Friday
        let w = E::Weekday(Weekday::Friday);
        assert_eq!(res(&w, a, false).0, a);
        assert_eq!(res(&w, a, true).0, a);
        let w = E::Weekday(Weekday::Sunday);
        assert_eq!(res(&w, a, false).0, d(2017, 11, 26));
        assert_eq!(res(&w, a, true).0, d(2017, 12, 3));
        let e = one("الخميس الماضي");
        assert_eq!(
            e,
            E::WeekdayRelative {
                weekday: Weekday::Thursday,
                past: true
            }
        );
        assert_eq!(res(&e, d(2017, 11, 30), false).0, d(2017, 11, 23));
        let e = one("الجمعه المقبله");
        assert_eq!(res(&e, a, false).0, d(2017, 12, 8));
    }

    #[test]
    fn weekday_of_relative_week() {
        let a = d(2017, 12, 1); // Friday; this week's Monday is Nov 27
        let e = one("الخميس الاسبوع الماضي");
        assert_eq!(
            e,
            E::WeekdayOfWeek {
                weekday: Weekday::Thursday,
                weeks: -1
            }
        );
        assert_eq!(res(&e, a, false), (d(2017, 11, 23), Precision::Day));
        let (e, t) = one_text("يوم الاحد من الاسبوع المقبل");
        assert_eq!(t, "يوم الاحد من الاسبوع المقبل");
        assert_eq!(res(&e, a, false).0, d(2017, 12, 10));
    }

    #[test]
    fn weekday_with_date() {
        assert_eq!(
            one_text("يوم الخميس الموافق 2/3/2017"),
            (E::Explicit(d(2017, 3, 2)), "يوم الخميس الموافق 2/3/2017")
        );
        assert_eq!(
            one_text("الخميس 2 مارس الجاري"),
            (E::DayMonth { day: 2, month: 3 }, "الخميس 2 مارس الجاري")
        );
    }

    // -- relative days -------------------------------------------------------------

    #[test]
    fn today_forms() {
        assert_eq!(one_text("اليوم الخميس"), (E::Today, "اليوم الخميس"));
        assert_eq!(one_text("اليوم، الخميس"), (E::Today, "اليوم، الخميس"));
        assert_eq!(one_text("هذا الصباح"), (E::Today, "هذا الصباح"));
        assert_eq!(one_text("مساء اليوم"), (E::Today, "مساء اليوم"));
        assert_eq!(one_text("صباح اليوم"), (E::Today, "صباح اليوم"));
        assert_eq!(one("ويصل اليوم الرئيس الفرنسي"), E::Today);
        assert_eq!(one("اليوم الخميس 2 مارس 2017"), E::Explicit(d(2017, 3, 2)));
        none("في اليوم التالي");
        none("اليوم الوطني");
        none("في ذلك اليوم");
    }

    #[test]
    fn yesterday_tomorrow() {
        assert_eq!(one("امس"), E::Yesterday);
        assert_eq!(one_text("بالامس"), (E::Yesterday, "بالامس"));
        assert_eq!(one_text("مساء امس"), (E::Yesterday, "مساء امس"));
        assert_eq!(one_text("امس الاربعاء"), (E::Yesterday, "امس الاربعاء"));
        assert_eq!(one_text("يوم امس"), (E::Yesterday, "يوم امس"));
        assert_eq!(one("قبل يومين"), E::DaysAgo { days: 2 });
        assert_eq!(one("قبل اربعه ايام"), E::DaysAgo { days: 4 });
        assert_eq!(one("منذ 3 ايام"), E::DaysAgo { days: 3 });
        assert_eq!(
            res(&E::DaysAgo { days: 4 }, d(2015, 7, 22), false).0,
            d(2015, 7, 18)
        );
        none("وذلك قبل يومين من الانتخابات");
        assert_eq!(one("اول امس"), E::DayBeforeYesterday);
        assert_eq!(one("اول من امس"), E::DayBeforeYesterday);
        assert_eq!(one("امس الاول"), E::DayBeforeYesterday);
        assert_eq!(one("غدا"), E::Tomorrow);
        assert_eq!(one_text("غدا الخميس"), (E::Tomorrow, "غدا الخميس"));
        assert_eq!(one_text("صباح الغد"), (E::Tomorrow, "صباح الغد"));
        assert_eq!(one("يوم غد"), E::Tomorrow);
        assert_eq!(one("بعد غد"), E::DayAfterTomorrow);
        assert_eq!(one("الليله الماضيه"), E::Yesterday);
        assert_eq!(one("البارحه"), E::Yesterday);
        assert_eq!(
            one_text("وصلت السفينه البارحه الاولي"),
            (E::DayBeforeYesterday, "البارحه الاولي")
        );
        none("لامس سعر النفط");
        none("الغد");
        none("حزب الغد");
        let a = d(2017, 3, 1);
        assert_eq!(res(&E::Yesterday, a, false).0, d(2017, 2, 28));
        assert_eq!(res(&E::DayBeforeYesterday, a, false).0, d(2017, 2, 27));
        assert_eq!(res(&E::Tomorrow, d(2017, 12, 31), false).0, d(2018, 1, 1));
        assert_eq!(res(&E::DayAfterTomorrow, a, false).0, d(2017, 3, 3));
    }

    // -- weeks, months, years ---------------------------------------------------------

    #[test]
    fn weeks() {
        let a = d(2017, 12, 1); // Friday; this week's Monday is Nov 27
        let e = one("نهايه الاسبوع الماضي");
        assert_eq!(e, E::EndOfLastWeek);
        assert_eq!(res(&e, a, false), (d(2017, 11, 24), Precision::Week));
        assert_eq!(one("عطله نهايه الاسبوع الماضي"), E::EndOfLastWeek);
        let e = one("الاسبوع الماضي");
        assert_eq!(e, E::LastWeek);
        assert_eq!(res(&e, a, false), (d(2017, 11, 20), Precision::Week));
        assert_eq!(one("مطلع الاسبوع الماضي"), E::LastWeek);
        assert_eq!(one("بدايه الاسبوع الماضي"), E::LastWeek);
        assert_eq!(one("خلال الاسبوع المنصرم"), E::LastWeek);
        assert_eq!(one("هذا الاسبوع"), E::ThisWeek);
        assert_eq!(res(&E::ThisWeek, a, false).0, d(2017, 11, 27));
        assert_eq!(one("الاسبوع المقبل"), E::NextWeek);
        assert_eq!(one("الاسبوع القادم"), E::NextWeek);
        assert_eq!(one("للاسبوع المقبل"), E::NextWeek);
        assert_eq!(res(&E::NextWeek, a, false).0, d(2017, 12, 4));
        // A Sunday belongs to the week that started the Monday before.
        assert_eq!(res(&E::LastWeek, d(2017, 12, 3), false).0, d(2017, 11, 20));
    }

    #[test]
    fn months_and_years() {
        let a = d(2017, 1, 15);
        assert_eq!(one("الشهر الماضي"), E::LastMonth);
        assert_eq!(
            res(&E::LastMonth, a, false),
            (d(2016, 12, 1), Precision::Month)
        );
        assert_eq!(one("الشهر المقبل"), E::NextMonth);
        assert_eq!(one("الشهر القادم"), E::NextMonth);
        assert_eq!(res(&E::NextMonth, d(2017, 12, 31), false).0, d(2018, 1, 1));
        assert_eq!(one("هذا الشهر"), E::ThisMonth);
        assert_eq!(one("العام الماضي"), E::LastYear);
        assert_eq!(one("السنه الماضيه"), E::LastYear);
        assert_eq!(one("للعام الماضي"), E::LastYear);
        assert_eq!(
            res(&E::LastYear, a, false),
            (d(2016, 1, 1), Precision::Year)
        );
        assert_eq!(one("العام المقبل"), E::NextYear);
        assert_eq!(one("السنه القادمه"), E::NextYear);
        assert_eq!(one("العام الجاري"), E::ThisYear);
        assert_eq!(one("هذا العام"), E::ThisYear);
        none("الامين العام السابق");
        none("المدعي العام السابق");
    }

    #[test]
    fn relative_needs_article_date() {
        for e in [E::Today, E::LastWeek, E::DayMonth { day: 2, month: 3 }] {
            assert_eq!(resolve(&e, None, false), None);
        }
        assert_eq!(
            resolve(&E::Explicit(d(2017, 3, 2)), None, true),
            Some((d(2017, 3, 2), Precision::Day))
        );
    }

    #[test]
    fn day_month_resolution() {
        let e = E::DayMonth { day: 2, month: 3 };
        assert_eq!(
            res(&e, d(2017, 12, 1), false),
            (d(2017, 3, 2), Precision::Day)
        );
        assert_eq!(res(&e, d(2017, 3, 2), false).0, d(2017, 3, 2));
        assert_eq!(res(&e, d(2017, 3, 1), false).0, d(2016, 3, 2));
        assert_eq!(res(&e, d(2017, 3, 1), true).0, d(2017, 3, 2));
        assert_eq!(res(&e, d(2017, 12, 1), true).0, d(2018, 3, 2));
        let leap = E::DayMonth { day: 29, month: 2 };
        assert_eq!(res(&leap, d(2017, 12, 1), false).0, d(2016, 2, 29));
        assert_eq!(res(&leap, d(2017, 12, 1), true).0, d(2020, 2, 29));
    }

    // -- negatives, order, robustness ------------------------------------------------------

    #[test]
    fn counts_and_numbers_are_not_dates() {
        none("100 شخص");
        none("قتل 25 شخصا واصيب 30 اخرون");
        none("اتصل على 0501234567");
        none("في الساعه 08:53");
        none("بنسبه 2.5 بالمئه");
        none("");
        none("،،، ... !!!");
    }

    #[test]
    fn several_in_order_non_overlapping() {
        let s = "وقال امس الاربعاء ان اجتماع 2 مارس 2017 تاجل الي الاسبوع المقبل بعد ان عقد في شهر نوفمبر 2019";
        let f = found(s);
        let exprs: Vec<_> = f.iter().map(|(e, _)| e.clone()).collect();
        assert_eq!(
            exprs,
            vec![
                E::Yesterday,
                E::Explicit(d(2017, 3, 2)),
                E::NextWeek,
                E::MonthYear {
                    year: 2019,
                    month: 11
                },
            ]
        );
        let ms = find_dates(s);
        for w in ms.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
    }

    #[test]
    fn serde_round_trip() {
        let all = vec![
            E::Explicit(d(2017, 3, 2)),
            E::Weekday(Weekday::Thursday),
            E::WeekdayRelative {
                weekday: Weekday::Sunday,
                past: true,
            },
            E::MonthYear {
                year: 2019,
                month: 11,
            },
            E::EndOfLastWeek,
            E::MonthOfRelativeYear {
                month: 6,
                day: None,
                years: -1,
            },
        ];
        let json = serde_json::to_string(&all).unwrap();
        assert!(json.contains("\"explicit\":\"2017-03-02\""), "{json}");
        assert!(json.contains("\"weekday\":\"thursday\""), "{json}");
        let back: Vec<DateExpr> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, all);
        assert_eq!(serde_json::to_string(&Precision::Week).unwrap(), "\"week\"");
    }

    #[test]
    fn never_panics_on_odd_input() {
        // A deterministic pseudo-random mix of the pieces the scanner cares about.
        let pieces = [
            "2017",
            "02",
            "31",
            "1436",
            "/",
            "-",
            ".",
            ":",
            "،",
            "(",
            ")",
            "مارس",
            "اذار",
            "ذو",
            "القعده",
            "ه",
            "م",
            "الموافق",
            "ل",
            "الخميس",
            "اليوم",
            "امس",
            "اول",
            "من",
            "الاسبوع",
            "الماضي",
            "نهايه",
            "عام",
            "شهر",
            "اب",
            "الثاني",
            "عشر",
            "والعشرين",
            "99999999999999",
            "كانون",
            "جمادي",
            "يوم",
            "مساء",
            "غد",
            "بعد",
            " ",
            "ـ",
            "é",
            "😀",
            "\u{200f}",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(x % 14) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(pieces[(x % pieces.len() as u64) as usize]);
                if !x.is_multiple_of(3) {
                    s.push(' ');
                }
            }
            let ms = find_dates(&s);
            let mut last = 0;
            for m in &ms {
                assert!(m.span.start >= last && m.span.end > m.span.start, "{s:?}");
                assert!(s.get(m.span.clone()).is_some(), "{s:?}");
                last = m.span.end;
                for a in [
                    None,
                    Some(d(2017, 12, 1)),
                    Some(d(-9999, 1, 1)),
                    Some(d(9999, 12, 31)),
                ] {
                    let _ = resolve(&m.expr, a, x.is_multiple_of(2));
                }
            }
            let _ = find_dateline(&s);
        }
    }

    #[test]
    fn resolve_extremes_do_not_panic() {
        let exprs = [
            E::DayMonth { day: 31, month: 2 },
            E::DayMonth { day: -5, month: 99 },
            E::MonthYear { year: 0, month: 13 },
            E::Year(i16::MAX),
            E::HijriMonthYear { year: -3, month: 5 },
            E::HijriMonth { month: 13 },
            E::NamedMonth { month: 0 },
            E::MonthOfRelativeYear {
                month: 2,
                day: Some(30),
                years: i8::MAX,
            },
            E::DayOfRelativeMonth {
                day: 31,
                months: i8::MIN,
            },
            E::NextYear,
            E::NextWeek,
            E::HijriMonth { month: 1 },
        ];
        for e in &exprs {
            for a in [d(-9999, 1, 1), d(9999, 12, 31), d(2017, 1, 31)] {
                for f in [false, true] {
                    let _ = resolve(e, Some(a), f);
                }
            }
        }
        assert_eq!(resolve(&E::NextYear, Some(d(9999, 12, 31)), false), None);
    }
}
