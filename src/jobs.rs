//! Background work that must never stall a frame: GeoJSON imports and anything slow.
//!
//! A [`Job`] runs on its own named thread, reports progress as a fraction, can be
//! cancelled, and hands its result back over a channel that the UI polls once per frame.
//! The worker calls the `repaint` hook when it finishes so the UI wakes up even if the
//! user is not moving the mouse.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;

/// Progress and cancellation shared between a job and the UI.
#[derive(Default, Debug)]
pub struct JobControl {
    cancel: AtomicBool,
    /// Progress 0..=1 stored as f32 bits, so reading it needs no lock.
    progress_bits: AtomicU32,
}

impl JobControl {
    /// Asks the job to stop as soon as it can; it then reports that it was cancelled.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The flag the worker checks between pieces of work.
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancel
    }

    /// Whether cancellation was requested.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Records progress (clamped to 0..=1) for the progress bar.
    pub fn set_progress(&self, fraction: f32) {
        let f = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.progress_bits.store(f.to_bits(), Ordering::Relaxed);
    }

    /// Latest progress, 0..=1.
    pub fn progress(&self) -> f32 {
        f32::from_bits(self.progress_bits.load(Ordering::Relaxed))
    }
}

/// A running piece of background work producing a `T`.
pub struct Job<T> {
    /// What the user is told the job is doing ("Opening rivers.geojson").
    pub title: String,
    control: Arc<JobControl>,
    result: mpsc::Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new named thread. `repaint` is called once the result is ready.
    /// If the operating system refuses a thread, the error is returned for the caller to
    /// show; nothing runs in that case.
    pub fn spawn(
        title: impl Into<String>,
        repaint: impl Fn() + Send + 'static,
        work: impl FnOnce(&JobControl) -> T + Send + 'static,
    ) -> std::io::Result<Self> {
        let title = title.into();
        let control = Arc::new(JobControl::default());
        let (tx, rx) = mpsc::channel();
        let worker_control = Arc::clone(&control);
        // Messages the work writes (errors, notes) read in the language of the window
        // that started it.
        let lang = crate::i18n::lang();
        thread::Builder::new()
            .name(format!("job: {title}"))
            .spawn(move || {
                crate::i18n::set_lang(lang);
                let out = work(&worker_control);
                // The receiver may be gone if the app closed; nothing to do then.
                let _ = tx.send(out);
                repaint();
            })?;
        Ok(Self {
            title,
            control,
            result: rx,
        })
    }

    /// Progress and cancel handle, for the progress bar and its Cancel button.
    pub fn control(&self) -> &JobControl {
        &self.control
    }

    /// The result if the job has finished; `None` while it is running (or if its thread
    /// died: see [`Job::poll_outcome`]). Never blocks.
    pub fn poll(&self) -> Option<T> {
        match self.poll_outcome() {
            JobPoll::Done(v) => Some(v),
            JobPoll::Running | JobPoll::Died => None,
        }
    }

    /// Running, finished with its result, or died: a worker that ended without sending a
    /// result (it panicked) is told apart from one still working, so a progress bar never
    /// waits forever for it. Never blocks.
    pub fn poll_outcome(&self) -> JobPoll<T> {
        match self.result.try_recv() {
            Ok(v) => JobPoll::Done(v),
            Err(mpsc::TryRecvError::Empty) => JobPoll::Running,
            Err(mpsc::TryRecvError::Disconnected) => JobPoll::Died,
        }
    }
}

/// Where a job stands, from [`Job::poll_outcome`].
#[derive(Debug, PartialEq)]
pub enum JobPoll<T> {
    /// Still working.
    Running,
    /// Finished with this result.
    Done(T),
    /// The thread ended without a result (a panic in the work).
    Died,
}

