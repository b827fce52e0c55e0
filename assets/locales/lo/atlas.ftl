# ພາສາລາວ. ຂໍ້ຄວາມທີ່ຍັງບໍ່ມີຢູ່ໃນໄຟລ໌ນີ້ຈະສະແດງເປັນພາສາອັງກິດ. ວິທີແປ: ເບິ່ງ
# "Translating the atlas" ໃນ README.md. ຕົວແທນເຊັ່ນ { $name } ໂປຣແກຣມຈະໃສ່ໃຫ້ເອງ;
# ຢ່າລຶບອອກ, ແຕ່ຍ້າຍບ່ອນໄດ້ຕາມໄວຍາກອນລາວ.

## Window and menus

window-title = ປຶ້ມແຜນທີ່ລະບຽງ ລ້ານຊ້າງ–ແມ່ຂອງ
menu-file = ໄຟລ໌
menu-open-geojson = ເປີດ GeoJSON…
menu-open-tile-pack = ເປີດຊຸດແຜ່ນແຜນທີ່ (.pmtiles)…
menu-open-by-path = ເປີດໂດຍພິມທີ່ຢູ່ໄຟລ໌…
menu-quit = ອອກ
menu-map = ແຜນທີ່
menu-whole-corridor = ທັງລະບຽງ (Home)
menu-background-map = ແຜນທີ່ພື້ນ
menu-tiles-osm = OpenStreetMap (ອອນລາຍ, ເກັບໄວ້ໃຊ້ແບບອອບລາຍໄດ້)
menu-tile-server = ເຊີບເວີແຜນທີ່:
menu-tile-server-use = ໃຊ້
menu-measure = ວັດແທກໄລຍະທາງ (M)
menu-view = ມຸມມອງ
menu-language = ພາສາ
menu-spotlight = ໄຟສ່ອງ (S ຫຼື L): ສ່ອງສິ່ງທີ່ເລືອກ, ຖ້າບໍ່ມີກໍຕາມຕົວຊີ້
menu-keys = ປຸ່ມລັດ
menu-help = ຊ່ວຍເຫຼືອ
menu-about = ກ່ຽວກັບປຶ້ມແຜນທີ່ ແລະ ຂໍ້ມູນ

tiles-builtin = ແຜນທີ່ອອບລາຍໃນໂປຣແກຣມ
tiles-osm = OpenStreetMap (ອອນລາຍ)
tiles-custom = ເຊີບເວີແຜນທີ່ { $url }
tiles-pack = ຊຸດແຜ່ນແຜນທີ່ { $file }

button-cancel = ຍົກເລີກ
dialog-filter-all-files = ທຸກໄຟລ໌

path-box-title-geojson = ເປີດໄຟລ໌ GeoJSON
path-box-title-tile-pack = ເປີດຊຸດແຜ່ນແຜນທີ່
path-box-prompt = ພິມ ຫຼື ວາງທີ່ຢູ່ເຕັມຂອງໄຟລ໌:
path-box-open = ເປີດ

## Keyboard help

keys-title = ປຸ່ມລັດ
keys-search = ຄົ້ນຫາ (ທຸກຕົວອັກສອນ)
keys-enter = ໃນຊ່ອງຄົ້ນຫາ: ໄປຫາຜົນທີ່ກົງທີ່ສຸດ
keys-home = ທັງລະບຽງ
keys-zoom = ຂະຫຍາຍ / ຫຍໍ້
keys-pan = ເລື່ອນແຜນທີ່
keys-measure = ວັດແທກໄລຍະທາງ; ກົດອີກເທື່ອໜຶ່ງເພື່ອຢຸດ
keys-spotlight = ໄຟສ່ອງສິ່ງທີ່ເລືອກ, ຖ້າບໍ່ມີກໍຕາມຕົວຊີ້
keys-escape = ຍົກເລີກການເລືອກ, ຢຸດວັດແທກ
keys-open = ເປີດໄຟລ໌ GeoJSON

## About

about-title = ກ່ຽວກັບປຶ້ມແຜນທີ່ລະບຽງ ລ້ານຊ້າງ–ແມ່ຂອງ
about-summary = ທາງລົດໄຟ ລາວ–ຈີນ, ທາງດ່ວນ, ດ່ານຊາຍແດນ, ເຂດເສດຖະກິດ ແລະ ເສັ້ນທາງໂລຈິສຕິກ ຂອງແຂວງຢູນນານ ແລະ ປະເທດໃກ້ຄຽງ, ໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.
about-basemap = ແຜນທີ່ພື້ນ: ສ້າງດ້ວຍ Natural Earth (ສາທາລະນະສົມບັດ); ຂອບເຂດແຂວງຂອງຈີນ ຈາກ Digital Chart of the World ທີ່ GMT ຈັດຊຸດໄວ້ (DCW-gmt, LGPL-3.0-or-later).
about-fonts = ຟອນ: Noto (SIL Open Font License 1.1).
about-data = ຂໍ້ມູນລະບຽງ: ລວບລວມຈາກເອກະສານຕົ້ນສະບັບ ແລະ ແຫຼ່ງຂໍ້ມູນສາທາລະນະ ທີ່ລະບຸໄວ້ໃນທຸກລາຍການ ແລະ ທຸກຂໍ້ມູນ (ເບິ່ງແຖບ ລາຍລະອຽດ).
about-osm = ແຜ່ນແຜນທີ່ OpenStreetMap, ເມື່ອເປີດໃຊ້: © ຜູ້ປະກອບສ່ວນ OpenStreetMap.
about-data-language = ຊື່ສະຖານທີ່ສະແດງເປັນພາສາທີ່ເລືອກ ເມື່ອຂໍ້ມູນມີຊື່ນັ້ນ. ໝາຍເຫດ, ຂໍ້ມູນ ແລະ ຊື່ແຫຼ່ງຂໍ້ມູນ ຂຽນເປັນພາສາອັງກິດໃນຂໍ້ມູນ ແລະ ສະແດງຕາມຕົ້ນສະບັບ.

## Panels and tabs

heading-layers = ຊັ້ນຂໍ້ມູນ
tab-details = ລາຍລະອຽດ
tab-stations = ສະຖານີ
tab-routes = ເສັ້ນທາງ
tab-legend = ສັນຍາລັກ

## Layers

layer-railway = ທາງລົດໄຟ ລາວ–ຈີນ
layer-stations = ສະຖານີ
layer-expressways = ທາງດ່ວນ
layer-ports = ດ່ານຊາຍແດນ
layer-zones = ເຂດເສດຖະກິດ
layer-routes = ເສັ້ນທາງໂລຈິສຕິກ
layer-visit = ທັດສະນະສຶກສາ ທັນວາ 2019
layer-imported = ນຳເຂົ້າ
layer-show-hide = ສະແດງ ຫຼື ເຊື່ອງ { $name }
layer-feature-count = { $count } ລາຍການ
layer-remove = ລຶບອອກ
layer-remove-tooltip = ລຶບ { $name } ອອກຈາກປຶ້ມແຜນທີ່
layer-color-tooltip = ສີຂອງ { $name } ເທິງແຜນທີ່
layer-opacity = ຄວາມທຶບ
layer-problems = { $count } ລາຍການມີບັນຫາ (ເບິ່ງແຈ້ງການ)
layer-opening = ກຳລັງເປີດ { $name }

## What a feature is

kind-railway = ຊ່ວງທາງລົດໄຟ
kind-station = ສະຖານີ
kind-expressway = ທາງດ່ວນ
kind-port = ດ່ານຊາຍແດນ
kind-zone = ເຂດເສດຖະກິດ
kind-route = ເສັ້ນທາງໂລຈິສຕິກ
kind-visit-stop = ຈຸດທັດສະນະສຶກສາ
kind-imported = ລາຍການນຳເຂົ້າ

