#![cfg(not(target_arch = "wasm32"))]
//! The draft store on `MemoryBackend`: every operation, full quota, broken
//! and future entries set aside untouched, migration, two-tab conflicts.

use kaohe::store::{
    Backend, DraftEnvelope, DraftStore, MemoryBackend, Migration, NewDraft, ProblemReason,
    SaveOutcome, StoreError,
};
use serde_json::{json, Value};

fn store() -> DraftStore<MemoryBackend> {
    DraftStore::new(MemoryBackend::new())
}

fn new_draft(name: &str, units: u32) -> NewDraft {
    NewDraft::new(
        name,
        json!({ "units": vec![json!({"name": "城关镇"}); units as usize] }),
        units,
    )
}

fn raw(store: &DraftStore<MemoryBackend>, key: &str) -> Option<String> {
    store.backend().entries().get(key).cloned()
}

fn saved(outcome: SaveOutcome) -> DraftEnvelope {
    match outcome {
        SaveOutcome::Saved { draft, .. } => draft,
        other => panic!("expected Saved, got {other:?}"),
    }
}

#[test]
fn create_load_and_list_newest_first() {
    let mut s = store();
    let a = s.create(new_draft("甲县 2025", 3), 1_000).unwrap();
    let b = s.create(new_draft("乙县", 1), 2_000).unwrap();
    assert_eq!(
        (a.format.as_str(), a.version, a.revision),
        ("kaohe-draft", 1, 1)
    );
    assert!(raw(&s, &format!("kaohe.draft.{}", a.id)).is_some());
    assert_eq!(s.load(&a.id).unwrap(), a);
    let listing = s.list().unwrap();
    assert!(listing.problems.is_empty());
    let names: Vec<_> = listing
        .drafts
        .iter()
        .map(|d| (d.name.as_str(), d.units_count))
        .collect();
    assert_eq!(names, [("乙县", 1), ("甲县 2025", 3)]);
    assert_eq!(
        (listing.drafts[0].id.as_str(), listing.drafts[0].updated),
        (b.id.as_str(), 2_000)
    );
    assert_eq!(
        s.load("nope"),
        Err(StoreError::NotFound { id: "nope".into() })
    );
}

#[test]
fn ids_never_collide_and_are_checked() {
    let mut s = store();
    let a = s.create(new_draft("a", 1), 5).unwrap();
    let b = s.create(new_draft("b", 1), 5).unwrap();
    assert_ne!(a.id, b.id);
    let mut chosen = new_draft("c", 1);
    chosen.id = Some("r4nd0m_ID-1".into());
    assert_eq!(s.create(chosen.clone(), 6).unwrap().id, "r4nd0m_ID-1");
    assert_eq!(s.create(chosen, 7).unwrap().id, "r4nd0m_ID-1-2");
    let mut bad = new_draft("d", 1);
    bad.id = Some("../x".into());
    assert_eq!(s.create(bad, 8).unwrap_err().code(), "store.invalid_id");
    assert_eq!(s.list().unwrap().drafts.len(), 4);
}

