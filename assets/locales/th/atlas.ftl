# ภาษาไทย ข้อความที่ยังไม่มีในไฟล์นี้จะแสดงเป็นภาษาอังกฤษ วิธีแปล: ดู
# "Translating the atlas" ใน README.md เก็บตัวแทนอย่าง { $name } ไว้ตามเดิม

## Window and menus

window-title = แผนที่ระเบียงล้านช้าง–แม่โขง
menu-file = ไฟล์
menu-open-geojson = เปิด GeoJSON…
menu-open-tile-pack = เปิดชุดไทล์แผนที่ (.pmtiles)…
menu-open-by-path = เปิดโดยพิมพ์ที่อยู่ไฟล์…
menu-quit = ออก
menu-map = แผนที่
menu-whole-corridor = ทั้งระเบียง (Home)
menu-background-map = แผนที่พื้นหลัง
menu-tiles-osm = OpenStreetMap (ออนไลน์ เก็บไว้ใช้แบบออฟไลน์ได้)
menu-tile-server = เซิร์ฟเวอร์ไทล์:
menu-tile-server-use = ใช้
menu-measure = วัดระยะทาง (M)
menu-view = มุมมอง
menu-language = ภาษา
menu-spotlight = สปอตไลต์ (S หรือ L): ที่สิ่งที่เลือก หรือที่ตัวชี้
menu-keys = แป้นพิมพ์ลัด
menu-help = ช่วยเหลือ
menu-about = เกี่ยวกับแผนที่และข้อมูล

tiles-builtin = แผนที่ออฟไลน์ในตัว
tiles-osm = OpenStreetMap (ออนไลน์)
tiles-custom = เซิร์ฟเวอร์ไทล์ { $url }
tiles-pack = ชุดไทล์แผนที่ { $file }

button-cancel = ยกเลิก
dialog-filter-all-files = ทุกไฟล์

path-box-title-geojson = เปิดไฟล์ GeoJSON
path-box-title-tile-pack = เปิดชุดไทล์แผนที่
path-box-prompt = พิมพ์หรือวางที่อยู่เต็มของไฟล์:
path-box-open = เปิด

## Keyboard help

keys-title = แป้นพิมพ์ลัด
keys-search = ค้นหา (ทุกอักษร)
keys-enter = ในช่องค้นหา: ไปยังผลที่ตรงที่สุด
keys-home = ทั้งระเบียง
keys-zoom = ขยาย / ย่อ
keys-pan = เลื่อนแผนที่
keys-measure = วัดระยะทาง กดอีกครั้งเพื่อหยุด
keys-spotlight = สปอตไลต์ที่สิ่งที่เลือก หรือที่ตัวชี้
keys-escape = ยกเลิกการเลือก หยุดวัด
keys-open = เปิดไฟล์ GeoJSON

## About

about-title = เกี่ยวกับแผนที่ระเบียงล้านช้าง–แม่โขง
about-summary = ทางรถไฟจีน–ลาว ทางด่วน ด่านชายแดน เขตเศรษฐกิจ และเส้นทางโลจิสติกส์ของยูนนานและประเทศเพื่อนบ้าน ใช้งานได้แบบออฟไลน์ทั้งหมด
about-basemap = แผนที่ฐาน: สร้างด้วย Natural Earth (สาธารณสมบัติ) ขอบเขตมณฑลของจีนจาก Digital Chart of the World ที่ GMT จัดชุดไว้ (DCW-gmt, LGPL-3.0-or-later)
about-fonts = ฟอนต์: Noto (SIL Open Font License 1.1)
about-data = ข้อมูลระเบียง: รวบรวมจากเอกสารต้นทางและแหล่งข้อมูลสาธารณะที่ระบุไว้ในทุกรายการและทุกข้อมูล (ดูแผงรายละเอียด)
about-osm = ไทล์ OpenStreetMap เมื่อเปิดใช้: © ผู้ร่วมให้ข้อมูล OpenStreetMap
about-data-language = ชื่อสถานที่แสดงเป็นภาษาที่เลือกเมื่อข้อมูลมีชื่อนั้น หมายเหตุ ข้อเท็จจริง และชื่อแหล่งข้อมูลเขียนเป็นภาษาอังกฤษในข้อมูลและแสดงตามต้นฉบับ

## Panels and tabs

heading-layers = ชั้นข้อมูล
tab-details = รายละเอียด
tab-stations = สถานี
tab-routes = เส้นทาง
tab-legend = สัญลักษณ์

## Layers

layer-railway = ทางรถไฟจีน–ลาว
layer-stations = สถานี
layer-expressways = ทางด่วน
layer-ports = ด่านชายแดน
layer-zones = เขตเศรษฐกิจ
layer-routes = เส้นทางโลจิสติกส์
layer-visit = การศึกษาดูงาน ธันวาคม 2019
layer-imported = นำเข้า
layer-show-hide = แสดงหรือซ่อน { $name }
layer-feature-count = { $count } รายการ
layer-remove = ลบออก
layer-remove-tooltip = ลบ { $name } ออกจากแผนที่
layer-color-tooltip = สีของ { $name } บนแผนที่
layer-opacity = ความทึบ
layer-problems = { $count } รายการมีปัญหา (ดูการแจ้งเตือน)
layer-opening = กำลังเปิด { $name }

## What a feature is

kind-railway = ช่วงทางรถไฟ
kind-station = สถานี
kind-expressway = ทางด่วน
kind-port = ด่านชายแดน
kind-zone = เขตเศรษฐกิจ
kind-route = เส้นทางโลจิสติกส์
kind-visit-stop = จุดศึกษาดูงาน
kind-imported = รายการที่นำเข้า

