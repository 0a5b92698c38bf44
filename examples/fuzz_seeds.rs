//! Writes seed inputs for the fuzz targets into `<dir>/<target>/` (used by
//! `make fuzz`): the example county as JSON and as a share link, the
//! built-in rules, a tolerance case.
//!
//! `cargo run --example fuzz_seeds -- fuzz/seeds`

use std::path::PathBuf;

use kaohe::engine::{self, RuleSet};

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "fuzz/seeds".into()),
    );
    let example = engine::example::example_county();
    let scenario = serde_json::to_vec(&example).map_err(std::io::Error::other)?;
    let rules = serde_json::to_vec(&RuleSet::builtin()).map_err(std::io::Error::other)?;
    let link = kaohe::share::encode(&example).map_err(|e| std::io::Error::other(e.to_string()))?;
    let case = r#"{"cadre":"张三","application_date":"2026-09-30","answers":{"no_private_gain":"yes","first_trial":"yes","fraud":"unknown"}}"#.as_bytes();
    let seeds: [(&str, &[u8]); 5] = [
        ("link_decode", link.as_bytes()),
        ("scenario_parse", &scenario),
        ("ruleset_parse", &rules),
        ("evaluate", &scenario),
        ("tolerance", case),
    ];
    for (target, bytes) in seeds {
        let d = dir.join(target);
        std::fs::create_dir_all(&d)?;
        std::fs::write(d.join("seed"), bytes)?;
    }
    println!("seeds written to {}", dir.display());
    Ok(())
}
