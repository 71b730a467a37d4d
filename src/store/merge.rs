//! An edit merged inside its write transaction against the version the user started from:
//! the fields the user changed are applied to the record as it is now, so a colleague's change
//! to any other field stays; a field both changed, to different values, is a conflict that is
//! returned, never decided here.

use serde_json::{Map, Value};

use super::error::{Result, StoreError};
use super::read::Queries;
use super::record::Record;
use super::tx::Tx;

/// Fields the store itself keeps: who wrote the record and when. They are never the user's
/// change and never a conflict.
const STAMPS: [&str; 2] = ["created", "updated"];

/// One field both the user and someone else changed since the user's version, to different
/// values. `field` is its path (`deadline`, `measure.target`).
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub field: String,
    pub mine: Value,
    pub theirs: Value,
}

/// What an edit came to.
#[derive(Clone, Debug, PartialEq)]
pub enum Edited<R> {
    /// Stored: the record as it was just before, and as it is now.
    Saved { before: R, after: R },
    /// Nothing was written: someone changed fields this edit changed too. `current` is the
    /// stored record; `mine` is it with every change of this edit, `theirs` with only the
    /// changes that do not conflict. Either can be saved next with `current` as its base.
    Conflict {
        current: R,
        mine: R,
        theirs: R,
        conflicts: Vec<Conflict>,
    },
}

/// What a delete of a record as the user saw it came to.
#[derive(Clone, Debug, PartialEq)]
pub enum Deleted<R> {
    Done(R),
    /// Nothing was deleted: someone changed the record since; this is it now.
    Changed(R),
}

/// The three-way merge of `mine` (an edit of `base`) into `now`, field by field, into nested
/// objects; lists and plain values are compared whole. Returns the result with all of mine,
/// the result with only my changes that do not conflict, and the conflicts.
fn merge(base: &Value, mine: &Value, now: &Value) -> (Value, Value, Vec<Conflict>) {
    let mut conflicts = Vec::new();
    let mut with_mine = now.clone();
    let mut with_theirs = now.clone();
    merge_into(
        base,
        mine,
        now,
        "",
        &mut with_mine,
        &mut with_theirs,
        &mut conflicts,
    );
    (with_mine, with_theirs, conflicts)
}

fn merge_into(
    base: &Value,
    mine: &Value,
    now: &Value,
    path: &str,
    with_mine: &mut Value,
    with_theirs: &mut Value,
    conflicts: &mut Vec<Conflict>,
) {
    if mine == base {
        return;
    }
    if let (Value::Object(b), Value::Object(m), Value::Object(n)) = (base, mine, now) {
        let (Value::Object(out_mine), Value::Object(out_theirs)) = (with_mine, with_theirs) else {
            return;
        };
        for (key, m_value) in m {
            if path.is_empty() && STAMPS.contains(&key.as_str()) {
                continue;
            }
            let field = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            let b_value = b.get(key).unwrap_or(&Value::Null);
            let n_value = n.get(key).unwrap_or(&Value::Null);
            let mut slot_mine = out_mine.get(key).cloned().unwrap_or(Value::Null);
            let mut slot_theirs = out_theirs.get(key).cloned().unwrap_or(Value::Null);
            merge_into(
                b_value,
                m_value,
                n_value,
                &field,
                &mut slot_mine,
                &mut slot_theirs,
                conflicts,
            );
            out_mine.insert(key.clone(), slot_mine);
            out_theirs.insert(key.clone(), slot_theirs);
        }
        return;
    }
    // A plain value (or a list, or an object on one side only) that I changed.
    if now != base && now != mine {
        conflicts.push(Conflict {
            field: path.to_string(),
            mine: mine.clone(),
            theirs: now.clone(),
        });
        *with_mine = mine.clone();
        return;
    }
    *with_mine = mine.clone();
    *with_theirs = mine.clone();
}

fn to_value<R: Record>(r: &R) -> Result<Value> {
    serde_json::to_value(r).map_err(|e| corrupt::<R>(r.id(), e))
}

fn from_value<R: Record>(v: Value, id: u64) -> Result<R> {
    serde_json::from_value(v).map_err(|e| corrupt::<R>(id, e))
}

