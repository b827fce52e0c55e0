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
layer-color-tooltip = Colour of { $name } on the map
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

country-name-cn = China
country-name-la = Laos
country-name-mm = Myanmar
country-name-th = Thailand
country-name-vn = Viet Nam
country-name-kh = Cambodia
country-name-sg = Singapore
country-name-bd = Bangladesh

unnamed = (unnamed)
value-yes = yes
value-no = no

## Details

details-hint = Click a station, port, zone or route on the map, or search for one (Ctrl+F), to see its facts and sources here.
details-data-in-english = Notes, facts and sources below are in English, as the data records them.
details-opened = opened { $date }
details-not-on-map = Not on the map: no source gives its position (see the note).
details-approximate = Approximate position, not its own (see the note).
details-seed-document = { $title }, { $date }: a source document kept with the atlas (file { $file })
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
stations-column-country = Country
stations-column-status = Status
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
search-lean-layer = Spelling mistakes are not forgiven in { $layer } (more than 250,000 names): type a name as the file writes it.

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
notice-imported-with-problems = Opened { $name }: { $count ->
    [one] 1 feature
   *[other] { $count } features
}; { $problems ->
    [one] 1 problem (that feature was skipped or loaded as far as possible).
   *[other] { $problems } problems (those features were skipped or loaded as far as possible).
}
notice-dismiss = Dismiss
notice-details = Details

## Status bar and map

status-zoom = zoom { $zoom }
status-osm-attribution = · © OpenStreetMap contributors
status-coordinates-tooltip = WGS84 coordinates under the pointer
status-drawing-tiles = drawing { $count } tiles…
tile-drawing-failed = tile { $tile } could not be drawn; the coarser map shows there
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
status-online-unreachable = · Online map unreachable — showing the built-in map
status-online-unreachable-tooltip = The tile server did not answer in time. Tiles seen before are shown from the disk cache, the built-in map everywhere else; the atlas tries the server again by itself.
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

