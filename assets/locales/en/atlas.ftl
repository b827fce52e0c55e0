# English: the reference language of the atlas. Every other language falls back to the
# messages in this file. How to add or edit a language: see "Translating the atlas" in
# README.md.
#
# Placeholders such as { $name } are filled in by the atlas; keep them, move them
# where your language needs them. Numbers ({ $count }, { $km }, { $value }) are
# written with your language's digit grouping.

## Window and menus

window-title = Lancang–Mekong Corridor Atlas
menu-file = File
menu-open-geojson = Open GeoJSON…
menu-open-tile-pack = Open tile pack (.pmtiles)…
menu-open-by-path = Open by typing a path…
menu-quit = Quit
menu-map = Map
menu-whole-corridor = Whole corridor (Home)
menu-background-map = Background map
menu-tiles-osm = OpenStreetMap (online, cached for offline use)
menu-tile-server = Tile server:
menu-tile-server-use = Use
menu-measure = Measure distance (M)
menu-view = View
menu-language = Language
menu-spotlight = Spotlight (S or L): on the selection, else the pointer
menu-keys = Keyboard shortcuts
menu-help = Help
menu-about = About the atlas and its data

tiles-builtin = Built-in offline map
tiles-osm = OpenStreetMap (online)
tiles-custom = Tile server { $url }
tiles-pack = Tile pack { $file }

button-cancel = Cancel
dialog-filter-all-files = All files

path-box-title-geojson = Open a GeoJSON file
path-box-title-tile-pack = Open a tile pack
path-box-prompt = Type or paste the full path of the file:
path-box-open = Open

## Keyboard help

keys-title = Keyboard shortcuts
keys-search = Search (in every script)
keys-enter = In the search box: go to the best match
keys-home = Whole corridor
keys-zoom = Zoom in / out
keys-pan = Move the map
keys-measure = Measure a distance; again to stop
keys-spotlight = Spotlight on the selection, else the pointer
keys-escape = Clear the selection, stop measuring
keys-open = Open a GeoJSON file

## About

about-title = About the Lancang–Mekong Corridor Atlas
about-summary = The China–Laos railway, expressways, border ports, economic zones and logistics routes of Yunnan and its neighbours, fully offline.
about-basemap = Basemap: Made with Natural Earth (public domain); Chinese provinces from the Digital Chart of the World as packaged for GMT (DCW-gmt, LGPL-3.0-or-later).
about-fonts = Fonts: Noto (SIL Open Font License 1.1).
about-data = Corridor data: curated from the seed documents and public sources named on every feature and fact (see the Details panel).
about-osm = OpenStreetMap tiles, when turned on: © OpenStreetMap contributors.
about-data-language = Place names are shown in the chosen language where the data has them. Notes, facts and source titles are written in English in the data and are shown as written.

## Panels and tabs

heading-layers = Layers
tab-details = Details
tab-stations = Stations
tab-routes = Routes
tab-legend = Legend

## Layers

layer-railway = China–Laos railway
layer-stations = Stations
layer-expressways = Expressways
layer-ports = Border ports
layer-zones = Economic zones
layer-routes = Logistics routes
layer-visit = Study visit, December 2019
layer-imported = Imported
layer-show-hide = Show or hide { $name }
layer-feature-count =
    { $count ->
        [one] { $count } feature
       *[other] { $count } features
    }
layer-remove = Remove
layer-remove-tooltip = Remove { $name } from the atlas
layer-opacity = opacity
layer-problems =
    { $count ->
        [one] { $count } feature had problems (see the notices)
       *[other] { $count } features had problems (see the notices)
    }
layer-opening = Opening { $name }

## What a feature is

kind-railway = Railway section
kind-station = Station
kind-expressway = Expressway
kind-port = Border port
kind-zone = Economic zone
kind-route = Logistics route
kind-visit-stop = Study visit stop
kind-imported = Imported feature

status-open = open
status-under-construction = under construction
status-planned = planned
status-not-built = not built

zone-type-cbecz = cross-border economic cooperation zone
zone-type-sez = special economic zone
zone-type-ftz = pilot free trade zone
zone-type-logistics-base = logistics base
zone-type-industrial-park = industrial park

mode-road = road
mode-rail = rail
mode-river = river
mode-road-rail = road and rail
mode-multimodal = multimodal

country-short-cn = CN
country-short-la = LA
country-short-mm = MM
country-short-th = TH
country-short-vn = VN
country-short-kh = KH

unnamed = (unnamed)
value-yes = yes
value-no = no

## Details

