# 简体中文。缺少的词条会以英文显示。译者说明见 README.md 的 "Translating the atlas"。
# { $name } 这类占位符由程序填入，请保留，可按中文语序移动位置。

## Window and menus

window-title = 澜湄走廊地图集
menu-file = 文件
menu-open-geojson = 打开 GeoJSON…
menu-open-tile-pack = 打开瓦片包 (.pmtiles)…
menu-open-by-path = 输入路径打开…
menu-quit = 退出
menu-map = 地图
menu-whole-corridor = 整个走廊 (Home)
menu-background-map = 底图
menu-tiles-osm = OpenStreetMap（在线，缓存后可离线使用）
menu-tile-server = 瓦片服务器：
menu-tile-server-use = 使用
menu-measure = 测量距离 (M)
menu-view = 视图
menu-language = 语言
menu-spotlight = 聚光灯（S 或 L）：照向所选要素，否则跟随指针
menu-keys = 键盘快捷键
menu-help = 帮助
menu-about = 关于地图集及其数据

tiles-builtin = 内置离线地图
tiles-osm = OpenStreetMap（在线）
tiles-custom = 瓦片服务器 { $url }
tiles-pack = 瓦片包 { $file }

button-cancel = 取消
dialog-filter-all-files = 所有文件

path-box-title-geojson = 打开 GeoJSON 文件
path-box-title-tile-pack = 打开瓦片包
path-box-prompt = 输入或粘贴文件的完整路径：
path-box-open = 打开

## Keyboard help

keys-title = 键盘快捷键
keys-search = 搜索（支持各种文字）
keys-enter = 在搜索框中：前往最佳匹配
keys-home = 整个走廊
keys-zoom = 放大 / 缩小
keys-pan = 移动地图
keys-measure = 测量距离；再按一次停止
keys-spotlight = 聚光灯照向所选要素，否则跟随指针
keys-escape = 取消选择，停止测量
keys-open = 打开 GeoJSON 文件

## About

about-title = 关于澜湄走廊地图集
about-summary = 中老铁路，以及云南及其周边国家的高速公路、边境口岸、经济区和物流通道，完全离线可用。
about-basemap = 底图：采用 Natural Earth 数据（公有领域）；中国省界来自 GMT 打包的世界数字化图 (DCW-gmt，LGPL-3.0-or-later)。
about-fonts = 字体：Noto（SIL 开放字体许可证 1.1）。
about-data = 走廊数据：依据种子文件及公开资料整理，每个要素和每条数据均注明来源（见“详情”面板）。
about-osm = 启用 OpenStreetMap 瓦片时：© OpenStreetMap 贡献者。
about-data-language = 数据中有所选语言的地名时，以该语言显示。说明、数据条目和来源标题在数据中以英文记录，按原文显示。

## Panels and tabs

heading-layers = 图层
tab-details = 详情
tab-stations = 车站
tab-routes = 线路
tab-legend = 图例

## Layers

layer-railway = 中老铁路
layer-stations = 车站
layer-expressways = 高速公路
layer-ports = 边境口岸
layer-zones = 经济区
layer-routes = 物流通道
layer-visit = 2019年12月考察
layer-imported = 导入
layer-show-hide = 显示或隐藏“{ $name }”
layer-feature-count = { $count } 个要素
layer-remove = 移除
layer-remove-tooltip = 从地图集中移除“{ $name }”
layer-color-tooltip = “{ $name }”在地图上的颜色
layer-opacity = 不透明度
layer-problems = { $count } 个要素有问题（见通知）
layer-opening = 正在打开 { $name }

## What a feature is

kind-railway = 铁路区段
kind-station = 车站
kind-expressway = 高速公路
kind-port = 边境口岸
kind-zone = 经济区
kind-route = 物流通道
kind-visit-stop = 考察站点
kind-imported = 导入要素

status-open = 已开通
status-under-construction = 在建
status-planned = 规划中
status-not-built = 未建成

zone-type-cbecz = 跨境经济合作区
zone-type-sez = 经济特区
zone-type-ftz = 自由贸易试验区
zone-type-logistics-base = 物流基地
zone-type-industrial-park = 产业园区

mode-road = 公路
mode-rail = 铁路
mode-river = 水运
mode-road-rail = 公路和铁路
mode-multimodal = 多式联运

