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
layer-color-tooltip = Màu của { $name } trên bản đồ
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

country-name-cn = Trung Quốc
country-name-la = Lào
country-name-mm = Myanmar
country-name-th = Thái Lan
country-name-vn = Việt Nam
country-name-kh = Campuchia
country-name-sg = Singapore
country-name-bd = Bangladesh

unnamed = (không tên)
value-yes = có
value-no = không

## Details

details-hint = Nhấp vào một nhà ga, cửa khẩu, khu hoặc tuyến trên bản đồ, hoặc tìm kiếm (Ctrl+F), để xem số liệu và nguồn ở đây.
details-data-in-english = Ghi chú, số liệu và nguồn dưới đây bằng tiếng Anh, đúng như dữ liệu ghi lại.
details-opened = khai trương { $date }
details-not-on-map = Không có trên bản đồ: không nguồn nào cho biết vị trí (xem ghi chú).
details-approximate = Vị trí gần đúng, không phải vị trí riêng (xem ghi chú).
details-seed-document = { $title }, { $date }: tài liệu nguồn lưu cùng tập bản đồ (tệp { $file })
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
stations-column-status = Trạng thái
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
search-lean-layer = { $layer } có hơn 250.000 tên: tìm kiếm không sửa lỗi chính tả, hãy gõ tên đúng như trong tệp.

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
tile-drawing-failed = không vẽ được ô { $tile }; bản đồ kém chi tiết hơn được hiển thị ở đó
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
status-online-unreachable = · Không kết nối được bản đồ trực tuyến — đang hiển thị bản đồ tích hợp
status-online-unreachable-tooltip = Máy chủ ô bản đồ không trả lời kịp. Các ô đã xem trước đây được hiển thị từ bộ nhớ đệm trên đĩa, những chỗ khác hiển thị bản đồ tích hợp; atlas sẽ tự thử lại máy chủ.
status-tiles-unreadable = · { $count } ô không đọc được
map-osm-data-attribution = Dữ liệu đường sắt và đường bộ © những người đóng góp OpenStreetMap
layer-context-railways = Các tuyến đường sắt khác ở Vân Nam
kind-context-railway = Đường sắt khác
legend-built-up = Khu đô thị
legend-border-uncertain = Biên giới (khi phóng to): đường khái quát, biên giới thật nằm trong dải (±2 km)
legend-country-tints = Mỗi nước một màu nền; địa hình bóng đổ đến mức thu phóng 8
map-detail-limit = Bản đồ tích hợp không có chi tiết hơn ở đây. Để xem thêm: Tệp → Mở gói ô bản đồ…, hoặc OpenStreetMap (Bản đồ → Bản đồ nền) khi có mạng.

