//! The window around the map: fullscreen and the presenter theme sent to the system's
//! window when they change, the map following a tour from stop to stop, and the slim
//! buttons at the map's edges that fold the side panels away.

use super::AtlasApp;
use crate::i18n::tr;
use crate::state::StopTarget;

impl AtlasApp {
    /// Sends fullscreen and the presenter theme to the window when they change.
    pub(super) fn apply_window(&mut self, ctx: &egui::Context) {
        let w = &self.state.window;
        let wanted = (w.wants_fullscreen(), w.presenter);
        if self.window_applied == Some(wanted) {
            return;
        }
        let before = self.window_applied.unwrap_or((false, false));
        if before.0 != wanted.0 {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(wanted.0));
        }
        if before.1 != wanted.1 {
            crate::style::apply_presenter_theme(ctx, wanted.1);
        }
        // In presenter mode Ctrl +/− size the map for the room instead of the whole window.
        ctx.options_mut(|o| o.zoom_with_keyboard = !wanted.1);
        self.window_applied = Some(wanted);
    }

    /// Flies to the tour's stop when it changed, and sets the stop's layers.
    pub(super) fn follow_tour(&mut self, ctx: &egui::Context) {
        let Some(player) = self.state.window.tour.clone() else {
            self.tour_shown = None;
            return;
        };
        let key = (player.tour.id.clone(), player.stop);
        if self.tour_shown.as_ref() == Some(&key) {
            return;
        }
        self.tour_shown = Some(key);
        let Some(stop) = player.current() else {
            return;
        };
        let now = ctx.input(|i| i.time);
        match self.state.apply_stop(stop) {
            Some(StopTarget::View(v)) => self.map.fly_to(v, now),
            Some(StopTarget::Bounds(b)) => self.map.fly_to_bounds(b, now),
            None => {}
        }
    }

    /// The buttons at the map's left and right edges that fold the side panels away and
    /// bring them back.
    pub(super) fn panel_buttons(&mut self, ui: &mut egui::Ui, rect: egui::Rect) {
        if self.state.window.presenter {
            return;
        }
        let size = egui::vec2(18.0, 48.0);
        let y = rect.center().y - size.y / 2.0;
        let w = &mut self.state.window;
        let left = egui::Rect::from_min_size(egui::pos2(rect.left(), y), size);
        let tip = if w.left_open {
            tr("button-hide-left-panel")
        } else {
            tr("button-show-left-panel")
        };
        // The arrow points the way the panel will move.
        if edge_button(ui, "left", left, !w.left_open, tip) {
            w.left_open = !w.left_open;
        }
        let right = egui::Rect::from_min_size(egui::pos2(rect.right() - size.x, y), size);
        let tip = if w.right_open {
            tr("button-hide-right-panel")
        } else {
            tr("button-show-right-panel")
        };
        if edge_button(ui, "right", right, w.right_open, tip) {
            w.right_open = !w.right_open;
        }
    }
}

/// A slim button on the map's edge with an arrow pointing right (`points_right`) or left;
/// `label` is its tooltip and its name for screen readers. Returns whether it was clicked.
fn edge_button(
    ui: &mut egui::Ui,
    id: &str,
    rect: egui::Rect,
    points_right: bool,
    label: String,
) -> bool {
    let response = ui.interact(
        rect,
        egui::Id::unique(("edge button", id)),
        egui::Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
    let visuals = ui.style().interact(&response);
    let painter = ui.painter();
    painter.rect(
        rect,
        4.0,
        visuals.bg_fill,
        visuals.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let c = rect.center();
    let (dx, dy) = (4.0, 7.0);
    let tip = if points_right { dx } else { -dx };
    painter.add(egui::Shape::convex_polygon(
        vec![
            egui::pos2(c.x + tip, c.y),
            egui::pos2(c.x - tip, c.y - dy),
            egui::pos2(c.x - tip, c.y + dy),
        ],
        visuals.fg_stroke.color,
        egui::Stroke::NONE,
    ));
    response.on_hover_text(label).clicked()
}
