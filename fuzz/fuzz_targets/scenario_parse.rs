#![no_main]
// See src/fuzzing.rs: the body is shared with tests/fuzz_regressions.rs.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kaohe::fuzzing::scenario_parse(data));