/// Puts the calling tile-drawing thread behind the window's thread: on a two-core laptop
/// the window's frames then come first, so the first frame is not kept waiting by tiles
/// being drawn (a tile is only seen once the window has time to show it). Tiles still get
/// every core the window leaves idle, and threads this one starts inherit the priority.
/// Work the user waits for (imports, pack checks) keeps normal priority: a window that
/// repaints all the time, as on a software renderer, must not stall it. Lowering a thread's
/// own priority needs no privileges; if the system refuses, the thread runs at normal
/// priority, which is only slower to yield, so that is logged, not shown.
pub fn behind_the_window() {
    if let Err(e) =
        thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min)
    {
        log::debug!("background thread keeps its priority: {e:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// How long a test waits for a job's thread before calling it a hang (a guard, not a
    /// timing check: threads start late on a machine busy with every other test).
    const HANG_GUARD: Duration = Duration::from_secs(120);

    fn wait<T: Send + 'static>(job: &Job<T>) -> T {
        let deadline = std::time::Instant::now() + HANG_GUARD;
        while std::time::Instant::now() < deadline {
            if let Some(v) = job.poll() {
                return v;
            }
            thread::sleep(Duration::from_millis(10));
        }
        panic!("job did not finish");
    }

    #[test]
    fn a_job_whose_thread_dies_is_reported_dead_not_running_forever() {
        let job: Job<u32> =
            Job::spawn("dies", || {}, |_| panic!("a bug in the reader")).expect("thread");
        let deadline = std::time::Instant::now() + HANG_GUARD;
        while std::time::Instant::now() < deadline {
            match job.poll_outcome() {
                JobPoll::Running => thread::sleep(Duration::from_millis(10)),
                JobPoll::Died => return,
                JobPoll::Done(v) => panic!("no result was sent, got {v}"),
            }
        }
        panic!("the dead job still looks as if it were running");
    }

    #[test]
    fn a_job_writes_its_messages_in_the_language_of_the_window_that_started_it() {
        crate::i18n::set_lang(crate::data::Lang::Lo);
        let job = Job::spawn("language", || {}, |_| crate::i18n::lang()).expect("thread");
        crate::i18n::set_lang(crate::data::Lang::En);
        assert_eq!(wait(&job), crate::data::Lang::Lo);
    }

    #[test]
    fn a_job_delivers_its_result_and_wakes_the_ui() {
        let woke = Arc::new(AtomicBool::new(false));
        let w = Arc::clone(&woke);
        let job = Job::spawn(
            "sum",
            move || w.store(true, Ordering::SeqCst),
            |c| {
                c.set_progress(0.5);
                2 + 2
            },
        )
        .unwrap();
        assert_eq!(wait(&job), 4);
        assert!(woke.load(Ordering::SeqCst));
    }

    #[test]
    fn a_cancelled_job_sees_the_flag() {
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let job = Job::spawn(
            "wait for cancel",
            || {},
            move |c| {
                let _ = go_rx.recv();
                c.is_cancelled()
            },
        )
        .unwrap();
        job.control().cancel();
        go_tx.send(()).unwrap();
        assert!(wait(&job));
    }

    #[test]
    fn progress_is_clamped_and_never_nan() {
        let c = JobControl::default();
        c.set_progress(2.0);
        assert_eq!(c.progress(), 1.0);
        c.set_progress(f32::NAN);
        assert_eq!(c.progress(), 0.0);
    }

    /// The calling thread's nice value, from `/proc/thread-self/stat` (field 19).
    #[cfg(target_os = "linux")]
    fn nice_of_this_thread() -> i32 {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
        let after_name = &stat[stat.rfind(')').unwrap() + 2..];
        // Fields from the 3rd (state) on; nice is the 19th field of the whole line.
        after_name.split(' ').nth(16).unwrap().parse().unwrap()
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_background_thread_yields_to_the_window_thread() {
        let (before, after) = std::thread::Builder::new()
            .name("priority test".into())
            .spawn(|| {
                let before = nice_of_this_thread();
                super::behind_the_window();
                (before, nice_of_this_thread())
            })
            .unwrap()
            .join()
            .unwrap();
        assert!(after > before, "nice {before} → {after}");
        assert_eq!(
            nice_of_this_thread(),
            before,
            "only the calling thread changes"
        );
    }
}
