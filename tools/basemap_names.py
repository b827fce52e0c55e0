#!/usr/bin/env python3
"""Corrects names in the Natural Earth extracts of geodata/basemap/ (see its PROVENANCE.md,
section "Name corrections"). Idempotent: run it again on corrected files and nothing changes.

    python3 tools/basemap_names.py geodata/basemap
"""
import json
import re
import sys
from pathlib import Path

CODE = re.compile(r"^[A-Z]{3}-\d+ \(")

# Countries: Chinese, Lao, Thai and Vietnamese names (Natural Earth's 1:50m extract has none),
# and the atlas's English spelling of Viet Nam (the UN's).
COUNTRIES = {
    "Bangladesh": ("孟加拉国", "ບັງກະລາເທດ", "บังกลาเทศ", "Bangladesh"),
    "Brunei": ("文莱", "ບຣູໄນ", "บรูไน", "Brunei"),
    "Bhutan": ("不丹", "ພູຖານ", "ภูฏาน", "Bhutan"),
    "China": ("中国", "ຈີນ", "จีน", "Trung Quốc"),
    "Hong Kong": ("香港", "ຮົງກົງ", "ฮ่องกง", "Hồng Kông"),
    "Indonesia": ("印度尼西亚", "ອິນໂດເນເຊຍ", "อินโดนีเซีย", "Indonesia"),
    "India": ("印度", "ອິນເດຍ", "อินเดีย", "Ấn Độ"),
    "Cambodia": ("柬埔寨", "ກຳປູເຈຍ", "กัมพูชา", "Campuchia"),
    "Laos": ("老挝", "ລາວ", "ลาว", "Lào"),
    "Macao": ("澳门", "ມາເກົ໊າ", "มาเก๊า", "Ma Cao"),
    "Myanmar": ("缅甸", "ມຽນມາ", "พม่า", "Myanmar"),
    "Malaysia": ("马来西亚", "ມາເລເຊຍ", "มาเลเซีย", "Malaysia"),
    "Nepal": ("尼泊尔", "ເນປານ", "เนปาล", "Nepal"),
    "Philippines": ("菲律宾", "ຟີລິບປິນ", "ฟิลิปปินส์", "Philippines"),
    "Singapore": ("新加坡", "ສິງກະໂປ", "สิงคโปร์", "Singapore"),
    "Thailand": ("泰国", "ໄທ", "ไทย", "Thái Lan"),
    "Taiwan": ("台湾", "ໄຕ້ຫວັນ", "ไต้หวัน", "Đài Loan"),
    "Vietnam": ("越南", "ຫວຽດນາມ", "เวียดนาม", "Việt Nam"),
}
COUNTRY_EN = {"Vietnam": "Viet Nam"}

# Lao provinces: the usual English spelling, Chinese and Lao names.
LAO_PROVINCES = {
    "Attapu": ("Attapeu", "阿速坡", "ອັດຕະປື"),
    "Bokeo": ("Bokeo", "博胶", "ບໍ່ແກ້ວ"),
    "Bolikhamxai": ("Bolikhamxay", "波里坎塞", "ບໍລິຄຳໄຊ"),
    "Champasak": ("Champasak", "占巴塞", "ຈຳປາສັກ"),
    "Houaphan": ("Houaphanh", "华潘", "ຫົວພັນ"),
    "Khammouan": ("Khammouane", "甘蒙", "ຄຳມ່ວນ"),
    "Louang Namtha": ("Luang Namtha", "琅南塔", "ຫຼວງນ້ຳທາ"),
    "Louangphrabang": ("Luang Prabang", "琅勃拉邦", "ຫຼວງພະບາງ"),
    "Oudômxai": ("Oudomxay", "乌多姆赛", "ອຸດົມໄຊ"),
    "Phôngsali": ("Phongsaly", "丰沙里", "ຜົ້ງສາລີ"),
    "Saravan": ("Salavan", "沙拉湾", "ສາລະວັນ"),
    "Savannakhét": ("Savannakhet", "沙湾拿吉", "ສະຫວັນນະເຂດ"),
    "Vientiane": ("Vientiane Province", "万象省", "ແຂວງວຽງຈັນ"),
    "Vientiane [prefecture]": ("Vientiane Prefecture", "万象市", "ນະຄອນຫຼວງວຽງຈັນ"),
    "Xaignabouri": ("Sainyabuli", "沙耶武里", "ໄຊຍະບູລີ"),
    "Xiangkhoang": ("Xiengkhouang", "川圹", "ຊຽງຂວາງ"),
    "Xékong": ("Sekong", "色贡", "ເຊກອງ"),
}
LAO_PROVINCE_EN = {v[0] for v in LAO_PROVINCES.values()}

