//! The event ontology: CAMEO codes with Goldstein scores (`data/reference/cameo_codes.csv`,
//! MIT) and the CAMEO→PLOVER mapping (`data/reference/cameo_to_plover.tsv`, CC BY-SA 4.0),
//! embedded at build time. QuadClass follows the CAMEO root (01–05, 06–08, 09–13, 14–20).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::CoderError;

const CAMEO_CSV: &str = include_str!("../../../data/reference/cameo_codes.csv");
const PLOVER_TSV: &str = include_str!("../../../data/reference/cameo_to_plover.tsv");

/// PLOVER coding of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plover {
    /// One of the 16 PLOVER types; `None` for CAMEO 01 (public statements), which PLOVER drops.
    pub event_type: Option<String>,
    pub mode: Option<String>,
    pub contexts: Vec<String>,
}

/// What one CAMEO code means.
#[derive(Debug, Clone)]
pub struct CameoCode {
    pub code: String,
    pub name: String,
    pub goldstein: f64,
}

/// The CAMEO table and the PLOVER mapping.
#[derive(Debug)]
pub struct Ontology {
    cameo: HashMap<String, CameoCode>,
    plover: HashMap<String, Plover>,
}

impl Ontology {
    /// The tables bundled with rasid.
    pub fn embedded() -> Result<Self, CoderError> {
        let mut cameo = HashMap::new();
        for (i, line) in CAMEO_CSV.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let bad = || CoderError::Data {
                file: "cameo_codes.csv".into(),
                line: i + 1,
                message: format!("cannot parse `{line}`"),
            };
            let (code, rest) = line.split_once(',').ok_or_else(bad)?;
            let (name, gold) = rest.rsplit_once(',').ok_or_else(bad)?;
            let goldstein: f64 = gold.trim().parse().map_err(|_| bad())?;
            cameo.insert(
                code.to_string(),
                CameoCode {
                    code: code.to_string(),
                    name: name.trim_matches('"').to_string(),
                    goldstein,
                },
            );
        }
        let mut plover = HashMap::new();
        for line in PLOVER_TSV.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let Some(code) = cols.first().filter(|c| !c.is_empty()) else {
                continue;
            };
            let get = |i: usize| cols.get(i).map(|s| s.trim()).filter(|s| !s.is_empty());
            let entry = Plover {
                event_type: get(1).map(str::to_string),
                mode: get(2).map(str::to_string),
                contexts: get(3)
                    .map(|c| c.split(';').map(|s| s.trim().to_string()).collect())
                    .unwrap_or_default(),
            };
            // The first row of a duplicated code wins (08 is CONCEDE before RETREAT).
            plover.entry(code.to_string()).or_insert(entry);
        }
        Ok(Ontology { cameo, plover })
    }

    /// The CAMEO code's entry, if the code exists.
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.cameo.get(code)
    }

    /// Number of CAMEO codes known.
    pub fn len(&self) -> usize {
        self.cameo.len()
    }

    /// True when no code is loaded.
    pub fn is_empty(&self) -> bool {
        self.cameo.is_empty()
    }

    /// PLOVER type, mode and contexts for a CAMEO code (falling back to its parent codes).
    /// CAMEO 02 (appeal) has no PLOVER row: it is REQUEST, with the mode its subject implies;
    /// 018 (empathetic comment: condolences, solidarity) is SUPPORT; other 01 codes have no type.
    pub fn plover(&self, code: &str) -> Plover {
        // PLOVER drops CAMEO 01; condolences and solidarity (018) are non-material backing: SUPPORT.
        if code.starts_with("018") {
            return Plover {
                event_type: Some("SUPPORT".into()),
                mode: None,
                contexts: Vec::new(),
            };
        }
        if code.starts_with("02") {
            let mode = match code.get(..3) {
                Some("024") => "change",
                Some("025") => "yield",
                Some("026") | Some("027") | Some("028") => "meet",
                _ => "assist",
            };
            return Plover {
                event_type: Some("REQUEST".into()),
                mode: Some(mode.into()),
                contexts: Vec::new(),
            };
        }
        let mut c = code;
        while !c.is_empty() {
            if let Some(p) = self.plover.get(c) {
                return p.clone();
            }
            c = &c[..c.len() - 1];
        }
        Plover {
            event_type: None,
            mode: None,
            contexts: Vec::new(),
        }
    }

    /// QuadClass of a CAMEO code: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    pub fn quad_class(code: &str) -> u8 {
        match code.get(..2).and_then(|r| r.parse::<u8>().ok()) {
            Some(1..=5) => 1,
            Some(6..=8) => 2,
            Some(9..=13) => 3,
            _ => 4,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_with_string_codes() {
        let o = Ontology::embedded().unwrap();
        assert_eq!(o.len(), 312);
        assert_eq!(o.cameo("043").unwrap().goldstein, 2.8);
        assert_eq!(o.cameo("051").unwrap().name, "Praise or endorse");
        let p = o.plover("042");
        assert_eq!(p.event_type.as_deref(), Some("CONSULT"));
        assert_eq!(p.mode.as_deref(), Some("visit"));
        assert_eq!(o.plover("0233").event_type.as_deref(), Some("REQUEST"));
        assert_eq!(o.plover("0311").contexts, vec!["economic".to_string()]);
        assert_eq!(o.plover("010").event_type, None);
    }

    #[test]
    fn quad_classes_follow_roots() {
        assert_eq!(Ontology::quad_class("043"), 1);
        assert_eq!(Ontology::quad_class("062"), 2);
        assert_eq!(Ontology::quad_class("120"), 3);
        assert_eq!(Ontology::quad_class("190"), 4);
    }
}
