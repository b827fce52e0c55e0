#!/usr/bin/env python3
"""Derives the atlas's China–Laos railway data from the OpenStreetMap-based source files.

Reads  ../shared/data/corridor-sources/ and ../shared/data/basemap-sources/ (see their
PROVENANCE.md) and rewrites, in geodata/corridor/:

  railway.geojson          the five sections along the real track (OSM), with the straight
                           gap fills of the Lao export flagged per segment
  stations.geojson         every OSM station node of the line, km along the drawn line
  ports.geojson            Mohan / Boten rail ports at the station nodes, road ports at their
                           cited positions
  expressways.geojson      Vientiane–Vang Vieng expressway and R3A along OSM routes (AidData)
  context_railways.geojson Yunnan's other railways, merged per line and simplified

Everything it writes from OSM stays ODbL 1.0 ("© OpenStreetMap contributors").
Standard library only (Python 3.11); geodesic lengths use Vincenty's inverse formula on the
WGS84 ellipsoid (agrees with Karney's method, which the atlas uses, to well under a metre
per segment). Running it twice gives the same bytes.

    python3 tools/build_railway.py [--sources ../shared/data]
"""

import argparse
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CORRIDOR = os.path.join(REPO, "geodata", "corridor")

OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0"
OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright"
SRC_A = "https://github.com/kingtmc314/east-asia-railway-map/blob/05f3995d9124815583b0084d7a75d3ad1e7907e1/public/data/clean/china-yunnan.json"
SRC_B = "https://github.com/xuanx1/parsonsThesis-xuan/blob/01309c378d3ca3193c190943b261d98aeddacc36/04final/data/la/hotosm_lao_railways_lines_geojson.geojson"
SRC_C = "https://github.com/sam28403/CRTicket/blob/0fd809e6f896aadde1c1a199f83fc024cad3b52d/src/utils/maps/stationCoordinates.js"
AS_OF_A = "2026-07-05"  # Overpass state of Source A
AS_OF_B = "2025-03"  # HOT Laos export, OSM state of early 2025
AS_OF_C = "2026-10-09"  # Overpass state of Source C
ENWIKI_BV = "https://en.wikipedia.org/wiki/Boten%E2%80%93Vientiane_railway"
GULZAU = "https://github.com/FabianFox/border-infrastructure-data/blob/b776c89392cb3ae12a10f0f6f2a7421bdd3744ea/data/border-infrastructure-data.csv"
GULZAU_DOI = "https://doi.org/10.12759/hsr.46.2021.3.23-48"
AIDDATA_NOTICE = (
    "© OpenStreetMap contributors (ODbL 1.0); road geometry via AidData's Geospatial Global "
    "Chinese Development Finance Dataset (AidData at William & Mary, ODC-By 1.0)"
)
AIDDATA_V3 = "https://github.com/aiddata/gcdf-geospatial-data/blob/31c4d9fdeb743cc7e66b078175c85124d3eab5d8/latest/geojsons/{}.geojson"
AIDDATA_V2 = "https://github.com/aiddata/china-osm-geodata/blob/23ac34d2232318b242a6c62e241c08b4be9236b1/latest/geojsons/{}.geojson"


# ---------------------------------------------------------------- geodesy (WGS84) -----------

A_WGS = 6378137.0
F_WGS = 1 / 298.257223563
B_WGS = A_WGS * (1 - F_WGS)


def geodesic_m(p, q):
    """Vincenty inverse distance in metres between (lon, lat) degrees."""
    lon1, lat1 = p
    lon2, lat2 = q
    if lon1 == lon2 and lat1 == lat2:
        return 0.0
    L = math.radians(lon2 - lon1)
    U1 = math.atan((1 - F_WGS) * math.tan(math.radians(lat1)))
    U2 = math.atan((1 - F_WGS) * math.tan(math.radians(lat2)))
    sinU1, cosU1, sinU2, cosU2 = math.sin(U1), math.cos(U1), math.sin(U2), math.cos(U2)
    lam = L
    for _ in range(200):
        sinl, cosl = math.sin(lam), math.cos(lam)
        sin_s = math.hypot(cosU2 * sinl, cosU1 * sinU2 - sinU1 * cosU2 * cosl)
        if sin_s == 0:
            return 0.0
        cos_s = sinU1 * sinU2 + cosU1 * cosU2 * cosl
        sigma = math.atan2(sin_s, cos_s)
        sin_a = cosU1 * cosU2 * sinl / sin_s
        cos2a = 1 - sin_a * sin_a
        cos2sm = cos_s - 2 * sinU1 * sinU2 / cos2a if cos2a else 0.0
        C = F_WGS / 16 * cos2a * (4 + F_WGS * (4 - 3 * cos2a))
        prev = lam
        lam = L + (1 - C) * F_WGS * sin_a * (
            sigma + C * sin_s * (cos2sm + C * cos_s * (-1 + 2 * cos2sm * cos2sm))
        )
        if abs(lam - prev) < 1e-12:
            break
    u2 = cos2a * (A_WGS**2 - B_WGS**2) / B_WGS**2
    Ak = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    Bk = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    ds = Bk * sin_s * (
        cos2sm
        + Bk / 4 * (cos_s * (-1 + 2 * cos2sm**2) - Bk / 6 * cos2sm * (-3 + 4 * sin_s**2) * (-3 + 4 * cos2sm**2))
    )
    return B_WGS * Ak * (sigma - ds)


def length_m(coords):
    return sum(geodesic_m(a, b) for a, b in zip(coords, coords[1:]))


