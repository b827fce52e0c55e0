//! The Lancang–Mekong Corridor Atlas as a library, so that `tests/` and `benches/` can
//! reach the same code the binary runs.
#![deny(clippy::unwrap_used, clippy::expect_used)]
