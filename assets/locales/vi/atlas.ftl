# Tiếng Việt. Thông điệp nào chưa có ở đây sẽ hiện bằng tiếng Anh. Cách dịch: xem
# "Translating the atlas" trong README.md. Giữ nguyên các chỗ giữ chỗ như { $name }.

## Window and menus

window-title = Tập bản đồ Hành lang Lan Thương – Mê Công
menu-file = Tệp
menu-open-geojson = Mở GeoJSON…
menu-open-tile-pack = Mở gói ô bản đồ (.pmtiles)…
menu-open-by-path = Mở bằng cách gõ đường dẫn…
menu-quit = Thoát
menu-map = Bản đồ
menu-whole-corridor = Toàn hành lang (Home)
menu-background-map = Bản đồ nền
menu-tiles-osm = OpenStreetMap (trực tuyến, lưu lại để dùng ngoại tuyến)
menu-tile-server = Máy chủ ô bản đồ:
menu-tile-server-use = Dùng
menu-measure = Đo khoảng cách (M)
menu-view = Hiển thị
menu-language = Ngôn ngữ
menu-spotlight = Đèn chiếu (S hoặc L): vào đối tượng đã chọn, nếu không thì theo con trỏ
menu-keys = Phím tắt
menu-help = Trợ giúp
menu-about = Giới thiệu tập bản đồ và dữ liệu

tiles-builtin = Bản đồ ngoại tuyến có sẵn
tiles-osm = OpenStreetMap (trực tuyến)
tiles-custom = Máy chủ ô bản đồ { $url }
tiles-pack = Gói ô bản đồ { $file }

button-cancel = Hủy
dialog-filter-all-files = Tất cả các tệp

path-box-title-geojson = Mở tệp GeoJSON
path-box-title-tile-pack = Mở gói ô bản đồ
path-box-prompt = Gõ hoặc dán đường dẫn đầy đủ của tệp:
path-box-open = Mở

## Keyboard help

keys-title = Phím tắt
keys-search = Tìm kiếm (mọi loại chữ)
keys-enter = Trong ô tìm kiếm: đến kết quả khớp nhất
keys-home = Toàn hành lang
keys-zoom = Phóng to / thu nhỏ
keys-pan = Di chuyển bản đồ
keys-measure = Đo khoảng cách; nhấn lại để dừng
keys-spotlight = Đèn chiếu vào đối tượng đã chọn, nếu không thì theo con trỏ
keys-escape = Bỏ chọn, dừng đo
keys-open = Mở tệp GeoJSON

## About

about-title = Giới thiệu Tập bản đồ Hành lang Lan Thương – Mê Công
about-summary = Đường sắt Trung Quốc – Lào, đường cao tốc, cửa khẩu, khu kinh tế và tuyến logistics của Vân Nam và các nước láng giềng, dùng được hoàn toàn ngoại tuyến.
about-basemap = Bản đồ nền: làm từ Natural Earth (phạm vi công cộng); ranh giới các tỉnh của Trung Quốc từ Digital Chart of the World do GMT đóng gói (DCW-gmt, LGPL-3.0-or-later).
about-fonts = Phông chữ: Noto (SIL Open Font License 1.1).
about-data = Dữ liệu hành lang: tổng hợp từ các tài liệu gốc và nguồn công khai được ghi trên từng đối tượng và từng số liệu (xem bảng Chi tiết).
about-osm = Ô bản đồ OpenStreetMap, khi được bật: © những người đóng góp OpenStreetMap.
about-data-language = Địa danh được hiển thị bằng ngôn ngữ đã chọn khi dữ liệu có tên đó. Ghi chú, số liệu và tên nguồn được ghi bằng tiếng Anh trong dữ liệu và hiển thị nguyên văn.

## Panels and tabs

heading-layers = Lớp bản đồ
tab-details = Chi tiết
tab-stations = Nhà ga
tab-routes = Tuyến
tab-legend = Chú giải

## Layers

layer-railway = Đường sắt Trung Quốc – Lào
layer-stations = Nhà ga
layer-expressways = Đường cao tốc
layer-ports = Cửa khẩu
layer-zones = Khu kinh tế
layer-routes = Tuyến logistics
layer-visit = Chuyến khảo sát tháng 12/2019
layer-imported = Đã nhập
layer-show-hide = Hiện hoặc ẩn { $name }
layer-feature-count = { $count } đối tượng
layer-remove = Gỡ bỏ
layer-remove-tooltip = Gỡ { $name } khỏi tập bản đồ
layer-opacity = độ đục
layer-problems = { $count } đối tượng có lỗi (xem thông báo)
layer-opening = Đang mở { $name }