def project(coords, p):
    """Nearest point of a polyline to p: (metres along, metres off, segment index).

    The foot on each segment is found in a local plane (longitude scaled by cos(latitude)),
    the distances are geodesic; src/measure.rs does the same, so km agree to the metre."""
    best = None
    along = 0.0
    for i, (a, b) in enumerate(zip(coords, coords[1:])):
        k = math.cos(math.radians(p[1]))
        ax, ay, bx, by = a[0] * k, a[1], b[0] * k, b[1]
        px, py = p[0] * k, p[1]
        dx, dy = bx - ax, by - ay
        d2 = dx * dx + dy * dy
        t = 0.0 if d2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / d2))
        foot = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        off = geodesic_m(p, foot)
        seg = geodesic_m(a, b)
        if best is None or off < best[1]:
            best = (along + geodesic_m(a, foot), off, i)
        along += seg
    return best


def rdp(coords, tol):
    """Douglas–Peucker in degrees (context layer only)."""
    if len(coords) < 3:
        return coords
    a, b = coords[0], coords[-1]
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy)
    dmax, imax = -1.0, 0
    for i in range(1, len(coords) - 1):
        p = coords[i]
        d = math.hypot(p[0] - a[0], p[1] - a[1]) if n == 0 else abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / n
        if d > dmax:
            dmax, imax = d, i
    if dmax <= tol:
        return [a, b]
    return rdp(coords[: imax + 1], tol)[:-1] + rdp(coords[imax:], tol)