country-name-cn = 中国
country-name-la = 老挝
country-name-mm = 缅甸
country-name-th = 泰国
country-name-vn = 越南
country-name-kh = 柬埔寨
country-name-sg = 新加坡
country-name-bd = 孟加拉国

unnamed = （未命名）
value-yes = 是
value-no = 否

## Details

details-hint = 点击地图上的车站、口岸、经济区或线路，或搜索名称 (Ctrl+F)，即可在此查看其数据和来源。
details-data-in-english = 以下说明、数据和来源按数据原文以英文显示。
details-opened = { $date }开通
details-not-on-map = 未在地图上标出：没有资料给出其位置（见说明）。
details-approximate = 位置为近似值，并非其确切位置（见说明）。
details-seed-document = { $title }，{ $date }：随地图集保存的来源文件（文件 { $file }）
details-facts = 数据
details-date-unknown = 日期不详
details-as-of = 截至 { $date } ·
details-history = 大事记
details-properties = 属性
details-more = 更多
details-sources = 来源
details-partner-port = 边境对面的对应口岸
details-distance-away = （相距 { $distance }）
details-drawn-length = 图上长度：{ $distance }（按大地线计算）
details-chainage = 里程：距昆明南 { $km } 公里（沿图上线路量算）
details-previous = 上一站：
details-next = 下一站：
details-near-zone = 区内及 10 公里内的口岸和车站
details-inside = （区内）
details-distance-in-brackets = （{ $distance }）

## Stations

stations-explanation = 里程 = 自昆明南起沿图上线路量算的公里数；点击一行即可前往。
stations-column-km = 里程
stations-column-station = 车站
stations-column-country = 国家
stations-column-status = 状态
stations-column-opened = 开通
stations-column-to-next = 至下站

## Routes

routes-heading-routes = 物流通道
routes-heading-railway = 铁路区段
routes-heading-expressways = 高速公路
routes-mode = 方式
routes-from = 起点
routes-to = 终点
routes-via = 途经
routes-length = 长度
routes-carries = 货物
routes-opened = 开通
routes-length-drawn = 图上 { $distance }（大地线）
routes-not-drawn = 未绘制
routes-length-drawn-and-sourced = { $drawn }；资料记载 { $km } 公里

## Search

search-hint = 搜索：磨憨、Boten、ບໍ່ເຕັນ、万荣…  (Ctrl+F)
search-no-match = 没有结果。请换一种写法或文字再试。
search-lean-layer = { $layer } 的名称超过 25 万个，搜索不纠正拼写错误：请按文件中的写法输入名称。

## Legend

legend-railway-open = 铁路（已开通）
legend-railway-planned = 铁路（在建）
legend-station = 火车站
legend-expressway-open = 高速公路（已开通）
legend-expressway-planned = 高速公路（在建）
legend-port-road = 边境口岸（公路）
legend-port-rail = 边境口岸（铁路）
legend-port-road-rail = 边境口岸（公路和铁路）
legend-port-river = 边境口岸 / 港口（水运）
legend-zone-cbecz = 跨境合作区
legend-zone-sez = 经济特区
legend-zone-ftz = 自由贸易试验区片区
legend-zone-logistics = 物流基地
legend-zone-industrial = 产业园区
legend-route-rail = 物流通道（铁路）
legend-route-road = 物流通道（公路）
legend-route-river = 物流通道（水运）
legend-route-multimodal = 物流通道（多式联运）
legend-visit-stop = 考察站点（2019年12月）
legend-imported = 导入的 GeoJSON
legend-basemap = 底图
legend-sea = 海洋
legend-land = 所示国家以外的陆地
legend-mekong = 澜沧江 / 湄公河
legend-rivers = 其他河流
legend-border = 国界

## Notices

notice-builtin-data-unreadable = 无法读取内置的走廊数据；地图和您自己的文件仍可使用。
notice-basemap-unreadable = 无法读取内置底图；走廊图层和您自己的文件仍可使用。
notice-tiles-failed = 无法使用该底图：{ $reason }。现改为显示内置地图。
notice-import-cancelled = 已停止打开 { $path }，未做任何更改。
notice-import-failed = 无法打开 { $path }。已加载的内容均保持不变。
notice-import-not-started = 无法开始打开 { $path }。
notice-imported = 已打开 { $name }：{ $count } 个要素。
notice-imported-with-problems = 已打开 { $name }：{ $count } 个要素；{ $problems } 个问题（相关要素已跳过或尽量加载）。
notice-dismiss = 关闭
notice-details = 详细信息