## What a feature is

kind-railway = Đoạn đường sắt
kind-station = Nhà ga
kind-expressway = Đường cao tốc
kind-port = Cửa khẩu
kind-zone = Khu kinh tế
kind-route = Tuyến logistics
kind-visit-stop = Điểm khảo sát
kind-imported = Đối tượng đã nhập

status-open = đang hoạt động
status-under-construction = đang xây dựng
status-planned = theo quy hoạch
status-not-built = không xây dựng

zone-type-cbecz = khu hợp tác kinh tế qua biên giới
zone-type-sez = đặc khu kinh tế
zone-type-ftz = khu thương mại tự do thí điểm
zone-type-logistics-base = trung tâm logistics
zone-type-industrial-park = khu công nghiệp

mode-road = đường bộ
mode-rail = đường sắt
mode-river = đường thủy
mode-road-rail = đường bộ và đường sắt
mode-multimodal = đa phương thức

country-short-cn = TQ
country-short-la = Lào
country-short-mm = MM
country-short-th = TL
country-short-vn = VN
country-short-kh = CPC

unnamed = (không tên)
value-yes = có
value-no = không

## Details

details-hint = Nhấp vào một nhà ga, cửa khẩu, khu hoặc tuyến trên bản đồ, hoặc tìm kiếm (Ctrl+F), để xem số liệu và nguồn ở đây.
details-data-in-english = Ghi chú, số liệu và nguồn dưới đây bằng tiếng Anh, đúng như dữ liệu ghi lại.
details-opened = khai trương { $date }
details-not-on-map = Không có trên bản đồ: không nguồn nào cho biết vị trí (xem ghi chú).
details-approximate = Vị trí gần đúng, không phải vị trí riêng (xem ghi chú).
details-seed-document = Tài liệu gốc { $file }
details-facts = Số liệu
details-date-unknown = không rõ ngày
details-as-of = tính đến { $date } ·
details-history = Lịch sử
details-properties = Thuộc tính
details-more = Thêm
details-sources = Nguồn
details-partner-port = Cửa khẩu đối diện bên kia biên giới
details-distance-away = (cách { $distance })
details-drawn-length = Chiều dài trên bản đồ: { $distance } (tính theo đường trắc địa)
details-chainage = Lý trình: km { $km } tính từ Côn Minh Nam, đo theo tuyến đã vẽ
details-previous = Ga trước:
details-next = Ga sau:
details-near-zone = Cửa khẩu và nhà ga trong khu hoặc trong vòng 10 km
details-inside = (bên trong)
details-distance-in-brackets = ({ $distance })

## Stations

stations-explanation = km = lý trình từ Côn Minh Nam, đo theo tuyến đã vẽ; bấm vào một dòng để đến đó.
stations-column-km = km
stations-column-station = Nhà ga
stations-column-country = Nước
stations-column-opened = Khai trương
stations-column-to-next = đến ga sau

## Routes

routes-heading-routes = Tuyến logistics
routes-heading-railway = Đoạn đường sắt
routes-heading-expressways = Đường cao tốc
routes-mode = Phương thức
routes-from = Từ
routes-to = Đến
routes-via = Qua
routes-length = Chiều dài
routes-carries = Hàng hóa
routes-opened = Khai trương
routes-length-drawn = { $distance } trên bản đồ (trắc địa)
routes-not-drawn = chưa vẽ
routes-length-drawn-and-sourced = { $drawn }; theo nguồn { $km } km

## Search

search-hint = Tìm: Lào Cai, Boten, 磨憨, ບໍ່ເຕັນ…  (Ctrl+F)
search-no-match = Không tìm thấy. Hãy thử cách viết hoặc loại chữ khác.

## Legend