## Why a file, a tile pack or a save was refused
load-error-io = không đọc được { $path }: { $reason }
load-error-too-large = tệp có dung lượng { $size } MB, vượt quá { $limit } MB mà tập bản đồ mở được
load-error-empty = tệp trống
load-error-not-utf8 = tệp không phải văn bản UTF-8: byte không hợp lệ ở dòng { $line }, cột { $column } (GeoJSON phải là UTF-8)
load-error-invalid-json = tệp không phải JSON hợp lệ: { $message } ở dòng { $line }, cột { $column }
load-error-too-deep = tệp lồng mảng và đối tượng sâu hơn { $limit } cấp (ở dòng { $line }, cột { $column }); GeoJSON không bao giờ cần nhiều như vậy
load-error-not-geojson = tệp không phải GeoJSON: { $found }
load-error-other-format = tệp là { $what }, không phải GeoJSON: { $advice }
load-error-not-a-file = { $path } không phải tệp thông thường (đó là { $kind }); hãy mở chính tệp GeoJSON
load-error-cancelled = đã hủy nhập
load-error-embedded = tệp có sẵn { $file }: { $reason }
load-format-tile-pack = một gói ô bản đồ PMTiles
load-advice-tile-pack = hãy mở bằng Tệp → Mở gói ô bản đồ… để dùng làm bản đồ nền
load-format-zip = một tệp nén ZIP (tệp KMZ của Google Earth là một loại như vậy)
load-advice-zip = nếu là tệp KMZ của Google Earth, hãy đổi đuôi thành .kmz rồi mở lại; nếu không, hãy giải nén
load-format-double-bom = văn bản UTF-8 bắt đầu bằng hai dấu thứ tự byte
load-advice-double-bom = tệp đã được lưu hai lần kèm dấu thứ tự byte; hãy lưu dưới dạng UTF-8 không có dấu này
load-format-utf16 = văn bản UTF-16
load-format-utf16-le = văn bản UTF-16 (little-endian, không có dấu thứ tự byte)
load-format-utf16-be = văn bản UTF-16 (big-endian, không có dấu thứ tự byte)
load-advice-utf16 = hãy mở bằng trình soạn thảo văn bản, lưu dưới dạng UTF-8 rồi mở lại
load-format-zero-bytes = toàn byte 0
load-advice-zero-bytes = có lẽ tệp chưa được lưu hoặc sao chép đầy đủ; hãy sao chép lại từ nguồn
load-format-kml = một tệp KML (Google Earth)
load-advice-kml = hãy chuyển sang GeoJSON, ví dụ `ogr2ogr -f GeoJSON out.geojson in.kml`
load-format-gpx = một tuyến GPX
load-advice-gpx = hãy chuyển sang GeoJSON, ví dụ `ogr2ogr -f GeoJSON out.geojson in.gpx`
load-format-xml = một tài liệu XML hoặc HTML
load-advice-xml = nếu lấy từ một trang web, hãy tải về chính tệp GeoJSON
load-format-csv = một bảng CSV
load-advice-csv = hãy đổi đuôi thành .csv rồi mở lại: bảng có cột kinh độ và vĩ độ (lon, lat) sẽ mở thành các điểm
load-top-array = cấp trên cùng là một mảng, không phải đối tượng GeoJSON
load-top-string = cấp trên cùng là một chuỗi, không phải đối tượng GeoJSON
load-top-null = cấp trên cùng là null, không phải đối tượng GeoJSON
load-top-boolean = cấp trên cùng là true hoặc false, không phải đối tượng GeoJSON
load-top-number = cấp trên cùng là một số, không phải đối tượng GeoJSON
load-top-member-twice = đối tượng cấp trên cùng có `{ $member }` hai lần (dòng { $line }), nên ý nghĩa không rõ
load-top-no-type = đối tượng cấp trên cùng không có thành phần `type`
load-top-type-not-string = `type` ở cấp trên cùng là { $found }, không phải chuỗi
load-top-features-not-array = `features` của FeatureCollection là { $found }, không phải mảng các đối tượng địa lý
load-top-no-features = FeatureCollection không có mảng `features`
load-top-unknown-type = `type` của tệp là { $type }; cần là FeatureCollection, Feature hoặc một kiểu hình học (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection), viết đúng chính xác như vậy
json-an-object = một đối tượng
json-an-array = một mảng
json-a-string = một chuỗi
json-null = null
json-true-or-false = true hoặc false
json-a-number = một số
problem-at-line-feature = dòng { $line }, đối tượng `{ $id }`: { $message }
problem-at-line = dòng { $line }: { $message }
problem-at-feature = đối tượng `{ $id }`: { $message }
pack-error-unreadable = không đọc được gói ô bản đồ { $path }: { $reason }
pack-error-not-a-file = { $path } không phải tệp thông thường (đó là { $kind }); hãy chọn chính tệp .pmtiles, đã sao chép vào máy này hoặc USB
pack-error-damaged = { $path } không phải gói ô bản đồ PMTiles (phiên bản 3) dùng được: { $reason }
pack-error-unsupported = { $path } dùng kiểu nén { $what } mà tập bản đồ không đọc được; hãy chuyển đổi bằng `pmtiles convert` hoặc tạo lại với nén gzip
pack-error-cancelled = đã hủy mở gói ô bản đồ
special-file-folder = một thư mục
special-file-pipe = một ống dẫn (FIFO)
special-file-device = một thiết bị
special-file-socket = một socket
special-file-other = không phải tệp thông thường
save-error-not-a-file-path = không thể lưu vào { $path }: đó không phải đường dẫn tệp
save-error-write = không ghi được { $path }: { $reason }
save-error-replace = không thay được { $path } bằng phiên bản mới: { $reason }
tile-url-bad-template = địa chỉ ô bản đồ phải chứa {"{z}"}, {"{x}"} và {"{y}"}, ví dụ https://tiles.example.org/{"{z}"}/{"{x}"}/{"{y}"}.png
settings-problem-unreadable = Không đọc được tệp cài đặt ({ $reason }); dùng cài đặt mặc định.
settings-problem-no-settings = Tệp cài đặt không chứa cài đặt nào; dùng cài đặt mặc định.
settings-problem-unknown-key = Cài đặt "{ $key }" không xác định và đã bị bỏ qua.
settings-problem-entries-reset = { $count } mục của cài đặt "{ $key }" không đọc được và đã được đặt lại.
settings-problem-value-reset = Cài đặt "{ $key }" không đọc được và đã trở về mặc định.
settings-problem-impossible-view = Khung nhìn bản đồ đã nhớ không hợp lệ; bản đồ bắt đầu ở toàn hành lang.
settings-problem-opacities = { $count } độ mờ lớp đã nhớ nằm ngoài phạm vi và đã được sửa.
settings-problem-read-only = Một cửa sổ tập bản đồ khác đang mở: cửa sổ này sẽ không lưu cài đặt (lớp, ngôn ngữ, bản đồ và khung nhìn); hãy đóng cửa sổ kia để lưu lại được.
settings-problem-file-unreadable = Không đọc được tệp cài đặt { $path } ({ $reason }); dùng cài đặt mặc định.
problem-details-in-english = Trình kiểm tra tệp mô tả từng lỗi dưới đây bằng tiếng Anh, kèm số dòng.