status-open = เปิดใช้แล้ว
status-under-construction = กำลังก่อสร้าง
status-planned = อยู่ในแผน
status-not-built = ไม่ได้สร้าง

zone-type-cbecz = เขตความร่วมมือทางเศรษฐกิจข้ามพรมแดน
zone-type-sez = เขตเศรษฐกิจพิเศษ
zone-type-ftz = เขตการค้าเสรีนำร่อง
zone-type-logistics-base = ศูนย์โลจิสติกส์
zone-type-industrial-park = นิคมอุตสาหกรรม

mode-road = ทางถนน
mode-rail = ทางราง
mode-river = ทางน้ำ
mode-road-rail = ทางถนนและทางราง
mode-multimodal = หลายรูปแบบ

country-name-cn = จีน
country-name-la = ลาว
country-name-mm = เมียนมา
country-name-th = ไทย
country-name-vn = เวียดนาม
country-name-kh = กัมพูชา
country-name-sg = สิงคโปร์
country-name-bd = บังกลาเทศ

unnamed = (ไม่มีชื่อ)
value-yes = ใช่
value-no = ไม่

## Details

details-hint = คลิกสถานี ด่าน เขต หรือเส้นทางบนแผนที่ หรือค้นหา (Ctrl+F) เพื่อดูข้อมูลและแหล่งที่มาที่นี่
details-data-in-english = หมายเหตุ ข้อเท็จจริง และแหล่งข้อมูลด้านล่างเป็นภาษาอังกฤษตามที่ข้อมูลบันทึกไว้
details-opened = เปิด { $date }
details-not-on-map = ไม่อยู่บนแผนที่: ไม่มีแหล่งใดระบุตำแหน่ง (ดูหมายเหตุ)
details-approximate = ตำแหน่งโดยประมาณ ไม่ใช่ตำแหน่งจริง (ดูหมายเหตุ)
details-seed-document = { $title }, { $date }: เอกสารต้นทางที่เก็บไว้กับแผนที่ (ไฟล์ { $file })
details-facts = ข้อเท็จจริง
details-date-unknown = ไม่ทราบวันที่
details-as-of = ณ { $date } ·
details-history = ประวัติ
details-properties = คุณสมบัติ
details-more = เพิ่มเติม
details-sources = แหล่งข้อมูล
details-partner-port = ด่านคู่ฝั่งตรงข้ามชายแดน
details-distance-away = (ห่าง { $distance })
details-drawn-length = ความยาวบนแผนที่: { $distance } (คำนวณตามผิวโลก)
details-chainage = กิโลเมตรที่: { $km } จากคุนหมิงใต้ วัดตามเส้นที่วาด
details-previous = ก่อนหน้า:
details-next = ถัดไป:
details-near-zone = ด่านและสถานีภายในหรือในระยะ 10 กม.
details-inside = (ภายใน)
details-distance-in-brackets = ({ $distance })

## Stations

stations-explanation = กม. = ระยะจากคุนหมิงใต้ วัดตามเส้นที่วาด คลิกแถวเพื่อไปที่นั่น
stations-column-km = กม.
stations-column-station = สถานี
stations-column-country = ประเทศ
stations-column-status = สถานะ
stations-column-opened = เปิด
stations-column-to-next = ถัดไป

## Routes

routes-heading-routes = เส้นทางโลจิสติกส์
routes-heading-railway = ช่วงทางรถไฟ
routes-heading-expressways = ทางด่วน
routes-mode = รูปแบบ
routes-from = จาก
routes-to = ถึง
routes-via = ผ่าน
routes-length = ความยาว
routes-carries = สินค้า
routes-opened = เปิด
routes-length-drawn = { $distance } บนแผนที่ (ตามผิวโลก)
routes-not-drawn = ไม่ได้วาด
routes-length-drawn-and-sourced = { $drawn }; ตามแหล่งข้อมูล { $km } กม.

## Search

search-hint = ค้นหา: หนองคาย, Boten, 磨憨, ບໍ່ເຕັນ…  (Ctrl+F)
search-no-match = ไม่พบ ลองสะกดแบบอื่นหรือใช้อักษรอื่น
search-lean-layer = { $layer } มีชื่อมากกว่า 250,000 ชื่อ: การค้นหาไม่แก้คำสะกดผิด โปรดพิมพ์ชื่อตามที่เขียนในไฟล์

## Legend

legend-railway-open = ทางรถไฟ เปิดใช้แล้ว
legend-railway-planned = ทางรถไฟ กำลังก่อสร้าง
legend-station = สถานีรถไฟ
legend-expressway-open = ทางด่วน เปิดใช้แล้ว
legend-expressway-planned = ทางด่วน กำลังก่อสร้าง
legend-port-road = ด่านชายแดน ทางถนน
legend-port-rail = ด่านชายแดน ทางราง
legend-port-road-rail = ด่านชายแดน ทางถนนและทางราง
legend-port-river = ด่าน / ท่าเรือ ทางน้ำ
legend-zone-cbecz = เขตความร่วมมือข้ามพรมแดน
legend-zone-sez = เขตเศรษฐกิจพิเศษ
legend-zone-ftz = พื้นที่เขตการค้าเสรี
legend-zone-logistics = ศูนย์โลจิสติกส์
legend-zone-industrial = นิคมอุตสาหกรรม
legend-route-rail = เส้นทางโลจิสติกส์ ทางราง
legend-route-road = เส้นทางโลจิสติกส์ ทางถนน
legend-route-river = เส้นทางโลจิสติกส์ ทางน้ำ
legend-route-multimodal = เส้นทางโลจิสติกส์ หลายรูปแบบ
legend-visit-stop = จุดศึกษาดูงาน (ธ.ค. 2019)
legend-imported = GeoJSON ที่นำเข้า
legend-basemap = แผนที่ฐาน
legend-sea = ทะเล
legend-land = แผ่นดินนอกประเทศที่แสดง
legend-mekong = ล้านช้าง / แม่น้ำโขง
legend-rivers = แม่น้ำอื่น
legend-border = พรมแดนระหว่างประเทศ

