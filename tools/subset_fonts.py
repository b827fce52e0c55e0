#!/usr/bin/env python3
"""Regenerate the fonts the atlas embeds (assets/fonts/) from Debian's Noto packages.

The atlas runs offline on machines that may have no fonts for Lao, Thai, Burmese,
Khmer or Chinese, so it carries its own. This script rebuilds every file in
assets/fonts/ from the Debian packages `fonts-noto-core` and `fonts-noto-cjk`:

* Noto Sans Regular and Bold (Latin, with Vietnamese) are subset to the Latin,
  Greek, Cyrillic and punctuation blocks, keeping every OpenType layout feature.
* Noto Sans Lao, Thai, Myanmar and Khmer are copied unchanged: they are small
  already, and copying keeps every shaping table exactly as the type designers made it.
* Noto Sans CJK SC is taken out of Debian's collection (.ttc) and subset to all of
  GB 2312 (the 6,763 hanzi and its 682 symbols), the CJK punctuation and full-width
  blocks, and every CJK character found in the geodata and in the interface's
  translations (assets/locales/) at the time the script runs,
  keeping the layout features horizontal Chinese text uses (see cjk_layout_features).
  Its CFF outlines are kept: egui reads fonts with skrifa, which draws CFF as well
  as TrueType outlines. Re-run the script after the geodata changes, then commit
  the new font.

The licence (SIL Open Font License 1.1) is written to OFL.txt with the copyright
notices of every font, and README.md lists each file with its Debian package,
version, size and SHA-256.

The output is byte-for-byte reproducible for the same Debian package versions and
the same fontTools version (see FONTTOOLS_VERSION): font timestamps are kept from
the source fonts, never taken from the clock.

Usage:
    python3 tools/subset_fonts.py [--install] [--geodata DIR] [--out DIR] [--check]

    --install   apt-get install the two font packages and pip install fontTools first
    --geodata   where to look for *.geojson (default: geodata/ of this repository)
    --out       where to write (default: assets/fonts/ of this repository)
    --check     rebuild into a temporary folder and fail if it differs from --out
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

REPO_ROOT = Path(__file__).resolve().parent.parent

DEBIAN_PACKAGES = ("fonts-noto-core", "fonts-noto-cjk")
# The fontTools release the committed files were made with. Another release may
# order tables or subroutines differently; the fonts still work, but the bytes differ.
FONTTOOLS_VERSION = "4.68.0"

NOTO_CORE_DIR = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK_TTC = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_FAMILY_NAME = "Noto Sans CJK SC"
DEBIAN_LICENCE_FILE = Path("/usr/share/doc/fonts-noto-core/copyright")

# Latin, Greek and Cyrillic letters with every diacritic Vietnamese needs
# (Latin Extended Additional holds the precomposed Vietnamese vowels), plus the
# punctuation, currency (₫ ₭ ¥ ฿ is in the Thai font) and symbols map labels use.
LATIN_RANGES = (
    (0x0000, 0x024F),  # Basic Latin, Latin-1, Latin Extended-A and -B
    (0x0250, 0x02FF),  # IPA, spacing modifier letters
    (0x0300, 0x036F),  # combining diacritical marks
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic
    (0x1AB0, 0x1AFF),  # combining diacritical marks extended
    (0x1DC0, 0x1DFF),  # combining diacritical marks supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x206F),  # general punctuation
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x218F),  # letterlike symbols, number forms
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x25A0, 0x25FF),  # geometric shapes
    (0x2C60, 0x2C7F),  # Latin Extended-C
    (0xA720, 0xA7FF),  # Latin Extended-D
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFEFF, 0xFEFF),  # byte order mark / zero-width no-break space
    (0xFFFD, 0xFFFD),  # replacement character
)

# Blocks that count as "CJK" when scanning the geodata: Han ideographs of every
# extension, radicals, strokes, CJK punctuation, enclosed and compatibility forms,
# full-width forms. Kana and Hangul are not part of the corridor's names.
CJK_RANGES = (
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals
    (0x2FF0, 0x2FFF),  # ideographic description characters
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x31C0, 0x31EF),  # CJK strokes
    (0x3200, 0x33FF),  # enclosed CJK letters, CJK compatibility
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x20000, 0x3FFFF),  # supplementary ideographic planes
)

# Always in the CJK font, whatever the data says: the punctuation and full-width
# forms Chinese text is written with.
CJK_PUNCTUATION_RANGES = (
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〈〉《》「」【】〔〕
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms: ，．：；！？（）
)

# (output file, source file, Debian package, what it is for)
SCRIPT_FONTS_COPIED = (
    ("NotoSansLao-Regular.ttf", "NotoSansLao-Regular.ttf", "Lao"),
    ("NotoSansThai-Regular.ttf", "NotoSansThai-Regular.ttf", "Thai"),
    ("NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Regular.ttf", "Burmese (Myanmar)"),
    ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Regular.ttf", "Khmer"),
)
LATIN_FONTS_SUBSET = (
    ("NotoSans-Regular.ttf", "NotoSans-Regular.ttf", "Latin incl. Vietnamese, Greek, Cyrillic"),
    ("NotoSans-Bold.ttf", "NotoSans-Bold.ttf", "Latin incl. Vietnamese, Greek, Cyrillic, bold"),
)
CJK_OUTPUT = "NotoSansCJKsc-Regular.otf"


def fail(message: str) -> NoReturn:
    print(f"subset_fonts: {message}", file=sys.stderr)
    sys.exit(1)


def install_dependencies() -> None:
    """Install the font packages and fontTools, as on a fresh Debian machine."""
    subprocess.run(["apt-get", "update"], check=True)
    subprocess.run(["apt-get", "install", "-y", *DEBIAN_PACKAGES], check=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", f"fonttools=={FONTTOOLS_VERSION}"],
        check=True,
    )


def debian_package_version(package: str) -> str:
    try:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.CalledProcessError):
        fail(f"Debian package {package} is not installed; run with --install")
    return result.stdout.strip()


def in_ranges(codepoint: int, ranges) -> bool:
    return any(low <= codepoint <= high for low, high in ranges)


def expand(ranges) -> set[int]:
    return {cp for low, high in ranges for cp in range(low, high + 1)}


def gb2312_characters() -> set[int]:
    """Every character of GB 2312: rows 0xA1-0xA9 (682 symbols) and 0xB0-0xF7 (6,763 hanzi)."""
    hanzi: set[int] = set()
    symbols: set[int] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                text = bytes([high, low]).decode("gb2312")
            except UnicodeDecodeError:
                continue  # unassigned cell
            (hanzi if high >= 0xB0 else symbols).add(ord(text))
    if len(hanzi) != 6763:
        fail(f"expected 6,763 GB 2312 hanzi from Python's codec, got {len(hanzi)}")
    return hanzi | symbols


def geodata_characters(geodata_dir: Path) -> tuple[set[int], int]:
    """Every character in any string (keys and values) of every *.geojson below geodata_dir."""
    found: set[int] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.update(ord(c) for c in value)
        elif isinstance(value, dict):
            for key, item in value.items():
                found.update(ord(c) for c in key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    files = sorted(geodata_dir.rglob("*.geojson"))
    for path in files:
        try:
            with path.open(encoding="utf-8") as handle:
                walk(json.load(handle))
        except (OSError, ValueError) as error:
            fail(f"cannot read {path}: {error}")
    return found, len(files)


def locale_characters(locales_dir: Path) -> set[int]:
    """Every character of the interface's translations (assets/locales/*/*.ftl), so every
    word of the Chinese interface can be drawn as well as every name in the data."""
    found: set[int] = set()
    for path in sorted(locales_dir.glob("*/*.ftl")):
        try:
            found.update(ord(c) for c in path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            fail(f"cannot read {path}: {error}")
    return found


def subset_options(layout_features: list[str]):
    """The same choices as `pyftsubset --layout-features=... --name-IDs='*'
    --name-languages='*' --notdef-outline`, hinting kept, timestamps kept."""
    from fontTools import subset

    options = subset.Options()
    options.layout_features = layout_features
    options.layout_scripts = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.notdef_glyph = True
    options.hinting = True
    options.glyph_names = False
    options.recalc_timestamp = False
    return options


def cjk_layout_features() -> list[str]:
    """pyftsubset's default feature list less `locl` and the vertical-writing features.

    The atlas shapes Chinese horizontally and never tags text with a language, so
    harfrust uses the `hani` script's default language system, which in Noto Sans
    CJK SC has no `locl`. The `locl` lookups only switch to Japanese, Korean and
    traditional Chinese glyph forms; keeping them would nearly double the font
    (about 6,000 more glyphs) for shapes the atlas never draws.
    """
    from fontTools import subset

    dropped = {"locl", "valt", "vert", "vhal", "vkrn", "vpal", "vrt2"}
    return [tag for tag in subset.Options().layout_features if tag not in dropped]


def subset_font(
    source: Path, font_number: int, unicodes: set[int], layout_features: list[str], target: Path
) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset_options(layout_features)
    font = TTFont(
        source,
        fontNumber=font_number,
        recalcTimestamp=False,
        lazy=True,
    )
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    font.save(target)
    font.close()


def cjk_font_number() -> int:
    from fontTools.ttLib import TTCollection

    collection = TTCollection(NOTO_CJK_TTC, lazy=True)
    for number, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == CJK_FAMILY_NAME:
            return number
    fail(f"{NOTO_CJK_TTC} holds no font named {CJK_FAMILY_NAME!r}")


def cmap_of(path: Path, font_number: int = 0) -> set[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=font_number, lazy=True)
    codepoints = set(font.getBestCmap())
    font.close()
    return codepoints


def copyright_notice(path: Path) -> str:
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    notice = font["name"].getDebugName(0) or ""
    font.close()
    return notice.strip()


def ofl_text_from_debian() -> str:
    """The SIL OFL 1.1 text as Debian ships it in the package's copyright file."""
    try:
        text = DEBIAN_LICENCE_FILE.read_text(encoding="utf-8")
    except OSError as error:
        fail(f"cannot read {DEBIAN_LICENCE_FILE}: {error}")
    # deb822: paragraphs are separated by blank lines; the stand-alone licence
    # paragraph starts with "License: OFL-1.1" and continues with indented lines,
    # a lone " ." standing for an empty line.
    body: list[str] = []
    for paragraph in text.split("\n\n"):
        lines = paragraph.strip("\n").splitlines()
        if lines and lines[0].strip() == "License: OFL-1.1" and len(lines) > 1:
            body = ["" if line.strip() == "." else line[1:] for line in lines[1:]]
            break
    if len(body) < 50:
        fail(f"no OFL-1.1 licence text found in {DEBIAN_LICENCE_FILE}")
    return "\n".join(body).strip() + "\n"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def describe_codepoints(codepoints: set[int]) -> str:
    return " ".join(f"U+{cp:04X} {chr(cp)}" for cp in sorted(codepoints))