legend-railway-open = Đường sắt, đang hoạt động
legend-railway-planned = Đường sắt, đang xây dựng
legend-station = Nhà ga đường sắt
legend-expressway-open = Đường cao tốc, đang hoạt động
legend-expressway-planned = Đường cao tốc, đang xây dựng
legend-port-road = Cửa khẩu đường bộ
legend-port-rail = Cửa khẩu đường sắt
legend-port-road-rail = Cửa khẩu đường bộ và đường sắt
legend-port-river = Cửa khẩu / cảng đường thủy
legend-zone-cbecz = Khu hợp tác qua biên giới
legend-zone-sez = Đặc khu kinh tế
legend-zone-ftz = Khu vực thương mại tự do
legend-zone-logistics = Trung tâm logistics
legend-zone-industrial = Khu công nghiệp
legend-route-rail = Tuyến logistics, đường sắt
legend-route-road = Tuyến logistics, đường bộ
legend-route-river = Tuyến logistics, đường thủy
legend-route-multimodal = Tuyến logistics, đa phương thức
legend-visit-stop = Điểm khảo sát (12/2019)
legend-imported = GeoJSON đã nhập
legend-basemap = Bản đồ nền
legend-sea = Biển
legend-land = Đất liền ngoài các nước được hiển thị
legend-mekong = Lan Thương / Mê Công
legend-rivers = Sông khác
legend-border = Biên giới quốc gia

## Notices

notice-builtin-data-unreadable = Không đọc được dữ liệu hành lang có sẵn; bản đồ và các tệp của bạn vẫn dùng được.
notice-basemap-unreadable = Không đọc được bản đồ nền có sẵn; các lớp hành lang và tệp của bạn vẫn dùng được.
notice-tiles-failed = Không dùng được bản đồ nền đó: { $reason }. Đang hiển thị bản đồ có sẵn thay thế.
notice-import-cancelled = Đã dừng mở { $path }; không có gì thay đổi.
notice-import-failed = Không mở được { $path }. Mọi thứ đã tải vẫn còn nguyên.
notice-import-not-started = Không bắt đầu mở được { $path }.
notice-imported = Đã mở { $name }: { $count } đối tượng.
notice-imported-with-problems = Đã mở { $name }: { $count } đối tượng; { $problems } lỗi (các đối tượng đó bị bỏ qua hoặc được tải tới mức có thể).
notice-dismiss = Đóng
notice-details = Chi tiết

## Status bar and map

status-zoom = mức thu phóng { $zoom }
status-osm-attribution = · © những người đóng góp OpenStreetMap
status-coordinates-tooltip = Tọa độ WGS84 dưới con trỏ
status-drawing-tiles = đang vẽ { $count } ô…
status-measuring = Đang đo: nhấp các điểm trên bản đồ; M hoặc Esc để dừng.
measure-straight-line = { $distance } (đường thẳng)
measure-along-railway = { $distance } (theo đường sắt)

## Units, numbers and dates

unit-km = { $value } km
unit-m = { $value } m
unit-name-km = km
unit-name-m = m
unit-name-km-per-h = km/h
unit-name-km2 = km²
unit-name-m2 = m²
unit-name-ha = ha
unit-name-t = tấn
unit-name-h = giờ
unit-name-min = phút
unit-name-days = ngày
unit-name-years = năm

date-day-month-year = ngày { $day } tháng { $monthnum } năm { $year }
date-month-year = tháng { $monthnum } năm { $year }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

