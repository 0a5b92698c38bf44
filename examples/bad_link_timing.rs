//! Times opening ~200 KB share links natively (BENCHMARKS.md, "Share
//! links"): junk after a valid prefix (the bad-link case: a typed error),
//! a truncated and a tampered real link of that size, and the real link
//! itself. Run: `cargo run --release --example bad_link_timing`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use kaohe::engine::example::generated_county;
use kaohe::engine::Scenario;
use kaohe::share;

/// Deterministic base64url noise.
fn noise(len: usize, mut x: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..len)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from(ALPHABET[(x >> 58) as usize])
        })
        .collect()
}

fn time(name: &str, link: &str, runs: usize) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let r = share::decode::<Scenario>(black_box(link));
            let d = t.elapsed();
            black_box(&r);
            d
        })
        .collect();
    times.sort();
    let outcome = match share::decode::<Scenario>(link) {
        Ok(s) => format!("ok, {} units", s.units.len()),
        Err(e) => e.code().to_owned(),
    };
    println!(
        "{name}: {} KB, median {:.3} ms, max {:.3} ms ({runs} runs) → {outcome}",
        link.len() / 1000,
        times[runs / 2].as_secs_f64() * 1e3,
        times[runs - 1].as_secs_f64() * 1e3,
    );
}

fn main() {
    time("junk after k1.", &format!("k1.{}", noise(200_000, 7)), 50);
    // A real link of about 200 KB: a generated county of that size.
    let mut n = 400;
    let real = loop {
        let link = share::encode(&generated_county(n, 42)).expect("a link");
        if link.len() >= 200_000 || n > 4000 {
            break link;
        }
        n += 200;
    };
    time("real link", &real, 20);
    time("truncated real link", &real[..real.len() / 2], 50);
    let mut tampered = real.clone().into_bytes();
    let at = tampered.len() / 2;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    time(
        "tampered real link",
        &String::from_utf8(tampered).unwrap_or_default(),
        50,
    );
}