## Why a file, a tile pack or a save was refused
load-error-io = could not read { $path }: { $reason }
load-error-too-large = the file is { $size } MB, more than the { $limit } MB the atlas can open
load-error-empty = the file is empty
load-error-not-utf8 = the file is not UTF-8 text: invalid byte at line { $line }, column { $column } (GeoJSON must be UTF-8)
load-error-invalid-json = the file is not valid JSON: { $message } at line { $line }, column { $column }
load-error-too-deep = the file nests arrays and objects more than { $limit } levels deep (at line { $line }, column { $column }); GeoJSON never needs that many
load-error-not-geojson = the file is not GeoJSON: { $found }
load-error-other-format = the file is { $what }, not GeoJSON: { $advice }
load-error-not-a-file = { $path } is not a regular file (it is { $kind }); open the GeoJSON file itself
load-error-cancelled = the import was cancelled
load-error-embedded = built-in file { $file }: { $reason }
load-format-tile-pack = a PMTiles tile pack
load-advice-tile-pack = open it with File → Open tile pack… to use it as the background map
load-format-zip = a ZIP archive (a KMZ file from Google Earth is one)
load-advice-zip = if it is a KMZ from Google Earth, give it the ending .kmz and open it again; otherwise unpack it
load-format-double-bom = UTF-8 text that starts with two byte order marks
load-advice-double-bom = it was saved twice with a byte order mark; save it as UTF-8 without one
load-format-utf16 = UTF-16 text
load-format-utf16-le = UTF-16 text (little-endian, without a byte order mark)
load-format-utf16-be = UTF-16 text (big-endian, without a byte order mark)
load-advice-utf16 = open it in a text editor and save it as UTF-8, then open it again
load-format-zero-bytes = only zero bytes
load-advice-zero-bytes = it was probably not saved or copied completely; copy it again from its source
load-format-kml = a KML file (Google Earth)
load-advice-kml = convert it to GeoJSON, e.g. `ogr2ogr -f GeoJSON out.geojson in.kml`
load-format-gpx = a GPX track
load-advice-gpx = convert it to GeoJSON, e.g. `ogr2ogr -f GeoJSON out.geojson in.gpx`
load-format-xml = an XML or HTML document
load-advice-xml = if it came from a web page, download the GeoJSON file itself
load-format-csv = a CSV table
load-advice-csv = give it the ending .csv and open it again: a table with longitude and latitude columns (lon, lat) opens as points
load-top-array = the top level is an array, not a GeoJSON object
load-top-string = the top level is a string, not a GeoJSON object
load-top-null = the top level is null, not a GeoJSON object
load-top-boolean = the top level is true or false, not a GeoJSON object
load-top-number = the top level is a number, not a GeoJSON object
load-top-member-twice = the top-level object has `{ $member }` twice (line { $line }), so its meaning is ambiguous
load-top-no-type = the top-level object has no `type` member
load-top-type-not-string = the top-level `type` is { $found }, not a string
load-top-features-not-array = the FeatureCollection's `features` is { $found }, not an array of features
load-top-no-features = the FeatureCollection has no `features` array
load-top-unknown-type = its `type` is { $type }; expected FeatureCollection, Feature or a geometry type (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection), spelled exactly so
json-an-object = an object
json-an-array = an array
json-a-string = a string
json-null = null
json-true-or-false = true or false
json-a-number = a number
problem-at-line-feature = line { $line }, feature `{ $id }`: { $message }
problem-at-line = line { $line }: { $message }
problem-at-feature = feature `{ $id }`: { $message }
pack-error-unreadable = the tile pack { $path } could not be read: { $reason }
pack-error-not-a-file = { $path } is not a regular file (it is { $kind }); choose the .pmtiles file itself, copied onto this computer or a USB stick
pack-error-damaged = { $path } is not a usable PMTiles (version 3) tile pack: { $reason }
pack-error-unsupported = { $path } uses { $what } compression, which the atlas cannot read; convert it with `pmtiles convert` or make the extract with gzip compression
pack-error-cancelled = opening the tile pack was cancelled
special-file-folder = a folder
special-file-pipe = a pipe (FIFO)
special-file-device = a device
special-file-socket = a socket
special-file-other = not a regular file
save-error-not-a-file-path = cannot save to { $path }: it is not a file path
save-error-write = could not write { $path }: { $reason }
save-error-replace = could not replace { $path } with the new version: { $reason }
tile-url-bad-template = the tile URL must contain {"{z}"}, {"{x}"} and {"{y}"}, e.g. https://tiles.example.org/{"{z}"}/{"{x}"}/{"{y}"}.png
settings-problem-unreadable = The settings file could not be read ({ $reason }); the defaults are used.
settings-problem-no-settings = The settings file holds no settings; the defaults are used.
settings-problem-unknown-key = The setting "{ $key }" is unknown and was ignored.
settings-problem-entries-reset = { $count } of the "{ $key }" settings could not be read and were reset.
settings-problem-value-reset = The setting "{ $key }" could not be read and was reset to its default.
settings-problem-impossible-view = The remembered map view was impossible; the map starts on the corridor.
settings-problem-opacities = { $count } remembered layer opacities were out of range and were corrected.
settings-problem-read-only = Another atlas window is open: this one will not save its settings (layers, language, map and view); close the other window to save them again.
settings-problem-file-unreadable = The settings file { $path } could not be read ({ $reason }); the defaults are used.
problem-details-in-english = The file checker describes each problem below in English, with its line number.

