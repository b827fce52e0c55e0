//! Messages to the user in plain words: what went wrong, what was kept, what to do.
//!
//! Every error that reaches the user goes through here exactly once (the code that
//! produced it returns it as a value and does not also log it), and stays visible until
//! dismissed, with the technical details folded away. Information ("opened, 12 features")
//! fades after [`INFO_SECONDS`] so it never piles up over the map; a notice the user
//! dismissed does not come back.

use std::collections::HashSet;

/// How serious a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Something worked (an import finished).
    Info,
    /// Something partly worked (features skipped).
    Warning,
    /// Something failed; nothing already loaded was lost.
    Error,
}

/// One message.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Severity.
    pub level: Level,
    /// One sentence for everyone.
    pub text: String,
    /// Optional detail lines (e.g. every problem with its line), shown on request.
    pub details: Vec<String>,
    /// When the notice was first on screen (seconds of the window's clock); information
    /// fades a fixed time after this, not after it was made (a notice made before the
    /// first frame still gets its whole time).
    pub shown_since: Option<f64>,
}

/// The list of notices shown at the top of the map.
#[derive(Clone, Debug, Default)]
pub struct Notices {
    items: Vec<Notice>,
    /// Notices that made room for newer ones, so the user knows some were missed.
    dropped: usize,
    /// Keys of conditions already told with [`Notices::push_once`]: a lasting condition
    /// (the basemap is unreadable) is told once, and stays dismissed when dismissed.
    told: HashSet<String>,
}

/// Information notices disappear this many seconds after they were first shown; warnings
/// and errors stay until dismissed.
pub const INFO_SECONDS: f64 = 8.0;

/// At most this many notices are kept (nine failed imports must all be seen); older ones
/// make room and are counted.
pub const MAX_NOTICES: usize = 30;
/// At most this many notices are shown at once; the others behind "show all".
pub const SHOWN_NOTICES: usize = 6;
/// At most this many detail lines are kept per notice (an import with a million problems
/// must not take gigabytes to list them); the rest are counted in a last line.
pub const MAX_DETAILS: usize = 200;

/// Keeps the first [`MAX_DETAILS`] of `details` and says how many more there were, without
/// ever holding the others: `total` is how many there are in all.
pub fn capped_details(details: impl Iterator<Item = String>, total: usize) -> Vec<String> {
    let mut out: Vec<String> = details.take(MAX_DETAILS).collect();
    if total > out.len() {
        out.push(format!("… and {} more", total - out.len()));
    }
    out
}

impl Notices {
    /// Adds a notice; the oldest goes (and is counted) if there are too many.
    pub fn push(&mut self, level: Level, text: impl Into<String>, details: Vec<String>) {
        let total = details.len();
        let details = if total > MAX_DETAILS {
            capped_details(details.into_iter(), total)
        } else {
            details
        };
        self.items.push(Notice {
            level,
            text: text.into(),
            details,
            shown_since: None,
        });
        if self.items.len() > MAX_NOTICES {
            self.items.remove(0);
            self.dropped += 1;
        }
    }

    /// Adds a notice about a lasting condition only the first time `key` is seen, so that
    /// code checking the condition every frame tells the user once, and a dismissed notice
    /// does not come back.
    pub fn push_once(
        &mut self,
        key: &str,
        level: Level,
        text: impl Into<String>,
        details: Vec<String>,
    ) {
        if self.told.insert(key.to_owned()) {
            self.push(level, text, details);
        }
    }

    /// Lets information fade: marks notices seen for the first time at `now` and removes
    /// information shown for [`INFO_SECONDS`]. Returns how long until the next one fades,
    /// so the window can wake up for it without a busy loop.
    pub fn expire(&mut self, now: f64) -> Option<f64> {
        for n in &mut self.items {
            n.shown_since.get_or_insert(now);
        }
        let fades = |n: &Notice| n.level == Level::Info;
        self.items.retain(|n| {
            !(fades(n)
                && n.shown_since
                    .is_some_and(|t| now - t >= INFO_SECONDS || now < t))
        });
        self.items
            .iter()
            .filter(|n| fades(n))
            .filter_map(|n| n.shown_since)
            .map(|t| (t + INFO_SECONDS - now).max(0.0))
            .reduce(f64::min)
    }

    /// How many notices were dropped to make room for newer ones.
    pub fn dropped(&self) -> usize {
        self.dropped
    }

    /// Shorthand for an error notice.
    pub fn error(&mut self, text: impl Into<String>) {
        self.push(Level::Error, text, Vec::new());
    }

    /// Shorthand for an information notice.
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(Level::Info, text, Vec::new());
    }

    /// Current notices, oldest first.
    pub fn items(&self) -> &[Notice] {
        &self.items
    }

    /// Removes the notice at `index` (the user closed it).
    pub fn dismiss(&mut self, index: usize) {
        if index < self.items.len() {
            self.items.remove(index);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_failures_are_all_kept_and_older_ones_beyond_the_limit_counted() {
        let mut n = Notices::default();
        for i in 0..9 {
            n.error(format!("n{i}"));
        }
        assert_eq!(n.items().len(), 9, "none of nine is lost");
        for i in 9..(MAX_NOTICES + 4) {
            n.info(format!("n{i}"));
        }
        assert_eq!(n.items().len(), MAX_NOTICES);
        assert_eq!(n.dropped(), 4);
        assert_eq!(n.items()[0].text, "n4");
        n.dismiss(0);
        n.dismiss(999);
        assert_eq!(n.items()[0].text, "n5");
    }

    #[test]
    fn information_fades_after_its_time_on_screen_and_errors_stay() {
        let mut n = Notices::default();
        n.info("opened");
        n.error("failed");
        // First seen at t = 100 (the window's clock may start anywhere).
        assert_eq!(n.expire(100.0), Some(INFO_SECONDS));
        assert_eq!(n.expire(100.0 + INFO_SECONDS - 0.5), Some(0.5));
        assert_eq!(n.items().len(), 2, "still within its time");
        assert_eq!(n.expire(100.0 + INFO_SECONDS), None);
        assert_eq!(n.items().len(), 1);
        assert_eq!(n.items()[0].text, "failed");
        assert_eq!(n.expire(10_000.0), None, "errors stay until dismissed");
        assert_eq!(n.items().len(), 1);
    }

    #[test]
    fn a_lasting_condition_is_told_once_and_stays_dismissed() {
        let mut n = Notices::default();
        for _ in 0..3 {
            n.push_once("basemap", Level::Error, "unreadable", vec!["why".into()]);
        }
        assert_eq!(n.items().len(), 1, "told once, not every frame");
        n.dismiss(0);
        n.push_once("basemap", Level::Error, "unreadable", vec!["why".into()]);
        assert!(
            n.items().is_empty(),
            "a dismissed notice does not come back"
        );
    }

    #[test]
    fn details_are_capped_with_a_count() {
        let mut n = Notices::default();
        let many: Vec<String> = (0..100_000).map(|i| format!("problem {i}")).collect();
        n.push(Level::Warning, "x", many);
        let d = &n.items()[0].details;
        assert_eq!(d.len(), MAX_DETAILS + 1);
        assert_eq!(
            d[MAX_DETAILS],
            format!("… and {} more", 100_000 - MAX_DETAILS)
        );
    }
}