status-open = ເປີດໃຊ້ແລ້ວ
status-under-construction = ກຳລັງກໍ່ສ້າງ
status-planned = ຢູ່ໃນແຜນ
status-not-built = ບໍ່ໄດ້ກໍ່ສ້າງ

zone-type-cbecz = ເຂດຮ່ວມມືເສດຖະກິດຂ້າມຊາຍແດນ
zone-type-sez = ເຂດເສດຖະກິດພິເສດ
zone-type-ftz = ເຂດການຄ້າເສລີທົດລອງ
zone-type-logistics-base = ສູນໂລຈິສຕິກ
zone-type-industrial-park = ນິຄົມອຸດສາຫະກຳ

mode-road = ທາງບົກ
mode-rail = ທາງລົດໄຟ
mode-river = ທາງນ້ຳ
mode-road-rail = ທາງບົກ ແລະ ທາງລົດໄຟ
mode-multimodal = ຫຼາຍຮູບແບບ

country-name-cn = ຈີນ
country-name-la = ລາວ
country-name-mm = ມຽນມາ
country-name-th = ໄທ
country-name-vn = ຫວຽດນາມ
country-name-kh = ກຳປູເຈຍ
country-name-sg = ສິງກະໂປ
country-name-bd = ບັງກລາເທດ

unnamed = (ບໍ່ມີຊື່)
value-yes = ແມ່ນ
value-no = ບໍ່

## Details

details-hint = ຄລິກສະຖານີ, ດ່ານ, ເຂດ ຫຼື ເສັ້ນທາງ ຢູ່ເທິງແຜນທີ່, ຫຼື ຄົ້ນຫາ (Ctrl+F), ເພື່ອເບິ່ງຂໍ້ມູນ ແລະ ແຫຼ່ງຂໍ້ມູນຢູ່ບ່ອນນີ້.
details-data-in-english = ໝາຍເຫດ, ຂໍ້ມູນ ແລະ ແຫຼ່ງຂໍ້ມູນຂ້າງລຸ່ມນີ້ ເປັນພາສາອັງກິດ ຕາມທີ່ບັນທຶກໄວ້ໃນຂໍ້ມູນ.
details-opened = ເປີດ { $date }
details-not-on-map = ບໍ່ມີໃນແຜນທີ່: ບໍ່ມີແຫຼ່ງໃດບອກທີ່ຕັ້ງ (ເບິ່ງໝາຍເຫດ).
details-approximate = ທີ່ຕັ້ງໂດຍປະມານ, ບໍ່ແມ່ນທີ່ຕັ້ງແທ້ (ເບິ່ງໝາຍເຫດ).
details-seed-document = { $title }, { $date }: ເອກະສານອ້າງອີງທີ່ເກັບໄວ້ກັບແຜນທີ່ (ໄຟລ໌ { $file })
details-facts = ຂໍ້ມູນ
details-date-unknown = ບໍ່ຮູ້ວັນທີ
details-as-of = ຮອດ { $date } ·
details-history = ປະຫວັດ
details-properties = ຄຸນສົມບັດ
details-more = ເພີ່ມເຕີມ
details-sources = ແຫຼ່ງຂໍ້ມູນ
details-partner-port = ດ່ານຄູ່ ຢູ່ອີກຟາກຊາຍແດນ
details-distance-away = (ຫ່າງ { $distance })
details-drawn-length = ຄວາມຍາວຕາມແຜນທີ່: { $distance } (ຄິດໄລ່ຕາມພື້ນຜິວໂລກ)
details-chainage = ຫຼັກກິໂລ: { $km } ກມ ຈາກ ຄຸນໝິງໃຕ້, ວັດຕາມເສັ້ນທີ່ແຕ້ມ
details-previous = ກ່ອນໜ້າ:
details-next = ຕໍ່ໄປ:
details-near-zone = ດ່ານ ແລະ ສະຖານີ ພາຍໃນ ຫຼື ໃນລັດສະໝີ 10 ກມ
details-inside = (ພາຍໃນ)
details-distance-in-brackets = ({ $distance })

## Stations

stations-explanation = ກມ = ຫຼັກກິໂລຈາກ ຄຸນໝິງໃຕ້, ວັດຕາມເສັ້ນທີ່ແຕ້ມ; ຄລິກແຖວເພື່ອໄປບ່ອນນັ້ນ.
stations-column-km = ກມ
stations-column-station = ສະຖານີ
stations-column-country = ປະເທດ
stations-column-status = ສະຖານະ
stations-column-opened = ເປີດ
stations-column-to-next = ຕໍ່ໄປ

## Routes

routes-heading-routes = ເສັ້ນທາງໂລຈິສຕິກ
routes-heading-railway = ຊ່ວງທາງລົດໄຟ
routes-heading-expressways = ທາງດ່ວນ
routes-mode = ຮູບແບບ
routes-from = ຈາກ
routes-to = ຫາ
routes-via = ຜ່ານ
routes-length = ຄວາມຍາວ
routes-carries = ສິນຄ້າ
routes-opened = ເປີດ
routes-length-drawn = { $distance } ຕາມແຜນທີ່ (ຕາມພື້ນຜິວໂລກ)
routes-not-drawn = ບໍ່ໄດ້ແຕ້ມ
routes-length-drawn-and-sourced = { $drawn }; ຕາມແຫຼ່ງຂໍ້ມູນ { $km } ກມ

## Search

search-hint = ຄົ້ນຫາ: ບໍ່ເຕັນ, 磨憨, Boten, ວັງວຽງ…  (Ctrl+F)
search-no-match = ບໍ່ພົບ. ລອງຂຽນແບບອື່ນ ຫຼື ໃຊ້ຕົວອັກສອນອື່ນ.
search-lean-layer = { $layer } ມີຊື່ຫຼາຍກວ່າ 250,000 ຊື່: ການຄົ້ນຫາບໍ່ແກ້ການສະກົດຜິດ, ກະລຸນາພິມຊື່ຕາມທີ່ຂຽນໃນໄຟລ໌.

## Legend

legend-railway-open = ທາງລົດໄຟ, ເປີດໃຊ້ແລ້ວ
legend-railway-planned = ທາງລົດໄຟ, ກຳລັງກໍ່ສ້າງ
legend-station = ສະຖານີລົດໄຟ
legend-expressway-open = ທາງດ່ວນ, ເປີດໃຊ້ແລ້ວ
legend-expressway-planned = ທາງດ່ວນ, ກຳລັງກໍ່ສ້າງ
legend-port-road = ດ່ານຊາຍແດນ, ທາງບົກ
legend-port-rail = ດ່ານຊາຍແດນ, ທາງລົດໄຟ
legend-port-road-rail = ດ່ານຊາຍແດນ, ທາງບົກ ແລະ ທາງລົດໄຟ
legend-port-river = ດ່ານ / ທ່າເຮືອ, ທາງນ້ຳ
legend-zone-cbecz = ເຂດຮ່ວມມືຂ້າມຊາຍແດນ
legend-zone-sez = ເຂດເສດຖະກິດພິເສດ
legend-zone-ftz = ພື້ນທີ່ເຂດການຄ້າເສລີ
legend-zone-logistics = ສູນໂລຈິສຕິກ
legend-zone-industrial = ນິຄົມອຸດສາຫະກຳ
legend-route-rail = ເສັ້ນທາງໂລຈິສຕິກ, ທາງລົດໄຟ
legend-route-road = ເສັ້ນທາງໂລຈິສຕິກ, ທາງບົກ
legend-route-river = ເສັ້ນທາງໂລຈິສຕິກ, ທາງນ້ຳ
legend-route-multimodal = ເສັ້ນທາງໂລຈິສຕິກ, ຫຼາຍຮູບແບບ
legend-visit-stop = ຈຸດທັດສະນະສຶກສາ (ທັນວາ 2019)
legend-imported = GeoJSON ທີ່ນຳເຂົ້າ
legend-basemap = ແຜນທີ່ພື້ນ
legend-sea = ທະເລ
legend-land = ພື້ນດິນນອກປະເທດທີ່ສະແດງ
legend-mekong = ລ້ານຊ້າງ / ແມ່ນ້ຳຂອງ
legend-rivers = ແມ່ນ້ຳອື່ນໆ
legend-border = ຊາຍແດນສາກົນ

