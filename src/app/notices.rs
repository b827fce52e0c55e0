//! Messages to the user in plain words: what went wrong, what was kept, what to do.
//!
//! Every error that reaches the user goes through here exactly once (the code that
//! produced it returns it as a value and does not also log it), and stays visible until
//! dismissed, with the technical details folded away.

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
}

/// The list of notices shown at the top of the map.
#[derive(Clone, Debug, Default)]
pub struct Notices {
    items: Vec<Notice>,
    /// Notices that made room for newer ones, so the user knows some were missed.
    dropped: usize,
}

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
        });
        if self.items.len() > MAX_NOTICES {
            self.items.remove(0);
            self.dropped += 1;
        }
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
