#![cfg(not(target_arch = "wasm32"))]
//! Every input kept under `tests/fuzz-regressions/<target>/` (crashes found
//! by `make fuzz`, and hand-picked hostile inputs) runs through the same
//! entry point as its fuzz target (`kaohe::fuzzing`) and must not panic.

use std::path::Path;

#[test]
fn every_kept_fuzz_input_runs_without_panicking() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut ran = 0;
    for target in kaohe::fuzzing::TARGETS {
        let dir = root.join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.file_name().is_some_and(|n| n == ".gitkeep") {
                continue;
            }
            let data = std::fs::read(&path).expect("read a kept input");
            kaohe::fuzzing::run(target, &data);
            ran += 1;
        }
    }
    assert!(
        ran > 0,
        "no kept fuzz inputs found under {}",
        root.display()
    );
}