details-hint = Click a station, port, zone or route on the map, or search for one (Ctrl+F), to see its facts and sources here.
details-data-in-english = Notes, facts and sources below are in English, as the data records them.
details-opened = opened { $date }
details-not-on-map = Not on the map: no source gives its position (see the note).
details-approximate = Approximate position, not its own (see the note).
details-seed-document = Seed document { $file }
details-facts = Facts
details-date-unknown = date unknown
details-as-of = as of { $date } ·
details-history = History
details-properties = Properties
details-more = More
details-sources = Sources
details-partner-port = Partner port across the border
details-distance-away = ({ $distance } away)
details-drawn-length = Drawn length: { $distance } (geodesic, computed)
details-chainage = Chainage: km { $km } from Kunming South, measured along the drawn line
details-previous = Previous:
details-next = Next:
details-near-zone = Ports and stations in or within 10 km
details-inside = (inside)
details-distance-in-brackets = ({ $distance })

## Stations

stations-explanation = km = chainage from Kunming South, measured along the drawn line; click a row to go there.
stations-column-km = km
stations-column-station = Station
stations-column-country = Ctry
stations-column-opened = Opened
stations-column-to-next = to next

## Routes

routes-heading-routes = Logistics routes
routes-heading-railway = Railway sections
routes-heading-expressways = Expressways
routes-mode = Mode
routes-from = From
routes-to = To
routes-via = Via
routes-length = Length
routes-carries = Carries
routes-opened = Opened
routes-length-drawn = { $distance } drawn (geodesic)
routes-not-drawn = not drawn
routes-length-drawn-and-sourced = { $drawn }; { $km } km sourced

## Search

search-hint = Search: Boten, 磨憨, ບໍ່ເຕັນ, Vang Vieng…  (Ctrl+F)
search-no-match = No match. Try another spelling or script.

## Legend

legend-railway-open = Railway, open
legend-railway-planned = Railway, under construction
legend-station = Railway station
legend-expressway-open = Expressway, open
legend-expressway-planned = Expressway, under construction
legend-port-road = Border port, road
legend-port-rail = Border port, rail
legend-port-road-rail = Border port, road and rail
legend-port-river = Border / river port, river
legend-zone-cbecz = Cross-border cooperation zone
legend-zone-sez = Special economic zone
legend-zone-ftz = Free trade zone area
legend-zone-logistics = Logistics base
legend-zone-industrial = Industrial park
legend-route-rail = Logistics route, rail
legend-route-road = Logistics route, road
legend-route-river = Logistics route, river
legend-route-multimodal = Logistics route, multimodal
legend-visit-stop = Study visit stop (Dec 2019)
legend-imported = Imported GeoJSON
legend-basemap = Basemap
legend-sea = Sea
legend-land = Land outside the countries shown
legend-mekong = Lancang / Mekong
legend-rivers = Other rivers
legend-border = International border

## Notices

notice-builtin-data-unreadable = The built-in corridor data could not be read; the map and your own files still work.
notice-basemap-unreadable = The built-in basemap could not be read; the corridor layers and your own files still work.
notice-tiles-failed = That background map could not be used: { $reason }. Showing the built-in map instead.
notice-import-cancelled = Stopped opening { $path }; nothing was changed.
notice-import-failed = Could not open { $path }. Everything already loaded is still there.
notice-import-not-started = Could not start opening { $path }.
notice-imported =
    { $count ->
        [one] Opened { $name }: { $count } feature.
       *[other] Opened { $name }: { $count } features.
    }
notice-imported-with-problems = Opened { $name }: { $count } features; { $problems } problems (those features were skipped or loaded as far as possible).
notice-dismiss = Dismiss
notice-details = Details

## Status bar and map

status-zoom = zoom { $zoom }
status-osm-attribution = · © OpenStreetMap contributors
status-coordinates-tooltip = WGS84 coordinates under the pointer
status-drawing-tiles = drawing { $count } tiles…
status-measuring = Measuring: click points on the map; M or Esc to stop.
measure-straight-line = { $distance } straight line
measure-along-railway = { $distance } along the railway

## Units, numbers and dates

unit-km = { $value } km
unit-m = { $value } m
unit-name-km = km
unit-name-m = m
unit-name-km-per-h = km/h
unit-name-km2 = km²
unit-name-m2 = m²
unit-name-ha = ha
unit-name-t = t
unit-name-h = h
unit-name-min = min
unit-name-days = days
unit-name-years = years