## Notices

notice-builtin-data-unreadable = ອ່ານຂໍ້ມູນລະບຽງໃນໂປຣແກຣມບໍ່ໄດ້; ແຜນທີ່ ແລະ ໄຟລ໌ຂອງທ່ານຍັງໃຊ້ໄດ້.
notice-basemap-unreadable = ອ່ານແຜນທີ່ພື້ນໃນໂປຣແກຣມບໍ່ໄດ້; ຊັ້ນຂໍ້ມູນລະບຽງ ແລະ ໄຟລ໌ຂອງທ່ານຍັງໃຊ້ໄດ້.
notice-tiles-failed = ໃຊ້ແຜນທີ່ພື້ນນັ້ນບໍ່ໄດ້: { $reason }. ສະແດງແຜນທີ່ໃນໂປຣແກຣມແທນ.
notice-import-cancelled = ຢຸດເປີດ { $path } ແລ້ວ; ບໍ່ມີຫຍັງປ່ຽນແປງ.
notice-import-failed = ເປີດ { $path } ບໍ່ໄດ້. ທຸກຢ່າງທີ່ໂຫຼດແລ້ວຍັງຢູ່ຄືເກົ່າ.
notice-import-not-started = ເລີ່ມເປີດ { $path } ບໍ່ໄດ້.
notice-imported = ເປີດ { $name } ແລ້ວ: { $count } ລາຍການ.
notice-imported-with-problems = ເປີດ { $name } ແລ້ວ: { $count } ລາຍການ; { $problems } ບັນຫາ (ລາຍການເຫຼົ່ານັ້ນຖືກຂ້າມ ຫຼື ໂຫຼດໄດ້ເທົ່າທີ່ເປັນໄປໄດ້).
notice-dismiss = ປິດ
notice-details = ລາຍລະອຽດ

## Status bar and map

status-zoom = ຊູມ { $zoom }
status-osm-attribution = · © ຜູ້ປະກອບສ່ວນ OpenStreetMap
status-coordinates-tooltip = ພິກັດ WGS84 ຢູ່ບ່ອນຕົວຊີ້
status-drawing-tiles = ກຳລັງແຕ້ມ { $count } ແຜ່ນ…
tile-drawing-failed = ແຕ້ມແຜ່ນ { $tile } ບໍ່ໄດ້; ແຜນທີ່ທີ່ລະອຽດໜ້ອຍກວ່າສະແດງຢູ່ບ່ອນນັ້ນແທນ
status-measuring = ກຳລັງວັດແທກ: ຄລິກຈຸດຕ່າງໆເທິງແຜນທີ່; ກົດ M ຫຼື Esc ເພື່ອຢຸດ.
measure-straight-line = { $distance } (ເສັ້ນຊື່)
measure-along-railway = { $distance } (ຕາມທາງລົດໄຟ)

## Units, numbers and dates

unit-km = { $value } ກມ
unit-m = { $value } ມ
unit-name-km = ກມ
unit-name-m = ມ
unit-name-km-per-h = ກມ/ຊມ
unit-name-km2 = ກມ²
unit-name-m2 = ມ²
unit-name-ha = ເຮັກຕາ
unit-name-t = ໂຕນ
unit-name-h = ຊົ່ວໂມງ
unit-name-min = ນາທີ
unit-name-days = ມື້
unit-name-years = ປີ

date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
month-1 = ມັງກອນ
month-2 = ກຸມພາ
month-3 = ມີນາ
month-4 = ເມສາ
month-5 = ພຶດສະພາ
month-6 = ມິຖຸນາ
month-7 = ກໍລະກົດ
month-8 = ສິງຫາ
month-9 = ກັນຍາ
month-10 = ຕຸລາ
month-11 = ພະຈິກ
month-12 = ທັນວາ