## Search: places of the basemap and typed coordinates
search-kind-country = Quốc gia
search-kind-province = Tỉnh/bang
search-kind-capital = Thủ đô
search-kind-town = Thị trấn
search-kind-coordinates = Tọa độ
search-go-to-coordinates = Đi tới { $lat }° B, { $lon }° Đ
notice-coordinates-copied = Đã sao chép { $coordinates } (vĩ độ, kinh độ): dán vào ô tìm kiếm, máy GPS hoặc ứng dụng bản đồ.
keys-copy-coordinates = Sao chép tọa độ dưới con trỏ
# Export map image (File → Export map image…)
menu-export-image = Xuất ảnh bản đồ…
export-title = Xuất ảnh bản đồ
export-size-screen = Độ phân giải màn hình ({ $width } × { $height } điểm ảnh)
export-size-print = 2× để in ({ $width } × { $height } điểm ảnh)
export-file = Lưu thành (PNG):
export-choose = Chọn…
export-no-dialog = Không thể hiện hộp thoại chọn tệp ở đây: hãy gõ đường dẫn đầy đủ của tệp PNG vào ô phía trên.
export-button = Xuất
export-running = Đang vẽ ảnh bản đồ…
notice-export-saved = Đã lưu ảnh bản đồ: { $path } ({ $width } × { $height } điểm ảnh).
notice-export-failed = Ảnh bản đồ chưa được lưu: { $reason }