#[test]
fn save_bumps_the_revision_and_detects_a_second_tab() {
    let mut backend = MemoryBackend::new();
    let mut mine = DraftStore::new(&mut backend)
        .create(new_draft("县", 1), 10)
        .unwrap();

    // Tab B loads and saves the same draft.
    let mut theirs = DraftStore::new(&mut backend).load(&mine.id).unwrap();
    theirs.body = json!({ "from": "tab B" });
    let theirs = saved(DraftStore::new(&mut backend).save(&theirs, 20).unwrap());
    assert_eq!((theirs.revision, theirs.updated), (2, 20));

    // Tab A, still at revision 1, is refused and shown theirs.
    let before = backend.entries().clone();
    mine.body = json!({ "from": "tab A" });
    let mut store = DraftStore::new(&mut backend);
    match store.save(&mine, 30).unwrap() {
        SaveOutcome::Conflict { theirs: t } => assert_eq!(t, theirs),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(store.backend().entries(), &before, "nothing written");

    // "Keep mine as a copy": a new draft, theirs untouched.
    let copy = store.save_as_copy(&mine, "县 (copy)", 40).unwrap();
    assert_ne!(copy.id, mine.id);
    assert_eq!(
        (copy.body.clone(), copy.revision),
        (json!({ "from": "tab A" }), 1)
    );
    assert_eq!(store.load(&mine.id).unwrap(), theirs);

    // "Load theirs" and go on editing from revision 2.
    let mut again = store.load(&mine.id).unwrap();
    again.name = "县 v3".into();
    assert_eq!(saved(store.save(&again, 50).unwrap()).revision, 3);
}

#[test]
fn a_draft_deleted_elsewhere_is_saved_again_not_lost() {
    let mut s = store();
    let d = s.create(new_draft("x", 1), 1).unwrap();
    s.delete(&d.id).unwrap();
    let back = saved(s.save(&d, 2).unwrap());
    assert_eq!(s.load(&d.id).unwrap(), back);
}

#[test]
fn rename_duplicate_and_link_hash() {
    let mut s = store();
    let mut from_link = new_draft("from link", 2);
    from_link.origin_link_hash = Some("0123456789abcdef".into());
    let d = s.create(from_link, 1).unwrap();

    let renamed = s.rename(&d.id, "改名", 5).unwrap();
    assert_eq!(
        (renamed.name.as_str(), renamed.revision, renamed.updated),
        ("改名", 2, 5)
    );
    assert!(matches!(
        s.save(&d, 6).unwrap(),
        SaveOutcome::Conflict { .. }
    ));

    let dup = s.duplicate(&d.id, "副本", 7).unwrap();
    assert_eq!(
        (dup.body.clone(), dup.units_count, dup.revision),
        (d.body.clone(), 2, 1)
    );
    assert_eq!(dup.origin_link_hash, None);

    let found = s.find_by_link_hash("0123456789abcdef").unwrap();
    assert_eq!(found.drafts.len(), 1);
    assert_eq!(found.drafts[0].id, d.id);
    assert!(s
        .find_by_link_hash("ffffffffffffffff")
        .unwrap()
        .drafts
        .is_empty());
    assert_eq!(
        s.rename("nope", "x", 8).unwrap_err().code(),
        "store.not_found"
    );
}

#[test]
fn delete_and_undo_restore_exactly() {
    let mut s = store();
    let d = s.create(new_draft("keep", 4), 1).unwrap();
    s.backend_mut()
        .set("kaohe.draft.hand", " {\"odd\": true} ")
        .unwrap();
    let before = s.backend().entries().clone();

    let deleted = s.delete(&d.id).unwrap();
    let hand = s.delete("hand").unwrap();
    assert_eq!(hand.raw, " {\"odd\": true} ");
    assert!(s.list().unwrap().drafts.is_empty());
    s.undo_delete(&deleted).unwrap();
    s.undo_delete(&hand).unwrap();
    assert_eq!(s.backend().entries(), &before);

    assert_eq!(
        s.undo_delete(&deleted).unwrap_err().code(),
        "store.already_exists"
    );
    assert_eq!(s.delete("gone").unwrap_err().code(), "store.not_found");
}

#[test]
fn a_full_quota_keeps_the_previous_draft() {
    let mut s = DraftStore::new(MemoryBackend::with_quota(2_000));
    let d = s.create(new_draft("small", 1), 1).unwrap();
    let stored = raw(&s, &d.key());

    let mut big = d.clone();
    big.body = json!({ "notes": "满".repeat(5_000) });
    assert_eq!(s.save(&big, 2), Err(StoreError::QuotaExceeded));
    assert_eq!(raw(&s, &d.key()), stored);
    assert_eq!(s.load(&d.id).unwrap(), d);

    let before = s.backend().entries().clone();
    let err = s
        .create(NewDraft::new("big", big.body.clone(), 1), 3)
        .unwrap_err();
    assert_eq!(err.code(), "store.quota_exceeded");
    assert_eq!(s.backend().entries(), &before);
}

#[test]
fn unavailable_storage_is_reported() {
    let mut s = DraftStore::new(MemoryBackend::unavailable());
    assert_eq!(s.list().unwrap_err().code(), "store.unavailable");
    assert_eq!(
        s.create(new_draft("x", 1), 1).unwrap_err().code(),
        "store.unavailable"
    );
    assert_eq!(s.clear_all().unwrap_err().code(), "store.unavailable");
}

#[test]
fn unreadable_entries_are_quarantined_with_their_exact_text() {
    let mut s = store();
    let good = s.create(new_draft("good", 1), 1).unwrap();
    let cases = [
        (
            "kaohe.draft.cut",
            "{\"format\":\"kaohe-draft\",\"vers",
            "draft.not_json",
        ),
        ("kaohe.draft.alien", "{\"hello\": 1}", "draft.not_a_draft"),
        (
            "kaohe.draft.future",
            "{ \"format\":\"kaohe-draft\", \"version\": 2, \"x\": [1,2] }\n",
            "draft.future_version",
        ),
        (
            "kaohe.draft.shape",
            "{\"format\":\"kaohe-draft\",\"version\":1,\"id\":\"shape\"}",
            "draft.wrong_shape",
        ),
    ];
    for (key, text, _) in cases {
        s.backend_mut().set(key, text).unwrap();
    }
    let listing = s.list().unwrap();
    assert_eq!(listing.drafts.len(), 1);
    assert_eq!(listing.drafts[0].id, good.id);
    assert_eq!(listing.problems.len(), cases.len());
    for (key, text, code) in cases {
        let problem = listing.problems.iter().find(|p| p.key == key).unwrap();
        assert_eq!((problem.reason.code(), problem.raw.as_str()), (code, text));
        let moved_to = problem.quarantine_key.clone().unwrap();
        assert_eq!(moved_to, format!("kaohe.quarantine.{}.1", &key[12..]));
        assert_eq!(raw(&s, &moved_to).as_deref(), Some(text));
        assert_eq!(raw(&s, key), None);
    }
    let future = listing
        .problems
        .iter()
        .find(|p| p.key == "kaohe.draft.future")
        .unwrap();
    assert_eq!(
        future.reason,
        ProblemReason::FutureVersion {
            version: 2,
            supported: 1
        }
    );
    assert!(
        s.list().unwrap().problems.is_empty(),
        "reported once, then kept aside"
    );

    // The same id breaking again goes to .2; the download list has both.
    s.backend_mut().set("kaohe.draft.cut", "x").unwrap();
    let err = s.load("cut").unwrap_err();
    assert_eq!(err.code(), "store.unreadable");
    let q = s.quarantined().unwrap();
    let cut: Vec<_> = q
        .iter()
        .filter(|e| e.id == "cut")
        .map(|e| (e.n, e.raw.as_str()))
        .collect();
    assert_eq!(cut, [(1, cases[0].1), (2, "x")]);
    s.discard_quarantined("kaohe.quarantine.cut.2").unwrap();
    assert_eq!(s.quarantined().unwrap().len(), cases.len());
}

#[test]
fn a_future_draft_is_never_overwritten_by_a_save() {
    let mut s = store();
    let mine = s.create(new_draft("mine", 1), 1).unwrap();
    let newer = format!(
        "{{\"format\":\"kaohe-draft\",\"version\":9,\"id\":\"{}\"}}",
        mine.id
    );
    s.backend_mut().set(&mine.key(), &newer).unwrap();
    match s.save(&mine, 2).unwrap() {
        SaveOutcome::Saved {
            set_aside: Some(problem),
            ..
        } => {
            let to = problem.quarantine_key.unwrap();
            assert_eq!(raw(&s, &to), Some(newer));
        }
        other => panic!("expected Saved with a set-aside entry, got {other:?}"),
    }
}

#[test]
fn an_entry_that_cannot_be_moved_stays_untouched() {
    let mut s = DraftStore::new(MemoryBackend::new());
    let text = "{\"format\":\"kaohe-draft\",\"version\":5}";
    s.backend_mut().set("kaohe.draft.stuck", text).unwrap();
    let used = s.backend().used();
    s.backend_mut().set_quota(Some(used + 10));
    let problems = s.list().unwrap().problems;
    assert_eq!(problems[0].quarantine_key, None);
    assert_eq!(raw(&s, "kaohe.draft.stuck").as_deref(), Some(text));

    let stuck = DraftEnvelope {
        format: "kaohe-draft".into(),
        version: 1,
        id: "stuck".into(),
        name: "mine".into(),
        created: 1,
        updated: 1,
        revision: 1,
        units_count: 0,
        origin_link_hash: None,
        body: Value::Null,
    };
    assert_eq!(s.save(&stuck, 2).unwrap_err().code(), "store.unreadable");
    assert_eq!(raw(&s, "kaohe.draft.stuck").as_deref(), Some(text));
}

/// Version 0 of the envelope, defined only here: `title` instead of `name`,
/// one `saved_at` time, and the Scenario under `scenario`.
fn v0_to_v1(mut v: Value) -> Result<Value, String> {
    let o = v.as_object_mut().ok_or("not an object")?;
    let title = o.remove("title").ok_or("no title")?;
    let at = o.remove("saved_at").ok_or("no saved_at")?;
    let body = o.remove("scenario").ok_or("no scenario")?;
    let units = body["units"].as_array().map_or(0, Vec::len);
    o.insert("name".into(), title);
    o.insert("created".into(), at.clone());
    o.insert("updated".into(), at);
    o.insert("revision".into(), json!(1));
    o.insert("units_count".into(), json!(units));
    o.insert("body".into(), body);
    Ok(v)
}

fn failing_migration(_: Value) -> Result<Value, String> {
    Err("cannot convert".into())
}

const V0: &str = r#"{"format":"kaohe-draft","version":0,"id":"old","title":"旧稿","saved_at":42,"scenario":{"units":[{"name":"甲"},{"name":"乙"}]}}"#;

#[test]
fn an_older_version_is_migrated_and_written_back() {
    let mut backend = MemoryBackend::new();
    backend.set("kaohe.draft.old", V0).unwrap();
    let mut s = DraftStore::with_migrations(
        backend,
        vec![Migration {
            from: 0,
            run: v0_to_v1,
        }],
    );
    let draft = s.load("old").unwrap();
    assert_eq!(
        (draft.version, draft.name.as_str(), draft.units_count),
        (1, "旧稿", 2)
    );
    assert_eq!((draft.created, draft.updated, draft.revision), (42, 42, 1));
    assert_eq!(draft.body, json!({"units":[{"name":"甲"},{"name":"乙"}]}));
    let written: Value = serde_json::from_str(&raw(&s, "kaohe.draft.old").unwrap()).unwrap();
    assert_eq!(written["version"], json!(1));
    assert_eq!(written["name"], json!("旧稿"));
    assert!(s.quarantined().unwrap().is_empty());
    assert_eq!(s.list().unwrap().drafts[0].name, "旧稿");
}

#[test]
fn a_missing_or_failing_migration_sets_the_entry_aside() {
    for migrations in [
        vec![],
        vec![Migration {
            from: 0,
            run: failing_migration,
        }],
    ] {
        let mut backend = MemoryBackend::new();
        backend.set("kaohe.draft.old", V0).unwrap();
        let mut s = DraftStore::with_migrations(backend, migrations);
        match s.load("old") {
            Err(StoreError::Unreadable { problem }) => {
                assert!(matches!(
                    problem.reason,
                    ProblemReason::MigrationFailed { from: 0, .. }
                ));
                assert_eq!(raw(&s, "kaohe.quarantine.old.1").as_deref(), Some(V0));
            }
            other => panic!("expected Unreadable, got {other:?}"),
        }
        assert_eq!(raw(&s, "kaohe.draft.old"), None);
    }
}

#[test]
fn the_key_decides_the_id_and_the_ui_can_set_a_draft_aside() {
    let mut s = store();
    let d = s.create(new_draft("a", 1), 1).unwrap();
    let text = raw(&s, &d.key()).unwrap();
    s.backend_mut().set("kaohe.draft.copied", &text).unwrap();
    assert_eq!(s.load("copied").unwrap().id, "copied");

    let problem = s.quarantine("copied", "body is not a Scenario").unwrap();
    assert_eq!(problem.reason.code(), "draft.wrong_shape");
    assert_eq!(raw(&s, "kaohe.quarantine.copied.1"), Some(text));
    assert_eq!(s.load("copied").unwrap_err().code(), "store.not_found");
}

#[test]
fn clear_all_removes_only_kaohe_keys() {
    let mut s = store();
    s.create(new_draft("a", 1), 1).unwrap();
    s.backend_mut().set("kaohe.lang", "en").unwrap();
    s.backend_mut().set("kaohe.draft.bad", "{").unwrap();
    s.list().unwrap();
    for key in ["other.app", "kaohe", "kaohex.y", "KAOHE.lang"] {
        s.backend_mut().set(key, "keep").unwrap();
    }
    assert_eq!(s.clear_all(), Ok(3));
    let left: Vec<_> = s.backend().keys().unwrap();
    assert_eq!(left, ["KAOHE.lang", "kaohe", "kaohex.y", "other.app"]);
}

#[test]
fn errors_serialize_with_stable_codes() {
    let err = StoreError::NotFound { id: "x".into() };
    assert_eq!(
        serde_json::to_value(&err).unwrap(),
        json!({"kind": "not_found", "id": "x"})
    );
    assert_eq!(StoreError::QuotaExceeded.code(), "store.quota_exceeded");
    assert_eq!(
        kaohe::store::draft_id_from_key("kaohe.draft.ab"),
        Some("ab")
    );
    assert_eq!(
        kaohe::store::parse_quarantine_key("kaohe.quarantine.a.b.3"),
        Some(("a.b", 3))
    );
}