# ---------------------------------------------------------------- helpers -------------------


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(name, fc):
    text = json.dumps(fc, ensure_ascii=False, indent=2) + "\n"
    with open(os.path.join(CORRIDOR, name), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {name}: {len(fc['features'])} features, {len(text) // 1024} KB")


def r6(c):
    return [round(c[0], 6), round(c[1], 6)]


def km1(m):
    return round(m / 1000.0, 2)


def by_id(fc):
    return {f["properties"]["id"]: f for f in fc["features"]}


def add_sources(props, *urls):
    src = props.get("source")
    src = [src] if isinstance(src, str) else list(src or [])
    for u in urls:
        if u not in src:
            src.insert(0, u)
    props["source"] = src


def drop_sentences(text, patterns):
    """The note's sentences that do not match any pattern (remarks about old positions go)."""
    if not text:
        return ""
    parts = re.split(r"(?<=\.)\s+(?=[A-Z(]|km )", text)
    kept = [s for s in parts if not any(re.search(p, s) for p in patterns)]
    return " ".join(kept).strip()


# ---------------------------------------------------------------- railway -------------------

MAIN = ["rail-kunming-yuxi", "rail-yuxi-mohan", "rail-mohan-boten", "rail-boten-vientiane"]


def build_railway(src, old):
    al = by_id(load(os.path.join(src, "corridor-sources", "china_laos_railway_alignment.geojson")))
    bp = by_id(load(os.path.join(src, "corridor-sources", "border_points.geojson")))
    border = bp["rail-border-cn-la"]["geometry"]["coordinates"]

    def line(i):
        return [r6(c) for c in al[i]["geometry"]["coordinates"]]

    mohan_border = line("cn-mohan-border")
    border_boten = line("la-border-boten")
    if geodesic_m(mohan_border[-1], border_boten[0]) > 5:
        sys.exit("border ends of the Chinese and Lao tracks do not meet")
    mohan_boten = mohan_border[:-1] + [r6(border)] + border_boten[1:]
    geoms = {
        "rail-kunming-yuxi": line("cn-kms-yuxi"),
        "rail-yuxi-mohan": line("cn-yuxi-mohan"),
        "rail-mohan-boten": mohan_boten,
        "rail-boten-vientiane": line("la-boten-vientiane"),
        "rail-vientiane-south": line("la-vientiane-vientiane-south"),
    }
    for a, b in zip(MAIN, MAIN[1:]):
        gap = geodesic_m(geoms[a][-1], geoms[b][0])
        if gap > 1:
            sys.exit(f"{a} → {b}: {gap:.0f} m gap")

    # Gap fills: the segment of the Boten–Vientiane line whose ends are the fill's ends.
    bv = geoms["rail-boten-vientiane"]
    fills = []
    for k in range(1, 13):
        f = al[f"la-gapfill-{k}"]
        a, b = (r6(c) for c in f["geometry"]["coordinates"])
        idx = [i for i in range(len(bv) - 1) if bv[i] == a and bv[i + 1] == b]
        if len(idx) != 1:
            sys.exit(f"gap fill {k} not found once in the Boten–Vientiane line")
        fills.append({"segment": idx[0], "length_km": round(geodesic_m(a, b) / 1000, 2)})
    fill_km = round(sum(f["length_km"] for f in fills), 2)

    osm_cn = {
        "geometry_source": [SRC_A, OSM_COPYRIGHT],
        "geometry_as_of": AS_OF_A,
    }
    osm_la = {
        "geometry_source": [SRC_B, OSM_COPYRIGHT],
        "geometry_as_of": AS_OF_B,
    }
    cn_note = (
        "Drawn along the OpenStreetMap track of the line (ways named 中老昆万线, OSM state of "
        "2026-07-05), which the source simplified (Douglas–Peucker, 0.002°): the drawn line keeps "
        "within about 200 m of the track but cuts its curves, so drawn lengths and km along it run "
        "about 2 % short of official figures."
    )
    out = []
    for sid in MAIN + ["rail-vientiane-south"]:
        coords = geoms[sid]
        drawn = km1(length_m(coords))
        if sid in old:
            f = old[sid]
            p = f["properties"]
            p.pop("approximate", None)
        else:
            f = {"type": "Feature", "id": sid, "properties": {}, "geometry": None}
            p = f["properties"]
        if sid == "rail-kunming-yuxi":
            p["note"] = (
                cn_note
                + f" Drawn {drawn} km from Kunming South to Yuxi. length_km keeps the 2019 plan's 88 km "
                "(seed 003), which counts from Kunming rather than Kunming South; the 79 km given for "
                "the Kunming–Yuxi section (昆玉段) is the figure that measures the drawn stretch."
            )
        elif sid == "rail-yuxi-mohan":
            p["note"] = (
                cn_note
                + f" Drawn {drawn} km against 507 km (2019 plan, seed 003) and 508.53 km (main line at "
                "the start of works): 2.2 % short, the generalisation of a curving, tunnel-heavy line."
            )
        elif sid == "rail-mohan-boten":
            p.update(
                {
                    "id": sid,
                    "kind": "railway_section",
                    "name": "Mohan–Boten section (Friendship Tunnel)",
                    "name_zh": "磨憨—磨丁段（友谊隧道）",
                    "name_lo": "ທາງລົດໄຟ ໂມຫານ–ບໍ່ເຕັນ",
                    "country": ["CN", "LA"],
                    "source": [
                        "https://kiwix.hampton.id.au/content/wikipedia_en_all_maxi_2025-08/China-Laos_Railway_Friendship_Tunnel",
                        "http://en.people.cn/n3/2020/0914/c90000-9759848.html",
                        "https://hniuzsjy.cn/qumingdaquan/257188.html",
                    ],
                    "status": "open",
                    "opened": "2021-12-03",
                    "line": "china-laos-railway",
                    "from": "station-mohan",
                    "to": "station-boten",
                    "design_speed_kmh": 160,
                    "gauge_mm": 1435,
                    "facts": [
                        {
                            "label": "Friendship Tunnel length",
                            "value": 9.59,
                            "unit": "km",
                            "as_of": "2020-09-13",
                            "source": "http://en.people.cn/n3/2020/0914/c90000-9759848.html",
                        },
                        {
                            "label": "Friendship Tunnel length in China / in Laos",
                            "value": "7.17 / 2.42",
                            "unit": "km",
                            "as_of": "2020-09-13",
                            "source": "http://en.people.cn/n3/2020/0914/c90000-9759848.html",
                        },
                        {
                            "label": "Mohan station to the Friendship Tunnel (about)",
                            "value": 2,
                            "unit": "km",
                            "as_of": "2021",
                            "source": "https://hniuzsjy.cn/qumingdaquan/257188.html",
                        },
                        {
                            "label": "Boten station, planned chainage from the border",
                            "value": 3.02,
                            "unit": "km",
                            "as_of": "2018-12-11",
                            "source": "https://treasuresoflaos.blogspot.com/search/label/%E7%A3%A8%E4%B8%81%E5%B8%82?updated-max=2019-03-04T14:21:00-08:00&max-results=20&start=3&by-date=false",
                        },
                    ],
                }
            )
            cn_km = km1(length_m(mohan_border))
            la_km = km1(length_m(border_boten))
            p["note"] = (
                f"Drawn along the OpenStreetMap track: {cn_km} km from Mohan station to the border "
                f"inside the Friendship Tunnel (Chinese track, OSM 2026-07-05, simplified) and {la_km} km "
                "from the border to Boten (HOT Laos export, OSM early 2025). No source gives the tunnel "
                "portals' positions, so the tunnel is not drawn apart from the track. No single published "
                "figure measures Mohan–Boten: about 2 km + 7.17 km + 3.02 km from the facts below, about "
                "12.2 km."
            )
            p["border_point"] = {
                "coordinates": r6(border),
                "source": [SRC_A, SRC_B, OSM_COPYRIGHT],
                "as_of": AS_OF_B,
                "note": "Where the Chinese OSM track ends and the HOT Laos export (clipped at the national boundary) begins: the China–Laos border inside the Friendship Tunnel.",
            }
        elif sid == "rail-boten-vientiane":
            p["length_km"] = 406
            facts = p.setdefault("facts", [])
            if not any(x.get("label") == "Length Boten–Vientiane station (km table)" for x in facts):
                facts.insert(
                    0,
                    {
                        "label": "Length Boten–Vientiane station (km table)",
                        "value": 406,
                        "unit": "km",
                        "as_of": "2021-12",
                        "source": ENWIKI_BV,
                    },
                )
            p["note"] = (
                f"Drawn along the OpenStreetMap track (HOT Laos railways export, OSM early 2025, full "
                f"resolution): {drawn} km from Boten to Vientiane station. Where the export has no track "
                f"(most likely tunnels missing from it) the ends are joined by {len(fills)} straight gap "
                f"fills, {fill_km} km in all, listed in straight_gap_fills and drawn dashed. length_km is "
                "the 406 km of the km table (Boten 0, Vientiane 406); the 422 km often quoted runs on to "
                "Vientiane South (see the freight branch) and is kept as a fact."
            )
            p["straight_gap_fills"] = fills
        elif sid == "rail-vientiane-south":
            p.update(
                {
                    "id": sid,
                    "kind": "railway_section",
                    "name": "Vientiane–Vientiane South freight branch",
                    "name_zh": "万象—万象南（货运）",
                    "name_lo": "ທາງລົດໄຟ ວຽງຈັນ–ວຽງຈັນໃຕ້",
                    "country": "LA",
                    "source": [
                        "https://www.openstreetmap.org/node/9112285822",
                        "https://laotiantimes.com/2022/11/02/a-new-station-added-to-laos-china-railway-freight-operations/",
                    ],
                    "status": "open",
                    "line": "china-laos-railway",
                    "from": "station-vientiane",
                    "to": "station-vientiane-south",
                    "gauge_mm": 1435,
                    "services": ["freight"],
                }
            )
            p["note"] = (
                f"Freight branch from Vientiane station to Vientiane South (Thanaleng dry port), drawn "
                f"along the OpenStreetMap track (HOT Laos export): {drawn} km. No published figure gives "
                "this branch's length alone; Boten–Vientiane South is 422.4 km (Vientiane Times, 2021)."
            )
        p["line"] = "china-laos-railway"
        p.update(osm_cn if sid in ("rail-kunming-yuxi", "rail-yuxi-mohan") else osm_la)
        if sid == "rail-mohan-boten":
            p["geometry_source"] = [SRC_A, SRC_B, OSM_COPYRIGHT]
            p["geometry_as_of"] = AS_OF_B
        p["attribution"] = OSM_ATTRIBUTION
        p["drawn_km"] = drawn
        f["geometry"] = {"type": "LineString", "coordinates": coords}
        out.append(f)
    return out, geoms, fills, border


# ---------------------------------------------------------------- stations ------------------

# OSM node → existing feature id (ids are stable: tests, search and routes use them).
EXISTING = {
    "2865839196": "station-kunming-south",
    "4527901811": "station-huacheng",
    "4527901810": "station-jinning-east",
    "8730877394": "station-baofeng",
    "3695399273": "station-yuxi",
    "7454666944": "station-eshan",
    "8344111740": "station-huanian",
    "8344240485": "station-yuanjiang",
    "6924642420": "station-mojiang",
    "5242767722": "station-ninger",
    "8359782369": "station-puer",
    "8359936340": "station-yexianggu",
    "5242587077": "station-xishuangbanna",
    "8359953070": "station-ganlanba",
    "5241062776": "station-mengla",
    "9847290915": "station-mohan",
    "10827451489": "station-boten",
    "11704681071": "station-nateuy",
    "6891350805": "station-namor",
    "6584181664": "station-muang-xay",
    "6892517137": "station-muang-nga",
    "6584169582": "station-luang-prabang",
    "6892517122": "station-kasi",
    "9811136979": "station-vang-vieng",
    "12495714095": "station-phonhong",
    "6892516159": "station-vientiane",
}
# Thai metre-gauge stations in the Lao node list: not on this line.
NOT_THIS_LINE = {"11591757050", "11591757054"}

OLD_POSITION_REMARKS = [
    r"^Approximate",
    r"[Pp]osition (from|of)",
    r"exact position",
    r"No sourced coordinate",
    r"^km ",
    r"km computed",
    r"chainage",
    r"no position is given",
    r"whole line is 1,022",
    r"Named in the 2019 plan",
    r"^Drawn at the OpenStreetMap",
    r"^The earlier sourced position",
    r"^A station without passenger",
]


def slug(name):
    s = re.sub(r"\(.*?\)", "", name).strip().lower()
    s = s.replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return "station-" + s


def section_of(km_m, cum):
    for sid, (a, b) in cum.items():
        if a - 1 <= km_m <= b + 1:
            return sid
    return MAIN[-1]


def build_stations(src, old_fc, geoms):
    st = load(os.path.join(src, "corridor-sources", "china_laos_railway_stations.geojson"))
    main = []
    cum = {}
    at = 0.0
    for sid in MAIN:
        seg = geoms[sid] if not main else geoms[sid][1:]
        main += seg
        n = length_m(geoms[sid])
        cum[sid] = (at, at + n)
        at += n
    old = by_id(old_fc)
    order = [f["properties"]["id"] for f in old_fc["features"]]
    out = {}
    exact_before = sum(
        1
        for f in old_fc["features"]
        if f["geometry"] is not None and not f["properties"].get("approximate")
    )
    branch = geoms["rail-vientiane-south"]
    vte_km = None
    rows = []
    for f in st["features"]:
        p = f["properties"]
        node = p["osm"].split("/")[1]
        if node in NOT_THIS_LINE:
            continue
        pos = [round(c, 7) for c in f["geometry"]["coordinates"]]
        along, off, _ = project(main, pos)
        section = section_of(along, cum)
        on_branch = False
        if node == "9112285822":  # Vientiane South, on the freight branch
            b_along, off, _ = project(branch, pos)
            on_branch = True
        rows.append((node, p, pos, along, off, section, on_branch, b_along if on_branch else 0.0))
        if node == "6892516159":
            vte_km = along
    for node, p, pos, along, off, section, on_branch, b_along in rows:
        if on_branch:
            along = vte_km + b_along
            section = "rail-vientiane-south"
        sid = EXISTING.get(node) or slug(p["name_en"])
        url = f"https://www.openstreetmap.org/node/{node}"
        china = p["country"] == "CN"
        if sid in old:
            feat = old[sid]
            props = feat["properties"]
        else:
            feat = {"type": "Feature", "id": sid, "properties": {}, "geometry": None}
            props = feat["properties"]
            props.update(
                {
                    "id": sid,
                    "kind": "station",
                    "name": re.sub(r"\s*\(.*?\)", "", p["name_en"]),
                }
            )
            if p.get("name_zh"):
                props["name_zh"] = p["name_zh"]
            if p.get("name_lo"):
                props["name_lo"] = p["name_lo"]
            props["country"] = p["country"]
            props["source"] = []
            props["status"] = "open"
        props["line"] = "china-laos-railway"
        props["section"] = section
        old_geom = feat.get("geometry")
        was_sourced = (
            old_geom is not None
            and not props.get("approximate")
            and "geometry_source" not in props
        ) or "other_position" in props
        props.pop("approximate", None)
        passenger = bool(p["passenger"])
        props["station_role"] = "passenger" if passenger else "passing_or_freight"
        if not passenger and "services" not in props:
            props["services"] = ["freight"] if node == "9112285822" else []
        if props.get("status") == "not_built":
            props["status"] = "open"
        old_src = props.get("source")
        first_source = old_src[0] if isinstance(old_src, list) and old_src else old_src
        add_sources(props, url)
        props["geometry_source"] = [url, SRC_A if china else SRC_C, OSM_COPYRIGHT]
        props["geometry_as_of"] = AS_OF_A if china else AS_OF_C
        props["attribution"] = OSM_ATTRIBUTION
        props["km"] = round(along / 1000.0, 2)
        # Published km beside the drawn one, where a source gives one.
        published = None
        if p.get("km_from_boten_enwiki") is not None and node != "10827451489":
            published = {
                "value": p["km_from_boten_enwiki"],
                "from": "station-boten",
                "source": ENWIKI_BV,
                "as_of": "2021-12",
            }
        if node == "9847290915":
            published = {
                "value": 507,
                "from": "station-yuxi",
                "source": "003_19cbc1a221acaba2.txt",
                "as_of": "2019-12",
            }
        if published:
            props["km_published"] = published
        facts = props.setdefault("facts", [])
        planned = p.get("chainage_km_from_border_planned_2018")
        if planned is not None and not any("from the China–Laos border" in x.get("label", "") for x in facts):
            facts.append(
                {
                    "label": "Planned chainage from the China–Laos border (Lao section)",
                    "value": planned,
                    "unit": "km",
                    "as_of": "2018-12-11",
                    "source": "https://treasuresoflaos.blogspot.com/search/label/%E7%A3%A8%E4%B8%81%E5%B8%82?updated-max=2019-03-04T14:21:00-08:00&max-results=20&start=3&by-date=false",
                }
            )
        if not facts:
            props.pop("facts")
        # The note: where it is drawn, what km means, then the earlier remarks that still hold.
        kept = drop_sentences(props.get("note", ""), OLD_POSITION_REMARKS)
        where = (
            f"Drawn at the OpenStreetMap station node ({url}; OSM "
            f"{'2026-07-05' if china else '2026-10-09'}), {round(off)} m from the drawn line."
        )
        if was_sourced:
            if "other_position" in props:
                first_source = props["other_position"]["source"]
                oc = props["other_position"]["coordinates"]
            else:
                oc = old_geom["coordinates"]
            d = geodesic_m(oc, pos)
            props["other_position"] = {
                "coordinates": oc,
                "source": first_source,
                "note": f"the earlier sourced position, {round(d)} m from the OSM node; the OSM node is drawn",
            }
            where += f" The earlier sourced position (other_position) lies {round(d)} m away; the OSM node is drawn."
        if on_branch:
            kmtext = (
                f"km {props['km']}: Vientiane's km along the main line plus {round(b_along / 1000, 2)} km "
                "along the freight branch."
            )
        else:
            kmtext = f"km {props['km']} is measured along the drawn line from Kunming South."
        if not passenger:
            role = (
                " A station without passenger service (passing or freight station), shown only when "
                "zoomed in."
            )
        else:
            role = ""
        if props.get("plan_name_2019") and props["id"] in ("station-huacheng", "station-jinning-east", "station-baofeng"):
            role += (
                " Named in the 2019 plan's list of passenger stations (seed 003); OpenStreetMap maps a "
                "station here on this line, but no source found lists it among the stations served by "
                "passenger trains."
            )
        props["note"] = " ".join(x for x in [where, kmtext + role, kept] if x).strip()
        feat["geometry"] = {"type": "Point", "coordinates": pos}
        out[sid] = feat
    # Xiangyun (on the Guangtong–Dali railway, not this line): its OSM station node.
    xy = old.get("station-xiangyun")
    ys = load(os.path.join(src, "corridor-sources", "yunnan_railway_stations_osm.geojson"))
    node = next((f for f in ys["features"] if f["properties"].get("osm_node") == 8327654834), None)
    if xy is not None and node is not None:
        url = "https://www.openstreetmap.org/node/8327654834"
        pr = xy["properties"]
        pr.pop("approximate", None)
        add_sources(pr, url)
        pr["geometry_source"] = [url, SRC_A, OSM_COPYRIGHT]
        pr["geometry_as_of"] = AS_OF_A
        pr["attribution"] = OSM_ATTRIBUTION
        kept = drop_sentences(pr.get("note", ""), [r"^Approximate", r"^Drawn at the OpenStreetMap"])
        pr["note"] = (
            f"Drawn at the OpenStreetMap node of 祥云 (Xiangyun) station ({url}; OSM 2026-07-05). " + kept
        ).strip()
        xy["geometry"] = {"type": "Point", "coordinates": node["geometry"]["coordinates"]}
    # Order: the line's stations in km order, then the rest as before (Xiangyun, plan-only).
    line = sorted(out.values(), key=lambda f: f["properties"]["km"])
    rest = [old[i] for i in order if i not in out]
    feats = line + rest
    exact_after = sum(1 for f in feats if f["geometry"] is not None and not f["properties"].get("approximate"))
    print(f"stations positioned exactly: before {exact_before}, after {exact_after}")
    return feats, {f["properties"]["id"]: f["properties"]["km"] for f in line}


# ---------------------------------------------------------------- ports ---------------------


def build_ports(src, ports_fc, stations):
    ports = by_id(ports_fc)
    cited = by_id(load(os.path.join(src, "basemap-sources", "border_ports_cited_positions.geojson")))
    st = {f["properties"]["id"]: f for f in stations}

    def at_station(pid, sid):
        p = ports[pid]
        s = st[sid]
        node = s["properties"]["source"][0]
        p["geometry"] = {"type": "Point", "coordinates": s["geometry"]["coordinates"]}
        pr = p["properties"]
        pr.pop("approximate", None)
        add_sources(pr, node)
        pr["geometry_source"] = s["properties"]["geometry_source"]
        pr["geometry_as_of"] = s["properties"]["geometry_as_of"]
        pr["attribution"] = OSM_ATTRIBUTION
        kept = drop_sentences(pr.get("note", ""), [r"[Dd]rawn at", r"[Pp]osition", r"not on the map", r"[Nn]o (sourced )?coordinate"])
        pr["note"] = (
            f"Drawn at the OpenStreetMap node of {s['properties']['name']} station ({node}): the railway "
            "port (customs and immigration) is at the station. " + kept
        ).strip()

    at_station("port-mohan-railway", "station-mohan")
    at_station("port-boten-railway", "station-boten")

    def cited_at(pid, cid, srcs, extra):
        p = ports[pid]
        c = cited[cid]
        p["geometry"] = {"type": "Point", "coordinates": c["geometry"]["coordinates"]}
        pr = p["properties"]
        pr.pop("approximate", None)
        add_sources(pr, *srcs)
        pr["geometry_source"] = srcs
        pr["geometry_as_of"] = extra["as_of"]
        kept = drop_sentences(pr.get("note", ""), [r"[Dd]rawn at", r"[Pp]osition", r"not on the map", r"[Nn]o (sourced )?coordinate", r"not separately sourced", r"railway border point"])
        pr["note"] = (extra["note"] + " " + kept).strip()

    cited_at(
        "port-mohan",
        "cn-mohan-road-port",
        [GULZAU_DOI, GULZAU],
        {
            "as_of": "2021",
            "note": "Drawn at the border control point position of Gülzau & Mau (2021), border-infrastructure data, row CHN–LAO (a coordinate quoted with its citation; the dataset has no open licence). About 0.9 km north-west of the railway border point in the Friendship Tunnel.",
        },
    )
    cited_at(
        "port-boten",
        "la-boten-road-checkpoint",
        [GULZAU_DOI, GULZAU],
        {
            "as_of": "2021",
            "note": "Drawn at the border control point position of Gülzau & Mau (2021), border-infrastructure data, row LAO–CHN (a coordinate quoted with its citation); about 300 m from the Chinese-side point of the same dataset.",
        },
    )
    q = ports["port-qingshuihe"]["properties"]
    if "geometry_source" not in q:
        q["geometry_source"] = ["https://www.shiftingsandsproject.com/qingshuihe-chinshwehaw"]
        q["geometry_as_of"] = "2021"
        add_sources(q, "https://www.shiftingsandsproject.com/qingshuihe-chinshwehaw")
    ports["port-qingshuihe"]["geometry"] = {
        "type": "Point",
        "coordinates": cited["cn-qingshuihe-port"]["geometry"]["coordinates"],
    }
    return ports_fc


def build_visit(src, visit_fc):
    """The 2019 visit's Mohan stop, at the Mohan road port it visited (one of several sites)."""
    cited = by_id(load(os.path.join(src, "basemap-sources", "border_ports_cited_positions.geojson")))
    stop = by_id(visit_fc)["visit-stop-2019-mohan"]
    stop["geometry"] = {"type": "Point", "coordinates": cited["cn-mohan-road-port"]["geometry"]["coordinates"]}
    p = stop["properties"]
    if GULZAU_DOI not in p["source"]:
        p["source"] = list(p["source"]) + [GULZAU_DOI]
    p["approximate"] = True
    p["note"] = (
        "Drawn at the Mohan road port (border control point position of Gülzau & Mau 2021), one of "
        "the places visited that day; the stop covered several sites around Mohan, among them "
        "Mohan station, about 8 km to the north-east."
    )
    return visit_fc


def build_routes(routes_fc, geoms):
    """Rail logistics routes along the drawn track where it exists, straight where it does not."""
    main = []
    for sid in MAIN + ["rail-vientiane-south"]:
        main += geoms[sid] if not main else geoms[sid][1:]
    simple = rdp(main, 0.001)  # ≈ 100 m: plenty for a route drawn under the railway

    def along(from_pt, to_pt):
        """The simplified track between the points of the line nearest to two places."""
        a = project(simple, from_pt)
        b = project(simple, to_pt)
        i, j = a[2] + 1, b[2] + 1
        return simple[i:j]

    vte_south = geoms["rail-vientiane-south"][-1]
    routes = by_id(routes_fc)

    ch = routes["route-china-laos-thailand-cold-chain"]
    c = ch["geometry"]["coordinates"]
    kunming, nong_khai, bangkok = c[0], c[-2], c[-1]
    track = along(main[0], vte_south)
    ch["geometry"]["coordinates"] = [kunming, main[0]] + track + [vte_south, nong_khai, bangkok]
    p = ch["properties"]
    kept = drop_sentences(p.get("note", ""), [r"^Schematic", r"Mohan is skipped", r"railway's own line", r"^Drawn along the railway"])
    p["note"] = (
        kept
        + " Drawn along the railway's track (railway.geojson, simplified to about 100 m) from Kunming "
        "South to Vientiane South, where goods are reloaded; straight from Kunming city to Kunming "
        "South and from Vientiane South on to Nong Khai and Bangkok (GeoNames), where no track is in "
        "the data."
    ).strip()
    p["approximate"] = True

    zh = routes["route-zheng-he-train"]
    parts = zh["geometry"]["coordinates"]
    first = parts[0]
    dry_port, vientiane = first[0], first[-1]
    start = project(simple, dry_port)
    foot_i = start[2] + 1
    vte = [round(x, 6) for x in geoms["rail-boten-vientiane"][-1]]
    track = simple[foot_i : project(simple, vte)[2] + 1]
    parts[0] = [dry_port] + track + [vte, vientiane]
    p = zh["properties"]
    kept = drop_sentences(p.get("note", ""), [r"^Schematic", r"Mohan is skipped", r"railway's own line", r"^The China–Laos leg"])
    p["note"] = (
        kept
        + " The China–Laos leg is drawn along the railway's track (railway.geojson, simplified to "
        "about 100 m) from the nearest point to the Tengjun dry port to Vientiane station; the short "
        "link from the dry port to the line and everything beyond Vientiane are straight lines "
        "between places, not surveyed routes."
    ).strip()
    p["approximate"] = True
    for r in (ch, zh):
        r["properties"]["geometry_source"] = [SRC_A, SRC_B, OSM_COPYRIGHT]
        r["properties"]["attribution"] = OSM_ATTRIBUTION
    return routes_fc


# ---------------------------------------------------------------- roads ---------------------


def build_roads(src, ex_fc):
    roads = by_id(load(os.path.join(src, "basemap-sources", "corridor_roads_osm_via_aiddata.geojson")))
    ex = by_id(ex_fc)

    vv = ex["expressway-vientiane-vang-vieng"]
    r = roads["la-vte-vangvieng-expressway"]
    vv["geometry"] = {"type": "LineString", "coordinates": [r6(c) for c in r["geometry"]["coordinates"]]}
    p = vv["properties"]
    url = AIDDATA_V3.format(64727)
    add_sources(p, url)
    p["geometry_source"] = [url, OSM_COPYRIGHT]
    p["geometry_as_of"] = "2023"
    p["attribution"] = AIDDATA_NOTICE
    p["approximate"] = True
    kept = drop_sentences(p.get("note", ""), [r"drawn straight", r"^Drawn along"])
    p["note"] = (
        kept
        + f" Drawn along an OpenStreetMap car route from central Vientiane to Vang Vieng (AidData record 64727, {round(length_m(vv['geometry']['coordinates']) / 1000, 1)} km): it follows the expressway for most of its length, with about 10–15 km of city streets at the Vientiane end; generalised (read from the map at zoom 9), so expect a few hundred metres of lateral error."
    ).strip()

    # R3A: the Boten–Luang Namtha stretch along the OSM route, the rest as before (approximate).
    r3 = ex["expressway-r3a"]
    osm = [r6(c) for c in roads["la-r3a-boten-luangnamtha"]["geometry"]["coordinates"]]
    if geodesic_m(osm[0], [101.6730, 21.1847]) > geodesic_m(osm[-1], [101.6730, 21.1847]):
        osm.reverse()
    old = r3["geometry"]["coordinates"]
    if len(old) == 5:  # Boten, Luang Namtha, Houayxay, Chiang Khong, Chiang Rai
        r3["geometry"] = {"type": "LineString", "coordinates": osm + old[2:]}
    p = r3["properties"]
    url = AIDDATA_V2.format(64230)
    add_sources(p, url)
    p["geometry_source"] = [url, OSM_COPYRIGHT]
    p["geometry_as_of"] = "2021-09"
    p["attribution"] = AIDDATA_NOTICE
    kept = drop_sentences(p.get("note", ""), [r"^Drawn straight", r"is drawn along an OpenStreetMap"])
    p["note"] = (
        kept
        + f" Boten–Luang Namtha (km 0–69) is drawn along an OpenStreetMap car route (AidData record 64230, {round(length_m(osm) / 1000, 1)} km); from its end near Luang Namtha the line runs straight through Houayxay, Chiang Khong and Chiang Rai (approximate)."
    ).strip()

    # R13N Nateuy–Oudomxay–Pakmong: new features, along OSM routes.
    out = []
    for rid, fid, rec, name, name_lo, frm, to in [
        ("la-r13n-oudomxay-nateuy", "expressway-r13n-nateuy-oudomxay", 64756, "Route 13 North: Nateuy – Oudomxay (Muang Xay)", "ທາງເລກ 13 ເໜືອ ນາເຕີຍ–ເມືອງໄຊ", "Nateuy", "Oudomxay (Muang Xay)"),
        ("la-r13n-oudomxay-pakmong", "expressway-r13n-oudomxay-pakmong", 38597, "Route 13 North: Oudomxay (Muang Xay) – Pakmong", "ທາງເລກ 13 ເໜືອ ເມືອງໄຊ–ປາກມອງ", "Oudomxay (Muang Xay)", "Pakmong"),
    ]:
        r = roads[rid]
        coords = [r6(c) for c in r["geometry"]["coordinates"]]
        url = AIDDATA_V2.format(rec)
        rp = r["properties"]
        feat = ex.get(fid) or {"type": "Feature", "id": fid, "properties": {}, "geometry": None}
        feat["properties"] = {
            "id": fid,
            "kind": "expressway",
            "name": name,
            "name_zh": rp["name_zh"],
            "name_lo": name_lo,
            "country": "LA",
            "route_number": "R13N",
            "from": frm,
            "to": to,
            "status": "open",
            "source": [url],
            "geometry_source": [url, OSM_COPYRIGHT],
            "geometry_as_of": "2021-09",
            "attribution": AIDDATA_NOTICE,
            "facts": [
                {
                    "label": "Project",
                    "value": rp["project"],
                    "as_of": "2021-09",
                    "source": url,
                }
            ],
            "note": f"A national road, not an expressway. Drawn along an OpenStreetMap car route (AidData record {rec}, {round(length_m(coords) / 1000, 1)} km), within a few metres of the route.",
        }
        feat["geometry"] = {"type": "LineString", "coordinates": coords}
        if fid not in ex:
            out.append(feat)
    ex_fc["features"] += out
    return ex_fc


# ---------------------------------------------------------------- context railways ---------


# English names for the lines whose OSM ways carry no name:en (plain translations of the
# Chinese line names), and lines left out of the context layer.
CONTEXT_NAMES = {
    "峨广线": ("Emei–Guangtong line", "emei-guangtong"),
    "滇藏线": ("Yunnan–Tibet railway", "yunnan-tibet"),
    "南昆线": ("Nanning–Kunming railway", "nanning-kunming"),
    "东川铁路": ("Dongchuan railway", "dongchuan"),
    "渡口支线": ("Dukou branch line", "dukou-branch"),
    "云桂货车线": ("Yunnan–Guangxi freight line", "yunnan-guangxi-freight"),
    "安宁支线": ("Anning branch line", "anning-branch"),
    "仁丽联络线": ("Renli connecting line", "renli-link"),
    "普达联络线": ("Puda connecting line", "puda-link"),
}
CONTEXT_SKIP = {"西昌卫星发射中心专用线"}


def build_context(src):
    fc = load(os.path.join(src, "corridor-sources", "yunnan_other_railways_osm.geojson"))
    lines = {}
    for f in fc["features"]:
        p = f["properties"]
        name = p.get("name")
        if not name or f["geometry"]["type"] != "LineString":
            continue
        key = name
        lines.setdefault(key, {"name_en": p.get("name_en"), "rail_type": p.get("rail_type"), "ways": []})
        lines[key]["ways"].append([tuple(c) for c in f["geometry"]["coordinates"]])
    out = []
    for name, d in sorted(lines.items(), key=lambda kv: -len(kv[1]["ways"])):
        ways = d["ways"]
        total = sum(length_m(w) for w in ways)
        if total < 15000 or name in CONTEXT_SKIP:  # curves, sidings: too small at corridor scale
            continue
        # Chain ways that share ends, then simplify each chain.
        chains = []
        ends = {}
        for w in ways:
            chains.append(list(w))
        merged = True
        while merged:
            merged = False
            ends = {}
            for i, c in enumerate(chains):
                ends.setdefault(c[0], []).append((i, 0))
                ends.setdefault(c[-1], []).append((i, 1))
            used = set()
            new = []
            for i, c in enumerate(chains):
                if i in used:
                    continue
                used.add(i)
                cur = c
                grown = True
                while grown:
                    grown = False
                    for j, side in ends.get(cur[-1], []):
                        if j not in used:
                            o = chains[j]
                            cur = cur + (o[1:] if side == 0 else o[::-1][1:])
                            used.add(j)
                            grown = merged = True
                            break
                new.append(cur)
            chains = new
        parts = []
        for c in chains:
            s = rdp([list(x) for x in c], 0.004)
            if length_m(s) < 2000:
                continue
            parts.append([r6(x) for x in s])
        if not parts:
            continue
        en, slugname = CONTEXT_NAMES.get(name, (d["name_en"], None))
        if not en:
            continue
        slugname = slugname or re.sub(r"[^a-z0-9]+", "-", en.lower()).strip("-")
        fid = "context-rail-" + slugname
        if any(x["id"] == fid for x in out):
            fid += "-" + d["rail_type"]
        props = {
            "id": fid,
            "kind": "context_railway",
            "name": en,
            "name_zh": name,
            "country": "CN",
            "rail_type": d["rail_type"] or "rail",
            "source": [SRC_A],
            "geometry_source": [SRC_A, OSM_COPYRIGHT],
            "geometry_as_of": AS_OF_A,
            "attribution": OSM_ATTRIBUTION,
        }
        out.append(
            {
                "type": "Feature",
                "id": fid,
                "properties": props,
                "geometry": {"type": "MultiLineString", "coordinates": parts},
            }
        )
    return {"type": "FeatureCollection", "features": out}


# ---------------------------------------------------------------- main ----------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", default=os.path.join(REPO, "..", "shared", "data"))
    ap.add_argument("--no-context", action="store_true", help="skip context_railways.geojson")
    args = ap.parse_args()
    src = args.sources

    rail_fc = load(os.path.join(CORRIDOR, "railway.geojson"))
    sections, geoms, fills, border = build_railway(src, by_id(rail_fc))
    rail_fc["features"] = sections
    st_fc = load(os.path.join(CORRIDOR, "stations.geojson"))
    feats, kms = build_stations(src, st_fc, geoms)
    st_fc["features"] = feats
    ports_fc = build_ports(src, load(os.path.join(CORRIDOR, "ports.geojson")), feats)
    ex_fc = build_roads(src, load(os.path.join(CORRIDOR, "expressways.geojson")))

    save("railway.geojson", rail_fc)
    save("stations.geojson", st_fc)
    save("ports.geojson", ports_fc)
    save("expressways.geojson", ex_fc)
    save("routes.geojson", build_routes(load(os.path.join(CORRIDOR, "routes.geojson")), geoms))
    save("study_visit_2019.geojson", build_visit(src, load(os.path.join(CORRIDOR, "study_visit_2019.geojson"))))
    if not args.no_context:
        save("context_railways.geojson", build_context(src))

    for s in sections:
        p = s["properties"]
        print(f"  {p['id']:28} drawn {p['drawn_km']:8.2f} km   length_km {p.get('length_km')}")
    for k in ("station-boten", "station-vientiane"):
        print(f"  {k}: km {kms[k]}")
    print(f"  Boten → Vientiane along the line: {kms['station-vientiane'] - kms['station-boten']:.2f} km")


if __name__ == "__main__":
    main()