# { $day }, { $month } (the month's name below), { $monthnum } (1–12) and { $year }.
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Railway alignment, tile packs and settings
about-osm-data = Railway alignment, stations, the Mohan and Boten railway ports and the Lao road routes: © OpenStreetMap contributors, under the Open Database Licence 1.0 (https://www.openstreetmap.org/copyright); the derived data files stay under ODbL 1.0. Road routes via AidData's Geospatial Global Chinese Development Finance Dataset (AidData at William & Mary, ODC-By 1.0).
legend-railway-gap-fill = Railway, straight gap fill (track not in the source)
legend-context-railway = Other railway (Yunnan)
legend-minor-station = Passing or freight station (zoomed in)
details-published-km = Published: { $published } km from { $from }; along the drawn line { $drawn } km (difference { $difference } km)
details-gap-fills = Includes { $count } straight gap fills ({ $km } km), drawn dashed: the source has no track there (most likely tunnels missing from the OpenStreetMap export), so the line is not surveyed on those stretches.
details-border-point = China–Laos border inside the Friendship Tunnel at km { $km } from Kunming South.
notice-settings-no-folder = No folder for settings was found; this window's settings will not be saved.
notice-settings-not-saved = The settings could not be saved: { $reason }. The previous ones are kept.
notice-pack-opened = { $name } opened (zoom { $min } to { $max }).
notice-pack-cancelled = Stopped opening { $name }; the map you had stays.
notice-remembered-pack-unavailable = The tile pack used last time cannot be opened now: { $reason }. The built-in map is shown; the pack will be tried again at the next start (Map → Background map to choose another).
notice-pack-refused = { $reason }. The map you had stays.
notice-pack-tiles-unreadable = Some tiles of { $name } cannot be read (the pack is damaged or was changed); the built-in map shows in their place.
notice-pack-not-started = Could not start opening { $path }.
notice-show-latest = Show only the latest
notice-show-all = { $count } earlier messages — show all
status-checking-pack = Checking { $pack }…
status-tiles-not-available = { $shown } ({ $wanted } not available)
status-tiles-unreadable = · { $count ->
    [one] 1 tile unreadable
   *[other] { $count } tiles unreadable
}
map-osm-data-attribution = Railway and road data © OpenStreetMap contributors
layer-context-railways = Other railways in Yunnan
kind-context-railway = Other railway
legend-built-up = Built-up area
legend-border-uncertain = Border, zoomed in: generalised line, true border within the band (±2 km)
legend-country-tints = Countries, each its own tint; shaded relief to zoom 8
map-detail-limit = The built-in map has no finer detail here. For more: File → Open tile pack…, or OpenStreetMap (Map → Background map) when online.

# Window, presenter mode
presenter-fact = { $label }: { $value } (as of { $date })
button-hide-left-panel = Hide the left panel (F9)
button-show-left-panel = Show the left panel (F9)
button-hide-right-panel = Hide the right panel (F10)
button-show-right-panel = Show the right panel (F10)
menu-left-panel = Left panel: search and layers (F9)
menu-right-panel = Right panel: details, stations, routes, legend (F10)
menu-fullscreen = Fullscreen (F11)
menu-presenter = Presenter mode (F5; Esc leaves)
keys-presenter = Presenter mode on or off (Esc leaves it)
keys-room-size = Presenter mode: map text and lines larger or smaller
keys-left-panel = Show or hide the left panel
keys-right-panel = Show or hide the right panel
keys-fullscreen = Fullscreen on or off

# Tours
menu-tours = Tours
menu-tour-open-file = Open a tour file…
menu-tour-open-path = Open a tour by typing its path…
menu-tour-next = Next stop (→, PageDown, Space)
menu-tour-previous = Previous stop (←, PageUp)
menu-tour-end = End the tour (Esc)
path-box-title-tour = Open a tour
dialog-filter-tours = Tours (JSON)
tour-sources = Sources: { $sources } (as of { $date })
tour-stop-of = { $tour } · stop { $stop } of { $count }
notice-tour-unreadable = The tour { $path } cannot be shown: { $reason }.
keys-tour = During a tour: next stop / previous stop (Home: first stop, Esc: end)

# Timeline
timeline-play = Play
timeline-pause = Pause
timeline-year = Year
timeline-close = ×
timeline-close-tooltip = Close the timeline: the map shows today (T)
menu-timeline = Timeline: the corridor year by year (T)
keys-timeline = Timeline on or off
details-in-year = In { $year }: { $status }
legend-railway-not-started = Railway, planned (not yet being built)
legend-expressway-not-started = Expressway, planned (not yet being built)