## Search: places of the basemap and typed coordinates
search-kind-country = Country
search-kind-province = Province
search-kind-capital = Capital
search-kind-town = Town
search-kind-coordinates = Coordinates
search-go-to-coordinates = Go to { $lat }° N, { $lon }° E
notice-coordinates-copied = Copied { $coordinates } (latitude, longitude): paste it into the search box, a GPS or a map app.
keys-copy-coordinates = Copy the coordinates under the pointer
# Export map image (File → Export map image…)
menu-export-image = Export map image…
export-title = Export map image
export-size-screen = Screen resolution ({ $width } × { $height } pixels)
export-size-print = 2× for print ({ $width } × { $height } pixels)
export-file = Save as (PNG):
export-choose = Choose…
export-no-dialog = No file dialog can be shown here: type the full path of the PNG file in the box above.
export-button = Export
export-running = Drawing the map image…
notice-export-saved = Map image saved: { $path } ({ $width } × { $height } pixels).
notice-export-failed = The map image was not saved: { $reason }

## Imports: a dead reader, files reopened at start, the same file twice
notice-import-died = Opening { $path } stopped unexpectedly: the reading thread ended without a result. Nothing already loaded was changed; try again, and if it happens again, the file may be damaged.
notice-imports-missing = { $count ->
    [one] A file open last time is gone (moved, renamed or on a drive not plugged in); it was not reopened.
   *[other] { $count } files open last time are gone (moved, renamed or on a drive not plugged in); they were not reopened.
}
duplicate-import-title = Already open
duplicate-import-text = { $path } is already open as a layer. Open it again as a second layer?
duplicate-import-again = Open again
## Study-visit planner
tab-planner = Planner
planner-add = Add to itinerary
planner-add-station = Add the selected station to the itinerary
planner-empty = No stops yet. Right-click the map and choose "Add to itinerary", or use "Add to itinerary" in Details or in the Stations table.
planner-title-hint = Title of the trip
planner-up = Move up
planner-down = Move down
planner-remove = Remove this stop
planner-date = Date
planner-time = Time
planner-duration = Visit (minutes)
planner-notes = Notes
planner-date-invalid = The date must be YYYY-MM-DD (or YYYY-MM, YYYY).
planner-time-invalid = The time must be HH:MM (24 h).
planner-leg-rail = by rail (railway chainage)
planner-leg-road = by road
planner-leg-road-approximate = approximate road
planner-leg-great-circle = great circle (straight line; a real journey is longer)
planner-time-not-estimated = time not estimated
planner-hours-minutes = { $hours } h { $minutes } min
planner-border = Border crossing { $from } → { $to } via { $ports }
planner-border-no-port = Border crossing { $from } → { $to } (the atlas has no port between them)
planner-untimed-legs = { $count ->
    [one] 1 leg not timed
   *[other] { $count } legs not timed
}
planner-totals = Totals
planner-day-total = { $date }: { $total }
planner-trip-total = Whole trip: { $total }
planner-rail-time-source = Rail times use the average of the scheduled Kunming South–Vientiane train D887 (10 h 30 min including border formalities; { $source }, as of { $date }). Road and straight-line legs have no sourced speed, so no time is given for them.
planner-frame = Frame the trip
planner-export-briefing = Export briefing…
planner-path-open = Open itinerary
planner-path-save = Save itinerary as
planner-path-briefing = Export briefing (.html or .md)
planner-path-ok = OK
menu-itinerary-new = New itinerary
menu-itinerary-open = Open itinerary…
menu-itinerary-save = Save itinerary
menu-itinerary-save-as = Save itinerary as…
menu-itinerary-example = Open example: 2019 study visit
notice-itinerary-saved = Itinerary saved: { $path }
notice-itinerary-not-saved = The itinerary was not saved (the previous file is unchanged): { $reason }
notice-itinerary-not-opened = The itinerary could not be opened; the current one is kept. { $reason }
notice-itinerary-restored = The itinerary you were planning was restored.
notice-itinerary-autosave-failed = The itinerary could not be kept for the next start: { $reason }
notice-briefing-saved = Briefing written: { $path }
notice-briefing-not-saved = The briefing was not written: { $reason }
legend-planner = Itinerary
legend-planner-stop = Stop, in travel order
briefing-untitled = Study visit
briefing-lead = Briefing from the Lancang–Mekong Corridor Atlas: stops, legs with how each distance was measured, and the facts of each stop with their sources.
briefing-heading-map = Map of the trip
briefing-map-caption = Numbered stops; legs solid along the railway, dashed along a road, dotted where only the straight distance is known. Country outlines and rivers: Natural Earth; railway: OpenStreetMap contributors.
briefing-heading-stops = Stops
briefing-heading-legs = Legs
briefing-heading-facts = Facts of each stop
briefing-col-stop = Stop
briefing-col-when = When
briefing-col-from = From
briefing-col-to = To
briefing-col-distance = Distance
briefing-col-time = Time
briefing-col-method = How it was measured
briefing-col-fact = Fact
briefing-col-value = Value
briefing-col-as-of = As of
briefing-col-source = Source
briefing-no-facts = The atlas has no figures for this stop.
briefing-stop-sources = Position and existence from:
briefing-footer-seeds = Sources named as 000_…txt to 004_…txt are the atlas's seed documents (reports and news of 2019–2025, kept with the atlas data).
briefing-nearby = Nearby in the atlas: { $name }

