//! One search box over every name in every script (English, 中文, ລາວ, ไทย, Tiếng Việt,
//! မြန်မာ) and imported layers; tolerant of case, accents and small typos. Results appear
//! as you type; Enter flies to the best hit.

use crate::data::basemap::PlaceKind;
use crate::i18n::{self, Arg, tr, tr_args};
use crate::search::Found;
use crate::state::AppState;
use egui::{Key, RichText, Ui};

/// How many hits are listed under the box.
const MAX_HITS: usize = 8;

/// The search box's own state.
#[derive(Default)]
pub struct SearchPanel {
    /// What the user typed.
    pub query: String,
    /// Whether the box should take keyboard focus on the next frame (Ctrl+F).
    pub focus_requested: bool,
}

impl SearchPanel {
    /// Shows the box and the hits; Enter or a click selects a hit and flies there.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        let edit = egui::TextEdit::singleline(&mut self.query)
            .hint_text(tr("search-hint"))
            .desired_width(f32::INFINITY);
        let response = ui.add(edit);
        if self.focus_requested {
            response.request_focus();
            self.focus_requested = false;
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if self.query.trim().is_empty() {
            return;
        }
        let hits = state.search(&self.query, MAX_HITS);
        if entered {
            if let Some(best) = hits.first() {
                state.go_to(best.key);
            }
            return;
        }
        // A layer of millions of names is searched without the typo tier: say so, so a
        // near miss is not taken for "not in the file".
        for layer in state.layers_searched_as_spelled() {
            ui.label(
                RichText::new(tr_args("search-lean-layer", &[("layer", Arg::from(layer))]))
                    .small()
                    .weak(),
            );
        }
        if hits.is_empty() {
            ui.label(RichText::new(tr("search-no-match")).small());
            return;
        }
        let mut chosen = None;
        for hit in &hits {
            let (shown, kind) = describe(state, hit.key, &hit.name);
            let text = if shown == hit.name || matches!(hit.key, Found::Coordinates(_)) {
                format!("{shown}  · {kind}")
            } else {
                format!("{shown} ({})  · {kind}", hit.name)
            };
            let selected = matches!(hit.key, Found::Feature(id) if state.selection() == Some(id));
            if ui.selectable_label(selected, text).clicked() {
                chosen = Some(hit.key);
            }
        }
        if let Some(found) = chosen {
            state.go_to(found);
        }
    }
}

/// The name to show for a hit in the chosen language, and what kind of thing it is.
fn describe(state: &AppState, found: Found, matched: &str) -> (String, String) {
    match found {
        Found::Feature(id) => (
            state
                .feature(id)
                .and_then(|f| f.name(state.lang))
                .unwrap_or(matched)
                .to_owned(),
            state.kind_of(id).map(i18n::kind_name).unwrap_or_default(),
        ),
        Found::Place(i) => match state.place(i) {
            Some(place) => (
                crate::map::labels::place_name(place, state.lang).to_owned(),
                match place.kind {
                    PlaceKind::Country => tr("search-kind-country"),
                    PlaceKind::Province => tr("search-kind-province"),
                    PlaceKind::Capital => tr("search-kind-capital"),
                    PlaceKind::City | PlaceKind::River => tr("search-kind-town"),
                },
            ),
            None => (matched.to_owned(), String::new()),
        },
        Found::Coordinates(at) => (
            crate::i18n::tr_args(
                "search-go-to-coordinates",
                &[("lat", at_text(at.y)), ("lon", at_text(at.x))],
            ),
            tr("search-kind-coordinates"),
        ),
    }
}

/// Coordinates to five decimals (about a metre), the way the status bar writes them.
fn at_text(degrees: f64) -> crate::i18n::Arg {
    crate::i18n::Arg::from(format!("{degrees:.5}"))
}