## Notices

notice-builtin-data-unreadable = อ่านข้อมูลระเบียงในตัวไม่ได้ แผนที่และไฟล์ของคุณยังใช้ได้
notice-basemap-unreadable = อ่านแผนที่ฐานในตัวไม่ได้ ชั้นข้อมูลระเบียงและไฟล์ของคุณยังใช้ได้
notice-tiles-failed = ใช้แผนที่พื้นหลังนั้นไม่ได้: { $reason } จึงแสดงแผนที่ในตัวแทน
notice-import-cancelled = หยุดเปิด { $path } แล้ว ไม่มีอะไรเปลี่ยนแปลง
notice-import-failed = เปิด { $path } ไม่ได้ ทุกอย่างที่โหลดไว้แล้วยังอยู่ครบ
notice-import-not-started = เริ่มเปิด { $path } ไม่ได้
notice-imported = เปิด { $name } แล้ว: { $count } รายการ
notice-imported-with-problems = เปิด { $name } แล้ว: { $count } รายการ; { $problems } ปัญหา (รายการเหล่านั้นถูกข้ามหรือโหลดเท่าที่ทำได้)
notice-dismiss = ปิด
notice-details = รายละเอียด

## Status bar and map

status-zoom = ระดับซูม { $zoom }
status-osm-attribution = · © ผู้ร่วมให้ข้อมูล OpenStreetMap
status-coordinates-tooltip = พิกัด WGS84 ที่ตัวชี้
status-drawing-tiles = กำลังวาด { $count } ไทล์…
tile-drawing-failed = วาดไทล์ { $tile } ไม่ได้ จึงแสดงแผนที่ที่หยาบกว่าตรงนั้นแทน
status-measuring = กำลังวัด: คลิกจุดบนแผนที่ กด M หรือ Esc เพื่อหยุด
measure-straight-line = { $distance } (เส้นตรง)
measure-along-railway = { $distance } (ตามทางรถไฟ)

## Units, numbers and dates

unit-km = { $value } กม.
unit-m = { $value } ม.
unit-name-km = กม.
unit-name-m = ม.
unit-name-km-per-h = กม./ชม.
unit-name-km2 = ตร.กม.
unit-name-m2 = ตร.ม.
unit-name-ha = เฮกตาร์
unit-name-t = ตัน
unit-name-h = ชั่วโมง
unit-name-min = นาที
unit-name-days = วัน
unit-name-years = ปี

# Years are Gregorian (ค.ศ.), as in the data.
date-day-month-year = { $day } { $month } ค.ศ. { $year }
date-month-year = { $month } ค.ศ. { $year }
month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม

