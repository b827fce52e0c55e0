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

country-short-cn = 中
country-short-la = 老
country-short-mm = 缅
country-short-th = 泰
country-short-vn = 越
country-short-kh = 柬

unnamed = （未命名）
value-yes = 是
value-no = 否

## Details

details-hint = 点击地图上的车站、口岸、经济区或线路，或搜索名称 (Ctrl+F)，即可在此查看其数据和来源。
details-data-in-english = 以下说明、数据和来源按数据原文以英文显示。
details-opened = { $date }开通
details-not-on-map = 未在地图上标出：没有资料给出其位置（见说明）。
details-approximate = 位置为近似值，并非其确切位置（见说明）。
details-seed-document = 种子文件 { $file }
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
status-tiles-unreadable = · { $count } 个瓦片无法读取
map-osm-data-attribution = 铁路和公路数据 © OpenStreetMap 贡献者
layer-context-railways = 云南其他铁路
kind-context-railway = 其他铁路
legend-built-up = 建成区
legend-border-uncertain = 国界（放大后）：概略线，实际国界在色带内（±2 公里）
legend-country-tints = 各国以不同底色区分；地形晕渲显示至缩放级别 8
map-detail-limit = 内置地图在此没有更多细节。如需更多：文件 → 打开瓦片包…，或联网时使用 OpenStreetMap（地图 → 背景地图）。

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