## Imports: a dead reader, files reopened at start, the same file twice
notice-import-died = Việc mở { $path } dừng bất ngờ: luồng đọc tệp kết thúc mà không có kết quả. Những gì đã tải không thay đổi; hãy thử lại, nếu vẫn xảy ra thì tệp có thể bị hỏng.
notice-imports-missing = { $count } tệp đã mở lần trước không còn nữa (bị di chuyển, đổi tên hoặc nằm trên ổ chưa cắm); chúng không được mở lại.
duplicate-import-title = Đã mở
duplicate-import-text = { $path } đã được mở thành một lớp. Mở lại thành lớp thứ hai?
duplicate-import-again = Mở lại
## Study-visit planner
tab-planner = Lịch trình
planner-add = Thêm vào lịch trình
planner-add-station = Thêm ga đang chọn vào lịch trình
planner-empty = Chưa có điểm dừng. Nhấp chuột phải trên bản đồ và chọn "Thêm vào lịch trình", hoặc dùng nút này trong Chi tiết hay bảng Nhà ga.
planner-title-hint = Tên chuyến đi
planner-up = Lên trên
planner-down = Xuống dưới
planner-remove = Xóa điểm dừng này
planner-date = Ngày
planner-time = Giờ
planner-duration = Tham quan (phút)
planner-notes = Ghi chú
planner-date-invalid = Ngày phải có dạng YYYY-MM-DD (hoặc YYYY-MM, YYYY).
planner-time-invalid = Giờ phải có dạng HH:MM (24 giờ).
planner-leg-rail = đường sắt (theo lý trình)
planner-leg-road = đường bộ
planner-leg-road-approximate = đường bộ gần đúng
planner-leg-great-circle = đường thẳng (hành trình thực dài hơn)
planner-time-not-estimated = chưa ước tính thời gian
planner-hours-minutes = { $hours } giờ { $minutes } phút
planner-border = Qua biên giới { $from } → { $to } qua { $ports }
planner-border-no-port = Qua biên giới { $from } → { $to } (bản đồ không có cửa khẩu giữa hai nước)
planner-untimed-legs = { $count } chặng chưa có thời gian
planner-totals = Tổng
planner-day-total = { $date }: { $total }
planner-trip-total = Cả chuyến: { $total }
planner-rail-time-source = Thời gian đường sắt theo tốc độ trung bình của tàu D887 Côn Minh Nam–Viêng Chăn (10 giờ 30 phút kể cả thủ tục biên giới; { $source }, tính đến { $date }). Chặng đường bộ và đường thẳng không có tốc độ có nguồn, nên không ghi thời gian.
planner-frame = Xem toàn chuyến đi
planner-export-briefing = Xuất bản tóm tắt…
planner-path-open = Mở lịch trình
planner-path-save = Lưu lịch trình thành
planner-path-briefing = Xuất bản tóm tắt (.html hoặc .md)
planner-path-ok = Đồng ý
menu-itinerary-new = Lịch trình mới
menu-itinerary-open = Mở lịch trình…
menu-itinerary-save = Lưu lịch trình
menu-itinerary-save-as = Lưu lịch trình thành…
menu-itinerary-example = Mở ví dụ: chuyến khảo sát 2019
notice-itinerary-saved = Đã lưu lịch trình: { $path }
notice-itinerary-not-saved = Chưa lưu được lịch trình (tệp cũ giữ nguyên): { $reason }
notice-itinerary-not-opened = Không mở được lịch trình; lịch trình hiện tại được giữ. { $reason }
notice-itinerary-restored = Đã khôi phục lịch trình bạn đang lập.
notice-itinerary-autosave-failed = Không giữ được lịch trình cho lần mở sau: { $reason }
notice-briefing-saved = Đã ghi bản tóm tắt: { $path }
notice-briefing-not-saved = Chưa ghi được bản tóm tắt: { $reason }
legend-planner = Lịch trình
legend-planner-stop = Điểm dừng, theo thứ tự đi
briefing-untitled = Chuyến khảo sát
briefing-lead = Bản tóm tắt từ Bản đồ hành lang Lan Thương–Mê Kông: các điểm dừng, các chặng và cách đo từng khoảng cách, cùng số liệu của mỗi điểm kèm nguồn.
briefing-heading-map = Bản đồ chuyến đi
briefing-map-caption = Điểm dừng được đánh số; chặng theo đường sắt là nét liền, theo đường bộ là nét đứt, nét chấm khi chỉ biết khoảng cách thẳng. Biên giới và sông: Natural Earth; đường sắt: những người đóng góp OpenStreetMap.
briefing-heading-stops = Điểm dừng
briefing-heading-legs = Các chặng
briefing-heading-facts = Số liệu từng điểm dừng
briefing-col-stop = Điểm dừng
briefing-col-when = Thời gian
briefing-col-from = Từ
briefing-col-to = Đến
briefing-col-distance = Khoảng cách
briefing-col-time = Thời gian đi
briefing-col-method = Cách đo
briefing-col-fact = Số liệu
briefing-col-value = Giá trị
briefing-col-as-of = Tính đến
briefing-col-source = Nguồn
briefing-no-facts = Bản đồ không có số liệu cho điểm này.
briefing-stop-sources = Vị trí và sự tồn tại theo:
briefing-footer-seeds = Các nguồn tên 000_…txt đến 004_…txt là tài liệu gốc của bản đồ (báo cáo và tin tức 2019–2025, lưu cùng dữ liệu).
briefing-nearby = Gần đó trong bản đồ: { $name }