## Railway alignment, tile packs and settings
about-osm-data = แนวทางรถไฟ สถานี ด่านรถไฟโมฮานและบ่อเต็น และเส้นทางถนนในลาว: © ผู้ร่วมพัฒนา OpenStreetMap ภายใต้สัญญาอนุญาต Open Database Licence 1.0 (https://www.openstreetmap.org/copyright) ไฟล์ข้อมูลที่ดัดแปลงยังคงอยู่ภายใต้ ODbL 1.0 เส้นทางถนนผ่านชุดข้อมูล AidData (AidData at William & Mary, ODC-By 1.0)
legend-railway-gap-fill = ทางรถไฟ เส้นตรงเติมช่องว่าง (ไม่มีรางในแหล่งข้อมูล)
legend-context-railway = ทางรถไฟอื่น (ยูนนาน)
legend-minor-station = สถานีหลีกหรือสถานีสินค้า (เมื่อซูมเข้า)
details-published-km = ตัวเลขที่เผยแพร่: { $published } กม. จาก{ $from } ตามเส้นที่วาด { $drawn } กม. (ต่างกัน { $difference } กม.)
details-gap-fills = มีเส้นตรงเติมช่องว่าง { $count } ช่วง ({ $km } กม.) วาดเป็นเส้นประ: แหล่งข้อมูลไม่มีรางในช่วงนั้น (น่าจะเป็นอุโมงค์ที่ขาดไปจากข้อมูล OpenStreetMap) แนวเส้นในช่วงเหล่านั้นจึงไม่ได้สำรวจ
details-border-point = ชายแดนจีน–ลาวอยู่ในอุโมงค์มิตรภาพ ที่ กม. { $km } จากคุนหมิงใต้
notice-settings-no-folder = ไม่พบโฟลเดอร์สำหรับการตั้งค่า การตั้งค่าของหน้าต่างนี้จะไม่ถูกบันทึก
notice-settings-not-saved = บันทึกการตั้งค่าไม่ได้: { $reason } การตั้งค่าเดิมยังคงอยู่
notice-pack-opened = เปิด { $name } แล้ว (ซูม { $min } ถึง { $max })
notice-pack-cancelled = หยุดเปิด { $name } แล้ว แผนที่เดิมยังอยู่
notice-remembered-pack-unavailable = เปิดชุดไทล์ที่ใช้ครั้งก่อนไม่ได้ในตอนนี้: { $reason } แสดงแผนที่ในตัวแทน และจะลองเปิดอีกครั้งเมื่อเริ่มโปรแกรมครั้งถัดไป (แผนที่ → แผนที่พื้นหลัง เพื่อเลือกอันอื่น)
notice-pack-refused = { $reason } แผนที่เดิมยังอยู่
notice-pack-tiles-unreadable = อ่านไทล์บางส่วนของ { $name } ไม่ได้ (ชุดไทล์เสียหายหรือถูกเปลี่ยน) แสดงแผนที่ในตัวแทน
notice-pack-not-started = เริ่มเปิด { $path } ไม่ได้
notice-show-latest = แสดงเฉพาะล่าสุด
notice-show-all = มี { $count } ข้อความก่อนหน้า — แสดงทั้งหมด
status-checking-pack = กำลังตรวจ { $pack }…
status-tiles-not-available = { $shown } ({ $wanted } ใช้ไม่ได้)
status-online-unreachable = · เชื่อมต่อแผนที่ออนไลน์ไม่ได้ — กำลังแสดงแผนที่ในตัว
status-online-unreachable-tooltip = เซิร์ฟเวอร์ไทล์ไม่ตอบกลับทันเวลา ไทล์ที่เคยดูแล้วจะแสดงจากแคชในเครื่อง ส่วนที่เหลือแสดงแผนที่ในตัว และแอตลาสจะลองเชื่อมต่อเซิร์ฟเวอร์อีกครั้งเอง
status-tiles-unreadable = · { $count } ไทล์อ่านไม่ได้
map-osm-data-attribution = ข้อมูลทางรถไฟและถนน © ผู้ร่วมพัฒนา OpenStreetMap
layer-context-railways = ทางรถไฟอื่นในยูนนาน
kind-context-railway = ทางรถไฟอื่น
legend-built-up = เขตเมือง
legend-border-uncertain = ชายแดน (เมื่อซูมเข้า): เส้นโดยประมาณ ชายแดนจริงอยู่ในแถบ (±2 กม.)
legend-country-tints = แต่ละประเทศมีสีของตนเอง ภาพนูนต่ำแสดงถึงซูม 8
map-detail-limit = แผนที่ในตัวไม่มีรายละเอียดมากกว่านี้ ดูเพิ่มได้ที่: ไฟล์ → เปิดชุดไทล์… หรือ OpenStreetMap (แผนที่ → แผนที่พื้นหลัง) เมื่อออนไลน์

## Why a file, a tile pack or a save was refused
load-error-io = อ่าน { $path } ไม่ได้: { $reason }
load-error-too-large = ไฟล์มีขนาด { $size } MB เกินกว่า { $limit } MB ที่แผนที่นี้เปิดได้
load-error-empty = ไฟล์ว่างเปล่า
load-error-not-utf8 = ไฟล์ไม่ใช่ข้อความ UTF-8: มีไบต์ที่ไม่ถูกต้องที่บรรทัด { $line } คอลัมน์ { $column } (GeoJSON ต้องเป็น UTF-8)
load-error-invalid-json = ไฟล์ไม่ใช่ JSON ที่ถูกต้อง: { $message } ที่บรรทัด { $line } คอลัมน์ { $column }
load-error-too-deep = ไฟล์ซ้อนอาร์เรย์และออบเจกต์ลึกเกิน { $limit } ชั้น (ที่บรรทัด { $line } คอลัมน์ { $column }); GeoJSON ไม่จำเป็นต้องซ้อนลึกขนาดนั้น
load-error-not-geojson = ไฟล์ไม่ใช่ GeoJSON: { $found }
load-error-other-format = ไฟล์เป็น{ $what } ไม่ใช่ GeoJSON: { $advice }
load-error-not-a-file = { $path } ไม่ใช่ไฟล์ปกติ (เป็น{ $kind }); โปรดเปิดตัวไฟล์ GeoJSON เอง
load-error-cancelled = ยกเลิกการนำเข้าแล้ว
load-error-embedded = ไฟล์ในตัว { $file }: { $reason }
load-format-tile-pack = ชุดไทล์แผนที่ PMTiles
load-advice-tile-pack = เปิดด้วย ไฟล์ → เปิดชุดไทล์แผนที่… เพื่อใช้เป็นแผนที่พื้นหลัง
load-format-zip = ไฟล์บีบอัด ZIP (ไฟล์ KMZ ของ Google Earth ก็เป็นแบบนี้)
load-advice-zip = หากเป็นไฟล์ KMZ จาก Google Earth ให้เปลี่ยนนามสกุลเป็น .kmz แล้วเปิดใหม่; มิฉะนั้นให้แตกไฟล์ก่อน
load-format-double-bom = ข้อความ UTF-8 ที่ขึ้นต้นด้วยเครื่องหมายลำดับไบต์สองครั้ง
load-advice-double-bom = ไฟล์ถูกบันทึกพร้อมเครื่องหมายลำดับไบต์สองครั้ง; โปรดบันทึกเป็น UTF-8 แบบไม่มีเครื่องหมายนี้
load-format-utf16 = ข้อความ UTF-16
load-format-utf16-le = ข้อความ UTF-16 (little-endian ไม่มีเครื่องหมายลำดับไบต์)
load-format-utf16-be = ข้อความ UTF-16 (big-endian ไม่มีเครื่องหมายลำดับไบต์)
load-advice-utf16 = เปิดในโปรแกรมแก้ไขข้อความ บันทึกเป็น UTF-8 แล้วเปิดใหม่
load-format-zero-bytes = ไบต์ศูนย์ทั้งหมด
load-advice-zero-bytes = ไฟล์อาจบันทึกหรือคัดลอกมาไม่ครบ; โปรดคัดลอกใหม่จากต้นทาง
load-format-kml = ไฟล์ KML (Google Earth)
load-advice-kml = แปลงเป็น GeoJSON เช่น `ogr2ogr -f GeoJSON out.geojson in.kml`
load-format-gpx = เส้นทาง GPX
load-advice-gpx = แปลงเป็น GeoJSON เช่น `ogr2ogr -f GeoJSON out.geojson in.gpx`
load-format-xml = เอกสาร XML หรือ HTML
load-advice-xml = หากได้มาจากหน้าเว็บ โปรดดาวน์โหลดตัวไฟล์ GeoJSON เอง
load-format-csv = ตาราง CSV
load-advice-csv = เปลี่ยนนามสกุลเป็น .csv แล้วเปิดใหม่: ตารางที่มีคอลัมน์ลองจิจูดและละติจูด (lon, lat) จะเปิดเป็นจุด
load-top-array = ระดับบนสุดเป็นอาร์เรย์ ไม่ใช่ออบเจกต์ GeoJSON
load-top-string = ระดับบนสุดเป็นสตริง ไม่ใช่ออบเจกต์ GeoJSON
load-top-null = ระดับบนสุดเป็น null ไม่ใช่ออบเจกต์ GeoJSON
load-top-boolean = ระดับบนสุดเป็น true หรือ false ไม่ใช่ออบเจกต์ GeoJSON
load-top-number = ระดับบนสุดเป็นตัวเลข ไม่ใช่ออบเจกต์ GeoJSON
load-top-member-twice = ออบเจกต์ระดับบนสุดมี `{ $member }` สองครั้ง (บรรทัด { $line }) ความหมายจึงไม่ชัดเจน
load-top-no-type = ออบเจกต์ระดับบนสุดไม่มีสมาชิก `type`
load-top-type-not-string = `type` ระดับบนสุดเป็น{ $found } ไม่ใช่สตริง
load-top-features-not-array = `features` ของ FeatureCollection เป็น{ $found } ไม่ใช่อาร์เรย์ของฟีเจอร์
load-top-no-features = FeatureCollection ไม่มีอาร์เรย์ `features`
load-top-unknown-type = `type` ของไฟล์คือ { $type }; ต้องเป็น FeatureCollection, Feature หรือชนิดรูปเรขาคณิต (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection) สะกดให้ตรงทุกตัวอักษร
json-an-object = ออบเจกต์
json-an-array = อาร์เรย์
json-a-string = สตริง
json-null = null
json-true-or-false = true หรือ false
json-a-number = ตัวเลข
problem-at-line-feature = บรรทัด { $line } ฟีเจอร์ `{ $id }`: { $message }
problem-at-line = บรรทัด { $line }: { $message }
problem-at-feature = ฟีเจอร์ `{ $id }`: { $message }
pack-error-unreadable = อ่านชุดไทล์แผนที่ { $path } ไม่ได้: { $reason }
pack-error-not-a-file = { $path } ไม่ใช่ไฟล์ปกติ (เป็น{ $kind }); โปรดเลือกตัวไฟล์ .pmtiles เอง ที่คัดลอกไว้ในเครื่องนี้หรือแฟลชไดรฟ์
pack-error-damaged = { $path } ไม่ใช่ชุดไทล์ PMTiles (รุ่น 3) ที่ใช้ได้: { $reason }
pack-error-unsupported = { $path } ใช้การบีบอัดแบบ { $what } ซึ่งแผนที่นี้อ่านไม่ได้; โปรดแปลงด้วย `pmtiles convert` หรือสร้างใหม่ด้วยการบีบอัด gzip
pack-error-cancelled = ยกเลิกการเปิดชุดไทล์แผนที่แล้ว
special-file-folder = โฟลเดอร์
special-file-pipe = ไปป์ (FIFO)
special-file-device = อุปกรณ์
special-file-socket = ซ็อกเก็ต
special-file-other = ไม่ใช่ไฟล์ปกติ
save-error-not-a-file-path = บันทึกไปที่ { $path } ไม่ได้: ไม่ใช่เส้นทางไฟล์
save-error-write = เขียน { $path } ไม่ได้: { $reason }
save-error-replace = แทนที่ { $path } ด้วยฉบับใหม่ไม่ได้: { $reason }
tile-url-bad-template = URL ของไทล์ต้องมี {"{z}"}, {"{x}"} และ {"{y}"} เช่น https://tiles.example.org/{"{z}"}/{"{x}"}/{"{y}"}.png
settings-problem-unreadable = อ่านไฟล์การตั้งค่าไม่ได้ ({ $reason }); ใช้ค่าเริ่มต้นแทน
settings-problem-no-settings = ไฟล์การตั้งค่าไม่มีการตั้งค่าใดเลย; ใช้ค่าเริ่มต้นแทน
settings-problem-unknown-key = ไม่รู้จักการตั้งค่า "{ $key }" จึงข้ามไป
settings-problem-entries-reset = การตั้งค่า "{ $key }" จำนวน { $count } รายการอ่านไม่ได้และถูกรีเซ็ต
settings-problem-value-reset = อ่านการตั้งค่า "{ $key }" ไม่ได้ จึงกลับเป็นค่าเริ่มต้น
settings-problem-impossible-view = มุมมองแผนที่ที่จำไว้ใช้ไม่ได้; แผนที่เริ่มที่ภาพรวมของระเบียง
settings-problem-opacities = ความทึบของชั้นข้อมูลที่จำไว้ { $count } ค่าอยู่นอกช่วงและถูกแก้ไขแล้ว
settings-problem-read-only = มีหน้าต่างแผนที่อีกหน้าต่างเปิดอยู่: หน้าต่างนี้จะไม่บันทึกการตั้งค่า (ชั้นข้อมูล ภาษา แผนที่ และมุมมอง); ปิดหน้าต่างนั้นเพื่อให้บันทึกได้อีกครั้ง
settings-problem-file-unreadable = อ่านไฟล์การตั้งค่า { $path } ไม่ได้ ({ $reason }); ใช้ค่าเริ่มต้นแทน
problem-details-in-english = ตัวตรวจไฟล์อธิบายปัญหาแต่ละข้อด้านล่างเป็นภาษาอังกฤษ พร้อมเลขบรรทัด

## Search: places of the basemap and typed coordinates
search-kind-country = ประเทศ
search-kind-province = จังหวัด/รัฐ
search-kind-capital = เมืองหลวง
search-kind-town = เมือง
search-kind-coordinates = พิกัด
search-go-to-coordinates = ไปที่ { $lat }° เหนือ, { $lon }° ตะวันออก
notice-coordinates-copied = คัดลอก { $coordinates } (ละติจูด, ลองจิจูด) แล้ว: วางในช่องค้นหา GPS หรือแอปแผนที่ได้
keys-copy-coordinates = คัดลอกพิกัดที่ตัวชี้
# Export map image (File → Export map image…)
menu-export-image = ส่งออกภาพแผนที่…
export-title = ส่งออกภาพแผนที่
export-size-screen = ความละเอียดหน้าจอ ({ $width } × { $height } พิกเซล)
export-size-print = 2× สำหรับพิมพ์ ({ $width } × { $height } พิกเซล)
export-file = บันทึกเป็น (PNG):
export-choose = เลือก…
export-no-dialog = แสดงหน้าต่างเลือกไฟล์ที่นี่ไม่ได้: พิมพ์ที่อยู่เต็มของไฟล์ PNG ในช่องด้านบน
export-button = ส่งออก
export-running = กำลังวาดภาพแผนที่…
notice-export-saved = บันทึกภาพแผนที่แล้ว: { $path } ({ $width } × { $height } พิกเซล)
notice-export-failed = ไม่ได้บันทึกภาพแผนที่: { $reason }

## Imports: a dead reader, files reopened at start, the same file twice
notice-import-died = การเปิด { $path } หยุดลงโดยไม่คาดคิด: เธรดที่อ่านไฟล์จบโดยไม่มีผลลัพธ์ ข้อมูลที่โหลดแล้วไม่เปลี่ยนแปลง; โปรดลองอีกครั้ง หากเกิดขึ้นอีก ไฟล์อาจเสียหาย
notice-imports-missing = ไฟล์ที่เปิดไว้ครั้งก่อน { $count } ไฟล์ไม่อยู่แล้ว (ถูกย้าย เปลี่ยนชื่อ หรืออยู่ในไดรฟ์ที่ไม่ได้เสียบ) จึงไม่ได้เปิดใหม่
duplicate-import-title = เปิดอยู่แล้ว
duplicate-import-text = { $path } เปิดเป็นชั้นข้อมูลอยู่แล้ว จะเปิดอีกครั้งเป็นชั้นที่สองหรือไม่?
duplicate-import-again = เปิดอีกครั้ง
## Study-visit planner
tab-planner = แผนการเดินทาง
planner-add = เพิ่มในแผนการเดินทาง
planner-add-station = เพิ่มสถานีที่เลือกในแผนการเดินทาง
planner-empty = ยังไม่มีจุดแวะ คลิกขวาบนแผนที่แล้วเลือก "เพิ่มในแผนการเดินทาง" หรือใช้ปุ่มเดียวกันในรายละเอียดหรือตารางสถานี
planner-title-hint = ชื่อการเดินทาง
planner-up = เลื่อนขึ้น
planner-down = เลื่อนลง
planner-remove = ลบจุดแวะนี้
planner-date = วันที่
planner-time = เวลา
planner-duration = เยี่ยมชม (นาที)
planner-notes = บันทึก
planner-date-invalid = วันที่ต้องเป็น YYYY-MM-DD (หรือ YYYY-MM, YYYY)
planner-time-invalid = เวลาต้องเป็น HH:MM (24 ชั่วโมง)
planner-leg-rail = ทางรถไฟ (ตามระยะทางรถไฟ)
planner-leg-road = ทางถนน
planner-leg-road-approximate = ทางถนนโดยประมาณ
planner-leg-great-circle = เส้นตรง (การเดินทางจริงยาวกว่า)
planner-time-not-estimated = ไม่ได้ประมาณเวลา
planner-hours-minutes = { $hours } ชม. { $minutes } นาที
planner-border = ข้ามพรมแดน { $from } → { $to } ผ่าน { $ports }
planner-border-no-port = ข้ามพรมแดน { $from } → { $to } (แผนที่ไม่มีด่านระหว่างสองประเทศ)
planner-untimed-legs = { $count } ช่วงไม่มีเวลา
planner-totals = รวม
planner-day-total = { $date }: { $total }
planner-trip-total = ทั้งการเดินทาง: { $total }
planner-rail-time-source = เวลาทางรถไฟใช้ความเร็วเฉลี่ยของขบวน D887 คุนหมิงใต้–เวียงจันทน์ (10 ชม. 30 นาที รวมพิธีการชายแดน; { $source }, ณ { $date }) ทางถนนและเส้นตรงไม่มีความเร็วที่มีแหล่งอ้างอิง จึงไม่แสดงเวลา
planner-frame = แสดงทั้งการเดินทาง
planner-export-briefing = ส่งออกเอกสารสรุป…
planner-path-open = เปิดแผนการเดินทาง
planner-path-save = บันทึกแผนการเดินทางเป็น
planner-path-briefing = ส่งออกเอกสารสรุป (.html หรือ .md)
planner-path-ok = ตกลง
menu-itinerary-new = แผนการเดินทางใหม่
menu-itinerary-open = เปิดแผนการเดินทาง…
menu-itinerary-save = บันทึกแผนการเดินทาง
menu-itinerary-save-as = บันทึกแผนการเดินทางเป็น…
menu-itinerary-example = เปิดตัวอย่าง: การศึกษาดูงานปี 2019
notice-itinerary-saved = บันทึกแผนการเดินทางแล้ว: { $path }
notice-itinerary-not-saved = ไม่ได้บันทึกแผนการเดินทาง (ไฟล์เดิมไม่เปลี่ยน): { $reason }
notice-itinerary-not-opened = เปิดแผนการเดินทางไม่ได้ แผนปัจจุบันยังอยู่ { $reason }
notice-itinerary-restored = กู้คืนแผนการเดินทางที่คุณกำลังวางแผนแล้ว
notice-itinerary-autosave-failed = เก็บแผนการเดินทางไว้สำหรับการเปิดครั้งหน้าไม่ได้: { $reason }
notice-briefing-saved = เขียนเอกสารสรุปแล้ว: { $path }
notice-briefing-not-saved = ไม่ได้เขียนเอกสารสรุป: { $reason }
legend-planner = แผนการเดินทาง
legend-planner-stop = จุดแวะ ตามลำดับการเดินทาง
briefing-untitled = การศึกษาดูงาน
briefing-lead = เอกสารสรุปจากแผนที่ระเบียงล้านช้าง–แม่โขง: จุดแวะ ช่วงการเดินทางพร้อมวิธีวัดระยะทาง และข้อมูลของแต่ละจุดพร้อมแหล่งที่มา
briefing-heading-map = แผนที่การเดินทาง
briefing-map-caption = จุดแวะมีหมายเลข ช่วงตามทางรถไฟเป็นเส้นทึบ ตามถนนเป็นเส้นประ และเส้นจุดเมื่อรู้เพียงระยะเส้นตรง เขตแดนและแม่น้ำ: Natural Earth; ทางรถไฟ: ผู้ร่วมสร้าง OpenStreetMap
briefing-heading-stops = จุดแวะ
briefing-heading-legs = ช่วงการเดินทาง
briefing-heading-facts = ข้อมูลของแต่ละจุด
briefing-col-stop = จุดแวะ
briefing-col-when = เมื่อ
briefing-col-from = จาก
briefing-col-to = ถึง
briefing-col-distance = ระยะทาง
briefing-col-time = เวลา
briefing-col-method = วิธีวัด
briefing-col-fact = ข้อมูล
briefing-col-value = ค่า
briefing-col-as-of = ณ วันที่
briefing-col-source = แหล่งที่มา
briefing-no-facts = แผนที่ไม่มีตัวเลขของจุดนี้
briefing-stop-sources = ตำแหน่งและการมีอยู่จาก:
briefing-footer-seeds = แหล่งที่ชื่อ 000_…txt ถึง 004_…txt คือเอกสารตั้งต้นของแผนที่ (รายงานและข่าวปี 2019–2025 เก็บไว้กับข้อมูล)
briefing-nearby = ใกล้เคียงในแผนที่: { $name }

## The map's right-click menu
map-menu-what-is-here = ตรงนี้คืออะไร?
map-menu-nothing-here = ไม่มีรายการของชั้นข้อมูลที่แสดงอยู่ตรงนี้
map-menu-centre-here = ให้ตรงนี้เป็นกึ่งกลางแผนที่
map-menu-measure-from-here = วัดระยะจากตรงนี้
map-menu-copy-coordinates = คัดลอกพิกัด

## Source links
notice-link-not-opened = เปิดเว็บเบราว์เซอร์บนเครื่องนี้ไม่ได้ คัดลอกที่อยู่ไว้แล้ว เพื่อวางในเบราว์เซอร์ภายหลัง: { $url }
details-link-hover = { $url } — เปิดในเว็บเบราว์เซอร์ (ต้องใช้อินเทอร์เน็ต) คลิกขวาเพื่อคัดลอกที่อยู่
details-copy-link = คัดลอกที่อยู่

## First start
welcome-title = ยินดีต้อนรับ
welcome-heading = แผนที่ระเบียงล้านช้าง–แม่โขง
welcome-map = แผนที่แสดงรถไฟจีน–ลาวจากคุนหมิงถึงเวียงจันทน์พร้อมสถานี ทางด่วน ด่านชายแดน และเขตเศรษฐกิจของยูนนานและประเทศเพื่อนบ้าน แต่ละรายการมีข้อมูลและแหล่งที่มา
welcome-search = Ctrl+F ค้นหาทุกชื่อในทุกอักษร รวมทั้งเมืองและพิกัดที่พิมพ์
welcome-click = คลิกสถานี ด่าน หรือเขต เพื่อดูข้อมูล; คลิกขวาบนแผนที่เพื่อดูเพิ่มเติม
welcome-keys = F1 แสดงปุ่มทั้งหมด; Home แสดงทั้งระเบียงอีกครั้ง
welcome-offline = ทุกอย่างใช้ได้โดยไม่ต้องมีเครือข่าย: แผนที่ ข้อมูล และแบบอักษรอยู่ในโปรแกรม
welcome-start = เริ่ม
keys-help = รายการปุ่มนี้

## KML, KMZ, GPX and CSV files
load-convert-failed = อ่านไฟล์ { $format } ไม่ได้: { $reason }
load-kmz-no-kml = ไฟล์ KMZ ไม่มีไฟล์ .kml อยู่ภายใน
load-kml-skipped = หมุด { $count } รายการไม่มีจุด เส้น หรือพื้นที่ จึงถูกข้าม
load-csv-no-coordinates = ไม่พบคอลัมน์ลองจิจูดและละติจูด (คอลัมน์ที่มี: { $columns }); โปรดตั้งชื่อคอลัมน์เป็น lon และ lat หรือ longitude และ latitude
load-csv-row-skipped = แถวนี้ไม่มีลองจิจูดและละติจูดที่อ่านได้ จึงถูกข้าม
# หน้าต่าง โหมดนำเสนอ
presenter-fact = { $label }: { $value } (ณ { $date })
button-hide-left-panel = ซ่อนแผงด้านซ้าย (F9)
button-show-left-panel = แสดงแผงด้านซ้าย (F9)
button-hide-right-panel = ซ่อนแผงด้านขวา (F10)
button-show-right-panel = แสดงแผงด้านขวา (F10)
menu-left-panel = แผงด้านซ้าย: ค้นหาและชั้นข้อมูล (F9)
menu-right-panel = แผงด้านขวา: รายละเอียด สถานี เส้นทาง คำอธิบายสัญลักษณ์ (F10)
menu-fullscreen = เต็มจอ (F11)
menu-presenter = โหมดนำเสนอ (F5; Esc เพื่อออก)
keys-presenter = เปิดหรือปิดโหมดนำเสนอ (Esc เพื่อออก)
keys-room-size = โหมดนำเสนอ: ขยายหรือย่อตัวอักษรและเส้นบนแผนที่
keys-left-panel = แสดงหรือซ่อนแผงด้านซ้าย
keys-right-panel = แสดงหรือซ่อนแผงด้านขวา
keys-fullscreen = เปิดหรือปิดเต็มจอ

# ทัวร์นำชม
menu-tours = ทัวร์นำชม
menu-tour-open-file = เปิดไฟล์ทัวร์…
menu-tour-open-path = เปิดทัวร์โดยพิมพ์ตำแหน่งไฟล์…
menu-tour-next = จุดถัดไป (→, PageDown, Space)
menu-tour-previous = จุดก่อนหน้า (←, PageUp)
menu-tour-end = จบทัวร์ (Esc)
path-box-title-tour = เปิดทัวร์
dialog-filter-tours = ทัวร์ (JSON)
tour-sources = แหล่งที่มา: { $sources } (ณ { $date })
tour-stop-of = { $tour } · จุดที่ { $stop } จาก { $count }
notice-tour-unreadable = ไม่สามารถแสดงทัวร์ { $path }: { $reason }
keys-tour = ระหว่างทัวร์: จุดถัดไป / จุดก่อนหน้า (Home: จุดแรก, Esc: จบ)

# เส้นเวลา
timeline-play = เล่น
timeline-pause = หยุดชั่วคราว
timeline-year = ปี
timeline-close = ×
timeline-close-tooltip = ปิดเส้นเวลา: แผนที่แสดงปัจจุบัน (T)
menu-timeline = เส้นเวลา: ระเบียงเศรษฐกิจทีละปี (T)
keys-timeline = เปิดหรือปิดเส้นเวลา
details-in-year = ปี { $year }: { $status }
legend-railway-not-started = ทางรถไฟ อยู่ในแผน (ยังไม่เริ่มก่อสร้าง)
legend-expressway-not-started = ทางด่วน อยู่ในแผน (ยังไม่เริ่มก่อสร้าง)
legend-station-building = สถานี ด่าน หรือเขตที่กำลังก่อสร้าง (เส้นเวลา)
details-later-facts = เส้นเวลาซ่อนตัวเลข { $count } รายการที่ลงวันที่หลังปี { $year }
details-later-history = เส้นเวลาซ่อนเหตุการณ์ { $count } รายการหลังปี { $year }

## Robustness: files cut short, huge values, huge polygons
details-value-shortened = ย่อแล้ว: แสดงเพียง { $shown } ตัวอักษรแรก
details-show-more = แสดงเพิ่ม
details-copy-value = คัดลอกทั้งหมด
details-properties-paged = แสดง { $shown } จาก { $total } คุณสมบัติ
load-cut-short = ไฟล์ขาดก่อนถึงตอนจบ (ที่บรรทัด { $line } ไบต์ที่ { $offset }) อาจเป็นเพราะดาวน์โหลดหรือคัดลอกไม่ครบ: เก็บ { $count } รายการที่สมบูรณ์ก่อนจุดที่ขาดไว้แล้ว ส่วนที่ตามมาหายไป
notice-imported-cut-short = { $name } ไม่ครบถ้วน { $message }
load-outline-only = รูปหลายเหลี่ยมที่มี { $positions } จุดและ { $holes } รู ใหญ่เกินกว่าจะระบายสี (สูงสุด { $max_positions } จุดและ { $max_holes } รู) จึงวาดเฉพาะเส้นขอบ
load-outline-only-crossing = รูปหลายเหลี่ยมขนาดใหญ่ที่มีเส้นขอบตัดกันเองไม่สามารถระบายสีได้ถูกต้อง จึงวาดเฉพาะเส้นขอบ