## The map's right-click menu
map-menu-what-is-here = What is here?
map-menu-nothing-here = Nothing of the visible layers is here.
map-menu-centre-here = Centre the map here
map-menu-measure-from-here = Measure from here
map-menu-copy-coordinates = Copy coordinates

## Source links
notice-link-not-opened = No web browser could be opened on this computer. The address was copied, to paste into a browser later: { $url }
details-link-hover = { $url } — opens in your web browser (needs the internet). Right-click to copy the address.
details-copy-link = Copy the address

## First start
welcome-title = Welcome
welcome-heading = The Lancang–Mekong Corridor Atlas
welcome-map = The map shows the China–Laos railway from Kunming to Vientiane with its stations, the expressways, the border ports and the economic zones of Yunnan and its neighbours, each with its facts and sources.
welcome-search = Ctrl+F searches every name in every script, towns and typed coordinates too.
welcome-click = Click a station, port or zone for its facts; right-click the map for more.
welcome-keys = F1 lists every key; Home shows the whole corridor again.
welcome-offline = Everything works without a network: the map, the data and the fonts are inside the atlas.
welcome-start = Start
keys-help = This list of keys

## KML, KMZ, GPX and CSV files
load-convert-failed = the { $format } file could not be read: { $reason }
load-kmz-no-kml = the KMZ archive holds no .kml file
load-kml-skipped = { $count } placemarks without a point, line or area were left out
load-csv-no-coordinates = no longitude and latitude columns were found (the columns are: { $columns }); name them lon and lat, or longitude and latitude
load-csv-row-skipped = this row has no readable longitude and latitude; it was left out
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
legend-station-building = Station, port or zone being built (timeline)
details-later-facts =
    { $count ->
        [one] One figure dated after { $year } is left out by the timeline.
       *[other] { $count } figures dated after { $year } are left out by the timeline.
    }
details-later-history =
    { $count ->
        [one] One event after { $year } is left out by the timeline.
       *[other] { $count } events after { $year } are left out by the timeline.
    }

## Robustness: files cut short, huge values, huge polygons
details-value-shortened = Shortened: the first { $shown } characters are shown.
details-show-more = Show more
details-copy-value = Copy all
details-properties-paged = { $shown } of { $total } properties shown
load-cut-short = The file breaks off before its end (at line { $line }, byte { $offset }), probably a download or copy cut short: { $count ->
    [one] the 1 complete feature before the break was kept
   *[other] the { $count } complete features before the break were kept
}; what followed is lost.
notice-imported-cut-short = { $name } is incomplete. { $message }
load-outline-only = a polygon with { $positions } positions and { $holes } holes is too large to fill (at most { $max_positions } positions and { $max_holes } holes); it is drawn as an outline only
load-outline-only-crossing = a large polygon whose rings cross each other cannot be filled correctly; it is drawn as an outline only
