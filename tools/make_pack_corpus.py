#!/usr/bin/env python3
"""Writes the hostile tile packs of tests/data/packs/ (read by tests/packs.rs).

Each file is a PMTiles v3 archive with one thing wrong, as a damaged download, a bad
converter or a hostile file would have it. Run from the repository root:
    python3 tools/make_pack_corpus.py
"""
import gzip
import os
import struct
import zlib

OUT = os.path.join("tests", "data", "packs")


def varint(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v == 0:
            out.append(b)
            return bytes(out)
        out.append(b | 0x80)


def directory(entries):
    """entries: (tile_id, run_length, length, offset) with the offset stored as offset+1."""
    d = varint(len(entries))
    last = 0
    for e in entries:
        # An id below the previous one cannot be stored as a delta; it wraps as in u64.
        d += varint((e[0] - last) % (1 << 64))
        last = e[0]
    for e in entries:
        d += varint(e[1])
    for e in entries:
        d += varint(e[2])
    for e in entries:
        d += varint(e[3] + 1)
    return d


def pack(root, leaves=b"", data=b"", internal=1, tile_comp=1, tile_type=2, max_zoom=1):
    metadata = b"{}"
    root_off = 127
    meta_off = root_off + len(root)
    leaf_off = meta_off + len(metadata)
    data_off = leaf_off + len(leaves)
    h = b"PMTiles" + bytes([3])
    for v in (root_off, len(root), meta_off, len(metadata), leaf_off, len(leaves),
              data_off, len(data), 1, 1, 1):
        h += struct.pack("<Q", v)
    h += bytes([1, internal, tile_comp, tile_type, 0, max_zoom])
    for deg in (-180.0, -85.0, 180.0, 85.0):
        h += struct.pack("<i", int(deg * 1e7))
    h += bytes([0]) + struct.pack("<i", 0) + struct.pack("<i", 0)
    assert len(h) == 127
    return h + root + metadata + leaves + data


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width, height, idat=True):
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    out = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
    if idat:
        raw = b"".join(b"\x00" + b"\x1e\x82\xc8" * width for _ in range(height))
        out += png_chunk(b"IDAT", zlib.compress(raw))
    else:
        # The first rows only: enough for a reader to start, far from the whole image.
        out += png_chunk(b"IDAT", zlib.compress(bytes(64)))
    return out + png_chunk(b"IEND", b"")


def write(name, content):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(content)


def main():
    os.makedirs(OUT, exist_ok=True)
    tile = png(256, 256)
    # A sound pack: 0/0/0 and 1/0/0, for comparison.
    write("sound-two-tiles.pmtiles",
          pack(directory([(0, 1, len(tile), 0), (1, 1, len(tile), len(tile))]), data=tile + tile))
    # The 134-byte crash: a root directory claiming 2^40 entries in 7 bytes.
    write("root-claims-2pow40-entries.pmtiles", pack(varint(1 << 40) + b"\x00"))
    # 2^26 entries claimed, a kilobyte given (1.7 GiB per tile request before).
    write("root-claims-2pow26-entries.pmtiles", pack(varint(1 << 26) + bytes(1024)))
    # A leaf directory entry pointing past the end of the leaf section.
    leaf = directory([(0, 1, len(tile), 0)])
    write("leaf-outside-its-section.pmtiles",
          pack(directory([(0, 0, len(leaf), 4096)]), leaves=leaf, data=tile))
    # A leaf directory that itself claims 2^26 entries.
    bad_leaf = varint(1 << 26) + bytes(64)
    write("leaf-claims-2pow26-entries.pmtiles",
          pack(directory([(0, 0, len(bad_leaf), 0)]), leaves=bad_leaf, data=tile))
    # A tile entry pointing past the end of the tile data.
    write("tile-outside-the-data.pmtiles",
          pack(directory([(0, 1, len(tile), 0), (1, 1, 1 << 30, len(tile))]), data=tile))
    # Entries out of order.
    write("entries-out-of-order.pmtiles",
          pack(directory([(3, 1, len(tile), 0), (1, 1, len(tile), len(tile))]), data=tile + tile))
    # Directories compressed with Brotli (not readable here).
    write("brotli-directories.pmtiles", pack(directory([(0, 1, len(tile), 0)]), data=tile, internal=3))
    # A gzip bomb: 100 KB on disk, 100 MiB once decompressed, as the four zoom-1 tiles
    # (beside a sound 0/0/0).
    bomb = gzip.compress(bytes(100 * 1024 * 1024), 9)
    small = gzip.compress(tile)
    write("gzip-bomb-tile.pmtiles",
          pack(directory([(0, 1, len(small), 0), (1, 4, len(bomb), len(small))]),
               data=small + bomb, tile_comp=2))
    # A PNG claiming 60000 × 60000 pixels (10 GiB to decode) as the four zoom-1 tiles.
    huge = png(60000, 60000, idat=False)
    write("huge-image-tile.pmtiles",
          pack(directory([(0, 1, len(tile), 0), (1, 4, len(huge), len(tile))]), data=tile + huge))
    # Gzip-compressed directories, sound: compressed directories are read too.
    gz = gzip.compress(directory([(0, 1, len(tile), 0), (1, 1, len(tile), len(tile))]))
    write("sound-gzip-directory.pmtiles", pack(gz, data=tile + tile, internal=2))


if __name__ == "__main__":
    main()