# Towns, keyed by Natural Earth `name` and country: fields to set.
TOWNS = {
    # Natural Earth matched Bose (Baise, Guangxi) to Baicheng 白城 in Jilin.
    ("Bose", "China"): {"name": "Baise", "name_en": "Baise", "name_zh": "百色"},
    # Kaihua is the old name of Wenshan's seat; the city has been Wenshan 文山 since 2010.
    ("Wenshan", "China"): {"name_en": "Wenshan", "name_zh": "文山"},
    ("Tengchong", "China"): {"name_en": "Tengchong", "name_zh": "腾冲"},
    ("Mengzi", "China"): {"name_en": "Mengzi"},
    ("Chuxiong", "China"): {"name_en": "Chuxiong"},
    # Simao is the seat of Pu'er City (renamed in 2007); the railway station is Pu'er.
    ("Simao", "China"): {"name_en": "Pu'er", "name_zh": "普洱"},
    ("Zhanyi", "China"): {"name_zh": "沾益"},
    ("Huize", "China"): {"name_zh": "会泽"},
    ("Hechi", "China"): {"name_zh": "河池"},
    ("Lijiang", "China"): {"name_zh": "丽江"},
    ("Nanning", "China"): {"name_zh": "南宁"},
    ("Guiyang", "China"): {"name_zh": "贵阳"},
    ("Dali", "China"): {"name_zh": "大理"},
    # Lao towns: simplified Chinese as used in China, and Lao names.
    ("Vientiane", "Laos"): {"name_zh": "万象", "name_lo": "ວຽງຈັນ"},
    ("Louangphrabang", "Laos"): {"name_lo": "ຫຼວງພະບາງ"},
    ("Louang Namtha", "Laos"): {"name_lo": "ຫຼວງນ້ຳທາ"},
    ("Phongsali", "Laos"): {"name_zh": "丰沙里", "name_lo": "ຜົ້ງສາລີ"},
    ("Ban Houayxay", "Laos"): {"name_zh": "会晒", "name_lo": "ຫ້ວຍຊາຍ"},
    ("Xam Nua", "Laos"): {"name_lo": "ຊຳເໜືອ"},
    ("Xaignabouri", "Laos"): {"name_lo": "ໄຊຍະບູລີ"},
    ("Pakxe", "Laos"): {"name_lo": "ປາກເຊ"},
    ("Thakhek", "Laos"): {"name_lo": "ທ່າແຂກ"},
    ("Savannakhet", "Laos"): {"name_lo": "ສະຫວັນນະເຂດ"},
    ("Saravan", "Laos"): {"name_zh": "沙拉湾", "name_lo": "ສາລະວັນ"},
    ("Attapu", "Laos"): {"name_lo": "ອັດຕະປື"},
    ("Xiangkhoang", "Laos"): {"name_zh": "川圹", "name_lo": "ຊຽງຂວາງ"},
    # Myanmar: a copper mine's name and traditional characters in the corridor's view.
    ("Monywa", "Myanmar"): {"name_zh": "蒙育瓦"},
    ("Taunggyi", "Myanmar"): {"name_zh": "东枝"},
    ("Loikaw", "Myanmar"): {"name_zh": "垒固"},
    ("Taungoo", "Myanmar"): {"name_zh": "东吁"},
    ("Thongwa", "Myanmar"): {"name_en": "Thongwa"},
}