## Status bar and map

status-zoom = 缩放 { $zoom }
status-osm-attribution = · © OpenStreetMap 贡献者
status-coordinates-tooltip = 指针处的 WGS84 坐标
status-drawing-tiles = 正在绘制 { $count } 个瓦片…
tile-drawing-failed = 无法绘制瓦片 { $tile }；该处改为显示较粗略的地图
status-measuring = 测量中：在地图上点击各点；按 M 或 Esc 停止。
measure-straight-line = { $distance }（直线）
measure-along-railway = { $distance }（沿铁路）

## Units, numbers and dates

unit-km = { $value } 公里
unit-m = { $value } 米
unit-name-km = 公里
unit-name-m = 米
unit-name-km-per-h = 公里/小时
unit-name-km2 = 平方公里
unit-name-m2 = 平方米
unit-name-ha = 公顷
unit-name-t = 吨
unit-name-h = 小时
unit-name-min = 分钟
unit-name-days = 天
unit-name-years = 年

date-day-month-year = { $year }年{ $monthnum }月{ $day }日
date-month-year = { $year }年{ $monthnum }月
month-1 = 一月
month-2 = 二月
month-3 = 三月
month-4 = 四月
month-5 = 五月
month-6 = 六月
month-7 = 七月
month-8 = 八月
month-9 = 九月
month-10 = 十月
month-11 = 十一月
month-12 = 十二月