fn corrupt<R: Record>(id: u64, e: serde_json::Error) -> StoreError {
    StoreError::Corrupt {
        kind: R::KIND.key(),
        id,
        reason: e.to_string(),
    }
}

/// A record without the stamps, for "did anyone change it" comparisons.
fn unstamped<R: Record>(r: &R) -> Result<Map<String, Value>> {
    match to_value(r)? {
        Value::Object(mut map) => {
            for s in STAMPS {
                map.remove(s);
            }
            Ok(map)
        }
        _ => Ok(Map::new()),
    }
}

/// The edit of `base` into `edited`, merged into `now`.
pub fn three_way<R: Record>(base: &R, edited: &R, now: &R) -> Result<Edited<R>> {
    let (mine, theirs, conflicts) = merge(&to_value(base)?, &to_value(edited)?, &to_value(now)?);
    let id = now.id();
    let mine: R = from_value(mine, id)?;
    if conflicts.is_empty() {
        return Ok(Edited::Saved {
            before: now.clone(),
            after: mine,
        });
    }
    Ok(Edited::Conflict {
        current: now.clone(),
        mine,
        theirs: from_value(theirs, id)?,
        conflicts,
    })
}

impl Tx {
    /// Stores the user's edit of `base` (the version their form or screen started from),
    /// merged into the record as it is inside this transaction. With a conflict nothing is
    /// written and the conflict comes back.
    pub fn edit<R: Record>(&mut self, base: &R, edited: R) -> Result<Edited<R>> {
        let now: R = self.fetch(edited.id())?;
        match three_way(base, &edited, &now)? {
            Edited::Saved { before, after } => {
                let after = self.update(after)?;
                Ok(Edited::Saved { before, after })
            }
            conflict => Ok(conflict),
        }
    }

    /// Deletes the record the user saw; when someone changed it since, deletes nothing and
    /// returns it as it is now.
    pub fn delete_seen<R: Record>(&mut self, seen: &R) -> Result<Deleted<R>> {
        let now: R = self.fetch(seen.id())?;
        if unstamped(&now)? != unstamped(seen)? {
            return Ok(Deleted::Changed(now));
        }
        Ok(Deleted::Done(self.delete(seen.id())?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn my_fields_go_onto_theirs_and_a_shared_field_is_a_conflict() {
        let base = json!({"title": "a", "deadline": null, "measure": {"target": "5", "unit": "d"},
                          "updated": {"by": "anna"}});
        let mine = json!({"title": "b", "deadline": null, "measure": {"target": "3", "unit": "d"},
                          "updated": {"by": "anna"}});
        let now = json!({"title": "a", "deadline": "2027-03-31", "measure": {"target": "5", "unit": "u"},
                         "updated": {"by": "bob"}});
        let (with_mine, with_theirs, conflicts) = merge(&base, &mine, &now);
        assert!(conflicts.is_empty());
        assert_eq!(with_mine, with_theirs);
        assert_eq!(
            with_mine,
            json!({"title": "b", "deadline": "2027-03-31", "measure": {"target": "3", "unit": "u"},
                   "updated": {"by": "bob"}})
        );
        let now = json!({"title": "c", "deadline": null, "measure": {"target": "3", "unit": "d"},
                         "updated": {"by": "bob"}});
        let (with_mine, with_theirs, conflicts) = merge(&base, &mine, &now);
        assert_eq!(
            conflicts,
            vec![Conflict {
                field: "title".into(),
                mine: json!("b"),
                theirs: json!("c"),
            }],
            "the same target on both sides is no conflict"
        );
        assert_eq!(with_mine["title"], json!("b"));
        assert_eq!(with_theirs["title"], json!("c"));
    }

    #[test]
    fn an_unchanged_edit_changes_nothing() {
        let base = json!({"title": "a", "tags": ["x"]});
        let now = json!({"title": "z", "tags": ["x", "y"]});
        let (with_mine, _, conflicts) = merge(&base, &base, &now);
        assert!(conflicts.is_empty());
        assert_eq!(with_mine, now);
    }
}