# Rivers: labels. `name_cn_*` is the name of the stretch inside China where it differs.
RIVERS = {
    "Lancang": {"name_en": "Mekong", "name_zh": "湄公河", "name_lo": "ແມ່ນ້ຳຂອງ", "name_th": "แม่น้ำโขง",
                "name_vi": "sông Mê Kông", "name_cn_en": "Lancang Jiang", "name_cn_zh": "澜沧江"},
    "Mekong": {"name_en": "Mekong", "name_zh": "湄公河", "name_lo": "ແມ່ນ້ຳຂອງ", "name_th": "แม่น้ำโขง",
               "name_vi": "sông Mê Kông"},
    "Nu": {"name_en": "Salween", "name_zh": "萨尔温江", "name_cn_en": "Nu Jiang", "name_cn_zh": "怒江"},
    "Salween": {"name_en": "Salween", "name_zh": "萨尔温江"},
    "Hong": {"name_en": "Red River", "name_zh": "红河", "name_vi": "sông Hồng",
             "name_cn_en": "Yuan Jiang", "name_cn_zh": "元江"},
    "Da": {"name_en": "Black River", "name_zh": "沱江", "name_vi": "sông Đà",
           "name_cn_en": "Lixian Jiang", "name_cn_zh": "李仙江"},
    "Ou": {"name_en": "Nam Ou", "name_zh": "南乌江", "name_lo": "ນ້ຳອູ"},
    "Ngun": {"name_en": "Nam Ngum", "name_zh": "南俄河", "name_lo": "ນ້ຳງື່ມ"},
    "Jinsha": {"name_en": "Jinsha Jiang", "name_zh": "金沙江"},
    "Nanpan": {"name_en": "Nanpan Jiang", "name_zh": "南盘江"},
    "Ayeyarwady": {"name_en": "Irrawaddy", "name_zh": "伊洛瓦底江"},
    "Mun": {"name_en": "Mun", "name_zh": "蒙河", "name_th": "แม่น้ำมูล"},
    "Chi": {"name_en": "Chi", "name_zh": "栖河", "name_th": "แม่น้ำชี"},
    "Chao Phraya": {"name_en": "Chao Phraya", "name_zh": "湄南河", "name_th": "แม่น้ำเจ้าพระยา"},
}


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def save(path, data):
    path.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")


def main(root):
    root = Path(root)
    p = root / "ne_50m_admin_0_countries.geojson"
    d = load(p)
    for f in d["features"]:
        props = f["properties"]
        key = props.get("name_long") if props.get("name") == "Viet Nam" else props.get("name")
        key = "Vietnam" if key == "Viet Nam" else key
        if key in COUNTRIES:
            zh, lo, th, vi = COUNTRIES[key]
            props.update(name=COUNTRY_EN.get(key, key), name_zh=zh, name_lo=lo, name_th=th, name_vi=vi)
    save(p, d)

    p = root / "ne_10m_admin_1_label_points.geojson"
    d = load(p)
    kept = []
    for f in d["features"]:
        props = f["properties"]
        if CODE.match(props.get("name") or ""):
            continue  # placeholder units ("MMR-99 (Myanmar minor island)")
        if props.get("admin") == "Laos" and props["name"] in LAO_PROVINCES:
            en, zh, lo = LAO_PROVINCES[props["name"]]
            props.update(name=en, name_zh=zh, name_lo=lo)
        kept.append(f)
    d["features"] = kept
    save(p, d)

    p = root / "ne_10m_populated_places.geojson"
    d = load(p)
    for f in d["features"]:
        props = f["properties"]
        for (name, country), fix in TOWNS.items():
            if country == props.get("adm0name") and name in (props.get("name"), props.get("name_en")):
                props.update(fix)
    save(p, d)

    p = root / "ne_10m_rivers_lake_centerlines.geojson"
    d = load(p)
    for f in d["features"]:
        props = f["properties"]
        fix = RIVERS.get(props.get("name"))
        if fix and props.get("featurecla") == "River":
            props.update(fix)
    save(p, d)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "geodata/basemap")