## Railway alignment, tile packs and settings
about-osm-data = 铁路线位、车站、磨憨和磨丁铁路口岸以及老挝公路线路：© OpenStreetMap 贡献者，采用开放数据库许可协议 1.0 (https://www.openstreetmap.org/copyright)；由此派生的数据文件同样采用 ODbL 1.0。公路线路经由 AidData 全球中国发展融资地理数据集（威廉与玛丽学院 AidData，ODC-By 1.0）。
legend-railway-gap-fill = 铁路（直线补缺，来源中无轨道）
legend-context-railway = 其他铁路（云南）
legend-minor-station = 会让站或货运站（放大后显示）
details-published-km = 公布里程：距{ $from } { $published } 公里；沿图上线路 { $drawn } 公里（相差 { $difference } 公里）
details-gap-fills = 含 { $count } 段直线补缺（共 { $km } 公里），以虚线绘制：来源数据在这些地段没有轨道（很可能是 OpenStreetMap 导出中缺失的隧道），因此这些地段的线位未经实测。
details-border-point = 中老边界位于友谊隧道内，距昆明南 { $km } 公里。
notice-settings-no-folder = 找不到保存设置的文件夹；本窗口的设置将不会保存。
notice-settings-not-saved = 无法保存设置：{ $reason }。已保留之前的设置。
notice-pack-opened = 已打开 { $name }（缩放级别 { $min }–{ $max }）。
notice-pack-cancelled = 已停止打开 { $name }；保留原来的地图。
notice-remembered-pack-unavailable = 上次使用的瓦片包现在无法打开：{ $reason }。现显示内置地图；下次启动时会再次尝试（可在“地图 → 背景地图”中另选）。
notice-pack-refused = { $reason }。保留原来的地图。
notice-pack-tiles-unreadable = { $name } 的部分瓦片无法读取（瓦片包已损坏或被更改）；这些位置显示内置地图。
notice-pack-not-started = 无法开始打开 { $path }。
notice-show-latest = 只显示最新的
notice-show-all = 还有 { $count } 条较早的消息 — 全部显示
status-checking-pack = 正在检查 { $pack }…
status-tiles-not-available = { $shown }（{ $wanted } 不可用）
status-online-unreachable = · 无法连接在线地图——显示内置地图
status-online-unreachable-tooltip = 瓦片服务器未能及时响应。以前看过的瓦片从磁盘缓存中显示，其他地方显示内置地图；地图集会自动再次尝试连接服务器。
status-tiles-unreadable = · { $count } 个瓦片无法读取
map-osm-data-attribution = 铁路和公路数据 © OpenStreetMap 贡献者
layer-context-railways = 云南其他铁路
kind-context-railway = 其他铁路
legend-built-up = 建成区
legend-border-uncertain = 国界（放大后）：概略线，实际国界在色带内（±2 公里）
legend-country-tints = 各国以不同底色区分；地形晕渲显示至缩放级别 8
map-detail-limit = 内置地图在此没有更多细节。如需更多：文件 → 打开瓦片包…，或联网时使用 OpenStreetMap（地图 → 背景地图）。

## Why a file, a tile pack or a save was refused
load-error-io = 无法读取 { $path }：{ $reason }
load-error-too-large = 文件大小为 { $size } MB，超过本地图集可打开的 { $limit } MB
load-error-empty = 文件是空的
load-error-not-utf8 = 文件不是 UTF-8 文本：第 { $line } 行第 { $column } 列有无效字节（GeoJSON 必须是 UTF-8）
load-error-invalid-json = 文件不是有效的 JSON：{ $message }，位于第 { $line } 行第 { $column } 列
load-error-too-deep = 文件中数组和对象的嵌套超过 { $limit } 层（第 { $line } 行第 { $column } 列）；GeoJSON 从不需要这么多层
load-error-not-geojson = 文件不是 GeoJSON：{ $found }
load-error-other-format = 文件是{ $what }，不是 GeoJSON：{ $advice }
load-error-not-a-file = { $path } 不是普通文件（它是{ $kind }）；请打开 GeoJSON 文件本身
load-error-cancelled = 导入已取消
load-error-embedded = 内置文件 { $file }：{ $reason }
load-format-tile-pack = PMTiles 瓦片包
load-advice-tile-pack = 请用“文件 → 打开瓦片包…”打开，作为底图使用
load-format-zip = ZIP 压缩包（Google Earth 的 KMZ 文件就是一种）
load-advice-zip = 如果是 Google Earth 的 KMZ 文件，请把扩展名改为 .kmz 后重新打开；否则请先解压
load-format-double-bom = 以两个字节顺序标记开头的 UTF-8 文本
load-advice-double-bom = 文件被带字节顺序标记保存了两次；请另存为不带字节顺序标记的 UTF-8
load-format-utf16 = UTF-16 文本
load-format-utf16-le = UTF-16 文本（小端序，无字节顺序标记）
load-format-utf16-be = UTF-16 文本（大端序，无字节顺序标记）
load-advice-utf16 = 请用文本编辑器打开并另存为 UTF-8，然后重新打开
load-format-zero-bytes = 全是零字节的文件
load-advice-zero-bytes = 文件可能没有完整保存或复制；请从来源重新复制
load-format-kml = KML 文件（Google Earth）
load-advice-kml = 请转换为 GeoJSON，例如 `ogr2ogr -f GeoJSON out.geojson in.kml`
load-format-gpx = GPX 轨迹
load-advice-gpx = 请转换为 GeoJSON，例如 `ogr2ogr -f GeoJSON out.geojson in.gpx`
load-format-xml = XML 或 HTML 文档
load-advice-xml = 如果来自网页，请下载 GeoJSON 文件本身
load-format-csv = CSV 表格
load-advice-csv = 请把扩展名改为 .csv 后重新打开：带经度和纬度列（lon、lat）的表格会作为点打开
load-top-array = 顶层是数组，不是 GeoJSON 对象
load-top-string = 顶层是字符串，不是 GeoJSON 对象
load-top-null = 顶层是 null，不是 GeoJSON 对象
load-top-boolean = 顶层是 true 或 false，不是 GeoJSON 对象
load-top-number = 顶层是数字，不是 GeoJSON 对象
load-top-member-twice = 顶层对象中 `{ $member }` 出现了两次（第 { $line } 行），含义不明确
load-top-no-type = 顶层对象没有 `type` 成员
load-top-type-not-string = 顶层的 `type` 是{ $found }，不是字符串
load-top-features-not-array = FeatureCollection 的 `features` 是{ $found }，不是要素数组
load-top-no-features = FeatureCollection 没有 `features` 数组
load-top-unknown-type = 其 `type` 为 { $type }；应为 FeatureCollection、Feature 或某种几何类型（Point、LineString、Polygon、MultiPoint、MultiLineString、MultiPolygon、GeometryCollection），拼写须完全一致
json-an-object = 对象
json-an-array = 数组
json-a-string = 字符串
json-null = null
json-true-or-false = true 或 false
json-a-number = 数字
problem-at-line-feature = 第 { $line } 行，要素 `{ $id }`：{ $message }
problem-at-line = 第 { $line } 行：{ $message }
problem-at-feature = 要素 `{ $id }`：{ $message }
pack-error-unreadable = 无法读取瓦片包 { $path }：{ $reason }
pack-error-not-a-file = { $path } 不是普通文件（它是{ $kind }）；请选择 .pmtiles 文件本身，并复制到本机或 U 盘上
pack-error-damaged = { $path } 不是可用的 PMTiles（第 3 版）瓦片包：{ $reason }
pack-error-unsupported = { $path } 使用 { $what } 压缩，本地图集无法读取；请用 `pmtiles convert` 转换，或以 gzip 压缩重新制作
pack-error-cancelled = 已取消打开瓦片包
special-file-folder = 文件夹
special-file-pipe = 管道（FIFO）
special-file-device = 设备
special-file-socket = 套接字
special-file-other = 非普通文件
save-error-not-a-file-path = 无法保存到 { $path }：这不是文件路径
save-error-write = 无法写入 { $path }：{ $reason }
save-error-replace = 无法用新版本替换 { $path }：{ $reason }
tile-url-bad-template = 瓦片网址必须包含 {"{z}"}、{"{x}"} 和 {"{y}"}，例如 https://tiles.example.org/{"{z}"}/{"{x}"}/{"{y}"}.png
settings-problem-unreadable = 无法读取设置文件（{ $reason }）；已使用默认设置。
settings-problem-no-settings = 设置文件中没有设置；已使用默认设置。
settings-problem-unknown-key = 设置“{ $key }”无法识别，已忽略。
settings-problem-entries-reset = “{ $key }”中有 { $count } 项设置无法读取，已重置。
settings-problem-value-reset = 设置“{ $key }”无法读取，已恢复默认值。
settings-problem-impossible-view = 记住的地图视图无效；地图从走廊全景开始。
settings-problem-opacities = 有 { $count } 个记住的图层不透明度超出范围，已更正。
settings-problem-read-only = 另一个地图集窗口已打开：本窗口不会保存设置（图层、语言、地图和视图）；关闭另一个窗口后即可再次保存。
settings-problem-file-unreadable = 无法读取设置文件 { $path }（{ $reason }）；已使用默认设置。
problem-details-in-english = 文件检查器以英文说明下面的每个问题，并注明行号。

## Search: places of the basemap and typed coordinates
search-kind-country = 国家
search-kind-province = 省/邦
search-kind-capital = 首都
search-kind-town = 城镇
search-kind-coordinates = 坐标
search-go-to-coordinates = 前往 北纬 { $lat }°，东经 { $lon }°
notice-coordinates-copied = 已复制 { $coordinates }（纬度，经度）：可粘贴到搜索框、GPS 或地图应用中。
keys-copy-coordinates = 复制指针处的坐标
# Export map image (File → Export map image…)
menu-export-image = 导出地图图片…
export-title = 导出地图图片
export-size-screen = 屏幕分辨率（{ $width } × { $height } 像素）
export-size-print = 2 倍，用于打印（{ $width } × { $height } 像素）
export-file = 保存为（PNG）：
export-choose = 选择…
export-no-dialog = 此处无法显示文件对话框：请在上面的输入框中输入 PNG 文件的完整路径。
export-button = 导出
export-running = 正在绘制地图图片…
notice-export-saved = 地图图片已保存：{ $path }（{ $width } × { $height } 像素）。
notice-export-failed = 地图图片未保存：{ $reason }

## Imports: a dead reader, files reopened at start, the same file twice
notice-import-died = 打开 { $path } 时意外中止：读取线程没有返回结果就结束了。已加载的内容没有改变；请重试，如果再次发生，文件可能已损坏。
notice-imports-missing = 上次打开的 { $count } 个文件已不在原处（被移动、改名或所在磁盘未连接），未重新打开。
duplicate-import-title = 已经打开
duplicate-import-text = { $path } 已作为图层打开。要再作为第二个图层打开吗？
duplicate-import-again = 再次打开
## Study-visit planner
tab-planner = 行程
planner-add = 加入行程
planner-add-station = 将所选车站加入行程
planner-empty = 尚无站点。在地图上右键并选择“加入行程”，或在“详情”或“车站”表中点击“加入行程”。
planner-title-hint = 行程标题
planner-up = 上移
planner-down = 下移
planner-remove = 删除此站点
planner-date = 日期
planner-time = 时间
planner-duration = 停留（分钟）
planner-notes = 备注
planner-date-invalid = 日期格式须为 YYYY-MM-DD（或 YYYY-MM、YYYY）。
planner-time-invalid = 时间格式须为 HH:MM（24 小时制）。
planner-leg-rail = 铁路（按铁路里程）
planner-leg-road = 公路
planner-leg-road-approximate = 近似公路
planner-leg-great-circle = 大圆距离（直线；实际行程更长）
planner-time-not-estimated = 未估算时间
planner-hours-minutes = { $hours } 小时 { $minutes } 分
planner-border = 过境 { $from } → { $to }，经 { $ports }
planner-border-no-port = 过境 { $from } → { $to }（地图集中两国之间没有口岸）
planner-untimed-legs = { $count } 段未计时
planner-totals = 合计
planner-day-total = { $date }：{ $total }
planner-trip-total = 全程：{ $total }
planner-rail-time-source = 铁路用时按昆明南—万象 D887 次列车的平均速度计算（含边检共 10 小时 30 分；{ $source }，截至 { $date }）。公路和直线路段没有有出处的速度，因此不给出用时。
planner-frame = 显示整个行程
planner-export-briefing = 导出简报…
planner-path-open = 打开行程
planner-path-save = 行程另存为
planner-path-briefing = 导出简报（.html 或 .md）
planner-path-ok = 确定
menu-itinerary-new = 新建行程
menu-itinerary-open = 打开行程…
menu-itinerary-save = 保存行程
menu-itinerary-save-as = 行程另存为…
menu-itinerary-example = 打开示例：2019 年考察
notice-itinerary-saved = 行程已保存：{ $path }
notice-itinerary-not-saved = 行程未保存（原文件未改动）：{ $reason }
notice-itinerary-not-opened = 无法打开该行程，当前行程保持不变。{ $reason }
notice-itinerary-restored = 已恢复您正在规划的行程。
notice-itinerary-autosave-failed = 无法为下次启动保留行程：{ $reason }
notice-briefing-saved = 简报已写入：{ $path }
notice-briefing-not-saved = 简报未写入：{ $reason }
legend-planner = 行程
legend-planner-stop = 站点（按行程顺序）
briefing-untitled = 考察行程
briefing-lead = 澜湄走廊地图集简报：站点、各路段及其距离的计算方式，以及各站点的数据及来源。
briefing-heading-map = 行程地图
briefing-map-caption = 站点按顺序编号；沿铁路的路段为实线，沿公路为虚线，仅知直线距离的为点线。国界与河流：Natural Earth；铁路：OpenStreetMap 贡献者。
briefing-heading-stops = 站点
briefing-heading-legs = 路段
briefing-heading-facts = 各站点数据
briefing-col-stop = 站点
briefing-col-when = 时间
briefing-col-from = 起点
briefing-col-to = 终点
briefing-col-distance = 距离
briefing-col-time = 用时
briefing-col-method = 计算方式
briefing-col-fact = 数据
briefing-col-value = 数值
briefing-col-as-of = 截至
briefing-col-source = 来源
briefing-no-facts = 地图集没有此站点的数据。
briefing-stop-sources = 位置及存在依据：
briefing-footer-seeds = 名为 000_…txt 至 004_…txt 的来源是地图集的基础文献（2019–2025 年的报告和新闻，随地图集数据保存）。
briefing-nearby = 附近（地图集）：{ $name }

## The map's right-click menu
map-menu-what-is-here = 这里是什么？
map-menu-nothing-here = 可见图层在此处没有要素。
map-menu-centre-here = 以此处为地图中心
map-menu-measure-from-here = 从这里开始测量
map-menu-copy-coordinates = 复制坐标

## Source links
notice-link-not-opened = 本机无法打开网页浏览器。网址已复制，稍后可粘贴到浏览器中：{ $url }
details-link-hover = { $url } — 在网页浏览器中打开（需要联网）。右键可复制网址。
details-copy-link = 复制网址

## First start
welcome-title = 欢迎
welcome-heading = 澜沧江—湄公河走廊地图集
welcome-map = 地图显示从昆明到万象的中老铁路及其车站、高速公路、口岸，以及云南和周边国家的经济区，每一项都附有数据和来源。
welcome-search = 按 Ctrl+F 可搜索各种文字的名称，也可搜索城镇和输入的坐标。
welcome-click = 点击车站、口岸或经济区查看详情；在地图上点右键可做更多操作。
welcome-keys = 按 F1 查看所有快捷键；按 Home 重新显示整个走廊。
welcome-offline = 一切无需联网：地图、数据和字体都内置在地图集中。
welcome-start = 开始
keys-help = 本快捷键列表

## KML, KMZ, GPX and CSV files
load-convert-failed = 无法读取 { $format } 文件：{ $reason }
load-kmz-no-kml = KMZ 压缩包中没有 .kml 文件
load-kml-skipped = 有 { $count } 个地标没有点、线或面，已略去
load-csv-no-coordinates = 找不到经度和纬度列（现有列：{ $columns }）；请将列命名为 lon 和 lat，或 longitude 和 latitude
load-csv-row-skipped = 此行没有可读的经度和纬度，已略去
# 窗口、演示模式
presenter-fact = { $label }：{ $value }（截至 { $date }）
button-hide-left-panel = 隐藏左侧面板 (F9)
button-show-left-panel = 显示左侧面板 (F9)
button-hide-right-panel = 隐藏右侧面板 (F10)
button-show-right-panel = 显示右侧面板 (F10)
menu-left-panel = 左侧面板：搜索和图层 (F9)
menu-right-panel = 右侧面板：详情、车站、线路、图例 (F10)
menu-fullscreen = 全屏 (F11)
menu-presenter = 演示模式（F5；Esc 退出）
keys-presenter = 开启或关闭演示模式（Esc 退出）
keys-room-size = 演示模式：放大或缩小地图文字和线条
keys-left-panel = 显示或隐藏左侧面板
keys-right-panel = 显示或隐藏右侧面板
keys-fullscreen = 开启或关闭全屏

# 导览
menu-tours = 导览
menu-tour-open-file = 打开导览文件…
menu-tour-open-path = 输入路径打开导览…
menu-tour-next = 下一站（→、PageDown、空格）
menu-tour-previous = 上一站（←、PageUp）
menu-tour-end = 结束导览（Esc）
path-box-title-tour = 打开导览
dialog-filter-tours = 导览（JSON）
tour-sources = 来源：{ $sources }（截至 { $date }）
tour-stop-of = { $tour } · 第 { $stop } 站，共 { $count } 站
notice-tour-unreadable = 无法显示导览 { $path }：{ $reason }。
keys-tour = 导览中：下一站 / 上一站（Home：第一站，Esc：结束）

# 时间轴
timeline-play = 播放
timeline-pause = 暂停
timeline-year = 年份
timeline-close = ×
timeline-close-tooltip = 关闭时间轴：地图显示现状 (T)
menu-timeline = 时间轴：逐年查看走廊 (T)
keys-timeline = 开启或关闭时间轴
details-in-year = { $year }年：{ $status }
legend-railway-not-started = 铁路（规划中，尚未开工）
legend-expressway-not-started = 高速公路（规划中，尚未开工）
legend-station-building = 在建的车站、口岸或园区（时间轴）
details-later-facts = 时间轴隐藏了 { $count } 项 { $year } 年以后的数据。
details-later-history = 时间轴隐藏了 { $count } 项 { $year } 年以后的事件。

## Robustness: files cut short, huge values, huge polygons
details-value-shortened = 已截短：只显示前 { $shown } 个字符。
details-show-more = 显示更多
details-copy-value = 全部复制
details-properties-paged = 已显示 { $total } 个属性中的 { $shown } 个
load-cut-short = 文件在结尾之前中断（第 { $line } 行，第 { $offset } 字节），可能是下载或复制未完成：已保留中断前的 { $count } 个完整要素，之后的内容已丢失。
notice-imported-cut-short = { $name } 不完整。{ $message }
load-outline-only = 一个多边形有 { $positions } 个坐标点和 { $holes } 个洞，太大无法填充（最多 { $max_positions } 个坐标点和 { $max_holes } 个洞）；只绘制其轮廓
load-outline-only-crossing = 一个大多边形的边界相互交叉，无法正确填充；只绘制其轮廓