## Railway alignment, tile packs and settings
about-osm-data = ແນວທາງລົດໄຟ, ສະຖານີ, ດ່ານລົດໄຟໂມຫານ ແລະ ບໍ່ເຕັນ ແລະ ເສັ້ນທາງຖະໜົນໃນລາວ: © ຜູ້ປະກອບສ່ວນ OpenStreetMap, ພາຍໃຕ້ໃບອະນຸຍາດ Open Database Licence 1.0 (https://www.openstreetmap.org/copyright); ໄຟລ໌ຂໍ້ມູນທີ່ດັດແປງມາຍັງຢູ່ພາຍໃຕ້ ODbL 1.0. ເສັ້ນທາງຖະໜົນຜ່ານຊຸດຂໍ້ມູນ AidData (AidData at William & Mary, ODC-By 1.0).
legend-railway-gap-fill = ທາງລົດໄຟ, ເສັ້ນຊື່ເຕີມຊ່ອງວ່າງ (ບໍ່ມີທາງໃນແຫຼ່ງຂໍ້ມູນ)
legend-context-railway = ທາງລົດໄຟອື່ນ (ຢູນນານ)
legend-minor-station = ສະຖານີຫຼີກ ຫຼື ສະຖານີສິນຄ້າ (ເມື່ອຂະຫຍາຍ)
details-published-km = ຕົວເລກທີ່ເຜີຍແຜ່: { $published } ກມ ຈາກ { $from }; ຕາມເສັ້ນທີ່ແຕ້ມ { $drawn } ກມ (ຕ່າງກັນ { $difference } ກມ)
details-gap-fills = ມີເສັ້ນຊື່ເຕີມຊ່ອງວ່າງ { $count } ຊ່ວງ ({ $km } ກມ), ແຕ້ມເປັນເສັ້ນປະ: ແຫຼ່ງຂໍ້ມູນບໍ່ມີທາງຢູ່ບ່ອນນັ້ນ (ອາດແມ່ນອຸໂມງທີ່ຂາດຫາຍໄປຈາກຂໍ້ມູນ OpenStreetMap), ສະນັ້ນແນວທາງໃນຊ່ວງເຫຼົ່ານັ້ນບໍ່ໄດ້ສຳຫຼວດ.
details-border-point = ຊາຍແດນ ຈີນ–ລາວ ຢູ່ໃນອຸໂມງມິດຕະພາບ ທີ່ { $km } ກມ ຈາກ ຄຸນໝິງໃຕ້.
notice-settings-no-folder = ບໍ່ພົບໂຟນເດີສຳລັບການຕັ້ງຄ່າ; ການຕັ້ງຄ່າຂອງໜ້າຕ່າງນີ້ຈະບໍ່ຖືກບັນທຶກ.
notice-settings-not-saved = ບໍ່ສາມາດບັນທຶກການຕັ້ງຄ່າ: { $reason }. ການຕັ້ງຄ່າເກົ່າຍັງຄົງຢູ່.
notice-pack-opened = ເປີດ { $name } ແລ້ວ (ຊູມ { $min } ຫາ { $max }).
notice-pack-cancelled = ຢຸດເປີດ { $name } ແລ້ວ; ແຜນທີ່ເດີມຍັງຢູ່.
notice-remembered-pack-unavailable = ບໍ່ສາມາດເປີດຊຸດແຜ່ນແຜນທີ່ທີ່ໃຊ້ຄັ້ງກ່ອນໄດ້ໃນຕອນນີ້: { $reason }. ສະແດງແຜນທີ່ໃນຕົວແທນ; ຈະລອງເປີດອີກຄັ້ງເມື່ອເລີ່ມຄັ້ງຕໍ່ໄປ (ແຜນທີ່ → ແຜນທີ່ພື້ນຫຼັງ ເພື່ອເລືອກອັນອື່ນ).
notice-pack-refused = { $reason }. ແຜນທີ່ເດີມຍັງຢູ່.
notice-pack-tiles-unreadable = ບາງແຜ່ນຂອງ { $name } ອ່ານບໍ່ໄດ້ (ຊຸດເສຍຫາຍ ຫຼື ຖືກປ່ຽນ); ແຜນທີ່ໃນຕົວສະແດງແທນ.
notice-pack-not-started = ບໍ່ສາມາດເລີ່ມເປີດ { $path }.
notice-show-latest = ສະແດງສະເພາະອັນລ່າສຸດ
notice-show-all = ມີ { $count } ຂໍ້ຄວາມກ່ອນໜ້າ — ສະແດງທັງໝົດ
status-checking-pack = ກຳລັງກວດ { $pack }…
status-tiles-not-available = { $shown } ({ $wanted } ບໍ່ພ້ອມໃຊ້)
status-online-unreachable = · ບໍ່ສາມາດເຊື່ອມຕໍ່ແຜນທີ່ອອນລາຍໄດ້ — ກຳລັງສະແດງແຜນທີ່ໃນຕົວ
status-online-unreachable-tooltip = ເຊີບເວີແຜ່ນແຜນທີ່ບໍ່ຕອບທັນເວລາ. ແຜ່ນແຜນທີ່ທີ່ເຄີຍເບິ່ງແລ້ວຈະສະແດງຈາກບ່ອນເກັບໃນເຄື່ອງ, ບ່ອນອື່ນສະແດງແຜນທີ່ໃນຕົວ; ແອັບຈະລອງເຊື່ອມຕໍ່ເຊີບເວີອີກຄັ້ງເອງ.
status-tiles-unreadable = · { $count } ແຜ່ນອ່ານບໍ່ໄດ້
map-osm-data-attribution = ຂໍ້ມູນທາງລົດໄຟ ແລະ ຖະໜົນ © ຜູ້ປະກອບສ່ວນ OpenStreetMap
layer-context-railways = ທາງລົດໄຟອື່ນໃນຢູນນານ
kind-context-railway = ທາງລົດໄຟອື່ນ
legend-built-up = ເຂດຕົວເມືອງ
legend-border-uncertain = ຊາຍແດນ (ເມື່ອຂະຫຍາຍ): ເສັ້ນໂດຍປະມານ, ຊາຍແດນແທ້ຢູ່ໃນແຖບ (±2 ກມ)
legend-country-tints = ແຕ່ລະປະເທດມີສີຂອງຕົນ; ຮົ່ມພູມີເຖິງຊູມ 8
map-detail-limit = ແຜນທີ່ໃນຕົວບໍ່ມີລາຍລະອຽດຫຼາຍກວ່ານີ້. ເພື່ອເບິ່ງເພີ່ມ: ໄຟລ໌ → ເປີດຊຸດແຜ່ນແຜນທີ່…, ຫຼື OpenStreetMap (ແຜນທີ່ → ແຜນທີ່ພື້ນຫຼັງ) ເມື່ອມີອິນເຕີເນັດ.

## Why a file, a tile pack or a save was refused
load-error-io = ອ່ານ { $path } ບໍ່ໄດ້: { $reason }
load-error-too-large = ໄຟລ໌ມີຂະໜາດ { $size } MB, ເກີນ { $limit } MB ທີ່ແຜນທີ່ນີ້ເປີດໄດ້
load-error-empty = ໄຟລ໌ຫວ່າງເປົ່າ
load-error-not-utf8 = ໄຟລ໌ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8: ມີໄບທີ່ບໍ່ຖືກຕ້ອງຢູ່ແຖວ { $line }, ຖັນ { $column } (GeoJSON ຕ້ອງເປັນ UTF-8)
load-error-invalid-json = ໄຟລ໌ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: { $message } ຢູ່ແຖວ { $line }, ຖັນ { $column }
load-error-too-deep = ໄຟລ໌ຊ້ອນອາເຣ ແລະ ອອບເຈັກເລິກເກີນ { $limit } ຊັ້ນ (ຢູ່ແຖວ { $line }, ຖັນ { $column }); GeoJSON ບໍ່ເຄີຍຕ້ອງການຫຼາຍປານນັ້ນ
load-error-not-geojson = ໄຟລ໌ບໍ່ແມ່ນ GeoJSON: { $found }
load-error-other-format = ໄຟລ໌ນີ້ແມ່ນ{ $what }, ບໍ່ແມ່ນ GeoJSON: { $advice }
load-error-not-a-file = { $path } ບໍ່ແມ່ນໄຟລ໌ທຳມະດາ (ມັນແມ່ນ{ $kind }); ກະລຸນາເປີດໄຟລ໌ GeoJSON ໂດຍກົງ
load-error-cancelled = ຍົກເລີກການນຳເຂົ້າແລ້ວ
load-error-embedded = ໄຟລ໌ໃນໂປຣແກຣມ { $file }: { $reason }
load-format-tile-pack = ຊຸດແຜ່ນແຜນທີ່ PMTiles
load-advice-tile-pack = ເປີດດ້ວຍ ໄຟລ໌ → ເປີດຊຸດແຜ່ນແຜນທີ່… ເພື່ອໃຊ້ເປັນແຜນທີ່ພື້ນ
load-format-zip = ໄຟລ໌ບີບອັດ ZIP (ໄຟລ໌ KMZ ຂອງ Google Earth ກໍແມ່ນແບບນີ້)
load-advice-zip = ຖ້າແມ່ນໄຟລ໌ KMZ ຈາກ Google Earth, ໃຫ້ປ່ຽນນາມສະກຸນເປັນ .kmz ແລ້ວເປີດໃໝ່; ຖ້າບໍ່ແມ່ນ ໃຫ້ແຕກໄຟລ໌ກ່ອນ
load-format-double-bom = ຂໍ້ຄວາມ UTF-8 ທີ່ເລີ່ມດ້ວຍເຄື່ອງໝາຍລຳດັບໄບສອງເທື່ອ
load-advice-double-bom = ໄຟລ໌ຖືກບັນທຶກພ້ອມເຄື່ອງໝາຍລຳດັບໄບສອງເທື່ອ; ກະລຸນາບັນທຶກເປັນ UTF-8 ທີ່ບໍ່ມີເຄື່ອງໝາຍນີ້
load-format-utf16 = ຂໍ້ຄວາມ UTF-16
load-format-utf16-le = ຂໍ້ຄວາມ UTF-16 (little-endian, ບໍ່ມີເຄື່ອງໝາຍລຳດັບໄບ)
load-format-utf16-be = ຂໍ້ຄວາມ UTF-16 (big-endian, ບໍ່ມີເຄື່ອງໝາຍລຳດັບໄບ)
load-advice-utf16 = ເປີດດ້ວຍໂປຣແກຣມແກ້ໄຂຂໍ້ຄວາມ, ບັນທຶກເປັນ UTF-8 ແລ້ວເປີດໃໝ່
load-format-zero-bytes = ມີແຕ່ໄບສູນ
load-advice-zero-bytes = ໄຟລ໌ອາດບັນທຶກ ຫຼື ສຳເນົາມາບໍ່ຄົບ; ກະລຸນາສຳເນົາໃໝ່ຈາກແຫຼ່ງເດີມ
load-format-kml = ໄຟລ໌ KML (Google Earth)
load-advice-kml = ປ່ຽນເປັນ GeoJSON, ເຊັ່ນ `ogr2ogr -f GeoJSON out.geojson in.kml`
load-format-gpx = ເສັ້ນທາງ GPX
load-advice-gpx = ປ່ຽນເປັນ GeoJSON, ເຊັ່ນ `ogr2ogr -f GeoJSON out.geojson in.gpx`
load-format-xml = ເອກະສານ XML ຫຼື HTML
load-advice-xml = ຖ້າໄດ້ມາຈາກໜ້າເວັບ, ກະລຸນາດາວໂຫຼດໄຟລ໌ GeoJSON ໂດຍກົງ
load-format-csv = ຕາຕະລາງ CSV
load-advice-csv = ໃຫ້ປ່ຽນນາມສະກຸນເປັນ .csv ແລ້ວເປີດໃໝ່: ຕາຕະລາງທີ່ມີຖັນເສັ້ນແວງ ແລະ ເສັ້ນຂະໜານ (lon, lat) ຈະເປີດເປັນຈຸດ
load-top-array = ຊັ້ນເທິງສຸດເປັນອາເຣ, ບໍ່ແມ່ນອອບເຈັກ GeoJSON
load-top-string = ຊັ້ນເທິງສຸດເປັນສະຕຣິງ, ບໍ່ແມ່ນອອບເຈັກ GeoJSON
load-top-null = ຊັ້ນເທິງສຸດເປັນ null, ບໍ່ແມ່ນອອບເຈັກ GeoJSON
load-top-boolean = ຊັ້ນເທິງສຸດເປັນ true ຫຼື false, ບໍ່ແມ່ນອອບເຈັກ GeoJSON
load-top-number = ຊັ້ນເທິງສຸດເປັນຕົວເລກ, ບໍ່ແມ່ນອອບເຈັກ GeoJSON
load-top-member-twice = ອອບເຈັກຊັ້ນເທິງສຸດມີ `{ $member }` ສອງເທື່ອ (ແຖວ { $line }), ຄວາມໝາຍຈຶ່ງບໍ່ຊັດເຈນ
load-top-no-type = ອອບເຈັກຊັ້ນເທິງສຸດບໍ່ມີ `type`
load-top-type-not-string = `type` ຢູ່ຊັ້ນເທິງສຸດເປັນ{ $found }, ບໍ່ແມ່ນສະຕຣິງ
load-top-features-not-array = `features` ຂອງ FeatureCollection ເປັນ{ $found }, ບໍ່ແມ່ນອາເຣຂອງລາຍການ
load-top-no-features = FeatureCollection ບໍ່ມີອາເຣ `features`
load-top-unknown-type = `type` ຂອງໄຟລ໌ແມ່ນ { $type }; ຕ້ອງເປັນ FeatureCollection, Feature ຫຼື ປະເພດຮູບເລຂາຄະນິດ (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection) ສະກົດໃຫ້ຖືກທຸກຕົວ
json-an-object = ອອບເຈັກ
json-an-array = ອາເຣ
json-a-string = ສະຕຣິງ
json-null = null
json-true-or-false = true ຫຼື false
json-a-number = ຕົວເລກ
problem-at-line-feature = ແຖວ { $line }, ລາຍການ `{ $id }`: { $message }
problem-at-line = ແຖວ { $line }: { $message }
problem-at-feature = ລາຍການ `{ $id }`: { $message }
pack-error-unreadable = ອ່ານຊຸດແຜ່ນແຜນທີ່ { $path } ບໍ່ໄດ້: { $reason }
pack-error-not-a-file = { $path } ບໍ່ແມ່ນໄຟລ໌ທຳມະດາ (ມັນແມ່ນ{ $kind }); ກະລຸນາເລືອກໄຟລ໌ .pmtiles ໂດຍກົງ, ທີ່ສຳເນົາໄວ້ໃນຄອມພິວເຕີນີ້ ຫຼື USB
pack-error-damaged = { $path } ບໍ່ແມ່ນຊຸດແຜ່ນແຜນທີ່ PMTiles (ລຸ້ນ 3) ທີ່ໃຊ້ໄດ້: { $reason }
pack-error-unsupported = { $path } ໃຊ້ການບີບອັດແບບ { $what } ທີ່ແຜນທີ່ນີ້ອ່ານບໍ່ໄດ້; ກະລຸນາປ່ຽນດ້ວຍ `pmtiles convert` ຫຼື ສ້າງໃໝ່ດ້ວຍການບີບອັດ gzip
pack-error-cancelled = ຍົກເລີກການເປີດຊຸດແຜ່ນແຜນທີ່ແລ້ວ
special-file-folder = ໂຟນເດີ
special-file-pipe = ທໍ່ສົ່ງຂໍ້ມູນ (FIFO)
special-file-device = ອຸປະກອນ
special-file-socket = ຊັອກເກັດ
special-file-other = ບໍ່ແມ່ນໄຟລ໌ທຳມະດາ
save-error-not-a-file-path = ບັນທຶກໄປທີ່ { $path } ບໍ່ໄດ້: ມັນບໍ່ແມ່ນເສັ້ນທາງໄຟລ໌
save-error-write = ຂຽນ { $path } ບໍ່ໄດ້: { $reason }
save-error-replace = ແທນ { $path } ດ້ວຍສະບັບໃໝ່ບໍ່ໄດ້: { $reason }
tile-url-bad-template = URL ຂອງແຜ່ນແຜນທີ່ຕ້ອງມີ {"{z}"}, {"{x}"} ແລະ {"{y}"}, ເຊັ່ນ https://tiles.example.org/{"{z}"}/{"{x}"}/{"{y}"}.png
settings-problem-unreadable = ອ່ານໄຟລ໌ການຕັ້ງຄ່າບໍ່ໄດ້ ({ $reason }); ໃຊ້ຄ່າເລີ່ມຕົ້ນແທນ.
settings-problem-no-settings = ໄຟລ໌ການຕັ້ງຄ່າບໍ່ມີການຕັ້ງຄ່າໃດໆ; ໃຊ້ຄ່າເລີ່ມຕົ້ນແທນ.
settings-problem-unknown-key = ບໍ່ຮູ້ຈັກການຕັ້ງຄ່າ "{ $key }", ຈຶ່ງຂ້າມໄປ.
settings-problem-entries-reset = ການຕັ້ງຄ່າ "{ $key }" ຈຳນວນ { $count } ລາຍການອ່ານບໍ່ໄດ້ ແລະ ຖືກຕັ້ງຄືນໃໝ່.
settings-problem-value-reset = ອ່ານການຕັ້ງຄ່າ "{ $key }" ບໍ່ໄດ້, ຈຶ່ງກັບຄືນເປັນຄ່າເລີ່ມຕົ້ນ.
settings-problem-impossible-view = ມຸມມອງແຜນທີ່ທີ່ຈື່ໄວ້ໃຊ້ບໍ່ໄດ້; ແຜນທີ່ເລີ່ມທີ່ພາບລວມຂອງແລວທາງ.
settings-problem-opacities = ຄວາມທຶບຂອງຊັ້ນຂໍ້ມູນທີ່ຈື່ໄວ້ { $count } ຄ່າຢູ່ນອກຂອບເຂດ ແລະ ຖືກແກ້ໄຂແລ້ວ.
settings-problem-read-only = ມີໜ້າຕ່າງແຜນທີ່ອີກໜ້າຕ່າງໜຶ່ງເປີດຢູ່: ໜ້າຕ່າງນີ້ຈະບໍ່ບັນທຶກການຕັ້ງຄ່າ (ຊັ້ນຂໍ້ມູນ, ພາສາ, ແຜນທີ່ ແລະ ມຸມມອງ); ປິດໜ້າຕ່າງນັ້ນເພື່ອໃຫ້ບັນທຶກໄດ້ອີກ.
settings-problem-file-unreadable = ອ່ານໄຟລ໌ການຕັ້ງຄ່າ { $path } ບໍ່ໄດ້ ({ $reason }); ໃຊ້ຄ່າເລີ່ມຕົ້ນແທນ.
problem-details-in-english = ເຄື່ອງກວດໄຟລ໌ອະທິບາຍແຕ່ລະບັນຫາຂ້າງລຸ່ມເປັນພາສາອັງກິດ, ພ້ອມເລກແຖວ.

## Search: places of the basemap and typed coordinates
search-kind-country = ປະເທດ
search-kind-province = ແຂວງ
search-kind-capital = ນະຄອນຫຼວງ
search-kind-town = ເມືອງ
search-kind-coordinates = ພິກັດ
search-go-to-coordinates = ໄປທີ່ { $lat }° ເໜືອ, { $lon }° ຕາເວັນອອກ
notice-coordinates-copied = ສຳເນົາ { $coordinates } (ເສັ້ນຂະໜານ, ເສັ້ນແວງ) ແລ້ວ: ວາງໃສ່ຊ່ອງຄົ້ນຫາ, GPS ຫຼື ແອັບແຜນທີ່ໄດ້.
keys-copy-coordinates = ສຳເນົາພິກັດຢູ່ບ່ອນຕົວຊີ້
# Export map image (File → Export map image…)
menu-export-image = ສົ່ງອອກຮູບແຜນທີ່…
export-title = ສົ່ງອອກຮູບແຜນທີ່
export-size-screen = ຄວາມລະອຽດໜ້າຈໍ ({ $width } × { $height } ພິກເຊວ)
export-size-print = 2× ສຳລັບພິມ ({ $width } × { $height } ພິກເຊວ)
export-file = ບັນທຶກເປັນ (PNG):
export-choose = ເລືອກ…
export-no-dialog = ບໍ່ສາມາດສະແດງໜ້າຕ່າງເລືອກໄຟລ໌ຢູ່ນີ້ໄດ້: ພິມທີ່ຢູ່ເຕັມຂອງໄຟລ໌ PNG ໃນຊ່ອງຂ້າງເທິງ.
export-button = ສົ່ງອອກ
export-running = ກຳລັງແຕ້ມຮູບແຜນທີ່…
notice-export-saved = ບັນທຶກຮູບແຜນທີ່ແລ້ວ: { $path } ({ $width } × { $height } ພິກເຊວ).
notice-export-failed = ຮູບແຜນທີ່ບໍ່ໄດ້ຖືກບັນທຶກ: { $reason }

## Imports: a dead reader, files reopened at start, the same file twice
notice-import-died = ການເປີດ { $path } ຢຸດກະທັນຫັນ: ເທຣດທີ່ອ່ານໄຟລ໌ຈົບໂດຍບໍ່ມີຜົນ. ສິ່ງທີ່ໂຫຼດແລ້ວບໍ່ປ່ຽນແປງ; ກະລຸນາລອງໃໝ່, ຖ້າເກີດຂຶ້ນອີກ ໄຟລ໌ອາດເສຍຫາຍ.
notice-imports-missing = ໄຟລ໌ທີ່ເປີດໄວ້ເທື່ອກ່ອນ { $count } ໄຟລ໌ບໍ່ຢູ່ແລ້ວ (ຖືກຍ້າຍ, ປ່ຽນຊື່ ຫຼື ຢູ່ໃນໄດຣຟ໌ທີ່ບໍ່ໄດ້ສຽບ); ຈຶ່ງບໍ່ໄດ້ເປີດຄືນ.
duplicate-import-title = ເປີດຢູ່ແລ້ວ
duplicate-import-text = { $path } ເປີດເປັນຊັ້ນຂໍ້ມູນຢູ່ແລ້ວ. ຈະເປີດອີກເປັນຊັ້ນທີສອງບໍ?
duplicate-import-again = ເປີດອີກ
## Study-visit planner
tab-planner = ແຜນການເດີນທາງ
planner-add = ເພີ່ມເຂົ້າແຜນການເດີນທາງ
planner-add-station = ເພີ່ມສະຖານີທີ່ເລືອກເຂົ້າແຜນການເດີນທາງ
planner-empty = ຍັງບໍ່ມີຈຸດແວ່. ຄລິກຂວາເທິງແຜນທີ່ ແລ້ວເລືອກ "ເພີ່ມເຂົ້າແຜນການເດີນທາງ", ຫຼື ໃຊ້ປຸ່ມດຽວກັນໃນລາຍລະອຽດ ຫຼື ຕາຕະລາງສະຖານີ.
planner-title-hint = ຊື່ຂອງການເດີນທາງ
planner-up = ຍ້າຍຂຶ້ນ
planner-down = ຍ້າຍລົງ
planner-remove = ລຶບຈຸດແວ່ນີ້
planner-date = ວັນທີ
planner-time = ເວລາ
planner-duration = ຢ້ຽມຢາມ (ນາທີ)
planner-notes = ບັນທຶກ
planner-date-invalid = ວັນທີຕ້ອງເປັນ YYYY-MM-DD (ຫຼື YYYY-MM, YYYY).
planner-time-invalid = ເວລາຕ້ອງເປັນ HH:MM (24 ຊົ່ວໂມງ).
planner-leg-rail = ທາງລົດໄຟ (ຕາມໄລຍະທາງລົດໄຟ)
planner-leg-road = ທາງຖະໜົນ
planner-leg-road-approximate = ທາງຖະໜົນໂດຍປະມານ
planner-leg-great-circle = ເສັ້ນຊື່ (ການເດີນທາງແທ້ຍາວກວ່າ)
planner-time-not-estimated = ບໍ່ໄດ້ປະເມີນເວລາ
planner-hours-minutes = { $hours } ຊມ { $minutes } ນທ
planner-border = ຂ້າມຊາຍແດນ { $from } → { $to } ຜ່ານ { $ports }
planner-border-no-port = ຂ້າມຊາຍແດນ { $from } → { $to } (ແຜນທີ່ບໍ່ມີດ່ານລະຫວ່າງສອງປະເທດ)
planner-untimed-legs = { $count } ຊ່ວງບໍ່ມີເວລາ
planner-totals = ລວມ
planner-day-total = { $date }: { $total }
planner-trip-total = ທັງໝົດ: { $total }
planner-rail-time-source = ເວລາທາງລົດໄຟໃຊ້ຄວາມໄວສະເລ່ຍຂອງລົດໄຟ D887 ຄຸນໝິງໃຕ້–ວຽງຈັນ (10 ຊມ 30 ນທ ລວມການກວດຄົນເຂົ້າເມືອງ; { $source }, ຮອດວັນທີ { $date }). ທາງຖະໜົນ ແລະ ເສັ້ນຊື່ບໍ່ມີຄວາມໄວທີ່ມີແຫຼ່ງອ້າງອີງ ຈຶ່ງບໍ່ໃຫ້ເວລາ.
planner-frame = ສະແດງທັງການເດີນທາງ
planner-export-briefing = ສົ່ງອອກເອກະສານສະຫຼຸບ…
planner-path-open = ເປີດແຜນການເດີນທາງ
planner-path-save = ບັນທຶກແຜນການເດີນທາງເປັນ
planner-path-briefing = ສົ່ງອອກເອກະສານສະຫຼຸບ (.html ຫຼື .md)
planner-path-ok = ຕົກລົງ
menu-itinerary-new = ແຜນການເດີນທາງໃໝ່
menu-itinerary-open = ເປີດແຜນການເດີນທາງ…
menu-itinerary-save = ບັນທຶກແຜນການເດີນທາງ
menu-itinerary-save-as = ບັນທຶກແຜນການເດີນທາງເປັນ…
menu-itinerary-example = ເປີດຕົວຢ່າງ: ການຢ້ຽມຢາມປີ 2019
notice-itinerary-saved = ບັນທຶກແຜນການເດີນທາງແລ້ວ: { $path }
notice-itinerary-not-saved = ບໍ່ໄດ້ບັນທຶກແຜນການເດີນທາງ (ໄຟລ໌ເກົ່າບໍ່ປ່ຽນ): { $reason }
notice-itinerary-not-opened = ເປີດແຜນການເດີນທາງບໍ່ໄດ້; ແຜນປັດຈຸບັນຍັງຢູ່. { $reason }
notice-itinerary-restored = ໄດ້ກູ້ຄືນແຜນການເດີນທາງທີ່ທ່ານກຳລັງວາງແຜນ.
notice-itinerary-autosave-failed = ບໍ່ສາມາດເກັບແຜນການເດີນທາງໄວ້ສຳລັບການເປີດຄັ້ງຕໍ່ໄປ: { $reason }
notice-briefing-saved = ຂຽນເອກະສານສະຫຼຸບແລ້ວ: { $path }
notice-briefing-not-saved = ບໍ່ໄດ້ຂຽນເອກະສານສະຫຼຸບ: { $reason }
legend-planner = ແຜນການເດີນທາງ
legend-planner-stop = ຈຸດແວ່ ຕາມລຳດັບການເດີນທາງ
briefing-untitled = ການຢ້ຽມຢາມສຶກສາ
briefing-lead = ເອກະສານສະຫຼຸບຈາກແຜນທີ່ແລວທາງລ້ານຊ້າງ–ແມ່ຂອງ: ຈຸດແວ່, ຊ່ວງທາງ ແລະ ວິທີວັດໄລຍະທາງ, ແລະ ຂໍ້ມູນຂອງແຕ່ລະຈຸດພ້ອມແຫຼ່ງທີ່ມາ.
briefing-heading-map = ແຜນທີ່ການເດີນທາງ
briefing-map-caption = ຈຸດແວ່ມີເລກລຳດັບ; ຊ່ວງທາງລົດໄຟເປັນເສັ້ນທຶບ, ທາງຖະໜົນເປັນເສັ້ນປະ, ເສັ້ນຈຸດເມື່ອຮູ້ແຕ່ໄລຍະເສັ້ນຊື່. ເຂດແດນ ແລະ ແມ່ນ້ຳ: Natural Earth; ທາງລົດໄຟ: ຜູ້ປະກອບສ່ວນ OpenStreetMap.
briefing-heading-stops = ຈຸດແວ່
briefing-heading-legs = ຊ່ວງທາງ
briefing-heading-facts = ຂໍ້ມູນຂອງແຕ່ລະຈຸດ
briefing-col-stop = ຈຸດແວ່
briefing-col-when = ເວລາ
briefing-col-from = ຈາກ
briefing-col-to = ຫາ
briefing-col-distance = ໄລຍະທາງ
briefing-col-time = ເວລາເດີນທາງ
briefing-col-method = ວິທີວັດ
briefing-col-fact = ຂໍ້ມູນ
briefing-col-value = ຄ່າ
briefing-col-as-of = ຮອດວັນທີ
briefing-col-source = ແຫຼ່ງທີ່ມາ
briefing-no-facts = ແຜນທີ່ບໍ່ມີຕົວເລກສຳລັບຈຸດນີ້.
briefing-stop-sources = ທີ່ຕັ້ງ ແລະ ການມີຢູ່ຈາກ:
briefing-footer-seeds = ແຫຼ່ງທີ່ຊື່ 000_…txt ຫາ 004_…txt ແມ່ນເອກະສານພື້ນຖານຂອງແຜນທີ່ (ບົດລາຍງານ ແລະ ຂ່າວປີ 2019–2025, ເກັບໄວ້ກັບຂໍ້ມູນ).
briefing-nearby = ໃກ້ຄຽງໃນແຜນທີ່: { $name }

## The map's right-click menu
map-menu-what-is-here = ບ່ອນນີ້ແມ່ນຫຍັງ?
map-menu-nothing-here = ບໍ່ມີລາຍການຂອງຊັ້ນຂໍ້ມູນທີ່ສະແດງຢູ່ບ່ອນນີ້.
map-menu-centre-here = ໃຫ້ບ່ອນນີ້ເປັນກາງແຜນທີ່
map-menu-measure-from-here = ວັດແທກຈາກບ່ອນນີ້
map-menu-copy-coordinates = ສຳເນົາພິກັດ

## Source links
notice-link-not-opened = ບໍ່ສາມາດເປີດໂປຣແກຣມທ່ອງເວັບໃນຄອມພິວເຕີນີ້. ທີ່ຢູ່ໄດ້ຖືກສຳເນົາແລ້ວ ເພື່ອວາງໃສ່ໂປຣແກຣມທ່ອງເວັບພາຍຫຼັງ: { $url }
details-link-hover = { $url } — ເປີດໃນໂປຣແກຣມທ່ອງເວັບ (ຕ້ອງມີອິນເຕີເນັດ). ຄລິກຂວາເພື່ອສຳເນົາທີ່ຢູ່.
details-copy-link = ສຳເນົາທີ່ຢູ່

## First start
welcome-title = ຍິນດີຕ້ອນຮັບ
welcome-heading = ແຜນທີ່ແລວທາງລ້ານຊ້າງ–ແມ່ຂອງ
welcome-map = ແຜນທີ່ສະແດງທາງລົດໄຟລາວ–ຈີນ ຈາກຄຸນໝິງຫາວຽງຈັນ ພ້ອມສະຖານີ, ທາງດ່ວນ, ດ່ານຊາຍແດນ ແລະ ເຂດເສດຖະກິດຂອງຢູນນານ ແລະ ປະເທດໃກ້ຄຽງ, ແຕ່ລະອັນມີຂໍ້ມູນ ແລະ ແຫຼ່ງອ້າງອີງ.
welcome-search = Ctrl+F ຄົ້ນຫາທຸກຊື່ໃນທຸກຕົວອັກສອນ, ລວມທັງເມືອງ ແລະ ພິກັດທີ່ພິມ.
welcome-click = ຄລິກສະຖານີ, ດ່ານ ຫຼື ເຂດ ເພື່ອເບິ່ງຂໍ້ມູນ; ຄລິກຂວາເທິງແຜນທີ່ເພື່ອເບິ່ງເພີ່ມ.
welcome-keys = F1 ສະແດງທຸກປຸ່ມ; Home ສະແດງແລວທາງທັງໝົດອີກຄັ້ງ.
welcome-offline = ທຸກຢ່າງໃຊ້ໄດ້ໂດຍບໍ່ມີເຄືອຂ່າຍ: ແຜນທີ່, ຂໍ້ມູນ ແລະ ຟອນຢູ່ໃນໂປຣແກຣມ.
welcome-start = ເລີ່ມ
keys-help = ລາຍການປຸ່ມນີ້

## KML, KMZ, GPX and CSV files
load-convert-failed = ອ່ານໄຟລ໌ { $format } ບໍ່ໄດ້: { $reason }
load-kmz-no-kml = ໄຟລ໌ KMZ ບໍ່ມີໄຟລ໌ .kml
load-kml-skipped = ມີ { $count } ຈຸດໝາຍທີ່ບໍ່ມີຈຸດ, ເສັ້ນ ຫຼື ພື້ນທີ່ ຈຶ່ງຖືກຂ້າມ
load-csv-no-coordinates = ບໍ່ພົບຖັນເສັ້ນແວງ ແລະ ເສັ້ນຂະໜານ (ຖັນທີ່ມີ: { $columns }); ກະລຸນາຕັ້ງຊື່ຖັນວ່າ lon ແລະ lat, ຫຼື longitude ແລະ latitude
load-csv-row-skipped = ແຖວນີ້ບໍ່ມີເສັ້ນແວງ ແລະ ເສັ້ນຂະໜານທີ່ອ່ານໄດ້ ຈຶ່ງຖືກຂ້າມ
# ໜ້າຕ່າງ, ໂໝດນຳສະເໜີ
presenter-fact = { $label }: { $value } (ຮອດ { $date })
button-hide-left-panel = ເຊື່ອງແຖບເບື້ອງຊ້າຍ (F9)
button-show-left-panel = ສະແດງແຖບເບື້ອງຊ້າຍ (F9)
button-hide-right-panel = ເຊື່ອງແຖບເບື້ອງຂວາ (F10)
button-show-right-panel = ສະແດງແຖບເບື້ອງຂວາ (F10)
menu-left-panel = ແຖບເບື້ອງຊ້າຍ: ຄົ້ນຫາ ແລະ ຊັ້ນຂໍ້ມູນ (F9)
menu-right-panel = ແຖບເບື້ອງຂວາ: ລາຍລະອຽດ, ສະຖານີ, ເສັ້ນທາງ, ຄຳອະທິບາຍ (F10)
menu-fullscreen = ເຕັມຈໍ (F11)
menu-presenter = ໂໝດນຳສະເໜີ (F5; Esc ເພື່ອອອກ)
keys-presenter = ເປີດ ຫຼື ປິດໂໝດນຳສະເໜີ (Esc ເພື່ອອອກ)
keys-room-size = ໂໝດນຳສະເໜີ: ຂະຫຍາຍ ຫຼື ຫຍໍ້ຕົວໜັງສື ແລະ ເສັ້ນໃນແຜນທີ່
keys-left-panel = ສະແດງ ຫຼື ເຊື່ອງແຖບເບື້ອງຊ້າຍ
keys-right-panel = ສະແດງ ຫຼື ເຊື່ອງແຖບເບື້ອງຂວາ
keys-fullscreen = ເປີດ ຫຼື ປິດເຕັມຈໍ

# ການນຳທ່ຽວ
menu-tours = ການນຳທ່ຽວ
menu-tour-open-file = ເປີດໄຟລ໌ການນຳທ່ຽວ…
menu-tour-open-path = ເປີດການນຳທ່ຽວໂດຍພິມເສັ້ນທາງໄຟລ໌…
menu-tour-next = ຈຸດຕໍ່ໄປ (→, PageDown, Space)
menu-tour-previous = ຈຸດກ່ອນໜ້າ (←, PageUp)
menu-tour-end = ຈົບການນຳທ່ຽວ (Esc)
path-box-title-tour = ເປີດການນຳທ່ຽວ
dialog-filter-tours = ການນຳທ່ຽວ (JSON)
tour-sources = ແຫຼ່ງຂໍ້ມູນ: { $sources } (ຮອດ { $date })
tour-stop-of = { $tour } · ຈຸດທີ { $stop } ຈາກ { $count }
notice-tour-unreadable = ບໍ່ສາມາດສະແດງການນຳທ່ຽວ { $path }: { $reason }.
keys-tour = ລະຫວ່າງການນຳທ່ຽວ: ຈຸດຕໍ່ໄປ / ຈຸດກ່ອນໜ້າ (Home: ຈຸດທຳອິດ, Esc: ຈົບ)

# ລຳດັບເວລາ
timeline-play = ຫຼິ້ນ
timeline-pause = ຢຸດຊົ່ວຄາວ
timeline-year = ປີ
timeline-close = ×
timeline-close-tooltip = ປິດລຳດັບເວລາ: ແຜນທີ່ສະແດງປັດຈຸບັນ (T)
menu-timeline = ລຳດັບເວລາ: ແລວທາງແຕ່ລະປີ (T)
keys-timeline = ເປີດ ຫຼື ປິດລຳດັບເວລາ
details-in-year = ປີ { $year }: { $status }
legend-railway-not-started = ທາງລົດໄຟ, ຢູ່ໃນແຜນ (ຍັງບໍ່ທັນກໍ່ສ້າງ)
legend-expressway-not-started = ທາງດ່ວນ, ຢູ່ໃນແຜນ (ຍັງບໍ່ທັນກໍ່ສ້າງ)
legend-station-building = ສະຖານີ, ດ່ານ ຫຼື ເຂດ ທີ່ກຳລັງກໍ່ສ້າງ (ລຳດັບເວລາ)
details-later-facts = ລຳດັບເວລາ ເຊື່ອງ { $count } ຕົວເລກ ທີ່ລົງວັນທີຫຼັງປີ { $year }.
details-later-history = ລຳດັບເວລາ ເຊື່ອງ { $count } ເຫດການ ຫຼັງປີ { $year }.

## Robustness: files cut short, huge values, huge polygons
details-value-shortened = ຫຍໍ້ລົງ: ສະແດງພຽງ { $shown } ຕົວອັກສອນທຳອິດ.
details-show-more = ສະແດງເພີ່ມ
details-copy-value = ສຳເນົາທັງໝົດ
details-properties-paged = ສະແດງ { $shown } ຈາກ { $total } ຄຸນສົມບັດ
load-cut-short = ໄຟລ໌ຂາດກ່ອນຈະຈົບ (ຢູ່ແຖວ { $line }, ໄບຕ໌ທີ { $offset }), ອາດເປັນຍ້ອນການດາວໂຫຼດ ຫຼື ການສຳເນົາບໍ່ສຳເລັດ: ໄດ້ຮັກສາ { $count } ລາຍການທີ່ຄົບຖ້ວນກ່ອນບ່ອນຂາດໄວ້; ສ່ວນທີ່ຕາມມາໄດ້ເສຍໄປ.
notice-imported-cut-short = { $name } ບໍ່ຄົບຖ້ວນ. { $message }
load-outline-only = ຮູບຫຼາຍແຈທີ່ມີ { $positions } ຈຸດ ແລະ { $holes } ຮູ ໃຫຍ່ເກີນກວ່າຈະລະບາຍສີ (ສູງສຸດ { $max_positions } ຈຸດ ແລະ { $max_holes } ຮູ); ແຕ້ມສະເພາະເສັ້ນຂອບ
load-outline-only-crossing = ຮູບຫຼາຍແຈໃຫຍ່ທີ່ເສັ້ນຂອບຂອງມັນຕັດກັນ ບໍ່ສາມາດລະບາຍສີໄດ້ຖືກຕ້ອງ; ແຕ້ມສະເພາະເສັ້ນຂອບ