def build(out_dir: Path, geodata_dir: Path) -> None:
    import fontTools

    if fontTools.version != FONTTOOLS_VERSION:
        print(
            f"subset_fonts: warning: fontTools {fontTools.version} is not {FONTTOOLS_VERSION}; "
            "the fonts will work but their bytes may differ from the committed ones",
            file=sys.stderr,
        )
    versions = {package: debian_package_version(package) for package in DEBIAN_PACKAGES}
    for _, source, _ in SCRIPT_FONTS_COPIED + LATIN_FONTS_SUBSET:
        if not (NOTO_CORE_DIR / source).is_file():
            fail(f"{NOTO_CORE_DIR / source} is missing; run with --install")
    if not NOTO_CJK_TTC.is_file():
        fail(f"{NOTO_CJK_TTC} is missing; run with --install")
    if not geodata_dir.is_dir():
        fail(f"geodata folder {geodata_dir} does not exist")

    out_dir.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str, str]] = []  # file, package, purpose, how made
    notices: list[tuple[str, str]] = []

    # Latin first: what it covers is what the CJK font need not.
    latin = expand(LATIN_RANGES)
    for target, source, purpose in LATIN_FONTS_SUBSET:
        subset_font(NOTO_CORE_DIR / source, 0, latin, ["*"], out_dir / target)
        rows.append((target, "fonts-noto-core", purpose,
                     f"subset of {NOTO_CORE_DIR / source} to the Latin, Greek, Cyrillic "
                     "and punctuation blocks, all layout features kept"))
        notices.append((target, copyright_notice(NOTO_CORE_DIR / source)))

    for target, source, purpose in SCRIPT_FONTS_COPIED:
        shutil.copyfile(NOTO_CORE_DIR / source, out_dir / target)
        rows.append((target, "fonts-noto-core", purpose,
                     f"unchanged copy of {NOTO_CORE_DIR / source}"))
        notices.append((target, copyright_notice(NOTO_CORE_DIR / source)))

    # The fonts before CJK in the atlas's fallback order.
    covered_before_cjk: set[int] = set()
    for target, _, _ in LATIN_FONTS_SUBSET[:1] + SCRIPT_FONTS_COPIED:
        covered_before_cjk |= cmap_of(out_dir / target)

    font_number = cjk_font_number()
    cjk_available = cmap_of(NOTO_CJK_TTC, font_number)
    in_data, geojson_count = geodata_characters(geodata_dir)
    in_data |= locale_characters(REPO_ROOT / "assets" / "locales")
    data_cjk = {cp for cp in in_data if in_ranges(cp, CJK_RANGES)}
    gb2312 = gb2312_characters()
    wanted = gb2312 | expand(CJK_PUNCTUATION_RANGES) | data_cjk
    cjk_unicodes = wanted & cjk_available
    subset_font(NOTO_CJK_TTC, font_number, cjk_unicodes, cjk_layout_features(), out_dir / CJK_OUTPUT)
    data_cjk_beyond_gb2312 = data_cjk - gb2312 - expand(CJK_PUNCTUATION_RANGES)
    rows.append((CJK_OUTPUT, "fonts-noto-cjk", "Chinese (simplified)",
                 f"face {font_number} ({CJK_FAMILY_NAME}) of {NOTO_CJK_TTC}, CFF outlines, "
                 f"subset to GB 2312 (6,763 hanzi and 682 symbols), U+3000–303F, "
                 f"U+FE10–FE1F, U+FE30–FE4F, U+FF00–FFEF and the "
                 f"{len(data_cjk_beyond_gb2312)} further CJK characters of the geodata; "
                 f"{len(cjk_unicodes)} characters in all; pyftsubset's default layout "
                 "features less `locl` (Japanese, Korean and traditional forms) and "
                 "vertical writing"))
    notices.append((CJK_OUTPUT, copyright_notice(out_dir / CJK_OUTPUT)))

    # Tell about data characters that no bundled font can draw.
    covered = covered_before_cjk | cmap_of(out_dir / CJK_OUTPUT)
    invisible = {cp for cp in in_data if cp >= 0x20 and cp not in covered}
    invisible -= {0x7F}
    if invisible:
        print(
            "subset_fonts: warning: characters in the geodata that no bundled font has: "
            + describe_codepoints(invisible),
            file=sys.stderr,
        )

    licence = ofl_text_from_debian()
    with (out_dir / "OFL.txt").open("w", encoding="utf-8") as handle:
        handle.write("The fonts in this folder are licensed under the SIL Open Font License,\n")
        handle.write("Version 1.1, whose text follows the copyright notices.\n\n")
        for target, notice in notices:
            handle.write(f"{target}: {notice}\n")
        handle.write("\n-----------------------------------------------------------\n")
        handle.write("SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007\n")
        handle.write("-----------------------------------------------------------\n\n")
        handle.write(licence)

    total = sum((out_dir / target).stat().st_size for target, _, _, _ in rows)
    with (out_dir / "README.md").open("w", encoding="utf-8") as handle:
        handle.write("# Bundled fonts\n\n")
        handle.write(
            "The atlas embeds these fonts (`src/fonts.rs`, `include_bytes!`) so that Chinese, "
            "Lao, Thai, Vietnamese, Burmese and Khmer names render on machines without any of "
            "those fonts installed. All are Noto fonts under the SIL Open Font License 1.1 "
            "(`OFL.txt`). Do not edit them by hand: `python3 tools/subset_fonts.py --install` "
            "regenerates every file here, this one included, from Debian's packages.\n\n"
        )
        handle.write(
            "Debian packages: "
            + ", ".join(f"`{package}` {version}" for package, version in versions.items())
            + f" (Debian 12 bookworm); fontTools {fontTools.version}.\n\n"
        )
        handle.write("| file | script | bytes | from | how | SHA-256 |\n")
        handle.write("| --- | --- | ---: | --- | --- | --- |\n")
        for target, package, purpose, how in rows:
            path = out_dir / target
            handle.write(
                f"| `{target}` | {purpose} | {path.stat().st_size} | `{package}` "
                f"{versions[package]} | {how} | `{sha256_of(path)}` |\n"
            )
        handle.write(f"\nTotal: {total} bytes ({total / 1_000_000:.2f} MB).\n\n")
        handle.write(
            "Re-run the script whenever names are added to the geodata, or hanzi outside "
            "GB 2312 will show as empty boxes. `--check` fails when the committed fonts "
            "no longer match the data.\n"
        )

    print(
        f"subset_fonts: scanned {geojson_count} GeoJSON files below {geodata_dir}; "
        f"{len(data_cjk)} CJK characters, {len(data_cjk_beyond_gb2312)} of them outside GB 2312"
    )
    print(f"subset_fonts: wrote {len(rows)} fonts, {total} bytes, into {out_dir}")
    for target, _, _, _ in rows:
        print(f"  {target}: {(out_dir / target).stat().st_size} bytes")


def check(out_dir: Path, geodata_dir: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        build(fresh, geodata_dir)
        names = sorted(p.name for p in fresh.iterdir())
        _, mismatch, errors = filecmp.cmpfiles(fresh, out_dir, names, shallow=False)
        if mismatch or errors:
            fail(f"{out_dir} is out of date ({', '.join(mismatch + errors)}); re-run the script")
    print(f"subset_fonts: {out_dir} is up to date")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--install", action="store_true",
                        help="apt-get install the font packages and pip install fontTools first")
    parser.add_argument("--geodata", type=Path, default=REPO_ROOT / "geodata",
                        help="folder searched for *.geojson (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "assets" / "fonts",
                        help="output folder (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="fail if --out differs from a fresh build")
    args = parser.parse_args()

    if args.install:
        if os.geteuid() != 0:
            fail("--install needs root (apt-get)")
        install_dependencies()
    try:
        import fontTools  # noqa: F401
    except ImportError:
        fail(f"fontTools is missing; run with --install or `pip install fonttools=={FONTTOOLS_VERSION}`")

    if args.check:
        check(args.out, args.geodata)
    else:
        build(args.out, args.geodata)


if __name__ == "__main__":
    main()