## The map's right-click menu
map-menu-what-is-here = Ở đây là gì?
map-menu-nothing-here = Không có đối tượng nào của các lớp đang hiện ở đây.
map-menu-centre-here = Đặt tâm bản đồ tại đây
map-menu-measure-from-here = Đo từ đây
map-menu-copy-coordinates = Sao chép tọa độ

## Source links
notice-link-not-opened = Không mở được trình duyệt web trên máy này. Địa chỉ đã được sao chép để dán vào trình duyệt sau: { $url }
details-link-hover = { $url } — mở trong trình duyệt web (cần internet). Nhấp chuột phải để sao chép địa chỉ.
details-copy-link = Sao chép địa chỉ

## First start
welcome-title = Chào mừng
welcome-heading = Tập bản đồ Hành lang Lan Thương–Mê Kông
welcome-map = Bản đồ thể hiện tuyến đường sắt Trung Quốc–Lào từ Côn Minh đến Viêng Chăn cùng các ga, đường cao tốc, cửa khẩu và các khu kinh tế của Vân Nam và các nước láng giềng, mỗi mục đều có số liệu và nguồn.
welcome-search = Ctrl+F tìm mọi tên bằng mọi chữ viết, cả thị trấn và tọa độ gõ vào.
welcome-click = Nhấp vào ga, cửa khẩu hoặc khu để xem thông tin; nhấp chuột phải lên bản đồ để có thêm lựa chọn.
welcome-keys = F1 liệt kê mọi phím; Home hiện lại toàn hành lang.
welcome-offline = Mọi thứ hoạt động không cần mạng: bản đồ, dữ liệu và phông chữ đều nằm trong tập bản đồ.
welcome-start = Bắt đầu
keys-help = Danh sách phím này

## KML, KMZ, GPX and CSV files
load-convert-failed = không đọc được tệp { $format }: { $reason }
load-kmz-no-kml = tệp nén KMZ không chứa tệp .kml nào
load-kml-skipped = { $count } điểm đánh dấu không có điểm, đường hoặc vùng nên đã bị bỏ qua
load-csv-no-coordinates = không tìm thấy cột kinh độ và vĩ độ (các cột hiện có: { $columns }); hãy đặt tên cột là lon và lat, hoặc longitude và latitude
load-csv-row-skipped = dòng này không có kinh độ và vĩ độ đọc được nên đã bị bỏ qua
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
legend-station-building = Ga, cửa khẩu hoặc khu đang xây dựng (dòng thời gian)
details-later-facts = Dòng thời gian ẩn { $count } số liệu có ngày sau năm { $year }.
details-later-history = Dòng thời gian ẩn { $count } sự kiện sau năm { $year }.

## Robustness: files cut short, huge values, huge polygons
details-value-shortened = Đã rút gọn: chỉ hiển thị { $shown } ký tự đầu tiên.
details-show-more = Hiển thị thêm
details-copy-value = Sao chép tất cả
details-properties-paged = Đang hiển thị { $shown } trên { $total } thuộc tính
load-cut-short = Tệp bị đứt trước khi kết thúc (tại dòng { $line }, byte { $offset }), có lẽ do tải xuống hoặc sao chép bị gián đoạn: đã giữ lại { $count } đối tượng hoàn chỉnh trước chỗ đứt; phần sau bị mất.
notice-imported-cut-short = { $name } không đầy đủ. { $message }
load-outline-only = một đa giác có { $positions } điểm và { $holes } lỗ quá lớn để tô màu (tối đa { $max_positions } điểm và { $max_holes } lỗ); chỉ vẽ đường viền
load-outline-only-crossing = một đa giác lớn có các vòng cắt nhau không thể tô màu đúng; chỉ vẽ đường viền
