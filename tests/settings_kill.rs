//! The settings file against real kills: this test binary runs itself as a child process
//! that holds settings the way the atlas does, and the parent kills it.
//!
//! - SIGTERM (logout, shutdown) while a change waits to be written → the change is saved.
//! - SIGKILL between writing the temporary file and renaming it → the old file is intact,
//!   and the next start reads it.

#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use mekong_atlas::app::settings_file::{self, FILE_NAME, SettingsFile};
use mekong_atlas::data::Lang;
use mekong_atlas::state::Settings;

const CHILD: &str = "MEKONG_SETTINGS_KILL_CHILD";

/// Starts this test binary again, running only `test` with `dir` handed over.
fn spawn_child(test: &str, dir: &Path) -> Child {
    Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(CHILD, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the child starts")
}

/// Reads the child's output until it prints `line`.
fn wait_for(child: &mut Child, line: &str) {
    let out = child.stdout.take().expect("piped");
    let mut lines = BufReader::new(out).lines();
    loop {
        match lines.next() {
            // libtest prints "test NAME ... " before the child's own output, on one line.
            Some(Ok(l)) if l.trim().ends_with(line) => return,
            Some(Ok(_)) => continue,
            _ => panic!("the child ended before printing {line}"),
        }
    }
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "kill {sig} works");
}

/// Waits for the child to end (a hang guard of a minute, not a timing check).
fn reap(mut child: Child) -> std::process::ExitStatus {
    for _ in 0..6000 {
        if let Ok(Some(status)) = child.try_wait() {
            return status;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    panic!("the child did not end");
}

/// In the child: a change waits to be written when SIGTERM comes.
#[test]
fn child_holding_an_unsaved_change() {
    let Some(dir) = std::env::var_os(CHILD) else {
        return; // only runs as the child of the test below
    };
    let mut file = SettingsFile::open(Path::new(&dir)).file;
    file.save_on_termination().expect("signal handler");
    let changed = Settings {
        lang: Lang::Lo,
        ..Settings::default()
    };
    // Recorded, not yet written (the write waits for a pause).
    assert!(file.update(changed, 100.0).is_none());
    assert!(file.pending());
    println!("ready");
    std::thread::sleep(Duration::from_secs(60));
    panic!("SIGTERM never came");
}

#[test]
fn sigterm_saves_the_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = spawn_child("child_holding_an_unsaved_change", dir.path());
    wait_for(&mut child, "ready");
    assert!(!dir.path().join(FILE_NAME).exists(), "nothing written yet");
    signal(&child, "-TERM");
    let status = reap(child);
    assert_eq!(status.code(), Some(128 + 15), "{status:?}");
    let (saved, problems) = settings_file::read(&dir.path().join(FILE_NAME))
        .expect("readable")
        .expect("written on SIGTERM");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(saved.lang, Lang::Lo);
}

/// In the child: killed after the new settings are on disk under the temporary name.
#[test]
fn child_stopping_between_write_and_rename() {
    let Some(dir) = std::env::var_os(CHILD) else {
        return;
    };
    let path = Path::new(&dir).join(FILE_NAME);
    let new = settings_file::to_text(&Settings {
        lang: Lang::Zh,
        ..Settings::default()
    });
    let hang = |_: &Path| -> std::io::Result<()> {
        println!("written");
        std::thread::sleep(Duration::from_secs(60));
        Ok(())
    };
    let _ = mekong_atlas::persist::write_atomic_with(&path, new.as_bytes(), &hang);
    panic!("SIGKILL never came");
}

#[test]
fn a_kill_between_write_and_rename_keeps_the_old_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(FILE_NAME);
    let old = Settings {
        lang: Lang::Th,
        ..Settings::default()
    };
    settings_file::write(&path, &old).expect("old settings");
    let before = std::fs::read(&path).expect("readable");
    let mut child = spawn_child("child_stopping_between_write_and_rename", dir.path());
    wait_for(&mut child, "written");
    signal(&child, "-KILL");
    reap(child);
    assert_eq!(
        std::fs::read(&path).expect("readable"),
        before,
        "old file intact"
    );
    let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
    assert_eq!(
        leftovers, 2,
        "the old file and the dead write's temporary file"
    );
    // The next start reads the old settings, untroubled by the leftover.
    let opened = SettingsFile::open(dir.path());
    assert_eq!(opened.settings.map(|s| s.lang), Some(Lang::Th));
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
}