## Railway alignment, tile packs and settings
about-osm-data = Hướng tuyến đường sắt, các ga, cửa khẩu đường sắt Mohan và Boten và các tuyến đường bộ ở Lào: © những người đóng góp OpenStreetMap, theo Giấy phép Cơ sở dữ liệu Mở 1.0 (https://www.openstreetmap.org/copyright); các tệp dữ liệu dẫn xuất vẫn theo ODbL 1.0. Tuyến đường bộ qua bộ dữ liệu AidData (AidData at William & Mary, ODC-By 1.0).
legend-railway-gap-fill = Đường sắt, đoạn nối thẳng (nguồn không có đường ray)
legend-context-railway = Đường sắt khác (Vân Nam)
legend-minor-station = Ga tránh hoặc ga hàng hóa (khi phóng to)
details-published-km = Số liệu công bố: { $published } km từ { $from }; theo tuyến đã vẽ { $drawn } km (chênh lệch { $difference } km)
details-gap-fills = Gồm { $count } đoạn nối thẳng ({ $km } km), vẽ nét đứt: nguồn không có đường ray ở đó (nhiều khả năng là các hầm thiếu trong dữ liệu OpenStreetMap), nên tuyến ở các đoạn này không được khảo sát.
details-border-point = Biên giới Trung Quốc – Lào nằm trong Hầm Hữu Nghị, tại km { $km } tính từ Côn Minh Nam.
notice-settings-no-folder = Không tìm thấy thư mục cài đặt; cài đặt của cửa sổ này sẽ không được lưu.
notice-settings-not-saved = Không lưu được cài đặt: { $reason }. Cài đặt trước đó được giữ nguyên.
notice-pack-opened = Đã mở { $name } (thu phóng { $min } đến { $max }).
notice-pack-cancelled = Đã dừng mở { $name }; bản đồ hiện tại được giữ nguyên.
notice-remembered-pack-unavailable = Không mở được gói ô bản đồ dùng lần trước: { $reason }. Đang hiện bản đồ tích hợp; gói sẽ được thử lại ở lần khởi động sau (Bản đồ → Bản đồ nền để chọn gói khác).
notice-pack-refused = { $reason }. Bản đồ hiện tại được giữ nguyên.
notice-pack-tiles-unreadable = Không đọc được một số ô của { $name } (gói bị hỏng hoặc đã bị thay đổi); bản đồ tích hợp được hiện thay.
notice-pack-not-started = Không thể bắt đầu mở { $path }.
notice-show-latest = Chỉ hiện tin mới nhất
notice-show-all = { $count } thông báo trước đó — hiện tất cả
status-checking-pack = Đang kiểm tra { $pack }…
status-tiles-not-available = { $shown } ({ $wanted } không dùng được)
status-tiles-unreadable = · { $count } ô không đọc được
map-osm-data-attribution = Dữ liệu đường sắt và đường bộ © những người đóng góp OpenStreetMap
layer-context-railways = Các tuyến đường sắt khác ở Vân Nam
kind-context-railway = Đường sắt khác
legend-built-up = Khu đô thị
legend-border-uncertain = Biên giới (khi phóng to): đường khái quát, biên giới thật nằm trong dải (±2 km)
legend-country-tints = Mỗi nước một màu nền; địa hình bóng đổ đến mức thu phóng 8
map-detail-limit = Bản đồ tích hợp không có chi tiết hơn ở đây. Để xem thêm: Tệp → Mở gói ô bản đồ…, hoặc OpenStreetMap (Bản đồ → Bản đồ nền) khi có mạng.

# Cửa sổ, chế độ trình chiếu
presenter-fact = { $label }: { $value } (tính đến { $date })
button-hide-left-panel = Ẩn bảng bên trái (F9)
button-show-left-panel = Hiện bảng bên trái (F9)
button-hide-right-panel = Ẩn bảng bên phải (F10)
button-show-right-panel = Hiện bảng bên phải (F10)
menu-left-panel = Bảng bên trái: tìm kiếm và lớp bản đồ (F9)
menu-right-panel = Bảng bên phải: chi tiết, ga, tuyến, chú giải (F10)
menu-fullscreen = Toàn màn hình (F11)
menu-presenter = Chế độ trình chiếu (F5; Esc để thoát)
keys-presenter = Bật hoặc tắt chế độ trình chiếu (Esc để thoát)
keys-room-size = Chế độ trình chiếu: chữ và đường trên bản đồ to hơn hoặc nhỏ hơn
keys-left-panel = Hiện hoặc ẩn bảng bên trái
keys-right-panel = Hiện hoặc ẩn bảng bên phải
keys-fullscreen = Bật hoặc tắt toàn màn hình

# Tham quan có hướng dẫn
menu-tours = Tham quan
menu-tour-open-file = Mở tệp tham quan…
menu-tour-open-path = Mở tham quan bằng cách gõ đường dẫn…
menu-tour-next = Điểm dừng tiếp (→, PageDown, Space)
menu-tour-previous = Điểm dừng trước (←, PageUp)
menu-tour-end = Kết thúc tham quan (Esc)
path-box-title-tour = Mở tham quan
dialog-filter-tours = Tham quan (JSON)
tour-sources = Nguồn: { $sources } (tính đến { $date })
tour-stop-of = { $tour } · điểm dừng { $stop }/{ $count }
notice-tour-unreadable = Không thể hiển thị tham quan { $path }: { $reason }.
keys-tour = Khi tham quan: điểm dừng tiếp / trước (Home: điểm đầu, Esc: kết thúc)

# Dòng thời gian
timeline-play = Phát
timeline-pause = Tạm dừng
timeline-year = Năm
timeline-close = ×
timeline-close-tooltip = Đóng dòng thời gian: bản đồ hiện hiện trạng (T)
menu-timeline = Dòng thời gian: hành lang qua từng năm (T)
keys-timeline = Bật hoặc tắt dòng thời gian
details-in-year = Năm { $year }: { $status }
legend-railway-not-started = Đường sắt, quy hoạch (chưa khởi công)
legend-expressway-not-started = Đường cao tốc, quy hoạch (chưa khởi công)
